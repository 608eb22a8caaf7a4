"""The topic filter (region with every region below it, section, kind, year, from/to) read the same way by the
listing, the RSS and Atom feeds, related news' "View all" link and search."""

import html
import re

import feedparser
import pytest
from django.utils.html import escape
from wagtail.models import PageViewRestriction

from news.filters import TOPIC_PARAMETERS
from tests import factories

pytestmark = pytest.mark.django_db

CARD_TITLE = re.compile(r'class="card__title"><a href="[^"]*">([^<]+)</a>')
RESULT_TITLE = re.compile(r'<li><h2><a href="[^"]*">([^<]+)</a></h2>')
SURFACES = ("listing", "rss", "atom", "search")


@pytest.fixture
def tree(region_index, section_index):
    """Europe > Balkans > Albania, and Asia > Caucasus > Armenia: countries three levels below the index."""
    europe = factories.RegionPageFactory(parent=region_index, title="Europe", slug="europe")
    balkans = factories.RegionPageFactory(parent=europe, title="Balkans", slug="balkans")
    asia = factories.RegionPageFactory(parent=region_index, title="Asia", slug="asia")
    caucasus = factories.RegionPageFactory(parent=asia, title="Caucasus", slug="caucasus")
    return {
        "europe": europe,
        "balkans": balkans,
        "albania": factories.RegionPageFactory(parent=balkans, title="Albania", slug="albania"),
        "armenia": factories.RegionPageFactory(parent=caucasus, title="Armenia", slug="armenia"),
        "health": factories.SectionPageFactory(parent=section_index, title="Healthcare", slug="healthcare"),
        "schools": factories.SectionPageFactory(parent=section_index, title="Education", slug="education"),
    }


@pytest.fixture
def stories(make_story, tree):
    """Every title holds "water", so one search finds them all."""
    return {
        "albania-health": make_story(
            "Water clinic in Shkoder", regions=[tree["albania"]], sections=[tree["health"]], display_date="2025-03-01"
        ),
        "albania-school": make_story(
            "Water taps for a school in Berat",
            regions=[tree["albania"]],
            sections=[tree["schools"]],
            display_date="2025-06-01",
        ),
        "balkans-press": make_story(
            "Water appeal for the Balkans",
            regions=[tree["balkans"]],
            sections=[tree["health"]],
            kind="press-release",
            display_date="2025-09-01",
        ),
        "europe-old": make_story(
            "Water report on Europe", regions=[tree["europe"]], sections=[tree["health"]], display_date="2024-05-01"
        ),
        "armenia-health": make_story(
            "Water clinic in Gyumri", regions=[tree["armenia"]], sections=[tree["health"]], display_date="2025-04-01"
        ),
    }


def listing_titles(client, news_index, query):
    response = client.get(f"{news_index.url}?{query}")
    assert response.status_code == 200
    return {html.unescape(title) for title in CARD_TITLE.findall(response.content.decode())}


def feed_titles(client, news_index, kind, query):
    response = client.get(f"{news_index.url}feed/{kind}/?{query}")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return {entry.title for entry in feed.entries}


def search_page(client, query):
    response = client.get(f"/en/search/?{query}")
    assert response.status_code == 200
    return response.content.decode()


def search_titles(client, query):
    return {html.unescape(title) for title in RESULT_TITLE.findall(search_page(client, f"q=water&type=news&{query}"))}


def everywhere(client, news_index, query):
    """The stories each surface shows for one query string."""
    return {
        "listing": listing_titles(client, news_index, query),
        "rss": feed_titles(client, news_index, "rss", query),
        "atom": feed_titles(client, news_index, "atom", query),
        "search": search_titles(client, query),
    }


@pytest.mark.parametrize(
    "query, expected",
    [
        (
            "region=europe",
            {"albania-health", "albania-school", "balkans-press", "europe-old"},
        ),
        ("region=balkans&section=healthcare", {"albania-health", "balkans-press"}),
        ("region=europe&kind=news&year=2025", {"albania-health", "albania-school"}),
        ("section=healthcare&from=2025-03-15&to=2025-12-31", {"balkans-press", "armenia-health"}),
        ("to=2025-03-01&from=2025-01-01", {"albania-health"}),
    ],
)
def test_same_query_string_gives_the_same_stories_on_listing_feeds_and_search(
    client, news_index, stories, query, expected
):
    wanted = {stories[key].title for key in expected}
    assert everywhere(client, news_index, query) == dict.fromkeys(SURFACES, wanted)


def test_region_filter_includes_stories_two_levels_below(client, news_index, stories):
    seen = everywhere(client, news_index, "region=europe")
    for titles in seen.values():
        assert stories["albania-health"].title in titles
        assert stories["armenia-health"].title not in titles


def test_view_all_leads_to_a_listing_holding_the_related_stories(client, news_index, stories, make_story, tree):
    article = make_story("Water pumps repaired", regions=[tree["balkans"]], sections=[tree["schools"]])
    page = client.get(article.url).content.decode()
    related = page.split('id="related-news-heading"')[1]
    view_all = html.unescape(re.search(r'class="view-all" href="([^"]+)"', related).group(1))
    related_titles = {html.unescape(title) for title in CARD_TITLE.findall(related)}
    assert len(related_titles) == 3
    assert view_all == f"{news_index.url}?region=balkans"
    response = client.get(view_all)
    assert response.status_code == 200
    listed = {html.unescape(title) for title in CARD_TITLE.findall(response.content.decode())}
    assert related_titles <= listed
    assert article.title in listed and stories["armenia-health"].title not in listed


def test_listing_links_its_feeds_with_the_canonical_query(client, news_index, stories):
    scrambled = "to=2025-12-31&kind=news&section=healthcare&from=2025-01-01&year=2025&region=europe&page=1"
    page = client.get(f"{news_index.url}?{scrambled}").content.decode()
    canonical = "region=europe&section=healthcare&kind=news&year=2025&from=2025-01-01&to=2025-12-31"
    assert TOPIC_PARAMETERS == ("region", "section", "kind", "year", "from", "to")
    assert f'href="{news_index.url}feed/rss/?{escape(canonical)}"' in page
    assert feed_titles(client, news_index, "atom", canonical) == {stories["albania-health"].title}


UNKNOWN_VALUES = [
    ("region=atlantis", "There is no region “atlantis”"),
    ("section=juggling", "There is no programme area “juggling”"),
    ("kind=rumour", "“rumour” is not a kind of story"),
    ("year=20x6", "“20x6” is not a year"),
    ("year=%D9%A2%D9%A0%D9%A2%D9%A5", "“٢٠٢٥” is not a year"),  # Arabic-Indic digits: int() reads them, we do not
    ("year=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95", "“２０２５” is not a year"),  # full-width digits
    ("from=20250101", "“20250101” is not a date"),  # fromisoformat() reads it; the contract says YYYY-MM-DD
    ("to=2025-02-30", "“2025-02-30” is not a date"),
    ("region=" + "x" * 5000, "There is no region “" + "x" * 40 + "…”"),
    ("region=%00atlantis", "There is no region “atlantis”"),  # NUL bytes are dropped, never sent to the database
    ("section=%00", None),
]


@pytest.mark.parametrize("query, notice", UNKNOWN_VALUES)
def test_unknown_values_give_a_notice_on_the_listing_and_search_and_are_ignored_by_feeds(
    client, news_index, stories, query, notice
):
    everything = {story.title for story in stories.values()}
    listing = client.get(f"{news_index.url}?{query}")
    assert listing.status_code == 200
    searched = search_page(client, f"q=water&{query}")
    for page in (listing.content.decode(), searched):
        assert notice is None or escape(notice) in page
    assert listing_titles(client, news_index, query) == everything
    assert search_titles(client, query) == everything
    assert feed_titles(client, news_index, "rss", query) == everything
    assert feed_titles(client, news_index, "atom", query) == everything


def test_repeated_parameter_counts_once_with_a_notice(client, news_index, stories):
    query = "region=asia&region=europe"
    notice = escape("Only one “region” at a time; using “asia”.")
    assert notice in client.get(f"{news_index.url}?{query}").content.decode()
    assert notice in search_page(client, f"q=water&{query}")
    assert everywhere(client, news_index, query) == dict.fromkeys(SURFACES, {stories["armenia-health"].title})


def test_reversed_date_range_is_swapped_with_a_notice(client, news_index, stories):
    query = "from=2025-12-31&to=2025-06-01"
    notice = "The dates were the wrong way round; they have been swapped."
    assert notice in client.get(f"{news_index.url}?{query}").content.decode()
    assert notice in search_page(client, f"q=water&{query}")
    wanted = {stories["albania-school"].title, stories["balkans-press"].title}
    assert everywhere(client, news_index, query) == dict.fromkeys(SURFACES, wanted)


def test_region_facet_counts_stories_tagged_at_depth_three_under_their_top_region(client, news_index, stories):
    page = search_page(client, "q=water")
    assert "Europe</a> (4)" in page
    assert "Asia</a> (1)" in page
    assert "Balkans</a>" not in page.split('id="facets-heading"')[1]


def test_private_stories_and_drafts_never_appear_anywhere(client, news_index, stories, make_story, tree):
    private = make_story("Water secret in Albania", regions=[tree["albania"]], sections=[tree["health"]])
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    make_story("Water draft in Albania", regions=[tree["albania"]], sections=[tree["health"]], live=False)
    for query in ("region=europe", "region=albania&section=healthcare", ""):
        for surface, titles in everywhere(client, news_index, query).items():
            assert "Water secret in Albania" not in titles, surface
            assert "Water draft in Albania" not in titles, surface
    facets = search_page(client, "q=water").split('id="facets-heading"')[1]
    assert "Europe</a> (4)" in facets and "News</a> (5)" in facets


def test_private_region_is_unknown_to_the_filter(client, news_index, stories, tree):
    PageViewRestriction.objects.create(page=tree["balkans"], restriction_type="password", password="x")
    notice = escape("There is no region “balkans”")
    assert notice in client.get(f"{news_index.url}?region=balkans").content.decode()
    assert notice in search_page(client, "q=water&region=balkans")
