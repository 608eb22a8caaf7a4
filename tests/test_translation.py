"""What readers and translators get from wagtail-localize: switcher, hreflang, right-to-left, same-language links,
the PO round trip, freshness notices and listings that stay inside their language."""

import datetime
import re

import feedparser
import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction
from wagtail_localize.models import Translation

from news.models import RelatedStoryPick
from tests import factories
from tests.conftest import publish_translation

pytestmark = pytest.mark.django_db

TURKISH = {
    "Albania": "Arnavutluk",
    "Balkans": "Balkanlar",
    "Healthcare": "Sağlık",
    "Clinic opens in the hills": "Tepelerde klinik açıldı",
    "Summary of Clinic opens in the hills.": "Tepelerdeki klinik hakkında kısa bilgi.",
}


@pytest.fixture
def story(make_story, albania, healthcare):
    return make_story("Clinic opens in the hills", regions=[albania], sections=[healthcare])


@pytest.fixture
def turkish_tree(translate, home_page, news_index, balkans, albania, healthcare):
    """Turkish home, news index, region and section pages, published through wagtail-localize."""
    return {
        "home": translate(home_page, "tr"),
        "news": translate(news_index, "tr"),
        "balkans": translate(balkans, "tr", TURKISH),
        "albania": translate(albania, "tr", TURKISH),
        "healthcare": translate(healthcare, "tr", TURKISH),
    }


def links_of(html, css_class):
    block = re.search(rf'<nav class="{css_class}".*?</nav>', html, re.S).group(0)
    return dict(re.findall(r'<a href="([^"]+)" lang="(\w+)"', block))


def hreflang_links(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html))


# Reader side -------------------------------------------------------------------------------------------------


def test_switcher_leads_to_the_translation_when_it_exists(client, translate, turkish_tree, story):
    turkish_story = translate(story, "tr", TURKISH)
    html = client.get(story.url).content.decode()
    assert links_of(html, "language-switcher")[turkish_story.url] == "tr"
    # Turkish is the only other language, and its link is the real translation, not a fallback.
    assert "not translated" not in html.lower()


def test_switcher_offers_the_translated_listing_and_says_so_in_that_language(client, turkish_tree, story):
    html = client.get(story.url).content.decode()
    links = links_of(html, "language-switcher")
    assert links[turkish_tree["news"].url] == "tr"  # the story's listing in Turkish, the nearest translated page
    # The reason is visible text (not a title attribute), in Turkish, naming where the link leads.
    note = re.search(r'<small class="language-switcher__note" id="language-note-tr" lang="tr">(.*?)</small>', html)
    assert note.group(1) == f"sayfa çevrilmedi: {turkish_tree['news'].title}"
    assert ' title="' not in re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert "ar" not in links.values()  # no Arabic site at all: no link into nowhere


def test_switcher_falls_back_to_the_home_page_when_nothing_above_is_translated(client, home_page, news_index, story):
    turkish_home = publish_translation(home_page, factories.LocaleFactory(language_code="tr"))
    html = client.get(story.url).content.decode()
    assert links_of(html, "language-switcher")[turkish_home.url] == "tr"
    assert f"sayfa çevrilmedi: {turkish_home.title}" in html


def test_hreflang_lists_live_translations_and_x_default(client, translate, turkish_tree, story):
    turkish_story = translate(story, "tr", TURKISH)
    links = hreflang_links(client.get(turkish_story.url).content.decode())
    assert links == {
        "en": f"http://testserver{story.url}",
        "tr": f"http://testserver{turkish_story.url}",
        "x-default": f"http://testserver{story.url}",
    }


def test_no_hreflang_for_an_untranslated_page_an_alias_or_a_draft_translation(
    client, translate, turkish_tree, story, home_page
):
    assert hreflang_links(client.get(story.url).content.decode()) == {}
    draft = translate(story, "tr", TURKISH, publish=False)
    assert not draft.live
    assert hreflang_links(client.get(story.url).content.decode()) == {}
    about = factories.StandardPageFactory(parent=home_page, title="About")
    about.copy_for_translation(Locale.objects.get(language_code="tr"), alias=True)  # shows English text under /tr/
    assert hreflang_links(client.get(about.url).content.decode()) == {}


def test_arabic_pages_are_right_to_left_and_turkish_left_to_right(client, translate, home_page):
    arabic_home = translate(home_page, "ar")
    turkish_home = translate(home_page, "tr")
    assert '<html lang="ar" dir="rtl">' in client.get(arabic_home.url).content.decode()
    assert '<html lang="tr" dir="ltr">' in client.get(turkish_home.url).content.decode()


def test_root_redirects_by_accept_language(client, translate, home_page):
    translate(home_page, "ar")
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ar,en;q=0.5")["Location"] == "/ar/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de")["Location"] == "/en/"


def test_sitemap_lists_every_language_with_alternates(client, translate, turkish_tree, story):
    turkish_story = translate(story, "tr", TURKISH)
    xml = client.get("/sitemap.xml").content.decode()
    assert f"<loc>http://testserver{turkish_story.url}</loc>" in xml  # PUBLIC_URL, not the Site host name
    assert f'hreflang="tr" href="http://testserver{turkish_story.url}"' in xml
    assert f'hreflang="x-default" href="http://testserver{story.url}"' in xml


def test_sitemap_addresses_are_the_pages_own_in_every_language(client, translate, turkish_tree, story):
    """The sitemap joins addresses from rows; each must be exactly the page's own, Arabic and Turkish slugs too."""
    from wagtail.models import Page

    from core.seo import page_absolute_url

    turkish_story = translate(story, "tr", TURKISH)
    Page.objects.filter(pk=turkish_story.pk).update(
        slug="su-kuyusu-çalışması", url_path=turkish_story.url_path[:-1].rsplit("/", 1)[0] + "/su-kuyusu-çalışması/"
    )
    arabic_story = factories.NewsPageFactory(parent=turkish_tree["news"], title="بئر جديدة", slug="بئر-جديدة")
    xml = client.get("/sitemap.xml").content.decode()
    locations = set(re.findall(r"<loc>(.*?)</loc>", xml))
    expected = {page_absolute_url(page) for page in Page.objects.live().exclude(depth=1).specific()}
    assert locations == expected
    assert page_absolute_url(Page.objects.get(pk=arabic_story.pk)).endswith(
        "/tr/news/%D8%A8%D8%A6%D8%B1-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9/"
    )


# Translator side ---------------------------------------------------------------------------------------------


def test_translated_story_links_to_regions_sections_and_picks_of_its_own_language(
    client, translate, turkish_tree, story, make_story, albania
):
    neighbour = make_story("Neighbour story", regions=[albania])
    RelatedStoryPick.objects.create(page=story, story=neighbour, sort_order=0)
    story.save_revision().publish()
    turkish_neighbour = translate(neighbour, "tr")
    turkish_story = translate(story, "tr", TURKISH)

    assert list(turkish_story.regions.all()) == [turkish_tree["albania"]]
    assert list(turkish_story.sections.all()) == [turkish_tree["healthcare"]]
    assert [pick.story_id for pick in turkish_story.related_story_picks.all()] == [turkish_neighbour.pk]
    html = client.get(turkish_story.url).content.decode()
    assert f'href="{turkish_tree["albania"].url}"' in html
    assert f'href="{albania.url}"' not in html
    assert "Arnavutluk" in html


def test_po_file_round_trip_publishes_the_translated_text(
    admin_client, turkish_tree, story, translate, django_capture_on_commit_callbacks
):
    draft = translate(story, "tr", publish=False)
    translation = Translation.objects.get(source__object_id=story.translation_key, target_locale__language_code="tr")

    exported = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.id]))
    assert exported.status_code == 200
    po = polib.pofile(exported.content.decode())
    entry = next(e for e in po if e.msgid == "Clinic opens in the hills")
    entry.msgstr = "Tepelerde yeni klinik"
    for other in po:
        other.msgstr = other.msgstr or other.msgid
    upload = SimpleUploadedFile("story-tr.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]), {"file": upload, "next": "/admin/"}
    )
    assert response.status_code == 302

    with django_capture_on_commit_callbacks(execute=True):  # the translation editor's Publish button
        response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[draft.id]), {"action": "publish"})
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.live
    assert "Tepelerde yeni klinik" in admin_client.get(draft.url).content.decode()


def test_submitting_a_live_page_creates_a_draft_translation_not_live_english(admin_client, home_page, translate):
    """WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is off: readers of /tr/ never see untranslated English."""
    page = factories.StandardPageFactory(parent=home_page, title="Who we are")
    translate(home_page, "tr")
    tr = Locale.objects.get(language_code="tr")
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.id]), {"locales": [tr.id]}
    )
    assert response.status_code == 302
    translated = page.get_translation(tr)
    assert not translated.live


# Freshness ---------------------------------------------------------------------------------------------------


def test_translation_older_than_its_source_says_so_in_its_own_language(client, translate, turkish_tree, story):
    turkish_story = translate(story, "tr", TURKISH)
    assert "has changed since" not in client.get(turkish_story.url).content.decode()

    story.title = "Clinic opens in the hills, and a second one follows"
    revision = story.save_revision()
    revision.publish()
    story.refresh_from_db()
    type(story).objects.filter(pk=story.pk).update(last_published_at=timezone.now() + datetime.timedelta(minutes=1))

    html = client.get(turkish_story.url).content.decode()
    assert 'class="translation-notice"' in html
    assert f'href="{story.url}" hreflang="en"' in html
    assert "has changed since" not in client.get(story.url).content.decode()


# Listings stay in their language -----------------------------------------------------------------------------


@pytest.fixture
def two_languages(translate, turkish_tree, make_story, albania, healthcare):
    english_only = make_story("English only story", regions=[albania], sections=[healthcare])
    both = make_story("Clinic opens in the hills", regions=[albania], sections=[healthcare])
    turkish = translate(both, "tr", TURKISH)
    return {"english_only": english_only, "both": both, "turkish": turkish, **turkish_tree}


def test_turkish_listing_shows_only_turkish_stories(client, two_languages):
    html = client.get(two_languages["news"].url).content.decode()
    assert "Tepelerde klinik açıldı" in html
    assert "English only story" not in html
    html = client.get(two_languages["news"].url + "?region=albania").content.decode()
    assert "Tepelerde klinik açıldı" in html


def test_turkish_region_page_lists_turkish_stories(client, two_languages):
    html = client.get(two_languages["albania"].url).content.decode()
    assert "Tepelerde klinik açıldı" in html
    assert "English only story" not in html


def test_turkish_related_news_stays_turkish(client, two_languages, translate, make_story, albania):
    other = make_story("Another Albanian story", regions=[albania])
    turkish_other = translate(other, "tr", {"Another Albanian story": "Başka bir Arnavutluk haberi"})
    html = client.get(turkish_other.url).content.decode()
    assert "Tepelerde klinik açıldı" in html
    assert "English only story" not in html
    assert "Clinic opens in the hills" not in html


def test_turkish_feeds_stay_turkish(client, two_languages):
    for kind in ("rss", "atom"):
        feed = feedparser.parse(client.get(f"{two_languages['news'].url}feed/{kind}/").content)
        assert not feed.bozo
        assert [entry.title for entry in feed.entries] == ["Tepelerde klinik açıldı"]


def test_turkish_search_and_suggestions_stay_turkish(client, two_languages):
    html = client.get("/tr/search/?q=klinik").content.decode()
    assert "Tepelerde klinik açıldı" in html
    english = client.get("/tr/search/?q=English").content.decode()
    own_language_results = english.split('id="fallback-heading"', 1)[0]
    assert "/en/news/english-only-story/" not in own_language_results
    assert 'id="fallback-heading"' in english  # English results offered, labelled, in a section of their own
    suggestions = client.get("/tr/search/suggest/?q=Tepe").json()
    assert any("Tepelerde" in item["title"] for item in suggestions["results"])


def test_reader_of_a_translation_sees_nothing_after_the_source_is_made_private_and_synced(
    client, translate, turkish_tree, story
):
    turkish_story = translate(story, "tr", TURKISH)
    assert "Tepelerde klinik açıldı" in client.get(turkish_tree["news"].url).content.decode()
    PageViewRestriction.objects.create(page=story, restriction_type="password", password="s3cret")
    translate(story, "tr", TURKISH)  # a translator syncs: restrictions follow (wagtail-localize copies them)
    assert PageViewRestriction.objects.filter(page=turkish_story).exists()
    assert "Tepelerde klinik açıldı" not in client.get(turkish_tree["news"].url).content.decode()


def test_story_form_offers_regions_and_sections_of_the_story_language_only(admin_client, turkish_tree, news_index):
    html = admin_client.get(
        reverse("wagtailadmin_pages:add", args=["news", "newspage", news_index.id])
    ).content.decode()
    regions = re.search(r'<select name="regions".*?</select>', html, re.S).group(0)
    assert "Albania" in regions and "Arnavutluk" not in regions
    html = admin_client.get(
        reverse("wagtailadmin_pages:add", args=["news", "newspage", turkish_tree["news"].id])
    ).content.decode()
    regions = re.search(r'<select name="regions".*?</select>', html, re.S).group(0)
    assert "Arnavutluk" in regions and ">Albania<" not in regions


def test_locale_sync_aliases_never_reach_arabic_readers(client, translate, home_page, news_index, make_story, albania):
    """wagtail-localize's locale sync creates live aliases showing English text under /ar/: hidden from listings,
    feeds, search and sitemap, and a reader who follows an old link lands on the English original."""
    from wagtail_localize.synctree import synchronize_tree

    story = make_story("Clinic opens in the hills", regions=[albania])
    arabic = Locale.objects.create(language_code="ar")
    synchronize_tree(Locale.objects.get(language_code="en"), arabic)
    alias = story.get_translation(arabic)
    assert alias.live and alias.alias_of_id == story.pk
    translate(home_page, "ar")  # the translators have done the home page and the news index, not the story
    translate(news_index, "ar")

    news = client.get("/ar/news/")
    assert news.status_code == 200 and "Clinic opens in the hills" not in news.content.decode()
    assert "Clinic opens" not in client.get("/ar/news/feed/rss/").content.decode()
    assert "Clinic opens" not in client.get("/ar/search/?q=clinic").content.decode().split('id="fallback-heading"')[0]
    assert client.get("/ar/search/suggest/?q=clin").json()["results"] == []
    assert "/ar/news/clinic" not in client.get("/sitemap.xml").content.decode()
    alias.refresh_from_db()
    response = client.get(alias.url)
    assert response.status_code == 302
    assert response["Location"] == story.url


def test_switcher_on_the_search_page_leads_to_search_in_the_other_language(client, turkish_tree):
    html = client.get("/en/search/?q=water").content.decode()
    assert links_of(html, "language-switcher") == {"/tr/search/?q=water": "tr"}
    assert "not translated" not in html
