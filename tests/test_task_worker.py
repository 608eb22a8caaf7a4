"""The task worker publishes scheduled pages within 60 seconds of their time, and retries a failed job with back-off,
recording each attempt. The clock is frozen with time-machine; jobs are called as the worker calls them."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageLogEntry

from editorial import jobs
from tests import factories

pytestmark = pytest.mark.django_db

NINE = datetime.datetime(2026, 7, 1, 9, 0, tzinfo=ZoneInfo(settings.TIME_ZONE))
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def at(minutes=0, seconds=0):
    return time_machine.travel(NINE + datetime.timedelta(minutes=minutes, seconds=seconds), tick=False)


@pytest.fixture
def scheduled_story(news_index):
    """A new story an editor approved at 08:00 to go live at 09:00."""
    with at(minutes=-60):
        story = factories.NewsPageFactory(parent=news_index, title="Flood appeal launched", live=False)
        story.go_live_at = NINE
        story.save_revision().publish()
    story.refresh_from_db()
    return story


def test_a_story_scheduled_for_nine_is_not_public_at_eight_fifty_nine(client, scheduled_story, news_index):
    with at(minutes=-1):
        jobs.publish_scheduled_pages.enqueue()
        assert client.get(scheduled_story.url).status_code == 404
        assert "Flood appeal launched" not in client.get(news_index.url).content.decode()
    scheduled_story.refresh_from_db()
    assert not scheduled_story.live


def test_the_worker_publishes_the_story_by_nine_and_thirty_seconds(client, scheduled_story, news_index):
    with at(seconds=30):
        result = jobs.publish_scheduled_pages.enqueue()
        assert result.status == "SUCCESSFUL"
        assert client.get(scheduled_story.url).status_code == 200
        assert "Flood appeal launched" in client.get(news_index.url).content.decode()
    assert PageLogEntry.objects.filter(page=scheduled_story, action="wagtail.publish.scheduled").exists()


def publish_jobs(status):
    return DBTaskResult.objects.filter(task_path=jobs.publish_scheduled_pages.module_path, status=status)


@pytest.fixture
def run_worker_once(monkeypatch):
    """The database worker, run until the queue holds nothing ready. Between jobs it closes connections that are
    not in autocommit mode, which would end the test's own transaction: here they stay open."""
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)

    def run():
        call_command("db_worker", batch=True, interval=0, startup_delay=False, verbosity=0)

    return run


@override_settings(TASKS=DATABASE_TASKS)
def test_a_failing_job_is_recorded_and_retried_with_back_off(monkeypatch, scheduled_story, run_worker_once):
    calls = []
    real_call_command = jobs.call_command

    def fail_once(*args, **kwargs):
        calls.append(args)
        if len(calls) == 1:
            raise ConnectionError("database went away")
        return real_call_command(*args, **kwargs)

    monkeypatch.setattr(jobs, "call_command", fail_once)
    with at(seconds=5):
        jobs.publish_scheduled_pages.enqueue()
        run_worker_once()
    failed = publish_jobs("FAILED").get()
    assert "database went away" in failed.traceback
    retry = publish_jobs("READY").get()
    assert retry.args_kwargs["kwargs"] == {"attempt": 2}
    assert retry.run_after == NINE + datetime.timedelta(seconds=35)
    scheduled_story.refresh_from_db()
    assert not scheduled_story.live

    with at(seconds=20):
        run_worker_once()  # too early for the retry
    assert publish_jobs("READY").count() == 1

    with at(seconds=36):
        run_worker_once()
    assert publish_jobs("SUCCESSFUL").count() == 1
    scheduled_story.refresh_from_db()
    assert scheduled_story.live


@override_settings(TASKS=DATABASE_TASKS)
def test_failed_jobs_are_listed_for_administrators_only(client, admin_user, monkeypatch, news_index, run_worker_once):
    def broken(*args, **kwargs):
        raise ConnectionError("database went away")

    monkeypatch.setattr(jobs, "call_command", broken)
    jobs.publish_scheduled_pages.enqueue()
    run_worker_once()
    editor = factories.staff_user("editor", Group.objects.get(name="Editors"))

    client.force_login(editor)
    refused = client.get("/admin/reports/failed-jobs/")
    assert refused.status_code in (302, 403) and "ConnectionError" not in refused.content.decode()
    assert "/admin/reports/failed-jobs/" not in client.get("/admin/").content.decode()
    client.force_login(admin_user)
    listing = client.get("/admin/reports/failed-jobs/").content.decode()
    assert "publish_scheduled_pages" in listing and "ConnectionError" in listing
    assert "/admin/reports/failed-jobs/" in client.get("/admin/").content.decode()
