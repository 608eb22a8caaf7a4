"""Runs a search: the right page types, only live and public pages of one language, filters, sort, facets."""

import re
from collections import Counter
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from core.generation import cached_for_generation
from core.visibility import restricted_q
from news.models import NewsPage

from .backends import backend_for_language
from .filters import PAGE_TYPES

MAX_RESULTS = 1000
WORD = re.compile(r"\w+", re.UNICODE)


def search_terms(query):
    """The words of a query, without the operators each backend reads differently (" : * ( ) ~ ^ - AND OR)."""
    return [word for word in WORD.findall(query) if word not in {"AND", "OR", "NOT"}][:12]


def restricted_page_ids():
    """Ids of pages behind a view restriction (usually few): search backends filter on ids, not on SQL."""
    condition = restricted_q()
    return list(Page.objects.filter(condition).values_list("id", flat=True)) if condition is not None else []


def unreadable_page_ids(locale):
    """Restricted pages and this language's aliases (another language's text): never search results."""

    def aliases():
        return list(Page.objects.filter(locale=locale, alias_of__isnull=False).values_list("id", flat=True))

    return restricted_page_ids() + cached_for_generation(f"alias-ids:{locale.pk}", aliases)


def _news_ids(filters, locale):
    stories = NewsPage.objects.visible(locale)
    if filters.region:
        stories = stories.in_region(filters.region)
    if filters.section:
        stories = stories.in_section(filters.section)
    if filters.date_from:
        stories = stories.filter(display_date__gte=filters.date_from)
    if filters.date_to:
        stories = stories.filter(display_date__lte=filters.date_to)
    return list(stories.values_list("id", flat=True))


def searchable_pages(filters, locale):
    """The queryset a search runs over: one language, live, not restricted, narrowed by the filters."""
    if filters.narrows_to_news:
        model = NewsPage
    elif filters.page_type:
        model = apps.get_model(PAGE_TYPES[filters.page_type][1])
    else:
        model = Page
    pages = model.objects.live().filter(locale=locale).exclude(id__in=unreadable_page_ids(locale))
    if filters.narrows_to_news:
        pages = pages.filter(id__in=_news_ids(filters, locale))
    if model is Page:
        pages = pages.exclude(depth__lte=1)
    return pages


@dataclass
class SearchOutcome:
    result_ids: list = field(default_factory=list)
    total: int = 0
    type_counts: dict = field(default_factory=dict)
    region_counts: list = field(default_factory=list)
    failed: bool = False


def _matching_ids(pages, terms, **options):
    backend = backend_for_language(get_language() or settings.LANGUAGE_CODE)
    results = pages.only("id").search(" ".join(terms), operator="and", backend=backend, **options)
    return [page.pk for page in results[:MAX_RESULTS]]


def _word_matches(term, words):
    """A word of the title matches a query term sharing its stem, roughly: "clinics" finds "clinic"."""
    stem = term[: max(4, len(term) - 2)]
    return any(word.startswith(stem) or (len(word) >= 4 and term.startswith(word)) for word in words)


def _title_matches_first(ids, terms):
    """Pages whose title holds every term first, keeping the backend's order within each tier. One cheap query
    on the matched ids instead of a second full-text pass over the title."""
    titles = dict(Page.objects.filter(pk__in=ids).values_list("pk", "title"))
    terms = [term.casefold() for term in terms]
    in_title = {
        pk for pk, title in titles.items() if all(_word_matches(t, WORD.findall(title.casefold())) for t in terms)
    }
    return [pk for pk in ids if pk in in_title] + [pk for pk in ids if pk not in in_title]


def run_search(filters, locale):
    """Ids of matching pages in display order (at most MAX_RESULTS), with facet counts.

    By relevance, title matches come first, then the backend's ranking of the rest: SQLite's full-text
    ranking has no per-field weights, so the title tier makes "title beats body" hold on every backend.
    """
    terms = search_terms(filters.query)
    if not terms:
        return SearchOutcome()
    pages = searchable_pages(filters, locale)
    try:
        if filters.sort == "relevance":
            ids = _title_matches_first(_matching_ids(pages, terms), terms)
        else:
            newest = "-display_date" if pages.model is NewsPage else "-first_published_at"
            ids = _matching_ids(pages.order_by(newest), terms, order_by_relevance=False)
    except DatabaseError:
        # A backend that chokes on some input (or is down) gets a friendly page, not a 500.
        return SearchOutcome(failed=True)
    type_counts, region_counts = facet_counts(ids, locale)
    return SearchOutcome(result_ids=ids, total=len(ids), type_counts=type_counts, region_counts=region_counts)


def pages_in_order(ids):
    """The specific pages for these ids, in the same order (two queries plus one per page type)."""
    by_id = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    return [by_id[pk] for pk in ids if pk in by_id]


def facet_counts(page_ids, locale):
    """How many matches per page type and per top-level region, for the “narrow down” lists."""
    from regions.models import RegionPage

    type_of_model = {apps.get_model(label): key for key, (_label, label) in PAGE_TYPES.items()}
    content_types = Page.objects.filter(id__in=page_ids).values_list("content_type__app_label", "content_type__model")
    type_counts = Counter()
    for app_label, model_name in content_types:
        key = type_of_model.get(apps.get_model(app_label, model_name))
        if key:
            type_counts[key] += 1
    through = NewsPage.regions.through.objects.filter(newspage_id__in=page_ids)
    tagged = through.values_list("newspage_id", "regionpage__path")
    top_regions = cached_for_generation(
        f"search-top-regions:{locale.pk}",
        lambda: {
            region.path: region
            for region in RegionPage.objects.visible(locale).filter(depth=4).only("title", "slug", "path")
        },
    )
    stories_per_region = {}
    for story_id, path in tagged:
        top = top_regions.get(path[:16])
        if top:
            stories_per_region.setdefault(top.slug, (top, set()))[1].add(story_id)
    region_counts = sorted(((region, len(ids)) for region, ids in stories_per_region.values()), key=lambda r: -r[1])
    return dict(type_counts), region_counts


def default_language_locale(locale):
    if locale.language_code == settings.LANGUAGE_CODE:
        return None
    return cached_for_generation(
        "default-locale", lambda: Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    )
