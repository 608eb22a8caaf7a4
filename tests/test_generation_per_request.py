"""The content generation is read once per request, and derived values are kept in the process for exactly as long
as their generation is current (core/generation.py): a generation started by another process (the task worker, a
second web worker) is seen by the very next request."""

import pytest
from django.core.cache import cache
from wagtail.models import Page

from core import generation
from core.generation import GENERATION_KEY


@pytest.fixture
def menu_page(news_index):
    Page.objects.filter(pk=news_index.pk).update(show_in_menus=True)
    return news_index


def menu_of(client):
    response = client.get("/en/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_page_reads_the_generation_from_the_cache_once(client, menu_page, monkeypatch):
    reads = []
    real_get = cache.get
    monkeypatch.setattr(generation.cache, "get", lambda key, *a, **kw: reads.append(key) or real_get(key, *a, **kw))
    client.get("/en/")  # the first request stores the shell's values under the generation
    reads.clear()
    assert client.get("/en/news/").status_code == 200
    assert reads.count(GENERATION_KEY) == 1


def test_values_kept_in_the_process_follow_a_generation_started_elsewhere(client, menu_page):
    assert "News" in menu_of(client)
    Page.objects.filter(pk=menu_page.pk).update(title="Stories from the field")  # no signal: a script's update
    assert "Stories from the field" not in menu_of(client)  # the menu is the generation's, kept in this process
    cache.set(GENERATION_KEY, "started-by-the-task-worker")  # another process published something
    assert "Stories from the field" in menu_of(client)


def test_a_generation_this_request_starts_is_used_for_the_rest_of_it(rf, menu_page):
    seen = []

    def view(request):
        seen.append(generation.current_generation())
        generation.invalidate_page_cache()
        seen.append(generation.current_generation())
        return None

    generation.GenerationPerRequestMiddleware(view)(rf.get("/"))
    assert seen[0] != seen[1]
    assert seen[1] == cache.get(GENERATION_KEY)


def test_the_site_of_a_host_name_is_looked_up_again_once_sites_change(client, home_page):
    """The Site answering a host name is kept per generation (core/sites.py); deleting it is seen at once."""
    from wagtail.models import Site

    assert client.get("/en/").status_code == 200
    Site.objects.all().delete()
    assert client.get("/en/").status_code == 404
