"""Multilingual releases under a frozen clock: a press release goes from writer to sign-off, is scheduled with its
Turkish and Arabic translations, shows nowhere in any language one minute before its time, and the worker puts every
language live within 60 seconds after it. A translation finished later joins; a moved or cancelled schedule moves
every language; a language that was not ready stays out of its own language's listings."""

import datetime
import json
from zoneinfo import ZoneInfo

import feedparser
import pytest
import time_machine
from django.conf import settings
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page, PageLogEntry, Revision

from editorial import jobs
from editorial.releases import upcoming_releases
from tests import factories
from tests.test_editorial_workflow import act, login, story_form

pytestmark = pytest.mark.django_db

NINE = datetime.datetime(2026, 7, 1, 9, 0, tzinfo=ZoneInfo(settings.TIME_ZONE))
TITLES = {"en": "Harbour flood appeal", "tr": "Liman sel çağrısı", "ar": "نداء فيضان الميناء"}
SUMMARIES = {
    "en": "Summary.",
    "tr": "Limandaki sel için yardım çağrısı.",
    "ar": "نداء للمساعدة بعد فيضان الميناء.",
}
NEIGHBOUR_TITLES = {"tr": "Liman kliniği yeniden açıldı", "ar": "عيادة الميناء تفتح أبوابها"}
WORDS = {"en": "harbour", "tr": "liman", "ar": "الميناء"}
TREE = {
    "tr": {"Albania": "Arnavutluk", "Balkans": "Balkanlar", "Healthcare": "Sağlık"},
    "ar": {"Albania": "ألبانيا", "Balkans": "البلقان", "Healthcare": "الرعاية الصحية"},
}


def at(minutes=0, seconds=0):
    return time_machine.travel(NINE + datetime.timedelta(minutes=minutes, seconds=seconds), tick=False)


SLUGS = {"tr": "liman-sel-cagrisi", "ar": "nida-fayadan-almina"}


def strings(language):
    return {TITLES["en"]: TITLES[language], "Summary.": SUMMARIES[language], "harbour-flood-appeal": SLUGS[language]}


def scheduled_revision(page):
    return Revision.page_revisions.filter(object_id=str(page.pk), approved_go_live_at__isnull=False).first()


def schedule(page, when, user=None):
    """What the page editor's "Publish" with a go-live date does (the lead's, or the workflow's last approval)."""
    page = Page.objects.get(pk=page.pk).specific
    page.go_live_at = when
    page.save_revision(user=user).publish(user=user)


@pytest.fixture
def release(news_index, albania, healthcare, translate):
    """A press release scheduled at 08:00 for 09:00, with its Turkish and Arabic translations finished before."""
    with at(minutes=-60):
        for language, words in TREE.items():
            for page in (news_index, albania, healthcare):
                translate(page, language, words)
        source = factories.NewsPageFactory(
            parent=news_index,
            title=TITLES["en"],
            summary="Summary.",
            kind="press-release",
            regions=[albania],
            sections=[healthcare],
            live=False,
        )
        source.save_revision()
        for language in ("tr", "ar"):
            translate(source, language, strings(language), publish=False)
        schedule(source, NINE)
    return source


def translations(source):
    return {page.locale.language_code: page for page in Page.objects.filter(translation_key=source.translation_key)}


def test_scheduling_the_source_schedules_every_ready_translation_for_the_same_instant(release):
    pages = translations(release)
    assert set(pages) == {"en", "tr", "ar"}
    for page in pages.values():
        assert not page.live
        assert scheduled_revision(page).approved_go_live_at == NINE
    logged = PageLogEntry.objects.filter(page=release, action="editorial.release.schedule").get()
    assert sorted(logged.data["languages"]) == ["ar", "tr"]


def test_the_worker_publishes_every_language_within_a_minute(client, release):
    with at(seconds=30):
        assert jobs.publish_scheduled_pages.enqueue().status == "SUCCESSFUL"
        for page in translations(release).values():
            page.refresh_from_db()
            assert page.live
            assert client.get(page.url).status_code == 200
            assert PageLogEntry.objects.filter(page=page, action="wagtail.publish.scheduled").exists()


def test_a_translation_finished_after_scheduling_joins_the_release(news_index, translate):
    with at(minutes=-60):
        source = factories.NewsPageFactory(
            parent=news_index, title=TITLES["en"], summary="Summary.", kind="press-release", live=False
        )
        source.save_revision()
        schedule(source, NINE)
        # The translator publishes in wagtail-localize's editor after the schedule was set: it must not go live.
        turkish = translate(source, "tr", strings("tr"), publish=True)
    turkish.refresh_from_db()
    assert not turkish.live
    assert scheduled_revision(turkish).approved_go_live_at == NINE
    assert PageLogEntry.objects.filter(page=turkish, action="editorial.release.join").exists()
    with at(seconds=30):
        jobs.publish_scheduled_pages.enqueue()
    turkish.refresh_from_db()
    assert turkish.live


def test_a_moved_schedule_moves_every_language(release):
    with at(minutes=-30):
        schedule(release, NINE + datetime.timedelta(hours=1))
    for page in translations(release).values():
        assert scheduled_revision(page).approved_go_live_at == NINE + datetime.timedelta(hours=1)
    with at(seconds=30):
        jobs.publish_scheduled_pages.enqueue()
    assert not any(Page.objects.get(pk=page.pk).live for page in translations(release).values())


def test_a_cancelled_schedule_cancels_every_language(admin_client, release):
    revision = scheduled_revision(release)
    with at(minutes=-30):
        url = reverse("wagtailadmin_pages:revisions_unschedule", args=[release.pk, revision.pk])
        assert admin_client.post(url).status_code == 302
    for page in translations(release).values():
        assert scheduled_revision(page) is None
    with at(minutes=10):
        jobs.publish_scheduled_pages.enqueue()
    assert not any(Page.objects.get(pk=page.pk).live for page in translations(release).values())
    assert PageLogEntry.objects.filter(page=release, action="editorial.release.cancel").exists()


def test_a_translation_in_progress_waits_and_the_release_view_says_so(admin_client, news_index, translate):
    with at(minutes=-60):
        source = factories.NewsPageFactory(
            parent=news_index, title=TITLES["en"], summary="Summary.", kind="press-release", live=False
        )
        source.save_revision()
        translate(source, "tr", strings("tr"), publish=False)
        translate(source, "ar", {TITLES["en"]: TITLES["ar"]}, publish=False)  # the summary is not translated yet
        schedule(source, NINE)
        [listed] = upcoming_releases()
        statuses = {locale.language_code: str(status) for locale, status, _page in listed.languages}
        assert statuses == {"tr": "ready", "ar": "in translation"}
        page = admin_client.get(reverse("editorial:releases")).content.decode()
    assert TITLES["en"] in page and "ready" in page and "in translation" in page
    assert "09:00" in page  # the site's time zone (UTC in tests)
    arabic = translations(source)["ar"]
    assert scheduled_revision(arabic) is None


def test_readers_of_a_language_not_ready_at_release_time_see_the_source_only(client, news_index, translate):
    """Decision (docs/decisions.md): the release goes live in the ready languages; an unready language gets nothing
    in its own listings until its translator publishes, and then at once."""
    with at(minutes=-60):
        source = factories.NewsPageFactory(
            parent=news_index, title=TITLES["en"], summary="Summary.", kind="press-release", live=False
        )
        source.save_revision()
        translate(source, "ar", {TITLES["en"]: TITLES["ar"]}, publish=False)
        schedule(source, NINE)
    arabic = translations(source)["ar"]
    with at(seconds=30):
        jobs.publish_scheduled_pages.enqueue()
        source.refresh_from_db()
        assert source.live
        assert client.get(source.url).status_code == 200
        assert TITLES["ar"] not in client.get(arabic.get_parent().url).content.decode()
        assert client.get(arabic.url).status_code == 404
        translate(source, "ar", strings("ar"), publish=True)  # finished after the release time: live at once
    arabic.refresh_from_db()
    assert arabic.live


# Every surface, in every language, one minute before ----------------------------------------------------------


def surfaces(client, language, news_url):
    """What a reader of the language sees in each place that lists stories, as text."""

    def html(url):
        response = client.get(url)
        assert response.status_code == 200, url
        return response.content.decode()

    feeds = {
        kind: "\n".join(
            entry.title for entry in feedparser.parse(client.get(f"{news_url}feed/{kind}/").content).entries
        )
        for kind in ("rss", "atom")
    }
    suggest = client.get(f"/{language}/search/suggest/", {"q": WORDS[language][:4]})
    return {
        "listing": html(news_url),
        "press releases": html(f"{news_url}?kind=press-release"),
        "region": html(f"/{language}/regions/balkans/"),
        "section": html(f"/{language}/what-we-do/healthcare/"),
        "rss": feeds["rss"],
        "atom": feeds["atom"],
        "search": html(f"/{language}/search/?q={WORDS[language]}"),
        "suggestions": "\n".join(item["title"] for item in json.loads(suggest.content)["results"]),
        "sitemap": html("/sitemap.xml"),
    }


@override_settings(PAGE_CACHE_SECONDS=300)
def test_no_surface_shows_the_release_in_any_language_one_minute_before(
    client, release, albania, healthcare, translate
):
    pages = translations(release)
    with at(minutes=-60):  # an older live story in every language, tagged like the release: the places list stories
        neighbour = factories.NewsPageFactory(
            parent=release.get_parent(), title="Harbour clinic reopens", regions=[albania], sections=[healthcare]
        )
        neighbours = {"en": neighbour}
        for language, title in NEIGHBOUR_TITLES.items():
            neighbours[language] = translate(neighbour, language, {neighbour.title: title})
    with at(minutes=-1):
        jobs.publish_scheduled_pages.enqueue()
        for language, page in pages.items():
            seen = surfaces(client, language, page.get_parent().url)
            for place, text in seen.items():
                assert TITLES[language] not in text, f"{language} {place}"
                assert page.url not in text, f"{language} {place}"
            assert neighbours[language].title in seen["listing"]
            assert client.get(page.url).status_code == 404
            related = client.get(neighbours[language].url).content.decode()
            assert TITLES[language] not in related
    with at(seconds=30):
        jobs.publish_scheduled_pages.enqueue()
        for language, page in pages.items():  # the cached listings were emptied by the publish
            assert TITLES[language] in client.get(page.get_parent().url).content.decode()


def test_a_press_release_goes_from_writer_to_sign_off_and_live_in_three_languages(client, roles, translate):
    """The whole walk through the admin: the writer submits with a go-live time, the translators finish during the
    review, the editor approves, the communications lead's sign-off schedules all three; the worker publishes."""
    news_index = Page.objects.get(slug="news").specific
    with at(minutes=-120):
        login(client, roles["writer"])
        source = story_form(
            client, news_index, TITLES["en"], "press-release", "action-submit", go_live_at="2026-07-01 09:00"
        )
        source.refresh_from_db()
        assert not source.live
        for language in ("tr", "ar"):
            translate(source, language, {**strings(language), source.summary: SUMMARIES[language]}, publish=False)
        act(login(client, roles["editor"]), source, "approve")
        act(login(client, roles["lead"]), source, "approve")
    pages = translations(source)
    for page in pages.values():
        assert not page.live
        assert scheduled_revision(page).approved_go_live_at == NINE
    with at(minutes=-1):
        jobs.publish_scheduled_pages.enqueue()
        for page in pages.values():
            assert client.get(page.url).status_code == 404
    with at(seconds=30):
        jobs.publish_scheduled_pages.enqueue()
        for page in pages.values():
            assert client.get(page.url).status_code == 200
