"""`manage.py run_worker`: the background-job worker, with the clock that django-tasks lacks.

Runs django-tasks-db's database worker in this process and, every `PUBLISH_EVERY` seconds, enqueues the
scheduled-publishing job (editorial/jobs.py) unless one is already waiting. One such process per site; web
servers never run jobs, they only enqueue them.
"""

import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django_tasks_db.models import DBTaskResult

from editorial.jobs import PUBLISH_EVERY, publish_scheduled_pages


def enqueue_publish_unless_waiting():
    waiting = DBTaskResult.objects.ready().filter(task_path=publish_scheduled_pages.module_path)
    if not waiting.exists():
        publish_scheduled_pages.enqueue()


class Command(BaseCommand):
    help = "Run background jobs and enqueue the scheduled-publishing job every 30 seconds."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between polls of an empty queue.")

    def handle(self, *args, interval=1.0, **options):
        stop = threading.Event()

        def clock():
            while not stop.is_set():
                try:
                    enqueue_publish_unless_waiting()
                finally:
                    close_old_connections()
                stop.wait(PUBLISH_EVERY)

        ticker = threading.Thread(target=clock, name="publish-clock", daemon=True)
        ticker.start()
        try:
            call_command("db_worker", interval=interval, reload=False, verbosity=options["verbosity"])
        finally:
            stop.set()
