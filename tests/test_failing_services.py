"""Services that fail (docs/security.md): Elasticsearch unreachable, the database unreachable, Redis down. The site
degrades, says so in the reader's language, and never answers 500 for an outage."""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

from config.settings.search_backends import backend_by_language, search_backends
from tests import factories
from tests.redis_server import dead_redis_config, free_port

ROOT = Path(__file__).resolve().parent.parent


# Elasticsearch ----------------------------------------------------------------------------------------------


@pytest.fixture
def dead_elasticsearch():
    """Every language's search backend pointing at a port where nothing listens."""
    url = f"http://127.0.0.1:{free_port()}"
    languages = ["en", "tr", "ar"]
    with override_settings(
        WAGTAILSEARCH_BACKENDS=search_backends(url, "dead", languages, "en"),
        SEARCH_BACKEND_BY_LANGUAGE=backend_by_language(url, languages, "en"),
        WAGTAILSEARCH_BACKENDS_AUTO_UPDATE=False,
    ):
        yield url


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "tr", "ar"])
def test_search_with_elasticsearch_unreachable_says_so_without_a_500(
    client, news_index, dead_elasticsearch, language, caplog
):
    response = client.get(f"/{language}/search/", {"q": "water"})
    assert response.status_code == 503 and response["Retry-After"] == "60"
    html = response.content.decode()
    assert f'lang="{language}"' in html and 'value="water"' in html  # the query is kept for a retry
    if language == "en":
        assert "Search is not available at the moment" in html
    else:
        assert "Search is not available at the moment" not in html  # translated
    assert "Search backend unavailable" in caplog.text


@pytest.mark.django_db
def test_the_rest_of_the_site_is_untouched_when_elasticsearch_is_unreachable(client, news_index, dead_elasticsearch):
    story = factories.NewsPageFactory(parent=news_index, title="Wells dug before the dry season")
    assert client.get(story.url).status_code == 200
    assert "Wells dug" in client.get(news_index.url).content.decode()
    assert client.get("/en/search/suggest/", {"q": "wel"}).status_code == 200


# The database -----------------------------------------------------------------------------------------------

# Runs in a process of its own whose DATABASE_URL names a port where no PostgreSQL listens.
ASK_WITHOUT_A_DATABASE = """
import json, django
django.setup()
from django.test import Client
answers = {}
for url in ("/en/", "/ar/", "/tr/news/", "/en/search/?q=water"):
    response = Client(raise_request_exception=False).get(url)
    answers[url] = [response.status_code, response.get("Retry-After"), response.content.decode()]
print(json.dumps(answers))
"""


def test_database_unreachable_gives_a_translated_503_page():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{free_port()}/nothing",
        "DATABASE_CONN_MAX_AGE": "0",
    }
    result = subprocess.run(
        [sys.executable, "-c", ASK_WITHOUT_A_DATABASE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    answers = json.loads(result.stdout.strip().splitlines()[-1])
    for url, (status, retry_after, html) in answers.items():
        assert (status, retry_after) == (503, "30"), url
        assert "We will be back shortly" in html or url in ("/ar/", "/tr/news/"), url
    assert 'lang="ar" dir="rtl"' in answers["/ar/"][2] and "We will be back shortly" not in answers["/ar/"][2]
    assert 'lang="tr"' in answers["/tr/news/"][2]


# Redis ------------------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_with_redis_down_pages_render_and_the_outage_is_logged_once(client, news_index, caplog):
    factories.NewsPageFactory(parent=news_index, title="Schools reopen in the north")
    for once_a_minute in logging.getLogger("core.cache_outage").filters:
        once_a_minute.forget()  # an outage another test of this process logged would hold this one back
    dead_redis = override_settings(CACHES={"default": dead_redis_config()}, PAGE_CACHE_SECONDS=300)
    with dead_redis, caplog.at_level(logging.WARNING):
        for _reader in range(3):
            response = client.get(news_index.url)
            assert response.status_code == 200 and "Schools reopen" in response.content.decode()
    outage_lines = [record for record in caplog.records if record.name == "core.cache_outage"]
    assert len(outage_lines) == 1
    assert outage_lines[0].levelname == "WARNING" and outage_lines[0].exc_info is None
    assert "ConnectionError" in outage_lines[0].getMessage()
