"""The page cache serves the right page: keyed on the path and the public filters only, never personal answers,
search never cached (so every query is logged), and the Cache-Control that docs/caching.md describes."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory, override_settings
from wagtail.contrib.search_promotions.models import Query

from core.page_cache import HIT_HEADER, AnonymousPageCacheMiddleware
from search.models import UnansweredQuery
from tests import factories, redis_server

pytestmark = pytest.mark.django_db

machine_redis = redis_server.machine_redis  # a real Redis under a per-worker key prefix (tests/redis_server.py)

PUBLIC = "public, max-age=60, s-maxage=300, stale-while-revalidate=30"
PERSONAL = "private, no-store"


@pytest.fixture
def page_cache_on():
    with override_settings(PAGE_CACHE_SECONDS=300):
        yield


@pytest.fixture
def contact_page(home_page):
    page = factories.ContactPageFactory(parent=home_page, slug="contact")
    page.form_fields.create(label="Your name", field_type="singleline", required=True)
    page.form_fields.create(label="Your message", field_type="multiline", required=True)
    page.save()  # form fields are a cluster: saved with their page
    return page


def test_second_anonymous_request_is_served_from_the_cache(client, home_page, page_cache_on):
    assert client.get("/en/")[HIT_HEADER] == "miss"
    assert client.get("/en/")[HIT_HEADER] == "hit"


def test_pages_are_cached_in_redis_too(client, home_page, page_cache_on, machine_redis):
    assert client.get("/en/")[HIT_HEADER] == "miss"
    response = client.get("/en/")
    assert response[HIT_HEADER] == "hit" and "Standing with communities" in response.content.decode()


def test_publishing_a_story_empties_the_cache(client, news_index, page_cache_on):
    client.get(news_index.url)
    story = factories.NewsPageFactory(parent=news_index, title="Harvest festival in the valley", live=False)
    story.save_revision().publish()
    response = client.get(news_index.url)
    assert response[HIT_HEADER] == "miss"
    assert "Harvest festival in the valley" in response.content.decode()


def test_unpublishing_empties_the_cache(client, news_index, page_cache_on):
    story = factories.NewsPageFactory(parent=news_index, title="Bridge rebuilt after floods")
    assert "Bridge rebuilt after floods" in client.get(news_index.url).content.decode()
    story.unpublish()
    assert "Bridge rebuilt after floods" not in client.get(news_index.url).content.decode()


# Keys ------------------------------------------------------------------------------------------------------


def test_tracking_parameters_share_the_page_without_them(client, news_index, page_cache_on):
    assert client.get(news_index.url)[HIT_HEADER] == "miss"
    response = client.get(news_index.url, {"utm_source": "newsletter", "fbclid": "abc", "gclid": "x", "ref": "tw"})
    assert response[HIT_HEADER] == "hit"
    assert "newsletter" not in response.content.decode()


def test_tracking_parameters_never_reach_the_page_stored(client, news_index, page_cache_on):
    factories.NewsPageFactory.create_batch(12, parent=news_index)  # two pages: the listing links to page 2
    first = client.get(news_index.url, {"utm_campaign": "spring", "page": "1", "mc_cid": "1", "mc_eid": "2"})
    assert first[HIT_HEADER] == "miss" and "spring" not in first.content.decode()
    seen_by_the_view = first.wsgi_request
    assert dict(seen_by_the_view.GET) == {"page": ["1"]} and seen_by_the_view.get_full_path().endswith("?page=1")
    assert client.get(news_index.url, {"page": "1"})[HIT_HEADER] == "hit"


def test_filters_share_one_entry_whatever_their_order(client, news_index, albania, healthcare, page_cache_on):
    assert client.get(f"{news_index.url}?section=healthcare&region=albania")[HIT_HEADER] == "miss"
    assert client.get(f"{news_index.url}?region=albania&section=healthcare")[HIT_HEADER] == "hit"
    assert client.get(f"{news_index.url}?region=albania")[HIT_HEADER] == "miss"  # another filter, another page


@pytest.mark.parametrize("query", ["preview=1", "region=a&region=b", "region=%3Cscript%3E", "q=clinic"])
def test_other_parameters_are_never_cached(client, news_index, page_cache_on, query):
    for _request in range(2):
        response = client.get(f"{news_index.url}?{query}")
        assert HIT_HEADER not in response
    assert response["Cache-Control"] == "no-cache"


# Search ----------------------------------------------------------------------------------------------------


def test_every_search_is_logged_because_search_is_not_cached(client, news_index, page_cache_on):
    factories.NewsPageFactory(parent=news_index, title="Clinic opens in the valley")
    for _reader in range(2):
        response = client.get("/en/search/", {"q": "clinic"})
        assert response.status_code == 200 and HIT_HEADER not in response
        client.get("/en/search/", {"q": "zebra"})
    assert Query.get("clinic").hits == 2
    assert UnansweredQuery.objects.get(query_string="zebra").hits == 2


# Personal answers ------------------------------------------------------------------------------------------


def test_a_stray_csrf_cookie_keeps_the_reader_in_the_cache(client, news_index, page_cache_on):
    client.cookies[settings.CSRF_COOKIE_NAME] = "x" * 32  # left by a visit to the contact form
    assert client.get(news_index.url)[HIT_HEADER] == "miss"
    assert client.get(news_index.url)[HIT_HEADER] == "hit"


def test_only_the_contact_form_sets_a_csrf_cookie(client, news_index, contact_page, page_cache_on):
    story = factories.NewsPageFactory(parent=news_index)
    for url in ("/en/", news_index.url, story.url, "/en/search/?q=clinic", "/sitemap.xml"):
        assert settings.CSRF_COOKIE_NAME not in client.get(url).cookies, url
    response = client.get(contact_page.url)
    assert settings.CSRF_COOKIE_NAME in response.cookies
    assert response["Cache-Control"] == PERSONAL


def test_pages_with_a_form_are_never_cached(client, contact_page, page_cache_on):
    client.get(contact_page.url)
    response = client.get(contact_page.url)
    assert HIT_HEADER not in response and response["Cache-Control"] == PERSONAL


def test_signed_in_users_are_never_served_cached_pages_nor_cached_by_others(admin_client, home_page, page_cache_on):
    admin_client.get("/en/")
    response = admin_client.get("/en/")
    assert HIT_HEADER not in response
    assert response["Cache-Control"] == PERSONAL


def test_previews_are_never_cached(admin_client, news_index, page_cache_on):
    response = admin_client.get(f"/admin/pages/{news_index.pk}/view_draft/")
    assert response.status_code == 200 and HIT_HEADER not in response
    assert {"private", "no-store"} <= {part.strip() for part in response["Cache-Control"].split(",")}


@override_settings(CONTACT_FORM_RATE_LIMIT=1)
def test_a_rate_limited_answer_is_personal(client, contact_page, page_cache_on):
    data = {"your_name": "Ana", "your_message": "We would like to volunteer."}
    client.post(contact_page.url, data)
    response = client.post(contact_page.url, data)
    assert response.status_code == 429 and response["Cache-Control"] == PERSONAL


@pytest.mark.parametrize("path", ["/en/news/", "/admin/login/"])
def test_any_429_is_personal_even_without_a_form(path, page_cache_on):
    """The sign-in throttle answers before Wagtail's never-cache view decorator; later limits may have no form."""
    middleware = AnonymousPageCacheMiddleware(lambda request: HttpResponse("Slow down", status=429))
    response = middleware(RequestFactory().get(path))
    assert response["Cache-Control"] == PERSONAL


# Headers ---------------------------------------------------------------------------------------------------


def test_cacheable_pages_say_so_to_a_shared_cache(client, home_page, page_cache_on):
    miss = client.get("/en/")
    assert miss["Cache-Control"] == PUBLIC
    hit = client.get("/en/")
    assert hit["Cache-Control"] == PUBLIC
    assert int(hit["Age"]) >= 0  # a shared cache counts the lifetime from when we stored the page


# Production ------------------------------------------------------------------------------------------------


def production_setting(name, **environ):
    """A setting as production computes it, in a fresh process (settings are read once, at start-up)."""
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "PAGE_CACHE_SECONDS")}
    env.update(DJANGO_SETTINGS_MODULE="config.settings.production", SECRET_KEY="p" * 50, ALLOWED_HOSTS="example.org")
    env.update(environ)
    script = f"import django; django.setup(); from django.conf import settings; print(settings.{name})"
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    return result.stdout.strip(), result.stderr


def test_production_without_redis_turns_the_page_cache_off_with_a_warning():
    value, stderr = production_setting("PAGE_CACHE_SECONDS")
    assert value == "0"
    assert "REDIS_URL is not set: the page cache is off" in stderr


def test_production_with_redis_keeps_the_page_cache_on():
    value, stderr = production_setting("PAGE_CACHE_SECONDS", REDIS_URL="redis://127.0.0.1:6379/0")
    assert value == "300" and "page cache is off" not in stderr
