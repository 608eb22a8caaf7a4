"""`manage.py run_worker`: the background-job worker, with the clock that django-tasks lacks.

Runs django-tasks-db's database worker in this process and, every `PUBLISH_EVERY` seconds, enqueues the
scheduled-publishing job (editorial/jobs.py) unless one is already waiting, and every `PURGE_EVERY` seconds the
purge of expired form submissions. One such process per site; web
servers never run jobs, they only enqueue them.
"""

import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django_tasks_db.models import DBTaskResult

from editorial.jobs import PUBLISH_EVERY, PURGE_EVERY, publish_scheduled_pages, purge_form_submissions


def enqueue_unless_waiting(job):
    if not DBTaskResult.objects.ready().filter(task_path=job.module_path).exists():
        job.enqueue()


class Command(BaseCommand):
    help = "Run background jobs and enqueue the scheduled-publishing job every 30 seconds."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between polls of an empty queue.")

    def handle(self, *args, interval=1.0, **options):
        stop = threading.Event()

        def clock():
            ticks_per_purge = PURGE_EVERY // PUBLISH_EVERY
            tick = 0
            while not stop.is_set():
                try:
                    enqueue_unless_waiting(publish_scheduled_pages)
                    if tick % ticks_per_purge == 0:
                        enqueue_unless_waiting(purge_form_submissions)
                finally:
                    close_old_connections()
                tick += 1
                stop.wait(PUBLISH_EVERY)

        ticker = threading.Thread(target=clock, name="publish-clock", daemon=True)
        ticker.start()
        try:
            call_command("db_worker", interval=interval, reload=False, verbosity=options["verbosity"])
        finally:
            stop.set()
