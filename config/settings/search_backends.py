"""Search backend configuration: Wagtail's database backend, or Elasticsearch 8/9 when ELASTICSEARCH_URL is set.

With Elasticsearch every language gets its own backend entry, hence its own indexes analysed by that
language's analyzer (English stemming for English, Turkish for Turkish, Arabic for Arabic). Wagtail writes
every page into every configured backend; the search view asks the backend of the reader's language
(SEARCH_BACKEND_BY_LANGUAGE). Settings only: no application code, so settings never import an app.
"""

DATABASE_BACKEND = {"BACKEND": "wagtail.search.backends.database"}
# Elasticsearch's built-in language analyzers; a language without one falls back to "standard".
LANGUAGE_ANALYZERS = {
    "ar": "arabic",
    "bg": "bulgarian",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fr": "french",
    "ru": "russian",
    "tr": "turkish",
}


# Turkish and Arabic get analyzers built from Elasticsearch's own filters (no ICU plugin needed) that fold and
# normalise as core/search_text.py does for the database backend: Turkish lower case (İ→i, I→ı), Arabic
# letter forms, harakat and tatweel.
CUSTOM_ANALYSIS = {
    "tr": {
        "filter": {
            "turkish_lowercase": {"type": "lowercase", "language": "turkish"},
            "turkish_stop": {"type": "stop", "stopwords": "_turkish_"},
            "turkish_stemmer": {"type": "stemmer", "language": "turkish"},
        },
        "analyzer": {
            "default": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["apostrophe", "turkish_lowercase", "turkish_stop", "turkish_stemmer"],
            }
        },
    },
    "ar": {
        "filter": {
            "arabic_stop": {"type": "stop", "stopwords": "_arabic_"},
            "arabic_stemmer": {"type": "stemmer", "language": "arabic"},
        },
        "analyzer": {
            "default": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", "decimal_digit", "arabic_stop", "arabic_normalization", "arabic_stemmer"],
            }
        },
    },
}


def index_analysis(language_code):
    """The index's "analysis" settings: a custom analyzer where one is defined, else the built-in one."""
    if language_code in CUSTOM_ANALYSIS:
        return CUSTOM_ANALYSIS[language_code]
    return {"analyzer": {"default": {"type": LANGUAGE_ANALYZERS.get(language_code, "standard")}}}


def backend_name(language_code, default_language):
    return "default" if language_code == default_language else f"elasticsearch-{language_code}"


def elasticsearch_backend(url, index_prefix, language_code, major_version=9, timeout=5):
    return {
        "BACKEND": f"wagtail.search.backends.elasticsearch{major_version}",
        "URLS": [url],
        "INDEX_PREFIX": f"{index_prefix}-{language_code}-",
        "TIMEOUT": timeout,
        "OPTIONS": {},
        "INDEX_SETTINGS": {"settings": {"analysis": index_analysis(language_code)}},
    }


def search_backends(elasticsearch_url, index_prefix, language_codes, default_language, major_version=9):
    """The WAGTAILSEARCH_BACKENDS setting for this configuration."""
    if not elasticsearch_url:
        return {"default": DATABASE_BACKEND}
    return {
        backend_name(code, default_language): elasticsearch_backend(
            elasticsearch_url, index_prefix, code, major_version
        )
        for code in language_codes
    }


def backend_by_language(elasticsearch_url, language_codes, default_language):
    """{language code: name of the backend that analyses it}; languages without one use "default"."""
    if not elasticsearch_url:
        return {}
    return {code: backend_name(code, default_language) for code in language_codes}
