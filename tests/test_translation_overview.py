"""The pages × languages overview in the admin: one status per source page and language, counts, filters, links,
and a query count that does not grow with the number of pages."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from tests import factories

pytestmark = pytest.mark.django_db

OVERVIEW = "/admin/reports/translation-overview/"
MAX_QUERIES = 11


@pytest.fixture
def locales(locale_en):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("tr", "ar")}


@pytest.fixture
def site(translate, home_page, news_index, locales, django_capture_on_commit_callbacks):
    """English pages in each of the five Turkish states; nothing in Arabic."""
    translate(home_page, "tr")
    translate(news_index, "tr")

    def page(title, parent=home_page):
        return factories.StandardPageFactory(parent=parent, title=title)

    pages = {
        "missing": page("Missing page"),
        "alias": page("Alias page"),
        "in_progress": page("Draft translation"),
        "published": page("Published translation"),
        "out_of_date": page("Outdated translation"),
        "synced": page("Synced, not republished"),
    }
    pages["alias"].copy_for_translation(locales["tr"], alias=True)
    translate(pages["in_progress"], "tr", publish=False)
    translate(pages["published"], "tr")
    translate(pages["out_of_date"], "tr")
    translate(pages["synced"], "tr")
    with django_capture_on_commit_callbacks(execute=True):
        pages["out_of_date"].save_revision().publish()  # the source changed after it was sent for translation
    TranslationSource.objects.get(object_id=pages["synced"].translation_key).update_from_db()
    pages.update(home=home_page, news=news_index)
    return pages


@pytest.fixture
def translator(django_user_model):
    group = Group.objects.create(name="Overview readers")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="submit_translation")
    )
    user = django_user_model.objects.create_user(username="translator", password="pw", is_staff=True)
    user.groups.add(group)
    return user


def statuses(html):
    """{page id: {language: status}} from the rendered table."""
    rows = {}
    for page_id, row in re.findall(r'<tr data-page="(\d+)">(.*?)</tr>', html, re.S):
        rows[int(page_id)] = dict(re.findall(r'data-status="(\w+):(\w+)"', row))
    return rows


def counts(html):
    return {key: int(number) for key, number in re.findall(r'data-count="(\w+:\w+)">(\d+)<', html)}


def overview(client, user, **params):
    client.force_login(user)
    response = client.get(OVERVIEW, params)
    assert response.status_code == 200
    return response.content.decode()


def test_overview_gives_each_case_its_status(client, admin_user, site):
    rows = statuses(overview(client, admin_user))

    turkish = {name: rows[page.pk]["tr"] for name, page in site.items()}
    assert turkish == {
        "missing": "missing",
        "alias": "alias",
        "in_progress": "in_progress",
        "published": "published",
        "out_of_date": "out_of_date",
        "synced": "in_progress",  # new source text waits for the translator
        "home": "published",
        "news": "published",
    }
    assert {rows[page.pk]["ar"] for page in site.values()} == {"missing"}


def test_overview_counts_pages_per_language_and_status(client, admin_user, site):
    html = overview(client, admin_user)

    assert counts(html) == {
        "tr:missing": 1,
        "tr:alias": 1,
        "tr:in_progress": 2,
        "tr:published": 3,
        "tr:out_of_date": 1,
        "ar:missing": 8,
        "ar:alias": 0,
        "ar:in_progress": 0,
        "ar:published": 0,
        "ar:out_of_date": 0,
    }
    assert 'href="/admin/reports/translation-overview/?locale=tr&amp;status=out_of_date"' in html


def test_overview_filters_by_language_and_status(client, admin_user, site):
    rows = statuses(overview(client, admin_user, locale="tr", status="in_progress"))

    assert rows == {site["in_progress"].pk: {"tr": "in_progress"}, site["synced"].pk: {"tr": "in_progress"}}


def test_status_filter_without_language_matches_any_language(client, admin_user, site):
    rows = statuses(overview(client, admin_user, status="alias"))

    assert rows == {site["alias"].pk: {"tr": "alias", "ar": "missing"}}


def test_overview_filters_by_page_type(client, admin_user, site):
    html = overview(client, admin_user, page_type="news.newsindexpage")

    assert set(statuses(html)) == {site["news"].pk}
    assert counts(html)["ar:missing"] == 1


def test_cells_link_to_the_translation_editor_or_to_submit(client, admin_user, site):
    html = overview(client, admin_user, locale="tr")
    turkish_draft = site["in_progress"].get_translation(Locale.objects.get(language_code="tr"))

    assert f'href="/admin/localize/submit/page/{site["missing"].pk}/?select_locale=tr"' in html
    assert f'href="/admin/pages/{turkish_draft.pk}/edit/"' in html


def test_overview_is_for_users_who_may_submit_translations(client, django_user_model, translator, site):
    client.force_login(translator)
    assert client.get(OVERVIEW).status_code == 200
    assert OVERVIEW.encode() in client.get("/admin/").content  # in the Reports menu

    editor = django_user_model.objects.create_user(username="no-translate", password="pw", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get(OVERVIEW)
    assert response.status_code == 302
    assert response.url == "/admin/"
    assert OVERVIEW.encode() not in client.get("/admin/").content


def test_overview_is_paginated(client, admin_user, site, news_index):
    for number in range(50):
        factories.NewsPageFactory(parent=news_index, title=f"Story {number}")

    first = statuses(overview(client, admin_user))
    second = statuses(overview(client, admin_user, p=2))

    assert len(first) == 50
    assert len(second) == 8
    assert not set(first) & set(second)


@pytest.mark.parametrize("stories", [5, 30])
def test_overview_query_count_does_not_grow_with_pages(
    client, admin_user, site, news_index, translate, stories, django_assert_max_num_queries
):
    for number in range(stories):
        story = factories.NewsPageFactory(parent=news_index, title=f"Story {number}")
        if number % 3 == 0:
            translate(story, "tr", publish=number % 2 == 0)
    client.force_login(admin_user)
    client.get(OVERVIEW)  # warm per-process caches (content types, the admin menu)

    # Session, user, profile and the admin menu (6); languages, counts, page count, rows (4).
    with django_assert_max_num_queries(MAX_QUERIES):
        html = client.get(OVERVIEW).content.decode()
    assert len(statuses(html)) == len(site) + stories

    with django_assert_max_num_queries(MAX_QUERIES):
        client.get(OVERVIEW, {"locale": "tr", "status": "published", "page_type": "news.newspage"})
