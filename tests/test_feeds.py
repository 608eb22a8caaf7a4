"""RSS and Atom feeds: valid (parsed by feedparser), filtered like the listing, announced on listing pages."""

import feedparser
import pytest
from django.contrib.staticfiles import finders

from tests import factories

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


@pytest.fixture
def tagged_stories(make_story, albania, caucasus, healthcare):
    image = factories.ImageFactory()
    return [
        make_story("Clinic opens in Shkodër", regions=[albania], sections=[healthcare], image=image),
        make_story("Winter clinic in Armenia", regions=[caucasus], kind="press-release"),
    ]


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_are_valid_and_carry_title_link_summary_date_and_categories(client, news_index, tagged_stories, kind):
    feed = parse(client, f"{news_index.url}feed/{kind}/")
    assert feed.feed.get("language") == "en"  # RSS <language>, Atom xml:lang
    entries = {entry.title: entry for entry in feed.entries}
    entry = entries["Clinic opens in Shkodër"]
    assert entry.link.endswith(tagged_stories[0].url)
    assert "Summary of Clinic opens in Shkodër." in entry.summary
    assert entry.get("published_parsed") or entry.get("updated_parsed")
    assert {tag.term for tag in entry.tags} == {"Albania", "Healthcare"}


def test_rss_items_have_an_image_enclosure(client, news_index, tagged_stories):
    feed = parse(client, f"{news_index.url}feed/rss/")
    entry = next(e for e in feed.entries if e.title == "Clinic opens in Shkodër")
    enclosure = entry.enclosures[0]
    assert enclosure.type == "image/jpeg"
    assert int(enclosure.length) > 0


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_accept_the_listing_filters(client, news_index, tagged_stories, kind):
    titles = [e.title for e in parse(client, f"{news_index.url}feed/{kind}/?region=balkans").entries]
    assert titles == ["Clinic opens in Shkodër"]
    titles = [e.title for e in parse(client, f"{news_index.url}feed/{kind}/?kind=press-release").entries]
    assert titles == ["Winter clinic in Armenia"]


def test_feeds_ignore_bad_filters(client, news_index, tagged_stories):
    feed = parse(client, f"{news_index.url}feed/rss/?region=%00&year=abc&kind=x")
    assert len(feed.entries) == 2


def test_listing_region_and_section_pages_announce_their_feeds(client, news_index, albania, healthcare):
    assert 'type="application/rss+xml"' in client.get(news_index.url).content.decode()
    region_html = client.get(albania.url).content.decode()
    assert f'href="{news_index.url}feed/rss/?region=albania"' in region_html
    section_html = client.get(healthcare.url).content.decode()
    assert f'href="{news_index.url}feed/atom/?section=healthcare"' in section_html


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_self_link_keeps_its_filter(client, news_index, tagged_stories, kind):
    feed = parse(client, f"{news_index.url}feed/{kind}/?region=balkans&kind=news")
    self_links = [link.href for link in feed.feed.links if link.rel == "self"]
    assert self_links == [f"http://testserver{news_index.url}feed/{kind}/?region=balkans&kind=news"]
    assert feed.feed.link == f"http://testserver{news_index.url}?region=balkans&kind=news"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_names_our_own_stylesheet_for_browsers_and_stays_valid(client, news_index, tagged_stories, kind):
    body = client.get(f"{news_index.url}feed/{kind}/").content.decode()
    assert '<?xml-stylesheet href="/static/feeds/feed.css" media="screen" type="text/css"?>' in body
    assert not parse(client, f"{news_index.url}feed/{kind}/").bozo
    assert finders.find("feeds/feed.css")


def test_region_and_section_pages_show_feed_links_readers_can_follow(client, news_index, albania, healthcare):
    region_html = client.get(albania.url).content.decode()
    assert f'<a href="{news_index.url}feed/rss/?region=albania">RSS</a>' in region_html
    section_html = client.get(healthcare.url).content.decode()
    assert f'<a href="{news_index.url}feed/atom/?section=healthcare">Atom</a>' in section_html
