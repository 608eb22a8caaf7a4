"""Least privilege in the admin: translators act only in their languages, contact-form submissions belong to the
Contact inbox, wagtail-localize's snippet API answers only about snippets the user may see, and a bad Host header
costs one log line."""

import logging

import pytest
from django.contrib.auth.models import Group
from django.urls import resolve
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import GroupPagePermission

from home import views as contact_inbox_views
from home.contact_inbox import CONTACT_INBOX_GROUP
from localization import guards
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


# Contact-form submissions belong to the Contact inbox ---------------------------------------------------------


FORMS_MENU_ITEM = '"url": "/admin/forms/"'  # in the sidebar's JSON


@pytest.fixture
def turkish_contact(translate, home_page):
    page = factories.ContactPageFactory(parent=home_page, slug="contact")
    page.form_fields.create(label="Your message", field_type="multiline", required=True)
    page.save_revision().publish()
    turkish = translate(page, "tr")
    FormSubmission.objects.create(page=turkish, form_data={"your_message": "Adım Ayşe, telefonum 0555 000 00 00"})
    return turkish


@pytest.fixture
def inbox_member(db):
    return factories.staff_user("inbox", Group.objects.get(name=CONTACT_INBOX_GROUP))


def submissions_urls(page):
    return [
        "/admin/forms/",
        f"/admin/forms/submissions/{page.pk}/",
        f"/admin/forms/submissions/{page.pk}/?export=csv",
        f"/admin/forms/submissions/{page.pk}/?export=xlsx",
        f"/admin/forms/submissions/{page.pk}/delete/?selected-submissions={page.get_submissions().get().pk}",
    ]


@pytest.mark.parametrize("who", ["turkish_translator", "page_editor"])
def test_translators_and_editors_cannot_read_contact_submissions(client, request, who, turkish_contact):
    client.force_login(request.getfixturevalue(who))

    for url in submissions_urls(turkish_contact):
        response = client.get(url)
        assert refused(response), url
        assert "0555" not in response.content.decode(errors="replace")
    delete = client.post(submissions_urls(turkish_contact)[-1])

    assert refused(delete)
    assert FormSubmission.objects.count() == 1
    assert FORMS_MENU_ITEM not in client.get("/admin/").content.decode()


def test_the_page_editor_shows_no_submissions_panel_to_an_editor(client, page_editor, turkish_contact, locale_en):
    english = turkish_contact.get_translation(locale_en)
    FormSubmission.objects.create(page=english, form_data={"your_message": "My name is Ana"})
    client.force_login(page_editor)

    editor = client.get(f"/admin/pages/{english.pk}/edit/")

    assert editor.status_code == 200
    assert f"/admin/forms/submissions/{english.pk}/" not in editor.content.decode()


def test_the_contact_inbox_reads_exports_and_deletes_submissions(client, inbox_member, turkish_contact):
    client.force_login(inbox_member)
    index, listing, csv, xlsx, delete = (client.get(url) for url in submissions_urls(turkish_contact))

    assert index.status_code == 200 and turkish_contact.title in index.content.decode()
    assert listing.status_code == 200 and "0555" in listing.content.decode()
    assert csv.status_code == 200 and "0555" in b"".join(csv.streaming_content).decode()
    assert xlsx.status_code == 200
    assert delete.status_code == 200
    assert FORMS_MENU_ITEM in client.get("/admin/").content.decode()

    response = client.post(submissions_urls(turkish_contact)[-1])

    assert response.status_code == 302
    assert not FormSubmission.objects.exists()


def test_reading_without_the_delete_permission_cannot_delete(client, turkish_contact):
    readers = factories.admin_group("Readers", "wagtailadmin.access_admin", "wagtailforms.view_formsubmission")
    client.force_login(factories.staff_user("reader", readers))

    assert client.get(f"/admin/forms/submissions/{turkish_contact.pk}/").status_code == 200
    assert refused(client.post(submissions_urls(turkish_contact)[-1]))
    assert FormSubmission.objects.count() == 1


@pytest.mark.parametrize(
    "path, view_class",
    [
        ("/admin/forms/", contact_inbox_views.ContactInboxFormsView),
        ("/admin/forms/results/", contact_inbox_views.ContactInboxFormsView),
        ("/admin/forms/submissions/1/delete/", contact_inbox_views.ContactInboxDeleteView),
    ],
)
def test_wagtail_forms_urls_reach_the_contact_inbox_views(path, view_class):
    assert resolve(path).func.view_class is view_class


# wagtail-localize's snippet API ------------------------------------------------------------------------------


def test_snippet_api_tells_nothing_to_a_user_without_snippet_permissions(client, home_page):
    contact = factories.ContactPointFactory(name="Private line of the director", phone="+00 999")
    client.force_login(factories.staff_user("no-snippets", factories.admin_group("Admins", *TRANSLATOR_PERMISSIONS)))

    listing = client.get("/admin/localize/api/snippets/home/contactpoint/")
    detail = client.get(f"/admin/localize/api/snippets/home/contactpoint/{contact.pk}/")

    assert listing.status_code == 403 and detail.status_code == 403
    assert b"director" not in listing.content + detail.content


def test_snippet_api_answers_a_user_who_may_see_the_snippets(client, home_page):
    contact = factories.ContactPointFactory(name="Press office")
    group = factories.admin_group("Snippet viewers", *TRANSLATOR_PERMISSIONS, "home.view_contactpoint")
    client.force_login(factories.staff_user("viewer", group))

    detail = client.get(f"/admin/localize/api/snippets/home/contactpoint/{contact.pk}/")

    assert detail.status_code == 200
    assert detail.json()["title"] == "Press office"


@pytest.mark.parametrize(
    "path", ["/admin/localize/api/snippets/home/partner/", "/admin/localize/api/snippets/home/partner/1/"]
)
def test_wagtail_localize_snippet_api_urls_reach_the_guarded_view(path):
    assert resolve(path).func.cls is guards.GuardedSnippetViewSet


# A bad Host header ------------------------------------------------------------------------------------------


def test_bad_host_gets_400_and_one_warning_line_without_traceback(client, caplog):
    with caplog.at_level(logging.INFO):
        response = client.get("/en/", headers={"host": "attacker.example"})

    assert response.status_code == 400
    records = [record for record in caplog.records if record.name.startswith("django.security")]
    assert len(records) == 1
    record = records[0]
    assert record.levelno == logging.WARNING
    assert "attacker.example" in record.getMessage()
    assert record.exc_info is None and record.exc_text is None
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
