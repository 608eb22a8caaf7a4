"""Background jobs, on Django's Tasks API (the django-tasks backport until Django 6: then only the import changes).

Publishing scheduled pages runs Wagtail's own `publish_scheduled` (pages and snippets whose approved go-live time
has come, and expiries). django-tasks has no scheduler: `manage.py run_worker` enqueues this job every
`PUBLISH_EVERY` seconds beside the database worker, so a page goes live at most about 31 s after its time.

A failed run is recorded as FAILED by the worker (Django admin › Tasks) and enqueued again after a back-off
(30 s, 2 min, 8 min: core/jobs.py `retrying_job`); past the last attempt the next tick of `run_worker` starts afresh.
"""

from django.core.management import call_command

from core.jobs import every, retrying_job
from core.retention import purge_expired_form_submissions

PUBLISH_EVERY = 30  # seconds between two scheduled runs
PURGE_EVERY = 3600  # seconds between two runs of the form-submission purge (the privacy page's promise)


@every(PUBLISH_EVERY)
@retrying_job
def publish_scheduled_pages():
    call_command("publish_scheduled", verbosity=0)


@every(PURGE_EVERY)
@retrying_job
def purge_form_submissions():
    purge_expired_form_submissions()
