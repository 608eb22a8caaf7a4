"""Caches only ever speed up a "yes, public" answer the database would give (docs/caching.md).

Once a page is made private or taken offline, by any path, readers stop getting it: at once where a signal
fires, and within one page-cache lifetime otherwise (bulk_create, a queryset update, Redis unreachable while the
signal fired). Evicting the generation key or flushing Redis never brings an old answer back. Each case runs
against local memory, the machine's Redis and a Redis server of the test's own; run the file on SQLite and on
PostgreSQL (DATABASE_URL).
"""

import time

import pytest
from django.core.cache import caches
from django.test import override_settings
from wagtail.models import Page, PageViewRestriction

from core.abuse import PAGE_PASSWORD_FAILURES
from core.generation import GENERATION_KEY, cached_for_generation, current_generation, invalidate_page_cache
from core.page_cache import HIT_HEADER
from tests import factories, redis_server
from tests.redis_server import dead_redis_config

# The real caches these tests run against (tests/redis_server.py).
cache_backend, locmem_cache, machine_redis, own_redis = (
    redis_server.cache_backend,
    redis_server.locmem_cache,
    redis_server.machine_redis,
    redis_server.own_redis,
)

TITLE = "Clinic opens in the valley"
LIFETIME = 2  # PAGE_CACHE_SECONDS in the tests that wait for it


@pytest.fixture
def short_page_cache():
    """PAGE_CACHE_SECONDS=LIFETIME from before the site is built: the generation its signals start lives that long.
    List it before the other fixtures."""
    with override_settings(PAGE_CACHE_SECONDS=LIFETIME):
        yield LIFETIME


@pytest.fixture
def story(news_index):
    return factories.NewsPageFactory(parent=news_index, title=TITLE)


def listed(client, url):
    response = client.get(url)
    assert response.status_code in (200, 404), response.status_code  # 404: the listing itself went offline
    return response.status_code == 200 and TITLE in response.content.decode()


def is_served(client, page):
    response = client.get(page.url)
    assert response.status_code in (200, 302, 404), response.status_code  # never a 500
    return response.status_code == 200


def reader_sees(client, story, news_index, home_page):
    """Where a reader meets the story: the listing, the home page's latest stories, the story's own URL."""
    return {
        "listing": listed(client, news_index.url),
        "home": listed(client, home_page.url),
        "page": is_served(client, story),
    }


NOWHERE = {"listing": False, "home": False, "page": False}
EVERYWHERE = {"listing": True, "home": True, "page": True}


def restrict(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def restrict_without_signal(page):
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=page, restriction_type=PageViewRestriction.LOGIN)]
    )


def unpublish_without_signal(page):
    Page.objects.filter(pk=page.pk).update(live=False)


def warm_up(client, story, news_index, home_page):
    assert reader_sees(client, story, news_index, home_page) == EVERYWHERE
    assert client.get(news_index.url)[HIT_HEADER] == "hit"


# Changes announced by a signal: at once --------------------------------------------------------------------


@pytest.mark.django_db
@override_settings(PAGE_CACHE_SECONDS=300)
@pytest.mark.parametrize(
    "change",
    [restrict, lambda page: page.unpublish()],
    ids=["restriction", "unpublish"],
)
def test_a_signalled_change_hides_the_story_at_once(client, cache_backend, story, news_index, home_page, change):
    warm_up(client, story, news_index, home_page)
    change(story)
    assert reader_sees(client, story, news_index, home_page) == NOWHERE


@pytest.mark.django_db
@override_settings(PAGE_CACHE_SECONDS=300)
def test_a_page_saved_offline_by_a_script_is_hidden_at_once(client, cache_backend, story, news_index, home_page):
    warm_up(client, story, news_index, home_page)
    story.live = False
    story.save()  # no unpublish signal, but a post_save
    assert reader_sees(client, story, news_index, home_page) == NOWHERE


@pytest.mark.django_db
@override_settings(PAGE_CACHE_SECONDS=300)
def test_evicting_the_generation_never_revives_what_was_cached_before(
    client, cache_backend, story, news_index, home_page
):
    warm_up(client, story, news_index, home_page)  # cached while public
    restrict(story)
    assert reader_sees(client, story, news_index, home_page) == NOWHERE
    cache_backend.evict(GENERATION_KEY)  # Redis ran out of memory and dropped it
    assert reader_sees(client, story, news_index, home_page) == NOWHERE


@pytest.mark.django_db
@override_settings(PAGE_CACHE_SECONDS=300)
def test_after_a_flush_pages_are_right_and_cached_again(client, cache_backend, story, news_index, home_page):
    warm_up(client, story, news_index, home_page)
    restrict_without_signal(story)
    cache_backend.flush()
    assert reader_sees(client, story, news_index, home_page) == NOWHERE
    assert client.get(news_index.url)[HIT_HEADER] == "hit"
    PageViewRestriction.objects.filter(page=story).delete()  # signalled: the story is back at once
    assert reader_sees(client, story, news_index, home_page) == EVERYWHERE


# Changes no signal announced: within one page-cache lifetime ----------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "change",
    [restrict_without_signal, unpublish_without_signal, lambda story: unpublish_without_signal(story.get_parent())],
    ids=["bulk-created-restriction", "update-live-false", "news-index-update-live-false"],
)
def test_an_unsignalled_change_shows_within_one_page_cache_lifetime(
    short_page_cache, client, cache_backend, story, news_index, home_page, change
):
    assert reader_sees(client, story, news_index, home_page) == EVERYWHERE
    change(story)
    time.sleep(LIFETIME + 0.2)
    assert reader_sees(client, story, news_index, home_page) == NOWHERE


@pytest.mark.django_db
def test_a_page_rendered_after_the_change_from_older_cached_lists_is_not_kept_longer(
    client, cache_backend, story, news_index, home_page
):
    """The visibility lists were cached before the change; a page rendered from them later must not outlive the
    change by more than one lifetime (the generation dies with the lists, however fresh the page)."""
    lifetime = 4  # room for a slow machine between the requests below
    with override_settings(PAGE_CACHE_SECONDS=lifetime):
        invalidate_page_cache()  # a generation that lives `lifetime` from now
        assert listed(client, home_page.url)  # caches the restricted paths
        changed_at = time.monotonic()
        restrict_without_signal(story)
        time.sleep(lifetime / 4)
        assert listed(client, news_index.url)  # rendered now, from the lists cached before the change
        time.sleep(max(0, changed_at + lifetime + 0.2 - time.monotonic()))
        assert not listed(client, news_index.url)


@pytest.mark.django_db
def test_a_signal_lost_while_redis_was_unreachable_is_made_good_within_one_lifetime(
    short_page_cache, client, own_redis, story, news_index, home_page
):
    assert reader_sees(client, story, news_index, home_page) == EVERYWHERE
    with override_settings(CACHES={"default": dead_redis_config()}):  # the editor's process cannot reach Redis
        restrict(story)
    time.sleep(LIFETIME + 0.2)
    assert reader_sees(client, story, news_index, home_page) == NOWHERE


# Redis unreachable: pages render, from the database -------------------------------------------------------


@pytest.mark.django_db
@override_settings(PAGE_CACHE_SECONDS=300)
def test_with_redis_on_a_dead_port_pages_render_and_changes_show_at_once(client, story, news_index, home_page):
    with override_settings(CACHES={"default": dead_redis_config()}):
        assert reader_sees(client, story, news_index, home_page) == EVERYWHERE
        restrict_without_signal(story)
        assert reader_sees(client, story, news_index, home_page) == NOWHERE


@pytest.mark.django_db
@override_settings(PAGE_CACHE_SECONDS=300)
def test_when_our_redis_server_stops_pages_render_and_changes_show_at_once(
    client, own_redis, story, news_index, home_page
):
    warm_up(client, story, news_index, home_page)
    own_redis.stop()
    restrict_without_signal(story)
    assert reader_sees(client, story, news_index, home_page) == NOWHERE


# Pages below a page that is not live ----------------------------------------------------------------------


@pytest.mark.django_db
@override_settings(PAGE_CACHE_SECONDS=300)
def test_a_story_below_an_unpublished_news_index_is_gone_everywhere(client, story, news_index, home_page):
    warm_up(client, story, news_index, home_page)
    news_index.unpublish()  # Wagtail leaves the stories below live
    assert is_served(client, story) is False
    assert client.get(story.url).status_code == 404
    assert TITLE not in client.get(home_page.url).content.decode()
    assert TITLE not in client.get("/sitemap.xml").content.decode()
    assert TITLE not in client.get("/en/search/", {"q": "clinic valley"}).content.decode()
    assert client.get(news_index.url + "feed/rss/").status_code == 404


@pytest.mark.django_db
def test_a_section_below_an_unpublished_section_index_is_a_404_and_unlisted(client, home_page, section_index):
    section = factories.SectionPageFactory(parent=section_index, title="Clean water", slug="clean-water")
    factories.StandardPageFactory(parent=home_page, title="Who we are", slug="who-we-are")
    assert client.get(section.url).status_code == 200
    section_index.unpublish()
    assert client.get(section.url).status_code == 404
    assert "Clean water" not in client.get("/en/who-we-are/").content.decode()  # menus and footers
    assert "clean-water" not in client.get("/sitemap.xml").content.decode()


# Counters --------------------------------------------------------------------------------------------------


@pytest.mark.django_db  # invalidation renews the generation again on commit
def test_every_invalidation_starts_a_generation_never_seen_before(cache_backend):
    seen = [current_generation()]
    for _change in range(3):
        invalidate_page_cache()
        assert current_generation() not in seen
        seen.append(current_generation())
    cache_backend.evict(GENERATION_KEY)
    assert current_generation() not in seen
    seen.append(current_generation())
    cache_backend.flush()
    assert current_generation() not in seen


@override_settings(PAGE_CACHE_SECONDS=LIFETIME)
def test_a_generation_lives_at_most_one_page_cache_lifetime(cache_backend):
    first = current_generation()
    assert current_generation() == first
    time.sleep(LIFETIME + 0.2)
    assert current_generation() != first


@pytest.mark.django_db  # invalidation renews the generation again on commit
def test_with_redis_down_nothing_cached_is_read_and_nothing_raises():
    computed = []
    with override_settings(CACHES={"default": dead_redis_config()}):
        assert current_generation() != current_generation()
        invalidate_page_cache()
        for _call in range(2):
            cached_for_generation("menu", lambda: computed.append(1) or "menu")
    assert len(computed) == 2


@override_settings(PAGE_PASSWORD_FAILURE_LIMIT=5, PAGE_PASSWORD_FAILURE_WINDOW=60)
def test_rate_limit_counts_and_starts_again_after_eviction(cache_backend):
    for _attempt in range(3):
        PAGE_PASSWORD_FAILURES.hit("user:ana")
    assert PAGE_PASSWORD_FAILURES.count("user:ana") == 3
    cache_backend.evict(PAGE_PASSWORD_FAILURES._key("user:ana"))
    assert PAGE_PASSWORD_FAILURES.count("user:ana") == 0
    PAGE_PASSWORD_FAILURES.hit("user:ana")
    assert PAGE_PASSWORD_FAILURES.count("user:ana") == 1


@override_settings(PAGE_PASSWORD_FAILURE_LIMIT=5, PAGE_PASSWORD_FAILURE_WINDOW=60)
def test_rate_limit_evicted_between_add_and_incr_still_counts_the_hit(cache_backend, monkeypatch):
    PAGE_PASSWORD_FAILURES.hit("user:ana")
    backend = caches["default"]
    real_add = backend.add

    def add_then_lose_the_key(key, *args, **kwargs):
        added = real_add(key, *args, **kwargs)
        cache_backend.evict(key)  # evicted (or expired) just before incr
        return added

    monkeypatch.setattr(backend, "add", add_then_lose_the_key)
    PAGE_PASSWORD_FAILURES.hit("user:ana")
    assert PAGE_PASSWORD_FAILURES.count("user:ana") == 1


@override_settings(PAGE_PASSWORD_FAILURE_LIMIT=5, PAGE_PASSWORD_FAILURE_WINDOW=60)
def test_rate_limit_with_redis_down_counts_nothing_and_raises_nothing():
    with override_settings(CACHES={"default": dead_redis_config()}):
        for _attempt in range(6):
            PAGE_PASSWORD_FAILURES.hit("user:ana")
        assert PAGE_PASSWORD_FAILURES.count("user:ana") == 0
        assert not PAGE_PASSWORD_FAILURES.exceeded("user:ana")
