"""Language switcher and hreflang alternates: the same page in each other language where a live translation exists."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page

from core.generation import cached_for_generation
from core.locales import locale_home
from core.seo import absolute_url
from core.visibility import without_restricted

register = template.Library()


@dataclass
class OutdatedTranslation:
    source_code: str
    source_language: str
    source_url: str
    translated_on: object  # datetime of the translation's last publication


@dataclass
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool = False
    is_translation: bool = False  # False: the link leads to the nearest translated page above this one instead
    fallback_title: str = ""  # that page's title in its language (the news listing, the home page...)


def _live_translations(page):
    """{language code: (url path, is alias, id, last published)} of the page's live translations, cached until
    the next publish."""

    def compute():
        pages = without_restricted(Page.objects.filter(translation_key=page.translation_key, live=True))
        return {
            p.locale.language_code: (p.url_path, p.alias_of_id is not None, p.pk, p.last_published_at)
            for p in pages.select_related("locale")
        }

    return cached_for_generation(f"translations:{page.translation_key}", compute)


def _translated_ancestors(page):
    """{language code: (id, title) of the deepest live, public translation of one of the page's ancestors}:
    where a reader of a language without this page is sent (a story's listing, else the home page)."""

    def compute():
        ancestors = dict(Page.objects.ancestor_of(page).filter(depth__gt=1).values_list("translation_key", "depth"))
        pages = without_restricted(Page.objects.filter(translation_key__in=ancestors, live=True))
        deepest = {}
        for found in pages.select_related("locale").only("id", "title", "translation_key", "locale"):
            code, depth = found.locale.language_code, ancestors[found.translation_key]
            if code not in deepest or depth > deepest[code][0]:
                deepest[code] = (depth, found.pk, found.title)
        return {code: (pk, title) for code, (_depth, pk, title) in deepest.items()}

    return cached_for_generation(f"translated-ancestors:{page.pk}", compute)


def _url_of(page_id, request):
    return Page.objects.get(pk=page_id).get_url(request)


def _homes(request):
    root = locale_home(request)
    if root is None:
        return {}

    def compute():
        pages = Page.objects.filter(translation_key=root.translation_key, live=True).select_related("locale")
        return {p.locale.language_code: p.pk for p in pages}

    return cached_for_generation(f"homes:{root.translation_key}", compute)


def _url_for(page_id, request):
    return cached_for_generation(f"url:{page_id}", lambda: _url_of(page_id, request))


@register.simple_tag(takes_context=True)
def language_links(context):
    """One LanguageLink per configured language that the site has (the current one included)."""
    request, page = context.get("request"), context.get("page")
    current = translation.get_language()
    translations = _live_translations(page) if isinstance(page, Page) and page.pk else {}
    homes = _homes(request)
    fallbacks = None
    links = []
    is_page = isinstance(page, Page) and page.pk
    for code, name in settings.LANGUAGES:
        same_view = translate_url(request.get_full_path(), code) if not is_page and request is not None else None
        if code != current and code in homes and same_view and same_view != request.get_full_path():
            # A view that every language has (search, sign-in): the same address in that language.
            links.append(LanguageLink(code, name, same_view, is_translation=True))
        elif code == current:
            links.append(LanguageLink(code, name, request.path if request else "", is_current=True))
        elif code in translations:
            links.append(LanguageLink(code, name, _url_for(translations[code][2], request), is_translation=True))
        elif code in homes:
            if fallbacks is None:
                fallbacks = _translated_ancestors(page) if is_page else {}
            page_id, title = fallbacks.get(code, (homes[code], ""))
            links.append(LanguageLink(code, name, _url_for(page_id, request), fallback_title=title))
    return links


@register.simple_tag(takes_context=True)
def hreflang_alternates(context):
    """(hreflang, absolute URL) for each live, real translation (never an alias), plus x-default."""
    request, page = context.get("request"), context.get("page")
    if not isinstance(page, Page) or not page.pk or request is None:
        return []
    alternates = [
        (code, absolute_url(_url_for(page_id, request)))
        for code, (_path, is_alias, page_id, _published) in sorted(_live_translations(page).items())
        if not is_alias
    ]
    default = dict(alternates).get(settings.LANGUAGE_CODE)
    if len(alternates) > 1 and default:
        alternates.append(("x-default", default))
    return alternates if len(alternates) > 1 else []


@register.simple_tag(takes_context=True)
def outdated_translation(context):
    """An OutdatedTranslation when this translated page was last published before its source page changed.

    Readers are told so in their own language, with a link to the newer source. None on source-language pages,
    on pages without a live source, and on translations published since the source's last change.
    """
    request, page = context.get("request"), context.get("page")
    if not isinstance(page, Page) or not page.pk or page.alias_of_id:
        return None
    source_language = settings.LANGUAGE_CODE
    translations = _live_translations(page)
    own, source = translations.get(translation.get_language()), translations.get(source_language)
    if own is None or source is None or own[2] == source[2] or not (own[3] and source[3]):
        return None
    if source[3] <= own[3]:
        return None
    return OutdatedTranslation(
        source_language,
        translation.get_language_info(source_language)["name_translated"],  # "İngilizce" in a Turkish sentence
        _url_for(source[2], request),
        own[3],
    )
