"""The Translators group and the guards around wagtail-localize: translators translate and publish other languages,
never the source, and nobody creates or syncs a translation of a page they may not see."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import resolve
from wagtail.models import GroupPagePermission, Locale
from wagtail_localize.models import Translation, TranslationSource

from localization import guards
from localization.translators import TRANSLATORS_GROUP
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def about(home_page):
    return factories.StandardPageFactory(parent=home_page, title="About us", slug="about-us")


@pytest.fixture
def turkish(translate, home_page, about):
    """Turkish home and about pages, published."""
    return {"home": translate(home_page, "tr"), "about": translate(about, "tr")}


@pytest.fixture
def arabic_home(translate, home_page):
    return translate(home_page, "ar")


def submitters_group(name):
    """A group with admin access and the global "submit translation" permission, and no page permission yet."""
    return factories.admin_group(name, "wagtailadmin.access_admin", "wagtail_localize.submit_translation")


@pytest.fixture
def translators_group(turkish, arabic_home):
    call_command("setup_translators", stdout=io.StringIO())
    return Group.objects.get(name=TRANSLATORS_GROUP)


@pytest.fixture
def translator(translators_group):
    return factories.staff_user("translator", translators_group)


@pytest.fixture
def turkish_only_translator(turkish, arabic_home, home_page):
    """A group that may translate into Turkish only (and browse the English tree)."""
    group = submitters_group("Turkish translators")
    for action in ["add", "change", "publish"]:
        GroupPagePermission.objects.create(group=group, page=turkish["home"], permission_type=action)
    GroupPagePermission.objects.create(group=group, page=home_page, permission_type="lock")
    return factories.staff_user("turkish-translator", group)


@pytest.fixture
def outsider(turkish, arabic_home):
    """Holds the global "submit translation" permission but no permission on any page."""
    return factories.staff_user("outsider", submitters_group("Submitters without pages"))


def run_setup():
    out = io.StringIO()
    call_command("setup_translators", stdout=out)
    return out.getvalue()


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def submit_url(page):
    return f"/admin/localize/submit/page/{page.pk}/"


# The group ----------------------------------------------------------------------------------------------------


def test_setup_translators_grants_translated_trees_and_is_idempotent(turkish, arabic_home, home_page):
    first = run_setup()
    group = Group.objects.get(name=TRANSLATORS_GROUP)
    granted = set(GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename"))

    assert granted == {
        (turkish["home"].pk, "add_page"),
        (turkish["home"].pk, "change_page"),
        (turkish["home"].pk, "publish_page"),
        (arabic_home.pk, "add_page"),
        (arabic_home.pk, "change_page"),
        (arabic_home.pk, "publish_page"),
        (home_page.pk, "lock_page"),
    }
    assert set(group.permissions.values_list("content_type__app_label", "codename")) == {
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
        ("home", "view_partner"),
        ("home", "change_partner"),
        ("home", "view_contactpoint"),
        ("home", "change_contactpoint"),
        ("home", "view_sitesettings"),
        ("home", "change_sitesettings"),
    }
    assert "new permissions" in first

    second = run_setup()
    assert "nothing new to grant" in second
    assert GroupPagePermission.objects.filter(group=group).count() == 7
    assert Group.objects.filter(name=TRANSLATORS_GROUP).count() == 1


def test_setup_translators_says_which_language_has_no_home_yet_and_completes_later(translate, home_page):
    Locale.objects.get_or_create(language_code="tr")
    Locale.objects.get_or_create(language_code="ar")
    arabic_home = translate(home_page, "ar")

    output = run_setup()
    group = Group.objects.get(name=TRANSLATORS_GROUP)
    assert "No home page in" in output and "(tr)" in output
    assert GroupPagePermission.objects.filter(group=group, page=arabic_home).count() == 3

    turkish_home = translate(home_page, "tr")
    output = run_setup()
    assert "(tr)" not in output
    assert set(
        GroupPagePermission.objects.filter(group=group, page=turkish_home).values_list(
            "permission__codename", flat=True
        )
    ) == {"add_page", "change_page", "publish_page"}


def test_translator_opens_the_turkish_editor_but_not_the_english_one(client, translator, turkish, about):
    client.force_login(translator)

    turkish_editor = client.get(edit_url(turkish["about"]))
    assert turkish_editor.status_code == 200
    assert b"About us" in turkish_editor.content  # the wagtail-localize editor shows the source text

    english_editor = client.get(edit_url(about))
    assert english_editor.status_code in (302, 403)
    if english_editor.status_code == 302:
        assert english_editor.url == "/admin/"


def test_translator_publishes_a_turkish_page_through_the_admin(
    client, translator, translate, home_page, django_capture_on_commit_callbacks
):
    our_work = factories.StandardPageFactory(parent=home_page, title="Our work")
    draft = translate(our_work, "tr", publish=False)
    assert not draft.live
    client.force_login(translator)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(draft), {"action": "publish"})

    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.live and not draft.has_unpublished_changes
    assert draft.permissions_for_user(translator).can_publish()


def test_translator_cannot_publish_or_change_the_english_source(client, translator, about):
    revisions_before = about.revisions.count()
    client.force_login(translator)

    response = client.post(edit_url(about), {"title": "Changed", "slug": "about-us", "action-publish": "publish"})

    assert response.status_code in (302, 403)
    about.refresh_from_db()
    assert about.title == "About us"
    assert about.revisions.count() == revisions_before
    permissions = about.permissions_for_user(translator)
    assert not permissions.can_publish()
    assert not permissions.can_edit()


def test_translator_sees_the_english_tree_in_the_explorer(client, translator, home_page, about):
    client.force_login(translator)

    response = client.get(f"/admin/pages/{home_page.pk}/")

    assert response.status_code == 200
    assert b"About us" in response.content
    assert submit_url(about).encode() in response.content  # "Translate this page"


# The guards ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "view_class"),
    [
        ("/admin/localize/submit/page/1/", guards.GuardedSubmitPageTranslationView),
        ("/admin/localize/submit/snippet/home/partner/1/", guards.GuardedSubmitSnippetTranslationView),
        ("/admin/localize/update/1/", guards.GuardedUpdateTranslationsView),
    ],
)
def test_wagtail_localize_urls_reach_the_guarded_views(path, view_class):
    assert resolve(path).func.view_class is view_class


def test_submitting_a_page_the_user_cannot_see_is_refused(client, outsider, about):
    arabic = Locale.objects.get(language_code="ar")
    client.force_login(outsider)

    assert client.get(submit_url(about)).status_code == 403
    response = client.post(submit_url(about), {"locales": [arabic.pk]})

    assert response.status_code == 403
    assert not Translation.objects.filter(source__object_id=about.translation_key, target_locale=arabic).exists()
    assert about.get_translation_or_none(arabic) is None


def test_translating_into_a_language_without_add_permission_is_refused(client, turkish_only_translator, about):
    arabic = Locale.objects.get(language_code="ar")
    client.force_login(turkish_only_translator)

    form = client.get(submit_url(about))
    assert form.status_code == 200
    assert list(form.context["form"].fields["locales"].queryset) == []  # Turkish exists; Arabic is not theirs

    response = client.post(submit_url(about), {"locales": [arabic.pk]})

    assert response.status_code == 403
    assert "You do not have permission to add pages in العربية." in response.content.decode()
    assert not Translation.objects.filter(source__object_id=about.translation_key, target_locale=arabic).exists()


def test_translator_submits_an_english_page_into_arabic_as_a_draft(client, translator, about):
    arabic = Locale.objects.get(language_code="ar")
    client.force_login(translator)

    response = client.post(submit_url(about), {"locales": [arabic.pk]})

    assert response.status_code == 302
    arabic_about = about.get_translation(arabic)
    assert response.url == edit_url(arabic_about)
    assert Translation.objects.filter(source__object_id=about.translation_key, target_locale=arabic).exists()
    assert not arabic_about.live  # WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False


def test_creating_a_language_home_needs_permission_on_the_root(client, translator, home_page):
    french = Locale.objects.create(language_code="fr")
    client.force_login(translator)

    response = client.post(submit_url(home_page), {"locales": [french.pk]})

    assert response.status_code == 403
    assert home_page.get_translation_or_none(french) is None


def test_syncing_translations_needs_edit_permission_on_every_translation(
    client, turkish_only_translator, translator, translate, about
):
    translate(about, "ar")
    source = TranslationSource.objects.get(object_id=about.translation_key)
    url = f"/admin/localize/update/{source.pk}/"
    synced_at = source.last_updated_at

    client.force_login(turkish_only_translator)
    assert client.get(url).status_code == 403
    assert client.post(url, {}).status_code == 403
    source.refresh_from_db()
    assert source.last_updated_at == synced_at

    client.force_login(translator)
    assert client.get(url).status_code == 200
    assert client.post(url, {}).status_code == 302
    source.refresh_from_db()
    assert source.last_updated_at > synced_at


def test_syncing_and_publishing_needs_publish_permission(client, translate, turkish, about):
    group = submitters_group("Turkish editors without publish")
    GroupPagePermission.objects.create(group=group, page=turkish["home"], permission_type="change")
    GroupPagePermission.objects.create(group=group, page=about.get_parent(), permission_type="lock")
    user = factories.staff_user("no-publish", group)
    source = TranslationSource.objects.get(object_id=about.translation_key)
    client.force_login(user)

    url = f"/admin/localize/update/{source.pk}/"
    assert client.post(url, {"publish_translations": "on"}).status_code == 403
    assert client.post(url, {}).status_code == 302


def test_submitting_a_snippet_needs_permission_on_its_model(client, outsider, translator):
    partner = factories.PartnerFactory(name="Water Trust")
    url = f"/admin/localize/submit/snippet/home/partner/{partner.pk}/"

    client.force_login(outsider)
    assert client.get(url).status_code == 403

    client.force_login(translator)
    assert client.get(url).status_code == 200


def test_users_without_the_submit_permission_meet_wagtail_localize_own_refusal(client, about):
    admin_only = factories.admin_group("Admin only", "wagtailadmin.access_admin")
    client.force_login(factories.staff_user("plain", admin_only))

    response = client.post(submit_url(about), {"locales": []})

    assert response.status_code == 302
    assert response.url == "/admin/"
