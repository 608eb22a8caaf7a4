"""Background jobs' shared machinery: `retrying_job` (a task retried with back-off) and the periodic registry.

django-tasks has no scheduler and no retries. `retrying_job` makes a task that, when it raises, enqueues its own
next attempt after 30 s, 2 min and 8 min, and is then recorded as FAILED by the worker (Django admin › Tasks).
`every(seconds)` puts a job on the clock of `manage.py run_worker` (editorial), which enqueues it that often
unless a run is already waiting; apps register their periodic jobs from their own modules, so the worker never
imports an app above it.
"""

import datetime
import functools
import logging

from django.utils import timezone
from django_tasks import default_task_backend, task

logger = logging.getLogger(__name__)

RETRY_DELAYS = [30, 120, 480]  # seconds before attempts 2, 3 and 4

# (seconds between runs, job), in registration order
PERIODIC_JOBS = []


def retrying_job(function):
    """A django-tasks task that retries itself with back-off when `function` raises; the attempt number travels
    as the keyword argument `attempt` (the worker's record shows it)."""

    @functools.wraps(function)
    def run(*args, attempt=1, **kwargs):
        try:
            return function(*args, **kwargs)
        except Exception:
            retry(job, attempt, args, kwargs)
            raise

    job = task()(run)
    return job


def retry(job, attempt, args=(), kwargs=None):
    """Enqueue the job's next attempt after its back-off, when attempts remain and the backend can wait."""
    if attempt > len(RETRY_DELAYS) or not default_task_backend.supports_defer:
        logger.error("%s failed on attempt %s; no retry", job.name, attempt)
        return None
    delay = RETRY_DELAYS[attempt - 1]
    logger.warning("%s failed on attempt %s; retrying in %s s", job.name, attempt, delay)
    run_after = timezone.now() + datetime.timedelta(seconds=delay)
    return job.using(run_after=run_after).enqueue(*args, attempt=attempt + 1, **(kwargs or {}))


def every(seconds):
    """Register a job with the worker's clock: enqueued every `seconds` (rounded to the clock's tick)."""

    def register(job):
        if all(registered is not job for _seconds, registered in PERIODIC_JOBS):
            PERIODIC_JOBS.append((seconds, job))
        return job

    return register
