"""Editors preview every page type, with unsaved changes, through the admin's real endpoints; drafts stay private."""

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page, Workflow
from wagtail.test.utils.form_data import querydict_from_html

from core.page_cache import HIT_HEADER
from tests import factories

pytestmark = pytest.mark.django_db

UNSAVED_TITLE = "Unsaved title seen only in preview"
DRAFT_TITLE = "Draft title seen only by editors"
PAGE_NAMES = [
    "home",
    "standard",
    "contact",
    "news_index",
    "story",
    "press_release",
    "region_index",
    "region",
    "section_index",
    "section",
]


@pytest.fixture
def site_pages(home_page, news_index, region_index, section_index, balkans, healthcare, make_story):
    """One page of every type, by name."""
    contact = factories.ContactPageFactory(parent=home_page, slug="contact")
    contact.form_fields.create(label="Message", field_type="multiline", required=True)
    contact.save()
    return {
        "home": home_page,
        "standard": factories.StandardPageFactory(parent=home_page, slug="who-we-are"),
        "contact": contact,
        "news_index": news_index,
        "story": make_story("Wells repaired before the summer"),
        "press_release": make_story("Statement on the flood appeal", kind="press-release"),
        "region_index": region_index,
        "region": balkans,
        "section_index": section_index,
        "section": healthcare,
    }


@pytest.fixture
def tags(balkans, healthcare):
    albania = factories.RegionPageFactory(parent=balkans, title="Albania", slug="albania")
    picked = factories.NewsPageFactory(parent=Page.objects.get(slug="news"), title="Picked by the editor")
    return {"region": albania, "section": healthcare, "pick": picked}


def form_data(html, form_id):
    data = querydict_from_html(html, form_id=form_id)
    # StreamFields are drawn by JavaScript, so the HTML holds no block inputs: send an empty stream.
    for name in ("body",):
        data.setdefault(f"{name}-count", "0")
    return data


def with_unsaved_changes(data, page_model, tags):
    data["title"] = UNSAVED_TITLE
    if page_model.__name__ == "NewsPage":
        data.setlist("regions", [str(tags["region"].pk)])
        data.setlist("sections", [str(tags["section"].pk)])
        data.update(
            {
                "related_story_picks-TOTAL_FORMS": "1",
                "related_story_picks-0-story": str(tags["pick"].pk),
                "related_story_picks-0-ORDER": "1",
                "related_story_picks-0-DELETE": "",
                "related_story_picks-0-id": "",
            }
        )
    return data


def assert_shows_unsaved_changes(response, page_model, tags):
    assert response.status_code == 200
    html = response.content.decode()
    assert UNSAVED_TITLE in html
    if page_model.__name__ == "NewsPage":
        assert tags["region"].title in html and tags["section"].title in html
        assert tags["pick"].title in html


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_preview_on_edit_shows_unsaved_changes_for_every_page_type(admin_client, site_pages, tags, name):
    page = site_pages[name].specific
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    data = with_unsaved_changes(form_data(edit.content.decode(), "page-edit-form"), type(page), tags)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])

    posted = admin_client.post(preview_url, data)

    assert posted.json()["is_valid"], posted.json()
    assert_shows_unsaved_changes(admin_client.get(preview_url), type(page), tags)
    page.refresh_from_db()
    assert page.title != UNSAVED_TITLE  # a preview saves nothing


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_preview_on_create_shows_the_unsaved_page_for_every_page_type(admin_client, site_pages, tags, name):
    existing = site_pages[name].specific
    model, parent = type(existing), existing.get_parent()
    if model.max_count_per_parent == 1 or name == "home":
        existing.get_children().delete()
        existing.delete()  # one per parent: make room for the new one
    args = [model._meta.app_label, model._meta.model_name, parent.pk]
    add = admin_client.get(reverse("wagtailadmin_pages:add", args=args))
    data = with_unsaved_changes(form_data(add.content.decode(), "page-edit-form"), model, tags)
    data["slug"] = "unsaved-page"
    preview_url = reverse("wagtailadmin_pages:preview_on_add", args=args)

    posted = admin_client.post(preview_url, data)

    assert posted.json()["is_valid"], posted.json()
    assert_shows_unsaved_changes(admin_client.get(preview_url), model, tags)
    assert not Page.objects.filter(slug="unsaved-page").exists()


def save_draft(page, tags):
    page.title = DRAFT_TITLE
    if type(page).__name__ == "NewsPage":
        page.regions = [tags["region"]]
        page.sections = [tags["section"]]
        page.related_story_picks = [type(page).related_story_picks.rel.related_model(story=tags["pick"])]
    return page.save_revision()


def assert_shows_draft(response, page, tags):
    assert response.status_code == 200
    html = response.content.decode()
    assert DRAFT_TITLE in html
    if type(page).__name__ == "NewsPage":
        assert tags["region"].title in html and tags["section"].title in html and tags["pick"].title in html


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_view_draft_shows_the_latest_revision_for_every_page_type(admin_client, site_pages, tags, name):
    page = site_pages[name].specific
    save_draft(page, tags)

    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))

    assert_shows_draft(response, page, tags)


@pytest.fixture
def moderator(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("moderator", "moderator@example.org", "pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.mark.parametrize("name", ["story", "press_release", "region"])
def test_moderation_preview_link_shows_the_draft(client, admin_user, moderator, site_pages, tags, name):
    page = site_pages[name].specific
    save_draft(page, tags)
    workflow = Workflow.objects.get(name="Moderators approval")
    with override_settings(WAGTAILADMIN_BASE_URL="http://testserver"):
        workflow.start(page, admin_user)
    task = page.current_workflow_task
    preview_path = reverse("wagtailadmin_pages:workflow_preview", args=[page.pk, task.pk])
    client.force_login(moderator)

    response = client.get(preview_path)

    assert_shows_draft(response, page, tags)
    assert any(preview_path in message.body for message in mail.outbox if moderator.email in message.to)


def test_preview_can_be_framed_by_the_admin_but_public_pages_by_no_one(admin_client, client, site_pages, tags):
    story = site_pages["story"]
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[story.pk])
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[story.pk]))
    admin_client.post(preview_url, form_data(edit.content.decode(), "page-edit-form"))

    preview = admin_client.get(preview_url)
    public = client.get(story.url)

    assert "frame-ancestors 'self'" in preview["Content-Security-Policy"]
    assert "frame-ancestors 'none'" not in preview["Content-Security-Policy"]
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'none'" in public["Content-Security-Policy"]
    assert public["X-Frame-Options"] == "DENY"


def test_view_draft_can_be_framed_by_the_same_origin_only(admin_client, site_pages, tags):
    page = site_pages["story"].specific
    save_draft(page, tags)
    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_a_previewed_draft_is_never_cached_nor_served_to_readers(admin_client, client, site_pages, tags):
    page = site_pages["story"].specific
    with override_settings(PAGE_CACHE_SECONDS=300):
        assert client.get(page.url).status_code == 200  # the live page is in the cache now
        save_draft(page, tags)
        draft = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
        edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
        admin_client.post(
            preview_url, with_unsaved_changes(form_data(edit.content.decode(), "page-edit-form"), type(page), tags)
        )
        preview = admin_client.get(preview_url)
        public = client.get(page.url)
        public_again = client.get(page.url)

    for response in (draft, preview):
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
        assert HIT_HEADER not in response
    for response in (public, public_again):
        html = response.content.decode()
        assert DRAFT_TITLE not in html and UNSAVED_TITLE not in html
