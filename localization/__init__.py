"""Translator-side tooling: the Translators group, permission guards around wagtail-localize, the overview."""
