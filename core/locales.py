"""The reader's language and its home page, memoised per request and per content generation."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from wagtail.models import Page, Site

from core.generation import cached_for_generation


def memoised_on_request(request, name, compute):
    """Once per request (header and footer ask alike) and once per content generation across requests."""
    name = f"{name}:{active_language()}"
    if request is None:
        return cached_for_generation(name, compute)
    memo = request.__dict__.setdefault("_site_tags_cache", {})
    if name not in memo:
        memo[name] = cached_for_generation(name, compute)
    return memo[name]


def active_language():
    return translation.get_language() or settings.LANGUAGE_CODE


def locale_home(request):
    """The home page of the reader's language (the site root's translation), or the site root."""

    def compute():
        site = Site.find_for_request(request) if request else Site.objects.filter(is_default_site=True).first()
        if site is None:
            return None
        language = active_language()
        root = site.root_page
        home = (
            Page.objects.filter(translation_key=root.translation_key, locale__language_code=language, live=True)
            .only("id", "path", "depth", "url_path", "locale_id", "title", "translation_key")
            .first()
        )
        return home or root

    return memoised_on_request(request, "locale_home", compute)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 under a language-neutral prefix (the API: LANGUAGE_NEUTRAL_PATHS) stays a 404:
    Django would redirect it to /en/… because Wagtail's catch-all route makes every prefixed path look valid."""

    def process_response(self, request, response):
        if request.path_info.startswith(tuple(getattr(settings, "LANGUAGE_NEUTRAL_PATHS", ()))):
            return response
        return super().process_response(request, response)
