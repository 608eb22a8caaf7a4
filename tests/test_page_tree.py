"""The page tree of design.md is enforced: every page type lives only where it belongs."""

import pytest
from wagtail.models import Page

from donations.models import DonatePage
from home.models import ContactPage, HomePage, StandardPage
from members.models import WorkingGroupPage
from news.models import NewsIndexPage, NewsPage
from regions.models import RegionIndexPage, RegionPage
from sections.models import SectionIndexPage, SectionPage

ALLOWED_CHILDREN = {
    HomePage: {NewsIndexPage, RegionIndexPage, SectionIndexPage, StandardPage, ContactPage, DonatePage},
    DonatePage: set(),
    StandardPage: {StandardPage, ContactPage, WorkingGroupPage},
    ContactPage: set(),
    WorkingGroupPage: set(),
    NewsIndexPage: {NewsPage},
    NewsPage: set(),
    RegionIndexPage: {RegionPage},
    RegionPage: {RegionPage},
    SectionIndexPage: {SectionPage},
    SectionPage: set(),
}


@pytest.mark.parametrize("page_type", list(ALLOWED_CHILDREN), ids=lambda model: model.__name__)
def test_each_page_type_allows_exactly_its_children(page_type):
    assert set(page_type.allowed_subpage_models()) == ALLOWED_CHILDREN[page_type]


@pytest.mark.parametrize("page_type", list(ALLOWED_CHILDREN), ids=lambda model: model.__name__)
def test_each_page_type_has_exactly_its_parents(page_type):
    expected = {parent for parent, children in ALLOWED_CHILDREN.items() if page_type in children}
    if page_type is HomePage:
        expected = {Page}
    assert set(page_type.allowed_parent_page_models()) == expected


def test_index_pages_are_one_per_home_page(news_index, region_index, section_index, home_page):
    for index_type in (NewsIndexPage, RegionIndexPage, SectionIndexPage):
        assert not index_type.can_create_at(home_page)


def test_regions_nest_under_regions(albania, balkans):
    assert albania.get_parent().specific == balkans
    assert RegionPage.can_create_at(albania)


def test_news_page_cannot_be_created_under_the_home_page(home_page, news_index):
    assert not NewsPage.can_create_at(home_page)
    assert NewsPage.can_create_at(news_index)


def test_admin_refuses_a_news_page_under_a_region(admin_client, albania):
    response = admin_client.get(f"/admin/pages/add/news/newspage/{albania.pk}/", follow=True)
    assert response.redirect_chain[0][0] == "/admin/"
    assert "Sorry, you do not have permission" in response.content.decode()
