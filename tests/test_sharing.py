"""Share links, the printed address and date, and filters that fold away on phones."""

import re
from urllib.parse import quote

import pytest

pytestmark = pytest.mark.django_db


def test_article_offers_mail_and_network_share_links_without_third_party_assets(client, make_story):
    story = make_story("Wells & clinics", display_date="2026-05-04")
    html = client.get(story.url).content.decode()
    address = f"http://testserver{story.url}"
    assert f'href="mailto:?subject=Wells%20%26%20clinics&amp;body={quote(address, safe="")}"' in html
    assert f'href="https://www.facebook.com/sharer/sharer.php?u={quote(address, safe="")}"' in html
    assert "https://x.com/intent/post?url=" in html
    # Nothing is loaded from another host: no script, image, stylesheet or frame from elsewhere.
    assert not re.search(r'<(script|img|iframe|link)[^>]+(src|href)="https?://(?!testserver)', html)


def test_printed_page_carries_its_address_and_date(client, make_story):
    story = make_story("Printed story", display_date="2026-05-04")
    html = client.get(story.url).content.decode()
    printed = re.search(r'<p class="print-address">(.*?)</p>', html, re.S).group(1)
    assert f"http://testserver{story.url}" in printed
    assert '<time datetime="2026-05-04">' in printed


def test_listing_filters_fold_away_unless_in_use(client, news_index, make_story):
    make_story("A story")
    html = client.get(news_index.url).content.decode()
    assert '<details class="filters-toggle">' in html
    assert '<details class="filters-toggle" open>' in client.get(news_index.url + "?kind=news").content.decode()


def test_search_filters_fold_away_unless_in_use(client, home_page):
    html = client.get("/en/search/?q=water").content.decode()
    assert '<details class="filters-toggle">' in html
    assert '<details class="filters-toggle" open>' in client.get("/en/search/?q=water&sort=newest").content.decode()
