"""Shared fixtures: a site with the page tree of design.md, built from factories."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale, Page, Site

from tests import factories


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def locale_en(db):
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def home_page(locale_en):
    root = Page.get_first_root_node()
    # Wagtail's migrations leave a "Welcome" page and a site pointing at it; our home page replaces both.
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    home = factories.HomePageFactory(parent=root, locale=locale_en)
    Site.objects.create(hostname="localhost", port=80, root_page=home, site_name="Test", is_default_site=True)
    factories.SiteSettingsFactory(locale=locale_en)
    return home


@pytest.fixture
def news_index(home_page):
    return factories.NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def region_index(home_page):
    return factories.RegionIndexPageFactory(parent=home_page)


@pytest.fixture
def section_index(home_page):
    return factories.SectionIndexPageFactory(parent=home_page)


@pytest.fixture
def balkans(region_index):
    return factories.RegionPageFactory(parent=region_index, title="Balkans", slug="balkans")


@pytest.fixture
def albania(balkans):
    return factories.RegionPageFactory(parent=balkans, title="Albania", slug="albania")


@pytest.fixture
def healthcare(section_index):
    return factories.SectionPageFactory(parent=section_index, title="Healthcare", slug="healthcare")


@pytest.fixture
def kosovo(balkans):
    return factories.RegionPageFactory(parent=balkans, title="Kosovo", slug="kosovo")


@pytest.fixture
def caucasus(region_index):
    return factories.RegionPageFactory(parent=region_index, title="South Caucasus", slug="south-caucasus")


@pytest.fixture
def education(section_index):
    return factories.SectionPageFactory(parent=section_index, title="Education", slug="education")


@pytest.fixture
def make_story(news_index):
    """Build a live story under the news index: make_story("Title", regions=[...], sections=[...])."""

    def make(title, **fields):
        return factories.NewsPageFactory(parent=news_index, title=title, **fields)

    return make
