"""Absolute URLs come from PUBLIC_URL only: never from the request's Host header, never from the Site's hostname."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest
from django.test import override_settings

from tests import factories

pytestmark = pytest.mark.django_db

PUBLIC = "https://www.example.org"
FORGED_HOST = "evil.example.net"  # what a host-header attack would put in cached pages


@pytest.fixture(autouse=True)
def public_url():
    with override_settings(PUBLIC_URL=PUBLIC, ALLOWED_HOSTS=["*"]):
        yield


def get(client, path):
    response = client.get(path, headers={"host": FORGED_HOST})
    assert response.status_code == 200, path
    return response.content.decode()


@pytest.fixture
def story(news_index, albania):
    return factories.NewsPageFactory(
        parent=news_index, title="Clinic opens", slug="clinic-opens", regions=[albania], image=factories.ImageFactory()
    )


def absolute_urls_in(text):
    return re.findall(r"https?://[^\s\"'<>]+", text)


def test_story_meta_and_json_ld_use_the_public_url(client, story):
    html = get(client, story.url)

    assert f'<link rel="canonical" href="{PUBLIC}/en/news/clinic-opens/">' in html
    assert f'<meta property="og:url" content="{PUBLIC}/en/news/clinic-opens/">' in html
    assert re.search(rf'<meta property="og:image" content="{PUBLIC}/media/images/[^"]+">', html)
    blocks = [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    article = next(block for block in blocks if block["@type"] == "NewsArticle")
    organisation = next(block for block in blocks if block["@type"] == "Organization")
    assert article["url"] == f"{PUBLIC}/en/news/clinic-opens/"
    assert article["image"][0].startswith(f"{PUBLIC}/media/images/")
    assert article["publisher"]["url"] == organisation["url"] == f"{PUBLIC}/"
    assert FORGED_HOST not in html and "http://localhost" not in html


def test_hreflang_alternates_use_the_public_url(client, story, translate):
    translate(story, "tr")

    html = get(client, story.url)

    alternates = re.findall(r'<link rel="alternate" hreflang="[^"]+" href="([^"]+)">', html)
    assert len(alternates) == 3
    assert all(url.startswith(f"{PUBLIC}/") for url in alternates)


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_links_guids_and_enclosures_use_the_public_url(client, news_index, story, kind):
    feed = feedparser.parse(get(client, f"/en/news/feed/{kind}/?region=albania"))

    urls = [feed.feed.link, *(link.href for link in feed.feed.links)]
    for entry in feed.entries:
        urls += [entry.link, entry.id, *(link.href for link in entry.links)]
    assert feed.entries and all(url.startswith(f"{PUBLIC}/") for url in urls), urls
    assert any("/media/images/" in url for url in urls)  # the enclosure


def test_sitemap_locations_and_alternates_use_the_public_url(client, story, translate):
    translate(story, "tr")

    xml = get(client, "/sitemap.xml")

    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    alternates = re.findall(r'<xhtml:link[^>]+href="([^"]+)"', xml)
    assert locations and alternates
    assert all(url.startswith(f"{PUBLIC}/") for url in locations + alternates)


def test_robots_txt_points_at_the_public_sitemap(client, home_page):
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in get(client, "/robots.txt")


def test_no_page_carries_the_forged_host(client, story):
    for path in ("/en/", "/en/news/", story.url, "/en/news/feed/rss/", "/sitemap.xml", "/robots.txt"):
        assert not [url for url in absolute_urls_in(get(client, path)) if FORGED_HOST in url], path


SETTINGS_PROBE = "import django, json; django.setup(); from django.conf import settings; " + (
    "print(json.dumps([settings.PUBLIC_URL, settings.WAGTAILADMIN_BASE_URL]))"
)


@pytest.mark.parametrize(
    "env, expected",
    [
        ({"PUBLIC_URL": "https://www.example.org/"}, ["https://www.example.org", "https://www.example.org"]),
        (
            {"PUBLIC_URL": "https://www.example.org", "WAGTAILADMIN_BASE_URL": "https://admin.example.org"},
            ["https://www.example.org", "https://admin.example.org"],
        ),
        ({}, ["http://127.0.0.1:8000", "http://127.0.0.1:8000"]),
    ],
)
def test_admin_links_in_e_mails_follow_the_public_url_unless_set_apart(env, expected):
    environment = {k: v for k, v in os.environ.items() if k not in ("PUBLIC_URL", "WAGTAILADMIN_BASE_URL")}
    environment.update(env, DJANGO_SETTINGS_MODULE="config.settings.dev")
    result = subprocess.run(
        [sys.executable, "-c", SETTINGS_PROBE],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == expected


def test_search_is_noindex_with_a_description_and_not_blocked_for_crawlers(client, home_page):
    """A crawler must be allowed to fetch the search page to read its noindex; the page describes itself."""
    assert "search" not in get(client, "/robots.txt")
    html = get(client, "/en/search/?q=water")
    assert '<meta name="robots" content="noindex">' in html
    assert '<meta name="description" content="Search the foundation' in html
