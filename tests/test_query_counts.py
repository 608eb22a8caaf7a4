"""Every kind of page answers in a fixed number of SQL queries, the same with 10 stories as with 1,000.

The counts are the warm ones (the generation's shell values cached, renditions made), as a reader meets them
between two publishes. A change that adds a query to a page shows here as a changed number: raise it only with
a reason (docs/performance.md).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

EXPECTED = {
    "home": 4,
    "listing": 6,
    "listing, filtered": 8,
    "article": 11,
    "press release": 11,
    "region": 8,
    "section": 6,
    "search": 10,
    "feed (RSS)": 8,
    "feed (Atom)": 8,
    "sitemap": 4,
}


@pytest.fixture
def site(home_page, news_index, balkans, albania, kosovo, healthcare, education):
    regions, sections = [albania, kosovo, balkans], [healthcare, education]
    for number in range(8):
        factories.NewsPageFactory(
            parent=news_index,
            title=f"Water for village {number}",
            regions=[regions[number % 3]],
            sections=[sections[number % 2]],
            image=factories.ImageFactory() if number < 4 else None,
        )
    image = factories.ImageFactory()
    article = factories.NewsPageFactory(
        parent=news_index, title="Wells and water", regions=[albania], sections=[healthcare], image=image
    )
    release = factories.NewsPageFactory(
        parent=news_index, title="Water release", kind="press-release", regions=[kosovo], sections=[education]
    )
    urls = {
        "home": home_page.url,
        "listing": news_index.url,
        "listing, filtered": f"{news_index.url}?region=balkans&kind=news",
        "article": article.url,
        "press release": release.url,
        "region": balkans.url,
        "section": healthcare.url,
        "search": "/en/search/?q=water",
        "feed (RSS)": f"{news_index.url}feed/rss/",
        "feed (Atom)": f"{news_index.url}feed/atom/",
        "sitemap": "/sitemap.xml",
    }
    return news_index, regions, sections, urls


def warm_query_counts(client, urls):
    counts = {}
    for kind, url in urls.items():
        client.get(url)  # the first view after a change fills the generation's cache and makes renditions
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, kind
        counts[kind] = len(queries)
    return counts


def test_every_page_kind_has_a_fixed_query_count_from_10_to_1000_stories(client, site):
    news_index, regions, sections, urls = site
    assert warm_query_counts(client, urls) == EXPECTED
    factories.bulk_stories(news_index, 990, regions, sections)
    assert warm_query_counts(client, urls) == EXPECTED
