"""Every kind of page answers in a fixed number of SQL queries, the same with 10 stories as with 1,000.

Two counts per page: the first view after a publish (the generation's shell values and related-news ranking are
computed afresh) and every view after it, until the next publish. A change that adds a query to a page shows here
as a changed number: raise it only with a reason (docs/performance.md).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.generation import invalidate_page_cache
from tests import factories

# page kind: (first view after a publish, later views); each first view also computes what the shell values of the
# kinds before it left to compute (the home page pays for the menu, the partners, the region tree...).
EXPECTED = {
    "home": (16, 4),
    "listing": (11, 6),
    "listing, filtered": (8, 8),
    "article": (15, 7),
    "press release": (13, 7),
    "region": (10, 8),
    "section": (8, 6),
    "search": (14, 10),
    "feed (RSS)": (8, 8),
    "feed (Atom)": (8, 8),
    "sitemap": (4, 4),
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


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200, url
    return len(queries)


def query_counts(client, urls):
    """Per page kind: the queries of the first view after a publish, and of the next view."""
    for url in urls.values():
        client.get(url)  # renditions of the images shown are made on their first view ever
    invalidate_page_cache()  # what a publish does
    first = {kind: count_queries(client, url) for kind, url in urls.items()}
    return {kind: (first[kind], count_queries(client, url)) for kind, url in urls.items()}


def test_every_page_kind_has_a_fixed_query_count_from_10_to_1000_stories(client, site):
    news_index, regions, sections, urls = site
    assert query_counts(client, urls) == EXPECTED
    factories.bulk_stories(news_index, 990, regions, sections)  # a bulk import: no signal, so the test publishes
    assert query_counts(client, urls) == EXPECTED
