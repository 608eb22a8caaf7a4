"""Least privilege in the admin: translators act only in their languages, contact-form submissions belong to the
Contact inbox, wagtail-localize's snippet API answers only about snippets the user may see, and a bad Host header
costs one log line."""

import pytest
from wagtail.models import GroupPagePermission

from tests import factories

pytestmark = pytest.mark.django_db

TRANSLATOR_PERMISSIONS = ("wagtailadmin.access_admin", "wagtail_localize.submit_translation")


@pytest.fixture
def about(home_page):
    return factories.StandardPageFactory(parent=home_page, title="About us", slug="about-us")


@pytest.fixture
def turkish_about(translate, about):
    return translate(about, "tr")


def grant(group, page, *actions):
    for action in actions:
        GroupPagePermission.objects.create(group=group, page=page, permission_type=action)


@pytest.fixture
def turkish_translator(home_page, turkish_about):
    """The docs' "one team per language": add, change and publish on the Turkish home, lock on the English one (the
    grant that shows the English tree in the explorer)."""
    group = factories.admin_group("Turkish translators", *TRANSLATOR_PERMISSIONS)
    grant(group, turkish_about.get_parent(), "add", "change", "publish", "lock")
    grant(group, home_page, "lock")
    return factories.staff_user("turkish-translator", group)


@pytest.fixture
def page_editor(home_page):
    """An editor who is not a superuser: every page permission on the tree's root, so in every language."""
    group = factories.admin_group("Page editors", "wagtailadmin.access_admin")
    grant(group, home_page.get_parent(), "add", "change", "publish", "lock", "unlock", "bulk_delete")
    return factories.staff_user("page-editor", group)


def lock(client, page):
    return client.post(f"/admin/pages/{page.pk}/lock/")


def unlock(client, page):
    return client.post(f"/admin/pages/{page.pk}/unlock/")


def refused(response):
    """Wagtail refuses with a 403, or a redirect to the dashboard with a message."""
    return response.status_code == 403 or (response.status_code == 302 and response.url == "/admin/")


# Translators act only in their languages ----------------------------------------------------------------------


def test_turkish_translator_cannot_lock_an_english_page(client, turkish_translator, about):
    client.force_login(turkish_translator)

    response = lock(client, about)

    assert refused(response)
    about.refresh_from_db()
    assert not about.locked
    assert not about.permissions_for_user(turkish_translator).can_lock()


def test_turkish_translator_cannot_unlock_an_editors_lock_on_an_english_page(
    client, turkish_translator, about, page_editor
):
    client.force_login(page_editor)
    assert lock(client, about).status_code == 302
    client.force_login(turkish_translator)

    response = unlock(client, about)

    assert refused(response)
    about.refresh_from_db()
    assert about.locked and about.locked_by == page_editor


def test_turkish_translator_cannot_edit_or_publish_an_english_page(client, turkish_translator, about):
    revisions = about.revisions.count()
    client.force_login(turkish_translator)

    editor = client.get(f"/admin/pages/{about.pk}/edit/")
    publish = client.post(
        f"/admin/pages/{about.pk}/edit/", {"title": "Hacked", "slug": "about-us", "action-publish": "1"}
    )
    bulk_publish = client.post(f"/admin/bulk/wagtailcore/page/publish/?id={about.pk}", {})

    assert refused(editor) and refused(publish)
    assert bulk_publish.status_code in (200, 302, 403)  # Wagtail lists the pages it refused, or refuses outright
    about.refresh_from_db()
    assert about.title == "About us" and about.revisions.count() == revisions


def test_turkish_translator_still_finds_english_pages_in_the_explorer(client, turkish_translator, home_page, about):
    untranslated = factories.StandardPageFactory(parent=home_page, title="Our work")
    client.force_login(turkish_translator)

    response = client.get(f"/admin/pages/{home_page.pk}/")

    assert response.status_code == 200
    assert b"About us" in response.content and b"Our work" in response.content
    assert f"/admin/localize/submit/page/{untranslated.pk}/".encode() in response.content  # "Translate this page"


def test_turkish_translator_locks_edits_and_publishes_a_turkish_page(
    client, turkish_translator, turkish_about, django_capture_on_commit_callbacks
):
    client.force_login(turkish_translator)

    assert lock(client, turkish_about).status_code == 302
    turkish_about.refresh_from_db()
    assert turkish_about.locked
    assert unlock(client, turkish_about).status_code == 302
    assert client.get(f"/admin/pages/{turkish_about.pk}/edit/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{turkish_about.pk}/edit/", {"action": "publish"})

    assert response.status_code == 302
    turkish_about.refresh_from_db()
    assert not turkish_about.locked and turkish_about.live and not turkish_about.has_unpublished_changes


def test_an_editor_keeps_every_right_in_every_language(client, page_editor, about, turkish_about):
    client.force_login(page_editor)

    for page in (about, turkish_about):
        assert lock(client, page).status_code == 302
        page.refresh_from_db()
        assert page.locked
        permissions = page.permissions_for_user(page_editor)
        assert permissions.can_edit() and permissions.can_publish() and permissions.can_unlock()
