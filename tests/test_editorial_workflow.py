"""Roles and review workflows, through the real admin views: writers submit, editors approve, press releases also
need the communications lead, changes requested go back to the writer with the comment, translators stay out."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, PageLogEntry, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from editorial.roles import WRITERS
from localization.translators import TRANSLATORS_GROUP
from news.models import NewsPage
from tests import factories

pytestmark = pytest.mark.django_db


def login(client, user):
    client.force_login(user)
    return client


def story_form(client, news_index, title, kind, action, **fields):
    url = reverse("wagtailadmin_pages:add", args=["news", "newspage", news_index.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.setdefault("body-count", "0")
    data.update({"title": title, "slug": title.lower().replace(" ", "-"), "kind": kind, "summary": "Summary."})
    data.update(fields)
    data[action] = "1"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return NewsPage.objects.get(title=title)


def act(client, page, action, comment=""):
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk), status="in_progress")
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, state.current_task_state.pk])
    return client.post(url, {"comment": comment})


def current_task(page):
    state = WorkflowState.objects.filter(object_id=str(page.pk)).latest("created_at")
    return state, state.current_task_state.task.name if state.current_task_state else None


def test_writer_submits_a_story_but_cannot_publish_it(client, news_index, roles):
    login(client, roles["writer"])
    story = story_form(client, news_index, "Wells repaired", "news", "action-publish")
    assert not story.live  # the publish action is refused to a writer: a draft is saved instead
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[story.pk])).content.decode()
    assert 'name="action-publish"' not in edit
    assert 'name="action-submit"' in edit

    submitted = story_form(client, news_index, "Clinic opens", "news", "action-submit")

    state, task = current_task(submitted)
    assert (state.status, task) == ("in_progress", "Editors' approval")
    assert not submitted.live
    assert "editor@example.org" in {address for message in mail.outbox for address in message.to}
    assert client.get(submitted.url).status_code == 404


def test_an_editor_approves_a_story_and_it_goes_live(client, news_index, roles):
    story = story_form(login(client, roles["writer"]), news_index, "Clinic opens", "news", "action-submit")

    act(login(client, roles["editor"]), story, "approve")

    story.refresh_from_db()
    assert story.live
    assert current_task(story)[0].status == "approved"


def test_a_press_release_also_needs_the_communications_lead(client, news_index, roles):
    release = story_form(login(client, roles["writer"]), news_index, "Flood appeal", "press-release", "action-submit")
    mail.outbox.clear()

    act(login(client, roles["editor"]), release, "approve")
    release.refresh_from_db()
    assert not release.live
    state, task = current_task(release)
    assert (state.status, task) == ("in_progress", "Press release sign-off")
    assert {address for message in mail.outbox for address in message.to} >= {"lead@example.org"}

    act(client, release, "approve")  # the editor again: not theirs to sign off
    release.refresh_from_db()
    assert not release.live

    act(login(client, roles["lead"]), release, "approve")
    release.refresh_from_db()
    assert release.live


def test_changes_requested_go_back_to_the_writer_with_the_comment(client, news_index, roles):
    story = story_form(login(client, roles["writer"]), news_index, "Clinic opens", "news", "action-submit")
    mail.outbox.clear()

    act(login(client, roles["editor"]), story, "reject", comment="Name the district in the first line.")

    state, _task = current_task(story)
    assert state.status == "needs_changes"
    to_writer = [message for message in mail.outbox if "writer@example.org" in message.to]
    assert to_writer and "Name the district in the first line." in to_writer[0].body
    writers_view = login(client, roles["writer"]).get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    assert "Name the district in the first line." in writers_view.content.decode()
    assert not Page.objects.get(pk=story.pk).live


def test_a_translator_cannot_approve_english(client, news_index, roles, translate, home_page):
    translate(home_page, "tr")
    call_command("setup_translators", stdout=io.StringIO())
    translator = factories.staff_user("translator", Group.objects.get(name=TRANSLATORS_GROUP))
    story = story_form(login(client, roles["writer"]), news_index, "Clinic opens", "news", "action-submit")

    response = act(login(client, translator), story, "approve")

    assert response.status_code in (302, 403)
    story.refresh_from_db()
    assert not story.live
    assert current_task(story)[0].status == "in_progress"


def test_an_editor_cannot_publish_a_press_release_past_the_sign_off(client, news_index, roles):
    login(client, roles["editor"])
    release = story_form(client, news_index, "Flood appeal", "press-release", "action-publish")
    assert not release.live  # saved as a draft, with what the editor typed
    assert release.get_latest_revision_as_object().summary == "Summary."
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[release.pk])).content.decode()
    assert 'name="action-publish"' not in edit

    story = story_form(client, news_index, "Clinic opens", "news", "action-publish")
    assert story.live  # news articles: editors publish directly

    login(client, roles["lead"])
    assert 'name="action-publish"' in client.get(reverse("wagtailadmin_pages:edit", args=[release.pk])).content.decode()


def test_bulk_publish_of_a_press_release_needs_the_lead(client, news_index, roles):
    release = factories.NewsPageFactory(parent=news_index, title="Flood appeal", kind="press-release", live=False)
    release.save_revision()
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"]) + f"?id={release.pk}"

    login(client, roles["editor"]).post(url, {"include_descendants": ""})
    release.refresh_from_db()
    assert not release.live

    login(client, roles["lead"]).post(url, {"include_descendants": ""})
    release.refresh_from_db()
    assert release.live


def test_every_workflow_step_shows_in_site_history(admin_client, client, news_index, roles):
    release = story_form(login(client, roles["writer"]), news_index, "Flood appeal", "press-release", "action-submit")
    act(login(client, roles["editor"]), release, "approve")
    act(login(client, roles["lead"]), release, "approve")

    actions = list(PageLogEntry.objects.filter(page=release).order_by("timestamp").values_list("action", flat=True))
    assert actions.count("wagtail.workflow.approve") == 2
    assert "wagtail.workflow.start" in actions and actions[-1] == "wagtail.publish"
    history = admin_client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Flood appeal" in history and "Press release sign-off" in history


def test_a_news_index_made_in_the_admin_gets_news_review(admin_client, home_page):
    call_command("setup_editorial", stdout=io.StringIO())  # as after the migrations: no news index yet
    url = reverse("wagtailadmin_pages:add", args=["news", "newsindexpage", home_page.pk])
    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="page-edit-form")
    data.setdefault("body-count", "0")
    data.update({"title": "News", "slug": "news", "summary": "All our news.", "action-publish": "1"})
    assert admin_client.post(url, data).status_code == 302

    index = Page.objects.get(slug="news", depth=3)
    assert WorkflowPage.objects.get(page=index).workflow.name == "News review"
    assert GroupPagePermission.objects.filter(page=index, group__name=WRITERS).count() == 2
