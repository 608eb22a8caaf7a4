"""Shared fixtures: a site with the page tree of design.md, built from factories."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale, Page, Site

from editorial.roles import COMMS_LEAD, EDITORS, WRITERS
from tests import factories
from tests.smtp_server import serve_smtp

# Tests that share an expensive set-up per test process, by node id prefix: under pytest-xdist each group runs in
# one worker, so the demo server (browser tests) and the module's demo load happen once, not once per worker.
SHARED_SET_UP_GROUPS = {"tests/e2e/": "browser", "tests/test_demo_content.py": "demo"}


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_make_scheduler(config, log):
    """`--dist loadgroup`, with the groups above named by path: pytest-xdist reads xdist_group marks by rewriting
    node ids, which no longer works on pytest 9.2 (pytest-dev/pytest-xdist#1386), so marks would be ignored."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling

    class SharedSetUpScheduling(LoadGroupScheduling):
        def _split_scope(self, nodeid):
            for prefix, group in SHARED_SET_UP_GROUPS.items():
                if nodeid.startswith(prefix):
                    return group
            return super()._split_scope(nodeid)

    return SharedSetUpScheduling(config, log)


@pytest.fixture(scope="session", autouse=True)
def _media_root_of_this_test_process(tmp_path_factory):
    """Uploads, renditions and public copies go to folders of this test process, so parallel workers
    (pytest-xdist) never write, rename or clean up each other's files."""
    with override_settings(
        MEDIA_ROOT=str(tmp_path_factory.mktemp("media")),
        PRIVATE_MEDIA_ROOT=str(tmp_path_factory.mktemp("private-media")),
    ):
        yield


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


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    """Translate a page through wagtail-localize, as the translation editor does:
    translate(page, "tr", {"English text": "Türkçe metin"}, publish=True). Ancestors without a translation are
    translated first (keeping their English text); strings missing from the dict keep the source text."""

    def run(page, language, strings=None, publish=True):
        locale = Locale.objects.get_or_create(language_code=language)[0]
        parent = page.get_parent()
        if parent.depth > 1 and not parent.get_translations().filter(locale=locale).exists():
            run(parent.specific, language)
        return translate_page(page.specific, locale, strings or {}, publish, django_capture_on_commit_callbacks)

    return run


def translate_page(page, locale, strings, publish, capture_on_commit):
    from wagtail_localize.models import StringTranslation, TranslationSource

    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation = source.translations.get_or_create(target_locale=locale)[0]
    for segment in source.stringsegment_set.select_related("string", "context"):
        if segment.string.data in strings:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": strings[segment.string.data], "translation_type": "manual"},
            )
    with capture_on_commit(execute=True):
        translation.save_target(publish=publish)
    return page.get_translation(locale).specific


@pytest.fixture
def news_index_in(home_page, news_index):
    """A live copy of the home page and news index in a language: news_index_in("tr")."""

    def translate(language):
        locale = factories.LocaleFactory(language_code=language)
        publish_translation(home_page, locale)
        return publish_translation(news_index, locale)

    return translate


def publish_translation(page, locale):
    translated = page.copy_for_translation(locale)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


@pytest.fixture
def roles(news_index):
    """The editorial groups and workflows, and one staff user each: writer, editor, lead (the communications lead)."""
    call_command("setup_editorial", stdout=io.StringIO())

    def person(username, group_name):
        user = factories.staff_user(username, Group.objects.get(name=group_name))
        user.email = f"{username}@example.org"
        user.save()
        return user

    return {
        "writer": person("writer", WRITERS),
        "editor": person("editor", EDITORS),
        "lead": person("lead", COMMS_LEAD),
    }


@pytest.fixture
def smtp_inbox(settings):
    """A real SMTP server (aiosmtpd) on a free loopback port, Django's SMTP backend pointed at it; its Inbox."""
    yield from serve_smtp(settings)
