"""Background jobs, on Django's Tasks API (the django-tasks backport until Django 6: then only the import changes).

Publishing scheduled pages runs Wagtail's own `publish_scheduled` (pages and snippets whose approved go-live time
has come, and expiries). django-tasks has no scheduler: `manage.py run_worker` enqueues this job every
`PUBLISH_EVERY` seconds beside the database worker, so a page goes live at most about 31 s after its time.

A failed run is recorded as FAILED by the worker (Django admin › Tasks) and enqueued again after a back-off
(30 s, 2 min, 8 min); past the last attempt the next tick of `run_worker` starts afresh.
"""

import datetime
import logging

from django.core.management import call_command
from django.utils import timezone
from django_tasks import default_task_backend, task

from core.retention import purge_expired_form_submissions

logger = logging.getLogger(__name__)

PUBLISH_EVERY = 30  # seconds between two scheduled runs
PURGE_EVERY = 3600  # seconds between two runs of the form-submission purge (the privacy page's promise)
RETRY_DELAYS = [30, 120, 480]  # seconds before attempts 2, 3 and 4


@task()
def publish_scheduled_pages(attempt=1):
    try:
        call_command("publish_scheduled", verbosity=0)
    except Exception:
        retry(publish_scheduled_pages, attempt)
        raise


@task()
def purge_form_submissions(attempt=1):
    try:
        purge_expired_form_submissions()
    except Exception:
        retry(purge_form_submissions, attempt)
        raise


def retry(job, attempt):
    """Enqueue the job's next attempt after its back-off, when attempts remain and the backend can wait."""
    if attempt > len(RETRY_DELAYS) or not default_task_backend.supports_defer:
        logger.error("%s failed on attempt %s; no retry", job.name, attempt)
        return None
    delay = RETRY_DELAYS[attempt - 1]
    logger.warning("%s failed on attempt %s; retrying in %s s", job.name, attempt, delay)
    run_after = timezone.now() + datetime.timedelta(seconds=delay)
    return job.using(run_after=run_after).enqueue(attempt=attempt + 1)
