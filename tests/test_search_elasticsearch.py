"""The Elasticsearch backend: configuration, mappings and queries checked without a server; live tests need one.

Live tests run when ELASTICSEARCH_URL names a server (Elasticsearch 8 or 9) and are skipped otherwise.
"""

import os

import pytest
from django.test import override_settings
from wagtail.search.backends import get_search_backend

from config.settings.search_backends import backend_by_language, search_backends
from news.models import NewsPage
from search.backends import backend_for_language

ES_URL = "http://search.internal:9200"
BACKENDS = search_backends(ES_URL, "foundation", ["en", "tr", "ar"], "en")


def test_without_elasticsearch_url_the_database_backend_is_used():
    assert search_backends("", "foundation", ["en", "tr"], "en") == {
        "default": {"BACKEND": "wagtail.search.backends.database"}
    }


def test_each_language_gets_its_own_indexes_and_analyzer():
    assert set(BACKENDS) == {"default", "elasticsearch-tr", "elasticsearch-ar"}
    analyzers = {
        name: b["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"] for name, b in BACKENDS.items()
    }
    assert analyzers["default"] == {"type": "english"}
    assert analyzers["elasticsearch-tr"]["filter"][-1] == "turkish_stemmer"
    assert analyzers["elasticsearch-ar"]["filter"][-1] == "arabic_stemmer"
    assert BACKENDS["elasticsearch-tr"]["INDEX_PREFIX"] == "foundation-tr-"
    assert BACKENDS["default"]["URLS"] == [ES_URL]


def test_a_language_without_an_analyzer_falls_back_to_standard():
    backend = search_backends(ES_URL, "site", ["en", "sq"], "en")["elasticsearch-sq"]
    assert backend["INDEX_SETTINGS"]["settings"]["analysis"]["analyzer"]["default"]["type"] == "standard"


@override_settings(
    WAGTAILSEARCH_BACKENDS=BACKENDS, SEARCH_BACKEND_BY_LANGUAGE=backend_by_language(ES_URL, ["en", "tr", "ar"], "en")
)
def test_readers_language_picks_its_backend():
    assert backend_for_language("tr") == "elasticsearch-tr"
    assert backend_for_language("en") == "default"
    assert backend_for_language("fr") == "default"


@pytest.fixture
def es_backend():
    with override_settings(WAGTAILSEARCH_BACKENDS=BACKENDS):
        yield get_search_backend("elasticsearch-tr")


def test_turkish_analyzer_folds_dotted_and_dotless_i_before_stemming(es_backend):
    analysis = es_backend.settings["settings"]["analysis"]
    default = analysis["analyzer"]["default"]
    assert default["tokenizer"] == "standard"
    assert default["filter"].index("turkish_lowercase") < default["filter"].index("turkish_stemmer")
    assert analysis["filter"]["turkish_lowercase"] == {"type": "lowercase", "language": "turkish"}
    assert analysis["filter"]["turkish_stemmer"] == {"type": "stemmer", "language": "turkish"}
    assert "lowercase" not in default["filter"]  # the plain filter would turn I into i


def test_arabic_analyzer_normalises_letter_forms_and_marks_before_stemming():
    with override_settings(WAGTAILSEARCH_BACKENDS=BACKENDS):
        analysis = get_search_backend("elasticsearch-ar").settings["settings"]["analysis"]
    chain = analysis["analyzer"]["default"]["filter"]
    assert chain.index("arabic_normalization") < chain.index("arabic_stemmer")
    assert analysis["filter"]["arabic_stemmer"] == {"type": "stemmer", "language": "arabic"}
    assert "edgengram_analyzer" in analysis["analyzer"]  # Wagtail's own analyzers are kept beside ours


def test_news_mapping_indexes_the_language_stems(es_backend):
    mapping = es_backend.mapping_class(NewsPage).get_mapping()["properties"]
    assert mapping["core_basepage__search_stems"]["copy_to"] == "_all_text"


def test_backend_index_settings_carry_the_language_analyzer(es_backend):
    assert "edgengram_analyzer" in es_backend.settings["settings"]["analysis"]["analyzer"]
    assert es_backend.get_index_for_model(NewsPage).name.startswith("foundation-tr-")


def test_news_mapping_boosts_title_and_indexes_region_and_section_names(es_backend):
    mapping = es_backend.mapping_class(NewsPage).get_mapping()["properties"]
    assert "_all_text_boost_2_0" in mapping["title"]["copy_to"]
    assert "_all_text_boost_1_5" in mapping["news_newspage__summary"]["copy_to"]
    assert mapping["news_newspage__body"]["copy_to"] == "_all_text"
    for related in ("news_newspage__regions", "news_newspage__sections"):
        assert mapping[related] == {"type": "nested", "properties": {"title": {"type": "text", "copy_to": "_all_text"}}}
    assert any(key.endswith("display_date_filter") for key in mapping)


@pytest.mark.django_db
def test_query_is_built_with_and_operator_and_filters(es_backend):
    queryset = NewsPage.objects.live().filter(locale_id=1)
    compiler = es_backend.query_compiler_class(queryset, "glacier water", operator="and")
    query = compiler.get_query()
    text = str(query)
    assert "glacier water" in text
    assert "and" in text.lower()
    assert "live_filter" in text and "locale_id_filter" in text


live = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="no Elasticsearch here: set ELASTICSEARCH_URL=http://host:9200 to run the live search tests",
)


@live
@pytest.mark.elasticsearch
@pytest.mark.django_db
def test_live_elasticsearch_finds_a_published_story(make_story, albania, client, settings):
    from django.core.management import call_command

    settings.WAGTAILSEARCH_BACKENDS = search_backends(os.environ["ELASTICSEARCH_URL"], "test-foundation", ["en"], "en")
    make_story("Glacier water reaches the valley", regions=[albania])
    call_command("update_index", stdout=open(os.devnull, "w"))  # noqa: SIM115
    get_search_backend().get_index_for_model(NewsPage).refresh()
    html = client.get("/en/search/?q=glacier").content.decode()
    assert "Glacier water reaches the valley" in html
    assert "Glacier water reaches the valley" in client.get("/en/search/?q=albania").content.decode()
