"""Which configured search backend analyses a language (configured in config/settings/search_backends.py)."""

from django.conf import settings


def backend_for_language(language_code):
    """The configured backend that analyses text in this language (the default one otherwise)."""
    return settings.SEARCH_BACKEND_BY_LANGUAGE.get(language_code, "default")
