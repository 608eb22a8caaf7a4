"""What visitors send is kept no longer than the privacy page promises (FORM_RETENTION_DAYS, twelve months)."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from editorial.jobs import purge_form_submissions
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def submissions(home_page):
    """Messages sent 400, 366, 364 and 10 days ago to the contact page."""
    page = factories.ContactPageFactory(parent=home_page, slug="contact")
    sent = {}
    for days in (400, 366, 364, 10):
        submission = FormSubmission.objects.create(page=page, form_data={"your_message": f"sent {days} days ago"})
        # submit_time is set on creation (auto_now_add), so it is moved back afterwards.
        FormSubmission.objects.filter(pk=submission.pk).update(submit_time=timezone.now() - datetime.timedelta(days))
        sent[days] = submission.pk
    return sent


def remaining_days(sent):
    kept = set(FormSubmission.objects.values_list("pk", flat=True))
    return sorted(days for days, pk in sent.items() if pk in kept)


def test_the_command_deletes_messages_older_than_twelve_months(submissions, settings):
    settings.FORM_RETENTION_DAYS = 365
    call_command("purge_form_submissions", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert remaining_days(submissions) == [10, 364]


def test_the_worker_job_purges_on_the_same_rule(submissions, settings):
    settings.FORM_RETENTION_DAYS = 30
    purge_form_submissions.enqueue()  # the immediate backend in tests, the database worker in production
    assert remaining_days(submissions) == [10]
