"""`load_demo` builds the whole demo site in English, Turkish and Arabic, and running it again changes nothing."""

import io
import re
import shutil

import polib
import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import (
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from demo import translations
from demo.content import object_key
from demo.translations import LOCALE_DIR, MissingDemoTranslation, catalogue
from donations.models import DonatePage
from home.models import ContactPage, ContactPoint, HomePage, Partner, SiteSettings, StandardPage
from members.models import MemberOrganisation, WorkingGroupPage
from news.models import NewsIndexPage, NewsPage
from regions.models import RegionPage
from sections.models import SectionPage

pytestmark = pytest.mark.django_db

TRANSLATED = ["tr", "ar"]
RELEASE_SLUG = "winter-appeal-for-families-in-the-mountains-of-armenia"  # the scheduled release (stories.toml)


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo, loaded once for this module (it takes a while) in a transaction rolled back after the last test.

    Each test still runs in its own savepoint. wagtail-localize publishes translations on commit, so the commit
    callbacks are run as a real commit would.
    """
    media = tmp_path_factory.mktemp("demo-media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media, PUBLIC_URL="http://127.0.0.1:8000"),
    ):
        outer = transaction.atomic()
        outer.__enter__()
        try:
            with TestCase.captureOnCommitCallbacks(execute=True):
                call_command("load_demo", stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def content_counts():
    counts = {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "stories": NewsPage.objects.count(),
        "press releases": NewsPage.objects.filter(kind="press-release").count(),
        "regions": RegionPage.objects.filter(depth=4).count(),
        "countries": RegionPage.objects.filter(depth=5).count(),
        "sections": SectionPage.objects.count(),
        "standard pages": StandardPage.objects.count(),
        "home pages": HomePage.objects.count(),
        "contact pages": ContactPage.objects.count(),
        "images": get_image_model().objects.count(),
        "partners": Partner.objects.count(),
        "contact points": ContactPoint.objects.count(),
        "site settings": SiteSettings.objects.count(),
        "translation sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "string translations": StringTranslation.objects.count(),
        "segment overrides": SegmentOverride.objects.count(),
        "translation logs": TranslationLog.objects.count(),
    }
    for locale in Locale.objects.all():
        code = locale.language_code
        counts[f"{code} pages"] = Page.objects.filter(locale=locale).count()
        counts[f"{code} live pages"] = Page.objects.filter(locale=locale).live().count()
        counts[f"{code} stories"] = NewsPage.objects.filter(locale=locale).count()
        counts[f"{code} regions and countries"] = RegionPage.objects.filter(locale=locale).count()
        counts[f"{code} sections"] = SectionPage.objects.filter(locale=locale).count()
        counts[f"{code} partners"] = Partner.objects.filter(locale=locale).count()
        counts[f"{code} contact points"] = ContactPoint.objects.filter(locale=locale).count()
        counts[f"{code} site settings"] = SiteSettings.objects.filter(locale=locale).count()
    return counts


def translated_texts():
    return sorted(StringTranslation.objects.values_list("pk", "data", "has_error"))


def english_pages():
    """The demo's English pages that are translated: working groups are written by their members in the language
    they share, and are not."""
    return Page.objects.filter(locale__language_code="en", depth__gt=1).not_type(WorkingGroupPage).specific()


def scheduled_release():
    return NewsPage.objects.get(locale__language_code="en", slug=RELEASE_SLUG)


def translation_of(page, language):
    return page.get_translation(Locale.objects.get(language_code=language)).specific


def po_files(language):
    return sorted((LOCALE_DIR / language).glob("*.po"))


def same_in_translation(language):
    """English strings the PO files deliberately keep as they are (phone numbers, addresses)."""
    return {
        entry.msgid
        for path in po_files(language)
        for entry in polib.pofile(str(path))
        if entry.msgstr == entry.msgid and entry.msgctxt != "slug"
    }


# English ------------------------------------------------------------------------------------------------------


def test_demo_has_the_content_the_issue_asks_for(demo_site):
    counts = content_counts()
    assert counts["en stories"] >= 25
    assert NewsPage.objects.filter(locale__language_code="en", kind="press-release").count() >= 6
    assert RegionPage.objects.filter(locale__language_code="en", depth=4).count() >= 3
    assert RegionPage.objects.filter(locale__language_code="en", depth=5).count() >= 8
    assert counts["en sections"] >= 5
    assert StandardPage.objects.filter(locale__language_code="en").count() >= 3
    assert ContactPage.objects.filter(locale__language_code="en").count() == 1
    assert counts["en partners"] >= 5
    years = {story.display_date.year for story in NewsPage.objects.filter(locale__language_code="en")}
    assert len(years) >= 2
    approved = MemberOrganisation.objects.public()
    assert approved.count() >= 3 and MemberOrganisation.objects.pending().count() == 1
    assert all(org.logo and org.submissions.filter(page__live=True).exists() for org in approved)
    assert WorkingGroupPage.objects.live().count() == 1


def test_demo_member_login_reaches_the_portal_and_posts_into_review(demo_site, client):
    from demo.members import MEMBER_EMAIL, MEMBER_PASSWORD

    call_command("load_demo", "--with-editor", stdout=io.StringIO())
    response = client.post("/en/accounts/login/", {"login": MEMBER_EMAIL, "password": MEMBER_PASSWORD})
    assert response.status_code == 302
    portal = client.get("/en/portal/").content.decode()
    assert "Highland Health Alliance" in portal and "Cash transfer standards" in portal
    directory = client.get("/ar/the-network/members/").content.decode()
    assert "Sava River Watch" in directory and "Lori Valley Neighbours" not in directory
    assert client.get("/en/the-network/cash-transfer-standards/").status_code == 200


def test_running_load_demo_twice_changes_nothing_and_prints_counts_per_language(demo_site):
    before = content_counts(), translated_texts()
    output, errors = io.StringIO(), io.StringIO()
    with TestCase.captureOnCommitCallbacks(execute=True) as callbacks:
        call_command("load_demo", stdout=output, stderr=errors)
    assert (content_counts(), translated_texts()) == before
    assert callbacks == []  # nothing was published again
    assert "0 translations published" in output.getvalue()
    assert errors.getvalue() == ""  # every PO entry matched its page or snippet
    lines = output.getvalue().splitlines()
    for code in ["en", *TRANSLATED]:
        line = next(line for line in lines if line.strip().startswith(f"{code}:"))
        live_pages = 62 if code == "en" else 61  # the working group is in English only
        assert f"{live_pages} live pages, 31 stories, 15 regions and countries, 6 sections, 6 partners" in line


def test_default_site_answers_to_the_public_address(demo_site):
    default = Site.objects.get(is_default_site=True)
    assert (default.hostname, default.port) == ("127.0.0.1", 8000)  # as PUBLIC_URL in demo_site
    assert default.root_page.specific == HomePage.objects.get(locale__language_code="en")
    with override_settings(PUBLIC_URL="https://news.openhands.example.org"):
        call_command("load_demo", stdout=io.StringIO())
    default.refresh_from_db()
    assert (default.hostname, default.port) == ("news.openhands.example.org", 443)


def test_demo_site_serves_every_page_type(demo_site, client):
    for url in [
        "/en/",
        "/en/news/",
        "/en/regions/",
        "/en/regions/balkans/",
        "/en/regions/balkans/albania/",
        "/en/what-we-do/",
        "/en/what-we-do/healthcare/",
        "/en/who-we-are/",
        "/en/contact/",
        "/en/donate/",
        "/en/privacy/",
    ]:
        assert client.get(url).status_code == 200, url
    story = NewsPage.objects.live().filter(locale__language_code="en").first()
    response = client.get(story.url)
    assert response.status_code == 200
    assert escape(story.title) in response.content.decode()


# Turkish and Arabic -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_po_entry_is_text_of_the_page_or_snippet_it_names(demo_site, language):
    """No orphan: each entry's msgctxt and msgid are a segment wagtail-localize extracts from each object it names."""
    segments = {
        object_key(source.get_source_instance()): {
            (segment.context.path, segment.string.data)
            for segment in StringSegment.objects.filter(source=source).select_related("string", "context")
        }
        for source in TranslationSource.objects.filter(locale__language_code="en")
    }
    named = set()
    assert po_files(language)
    for path in po_files(language):
        for entry in polib.pofile(str(path), check_for_duplicates=True):
            assert entry.msgstr and entry.occurrences, entry.msgid
            for key, _line in entry.occurrences:
                assert (entry.msgctxt, entry.msgid) in segments.get(key, ()), f"{path.name} {key}: {entry.msgid!r}"
                named.add(key)
    assert named == set(segments)  # and every page and snippet of the demo has its entries


def test_every_english_page_and_snippet_has_a_live_translation(demo_site):
    english = list(english_pages())
    for language in TRANSLATED:
        locale = Locale.objects.get(language_code=language)
        translated = Page.objects.filter(locale=locale)
        assert translated.count() == len(english)
        scheduled = translated.filter(translation_key=scheduled_release().translation_key)
        assert not translated.filter(live=False).exclude(pk__in=scheduled).exists()
        assert not translated.filter(has_unpublished_changes=True).exclude(pk__in=scheduled).exists()
        for model in [Partner, ContactPoint, SiteSettings]:
            english_count = model.objects.filter(locale__language_code="en").count()
            assert model.objects.filter(locale=locale).count() == english_count


@pytest.mark.parametrize(
    ("language", "hero", "direction"),
    [
        ("tr", "Kriz ve toparlanma sürecinde toplulukların yanındayız", "ltr"),
        ("ar", "نقف إلى جانب المجتمعات في الأزمات وفي مرحلة التعافي", "rtl"),
    ],
)
def test_translated_home_page_is_served_in_its_language(demo_site, client, language, hero, direction):
    response = client.get(f"/{language}/")
    html = response.content.decode()
    assert response.status_code == 200
    html_tag = re.search(r"<html[^>]*>", html).group(0)
    assert f'lang="{language}"' in html_tag
    assert f'dir="{direction}"' in html_tag
    assert hero in html
    english_home = HomePage.objects.get(locale__language_code="en")
    menu = english_home.get_children().live().in_menu()
    assert menu.exists()
    for child in menu:
        assert escape(translation_of(child, language).title) in html  # the menu is translated


@pytest.mark.parametrize(
    ("language", "story_title", "region_title"),
    [
        ("tr", "Kosova'da on iki köyde temiz su akıyor", "Arnavutluk"),
        ("ar", "المياه النظيفة تتدفق في اثنتي عشرة قرية في كوسوفو", "ألبانيا"),
    ],
)
def test_translated_story_and_region_pages_are_served_in_their_language(
    demo_site, client, language, story_title, region_title
):
    english_story = NewsPage.objects.get(locale__language_code="en", slug="clean-water-flows-in-twelve-kosovo-villages")
    story = translation_of(english_story, language)
    assert story.title == story_title
    response = client.get(story.url)
    assert response.status_code == 200
    assert escape(story_title) in response.content.decode()
    assert story.url.startswith(f"/{language}/")

    region = translation_of(RegionPage.objects.get(locale__language_code="en", slug="albania"), language)
    assert region.title == region_title
    response = client.get(region.url)
    assert response.status_code == 200
    assert escape(region_title) in response.content.decode()


@pytest.mark.parametrize("language", TRANSLATED)
def test_translated_story_shows_the_text_of_its_po_entries(demo_site, client, language):
    english = NewsPage.objects.get(
        locale__language_code="en", slug="emergency-shelter-after-the-winter-earthquake-in-albania"
    )
    entries = catalogue(language)[object_key(english)]
    html = client.get(translation_of(english, language).url).content.decode()
    body = [entry for entry in entries if entry.msgctxt.startswith("body.")]
    assert len(body) >= 3  # paragraphs and a quote
    for entry in [*body, *(entry for entry in entries if entry.msgctxt in {"title", "summary"})]:
        assert entry.msgstr in html or escape(entry.msgstr) in html, entry.msgstr
        assert entry.msgid not in html, entry.msgid


def test_no_translated_string_is_left_in_english(demo_site):
    """Every string segment has a translation of its own; titles and summaries differ from the English."""
    for language in TRANSLATED:
        locale = Locale.objects.get(language_code=language)
        kept = same_in_translation(language)
        segments = StringSegment.objects.annotate_translation(locale).select_related("string", "context")
        assert segments.exists()
        for segment in segments:
            english = segment.string.data
            assert segment.translation is not None, english
            if segment.context.path != "slug" and english not in kept:  # Arabic pages keep English slugs
                assert segment.translation != english, english
        for page in english_pages():
            translated = translation_of(page, language)
            assert translated.title != page.title
            assert translated.summary != page.summary or not page.summary
        for model, field in [(Partner, "name"), (ContactPoint, "name"), (SiteSettings, "tagline")]:
            for snippet in model.objects.filter(locale__language_code="en"):
                assert getattr(snippet.get_translation(locale), field) != getattr(snippet, field)


def test_translated_stories_are_tagged_with_regions_and_sections_of_their_language(demo_site):
    """wagtail-localize copies many-to-many fields and inline children unchanged; NewsPage maps them to the story's
    own language: regions, sections and the editor's related picks."""
    picks = 0
    for language in TRANSLATED:
        stories = NewsPage.objects.filter(locale__language_code=language).prefetch_related(
            "regions", "sections", "related_story_picks__story"
        )
        assert stories.count() == 31
        for story in stories:
            tags = [*story.regions.all(), *story.sections.all(), *(p.story for p in story.related_story_picks.all())]
            assert all(tag.locale_id == story.locale_id for tag in tags), story.title
            english = story.get_translation(Locale.objects.get(language_code="en"))
            assert len(tags) == english.regions.count() + english.sections.count() + english.related_story_picks.count()
            picks += story.related_story_picks.count()
    assert picks == 2 * 3  # the picks in stories.toml, in both languages


def test_calls_to_action_link_pages_so_translations_link_within_their_language(demo_site, client):
    calls_to_action = [
        (page, block)
        for page in StandardPage.objects.all()
        for block in page.body
        if block.block_type == "call_to_action"
    ]
    assert calls_to_action
    for page, block in calls_to_action:
        assert block.value["link_page"] is not None, page.title
        assert not block.value["link_url"], page.title
    english_network = StandardPage.objects.get(locale__language_code="en", slug="the-network")
    english_contact = ContactPage.objects.get(locale__language_code="en")
    for language in TRANSLATED:
        html = client.get(translation_of(english_network, language).url).content.decode()
        assert f'href="{translation_of(english_contact, language).url}"' in html


def test_translated_site_settings_donate_on_the_translated_page(demo_site, client):
    give = DonatePage.objects.get(locale__language_code="en", slug="donate")
    what_you_can_do = StandardPage.objects.get(locale__language_code="en", slug="what-you-can-do")
    assert [block.value["link_page"].pk for block in what_you_can_do.body if block.block_type == "call_to_action"] == [
        give.pk
    ]
    assert SiteSettings.objects.get(locale__language_code="en").donate_page_id == give.pk
    for language in TRANSLATED:
        settings_ = SiteSettings.objects.get(locale__language_code=language)
        translated_give = translation_of(give, language)
        assert settings_.donate_page_id == translated_give.pk
        assert settings_.contact_point.locale.language_code == language
        assert (
            f'class="button button--donate" href="{translated_give.url}"'
            in client.get(f"/{language}/").content.decode()
        )


def without_entries(tmp_path, removed):
    """A copy of the demo's PO files without the entries whose (language, msgid) is in `removed`."""
    shutil.copytree(LOCALE_DIR, tmp_path / "locale")
    for language in TRANSLATED:
        for path in po_files(language):
            po = polib.pofile(str(path))
            kept = [entry for entry in po if (language, entry.msgid) not in removed]
            po[:] = kept
            po.save(str(tmp_path / "locale" / language / path.name))
    return tmp_path / "locale"


def test_a_missing_translation_stops_load_demo_and_names_the_english_text(demo_site, monkeypatch, tmp_path):
    removed = {("ar", "Kosovo"), ("tr", "Rent support keeps families housed in Beirut")}
    monkeypatch.setattr(translations, "LOCALE_DIR", without_entries(tmp_path, removed))
    with pytest.raises(MissingDemoTranslation) as error:
        call_command("load_demo", stdout=io.StringIO())
    assert "ar: 'Kosovo'" in str(error.value)
    assert "tr: 'Rent support keeps families housed in Beirut'" in str(error.value)


def test_pages_an_editor_adds_to_the_demo_are_left_for_them_to_translate(demo_site):
    english_home = HomePage.objects.get(locale__language_code="en")
    notes = english_home.add_child(instance=StandardPage(title="Notes for the board meeting", slug="board-notes"))
    call_command("load_demo", stdout=io.StringIO())
    assert not notes.get_translations().exists()


def test_translated_trees_are_sound_and_take_new_pages(demo_site):
    """Publishing on commit must not leave stale child counts: a translator can add a Turkish story."""
    assert all(problems == [] for problems in Page.find_problems())
    turkish_news = NewsIndexPage.objects.get(locale__language_code="tr")
    turkish_news.add_child(instance=NewsPage(title="Yeni haber", slug="yeni-haber", locale=turkish_news.locale))
    assert turkish_news.get_children().filter(slug="yeni-haber").exists()


def test_contact_form_labels_are_translated_and_answers_keep_one_key(demo_site, client):
    english = ContactPage.objects.get(locale__language_code="en")
    assert english.form_fields.exists()
    for language in TRANSLATED:
        translated = translation_of(english, language)
        html = client.get(translated.url).content.decode()
        for source, field in zip(english.form_fields.all(), translated.form_fields.all(), strict=True):
            assert field.label != source.label and escape(field.label) in html
            assert field.clean_name == source.clean_name


@pytest.mark.parametrize("language", TRANSLATED)
def test_url_contract_holds_in_every_language(demo_site, client, language):
    for path in ("news/", "news/feed/rss/", "news/feed/atom/", "regions/", "what-we-do/", "search/?q=water"):
        assert client.get(f"/{language}/{path}").status_code == 200, path


def test_the_demo_release_is_scheduled_in_three_languages_ten_minutes_ahead(demo_site, admin_client):
    source = scheduled_release()
    assert not source.live
    go_live_at = source.scheduled_revision.approved_go_live_at
    assert go_live_at > timezone.now()
    for page in Page.objects.filter(translation_key=source.translation_key):
        assert not page.live
        assert page.scheduled_revision.approved_go_live_at == go_live_at
    releases = admin_client.get(reverse("editorial:releases")).content.decode()
    assert source.title in releases and releases.count(">ready<") == 2


def test_demo_news_goes_through_review_and_each_role_has_a_login(demo_site):
    from django.contrib.auth import get_user_model
    from wagtail.models import WorkflowPage

    from demo.accounts import ROLE_LOGINS
    from news.models import NewsIndexPage

    english_news = NewsIndexPage.objects.get(locale__language_code="en")
    assert WorkflowPage.objects.get(page=english_news).workflow.name == "News review"
    output = io.StringIO()
    call_command("load_demo", "--with-editor", stdout=output)
    for username, password, group_name in ROLE_LOGINS:
        user = get_user_model().objects.get(username=username)
        assert user.check_password(password) and user.groups.filter(name=group_name).exists()
        assert not user.is_superuser
        assert f"username {username!r}" in output.getvalue()


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_privacy_page_is_written_in_every_language_and_linked_from_the_footer(demo_site, client, language):
    english = StandardPage.objects.get(locale__language_code="en", slug="privacy")
    privacy = english if language == "en" else translation_of(english, language)
    assert not privacy.show_in_menus
    footer = re.search(r'<footer class="site-footer">.*?</footer>', client.get(f"/{language}/").content.decode(), re.S)
    assert f'<a href="{privacy.url}">' in footer.group(0)
    html = client.get(privacy.url).content.decode()
    assert escape(privacy.title) in html
    assert "cookie" in english.body[0].value.source
    if language != "en":
        assert privacy.title != english.title
        assert privacy.body[0].value.source != english.body[0].value.source


@pytest.mark.parametrize("language", TRANSLATED)
def test_donate_page_is_translated_with_its_campaigns(demo_site, client, language):
    donate = translation_of(DonatePage.objects.get(locale__language_code="en"), language)
    assert [campaign.code for campaign in donate.campaigns.all()] == ["balkans-recovery", "clean-water"]
    html = client.get(donate.url).content.decode()
    assert escape(donate.intro) in html
    assert 'value="XX12 3456 7890 1234 5678 90"' in html


def test_privacy_page_promises_the_retention_the_worker_applies(demo_site, client, settings):
    html = client.get("/en/privacy/").content.decode()
    assert "delete them twelve months after they were sent" in html
    assert settings.FORM_RETENTION_DAYS == 365  # core/retention.py deletes after this many days
