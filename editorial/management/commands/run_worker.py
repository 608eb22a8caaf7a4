"""`manage.py run_worker`: the background-job worker, with the clock that django-tasks lacks.

Runs django-tasks-db's database worker in this process and, every `PUBLISH_EVERY` seconds, enqueues each
periodic job that is due (core/jobs.py `every`: scheduled publishing every 30 s, the purge of expired form
submissions every hour, the e-mail digests every few minutes) unless one is already waiting. One such process
per site; web servers never run jobs, they only enqueue them.
"""

import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django_tasks_db.models import DBTaskResult

from core.jobs import PERIODIC_JOBS
from editorial.jobs import PUBLISH_EVERY


def enqueue_unless_waiting(job):
    if not DBTaskResult.objects.ready().filter(task_path=job.module_path).exists():
        job.enqueue()


class Command(BaseCommand):
    help = "Run background jobs and enqueue the periodic jobs (scheduled publishing every 30 seconds, …)."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between polls of an empty queue.")

    def handle(self, *args, interval=1.0, **options):
        stop = threading.Event()

        def clock():
            tick = 0
            while not stop.is_set():
                try:
                    for seconds, job in PERIODIC_JOBS:
                        if tick % max(1, seconds // PUBLISH_EVERY) == 0:
                            enqueue_unless_waiting(job)
                finally:
                    close_old_connections()
                tick += 1
                stop.wait(PUBLISH_EVERY)

        ticker = threading.Thread(target=clock, name="job-clock", daemon=True)
        ticker.start()
        try:
            call_command("db_worker", interval=interval, reload=False, verbosity=options["verbosity"])
        finally:
            stop.set()
