"""The news listing: newest first, 12 a page, filters by region (with sub-regions), section, kind and year."""

import pytest
from django.utils.html import escape

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(make_story, albania, kosovo, balkans, caucasus, healthcare, education):
    return {
        "albania-health": make_story(
            "Clinic opens in Shkodër", regions=[albania], sections=[healthcare], display_date="2026-03-01"
        ),
        "kosovo-school": make_story(
            "School repaired in Gjakova", regions=[kosovo], sections=[education], display_date="2025-05-01"
        ),
        "balkans-press": make_story(
            "Balkan appeal launched", regions=[balkans], kind="press-release", display_date="2026-01-15"
        ),
        "caucasus-health": make_story(
            "Winter clinic in Armenia", regions=[caucasus], sections=[healthcare], display_date="2025-12-01"
        ),
    }


def test_region_filter_includes_stories_of_countries_below_it(client, news_index, stories):
    html = client.get(f"{news_index.url}?region=balkans").content.decode()
    assert "Clinic opens in Shkodër" in html
    assert "School repaired in Gjakova" in html
    assert "Balkan appeal launched" in html
    assert "Winter clinic in Armenia" not in html
    assert "3 stories" in html


def test_country_filter_shows_only_that_country(client, news_index, stories):
    html = client.get(f"{news_index.url}?region=albania").content.decode()
    assert "Clinic opens in Shkodër" in html
    assert "School repaired in Gjakova" not in html
    assert "Balkan appeal launched" not in html


def test_section_kind_and_year_filters(client, news_index, stories):
    assert "Winter clinic in Armenia" in client.get(f"{news_index.url}?section=healthcare").content.decode()
    assert "School repaired" not in client.get(f"{news_index.url}?section=healthcare").content.decode()
    press = client.get(f"{news_index.url}?kind=press-release").content.decode()
    assert "Balkan appeal launched" in press and "Clinic opens" not in press
    year = client.get(f"{news_index.url}?year=2025").content.decode()
    assert "School repaired in Gjakova" in year and "Winter clinic in Armenia" in year
    assert "Clinic opens in Shkodër" not in year


def test_filters_combine(client, news_index, stories):
    html = client.get(f"{news_index.url}?region=balkans&section=healthcare&year=2026").content.decode()
    assert "Clinic opens in Shkodër" in html
    assert "1 story" in html
    for other in ("School repaired", "Balkan appeal", "Winter clinic"):
        assert other not in html


def test_listing_says_what_is_filtered_and_offers_to_clear(client, news_index, stories):
    html = client.get(f"{news_index.url}?region=albania&kind=news").content.decode()
    assert "Albania · News" in html
    assert "Clear filters" in html
    assert 'value="albania" selected' in html


def test_empty_result_says_so(client, news_index, stories):
    html = client.get(f"{news_index.url}?region=albania&year=2025").content.decode()
    assert "No stories match these filters." in html


@pytest.mark.parametrize(
    "query, notice",
    [
        ("region=atlantis", "There is no region “atlantis”"),
        ("section=juggling", "There is no programme area “juggling”"),
        ("kind=rumour", "is not a kind of story"),
        ("year=20x6", "is not a year"),
        ("year=99999", "is not a year"),
    ],
)
def test_unknown_filter_values_are_ignored_with_a_notice(client, news_index, stories, query, notice):
    response = client.get(f"{news_index.url}?{query}")
    assert response.status_code == 200
    assert escape(notice) in response.content.decode() or notice in response.content.decode()
    assert "4 stories" in response.content.decode()


@pytest.mark.parametrize("page", ["0", "-1", "abc", "99999999999", "2%00", "%00"])
def test_bad_page_numbers_never_fail(client, news_index, stories, page):
    assert client.get(f"{news_index.url}?page={page}").status_code == 200


def test_nul_bytes_in_filters_do_not_fail(client, news_index, stories):
    assert client.get(f"{news_index.url}?region=alb%00ania&section=%00&kind=%00").status_code == 200


def test_listing_is_paginated_by_twelve_newest_first(client, news_index, make_story):
    for day in range(1, 15):
        make_story(f"Daily note {day:02d}", display_date=f"2026-04-{day:02d}")
    first = client.get(news_index.url).content.decode()
    assert "Daily note 14" in first and "Daily note 03" in first and "Daily note 02" not in first
    assert first.index("Daily note 14") < first.index("Daily note 13")
    second = client.get(f"{news_index.url}?page=2").content.decode()
    assert "Daily note 02" in second and "Daily note 01" in second
    assert client.get(f"{news_index.url}?page=50").content.decode().count("Summary of Daily note") == 2
