"""Related news on articles: picks first, then ranked by shared regions and sections; fixed query count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import RelatedStoryPick
from news.related import related_stories
from tests import factories

pytestmark = pytest.mark.django_db


def titles(stories):
    return [story.title for story in stories]


def test_editor_picks_come_first_in_their_order(make_story, albania):
    page = make_story("Main story", regions=[albania])
    automatic = make_story("Same country", regions=[albania], display_date="2026-06-29")
    first_pick = make_story("Picked first", display_date="2020-01-01")
    second_pick = make_story("Picked second", display_date="2021-01-01")
    RelatedStoryPick.objects.create(page=page, story=first_pick, sort_order=0)
    RelatedStoryPick.objects.create(page=page, story=second_pick, sort_order=1)
    assert titles(related_stories(page)) == ["Picked first", "Picked second", automatic.title]


def test_a_country_story_relates_to_its_region_and_siblings_rank_lower(make_story, albania, kosovo, balkans, caucasus):
    page = make_story("Albania story", regions=[albania])
    make_story("Balkans-wide story", regions=[balkans], display_date="2024-01-01")
    make_story("Another Albania story", regions=[albania], display_date="2023-01-01")
    make_story("Caucasus story", regions=[caucasus], display_date="2026-06-30")
    make_story("Kosovo story", regions=[kosovo], display_date="2026-06-30")
    related = titles(related_stories(page))
    assert set(related) == {"Balkans-wide story", "Another Albania story"}
    assert "Caucasus story" not in related and "Kosovo story" not in related


def test_a_region_story_relates_to_stories_of_its_countries(make_story, albania, balkans):
    page = make_story("Balkans story", regions=[balkans])
    make_story("Albania detail", regions=[albania])
    assert titles(related_stories(page)) == ["Albania detail"]


def test_more_shared_topics_rank_higher_and_newest_wins_ties(make_story, albania, healthcare, education):
    page = make_story("Page", regions=[albania], sections=[healthcare, education])
    make_story("Only section, new", sections=[healthcare], display_date="2026-06-01")
    make_story("Region and section, old", regions=[albania], sections=[healthcare], display_date="2020-01-01")
    make_story("Only section, newer", sections=[education], display_date="2026-06-20")
    assert titles(related_stories(page)) == ["Region and section, old", "Only section, newer", "Only section, new"]


def test_related_never_includes_the_page_itself_or_hidden_stories(make_story, albania, news_index):
    page = make_story("Page", regions=[albania])
    RelatedStoryPick.objects.create(page=page, story=page, sort_order=0)
    draft = make_story("Draft", regions=[albania], live=False)
    private = make_story("Private", regions=[albania])
    private.view_restrictions.create(restriction_type="password", password="secret")
    RelatedStoryPick.objects.create(page=page, story=draft, sort_order=1)  # a pick that has since been unpublished
    make_story("Visible", regions=[albania])
    assert titles(related_stories(page)) == ["Visible"]


def test_each_related_item_says_why_it_is_there(client, make_story, albania, balkans, healthcare):
    page = make_story("Page", regions=[albania], sections=[healthcare])
    make_story("Neighbour", regions=[balkans], sections=[healthcare])
    html = client.get(page.url).content.decode()
    assert "Related news" in html
    assert "Also in Balkans · Healthcare" in html


def test_view_all_link_goes_to_the_listing_filtered_by_the_page_region(client, make_story, albania, news_index):
    page = make_story("Page", regions=[albania])
    make_story("Neighbour", regions=[albania])
    html = client.get(page.url).content.decode()
    assert f'href="{news_index.url}?region=albania"' in html


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def build_stories(news_index, regions, sections, count):
    for number in range(count):
        factories.NewsPageFactory(
            parent=news_index,
            regions=[regions[number % len(regions)]],
            sections=[sections[number % len(sections)]],
            image=factories.ImageFactory() if number < 3 else None,
        )


def test_article_and_listing_query_counts_do_not_grow_with_content(
    client, news_index, albania, kosovo, healthcare, education
):
    regions, sections = [albania, kosovo], [healthcare, education]
    build_stories(news_index, regions, sections, 10)
    article = factories.NewsPageFactory(parent=news_index, regions=[albania], sections=[healthcare])
    urls = [article.url, news_index.url, f"{news_index.url}?region=albania&section=healthcare", albania.url]
    for url in urls:  # warm up renditions and Wagtail's per-process caches
        client.get(url)
    small = {url: count_queries(client, url) for url in urls}
    build_stories(news_index, regions, sections, 190)
    for url in urls:  # renditions of newly listed images are made once, on first view
        client.get(url)
    large = {url: count_queries(client, url) for url in urls}
    assert small == large
    assert max(large.values()) <= 15, large


def test_untagged_story_relates_to_the_newest_of_its_kind_then_any_and_never_itself(make_story, news_index):
    press = {"kind": "press-release"}
    page = make_story("Untagged release", display_date="2026-05-01", **press)
    make_story("Older release", display_date="2026-01-01", **press)
    make_story("Newest news", display_date="2026-07-01")
    make_story("Newer release", display_date="2026-06-01", **press)
    make_story("Hidden release", display_date="2026-08-01", live=False, **press)
    assert titles(related_stories(page)) == ["Newer release", "Older release", "Newest news"]


def test_untagged_story_view_all_lists_its_kind_when_all_shown_are_of_it(client, make_story, news_index):
    page = make_story("Untagged release", kind="press-release")
    make_story("Another release", kind="press-release")
    html = client.get(page.url).content.decode()
    assert "Another release" in html
    assert f'class="view-all" href="{news_index.url}?kind=press-release"' in html
    make_story("Some news")
    html = client.get(page.url).content.decode()
    assert "Some news" in html
    assert f'class="view-all" href="{news_index.url}"' in html
