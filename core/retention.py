"""How long the site keeps what visitors send: form submissions are deleted once FORM_RETENTION_DAYS have passed.

The privacy page promises it; the worker (`run_worker`) runs `purge_expired_form_submissions` every hour, and
`manage.py purge_form_submissions` does the same by hand.
"""

import datetime
import logging

from django.conf import settings
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

logger = logging.getLogger(__name__)


def purge_expired_form_submissions(now=None):
    """Delete every form submission older than the retention period; returns how many were deleted."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=settings.FORM_RETENTION_DAYS)
    deleted, _by_model = FormSubmission.objects.filter(submit_time__lt=cutoff).delete()
    if deleted:
        logger.info("Deleted %s form submissions sent before %s", deleted, cutoff.date())
    return deleted
