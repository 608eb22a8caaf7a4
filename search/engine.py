"""Runs a search: the right page types, only live and public pages of one language, filters, sort, facets."""

import logging
from collections import Counter
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError
from django.utils.translation import get_language
from elastic_transport import TransportError
from elasticsearch import ApiError
from wagtail.models import Locale, Page

from core.generation import cached_for_generation
from core.search_text import WORD, normalise, stems
from core.visibility import readable
from news.models import NewsPage
from regions.models import RegionIndexPage, RegionPage

from .backends import backend_for_language
from .filters import PAGE_TYPES

MAX_RESULTS = 1000
# Elasticsearch unreachable, timing out or refusing (a missing index, a red cluster): search is unavailable.
BACKEND_UNAVAILABLE = (TransportError, ApiError)
logger = logging.getLogger(__name__)


def search_terms(query):
    """The words of a query, without the operators each backend reads differently (" : * ( ) ~ ^ - AND OR)."""
    return [word for word in WORD.findall(query) if word not in {"AND", "OR", "NOT"}][:12]


def hidden_page_ids(locale):
    """Live pages of this language that the shared readable() rule hides (behind a view restriction, or an alias).

    Search backends filter on indexed fields and ids, not on readable()'s SQL, so they exclude these ids. The list
    is short and kept per content generation, which every publish, unpublish and restriction change moves on.
    """

    def compute():
        live = Page.objects.live().filter(locale=locale)
        return list(live.exclude(pk__in=readable(live).values("pk")).values_list("pk", flat=True))

    return cached_for_generation(f"search-hidden-ids:{locale.pk}", compute)


def searchable_pages(filters, locale):
    """The queryset a search runs over: one language, readable, narrowed by the type or the topic filter."""
    if filters.narrows_to_news:
        # The topic filter narrows the readable stories in SQL; backends take the result as ids.
        stories = filters.topic.apply(NewsPage.objects.visible(locale))
        return NewsPage.objects.filter(id__in=list(stories.values_list("id", flat=True)))
    model = apps.get_model(PAGE_TYPES[filters.page_type][1]) if filters.page_type else Page
    pages = model.objects.live().filter(locale=locale).exclude(id__in=hidden_page_ids(locale))
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
    unavailable: bool = False  # the search backend is down: the page says so, with status 503


def query_stems(terms, language):
    """The query as the index holds pages (core/search_text.py): folded, normalised and stemmed in the language
    searched, so "volunteer" finds "volunteers", "iklim" finds "İklim" and "الاسر" finds "الأسر"."""
    return list(dict.fromkeys(stems(" ".join(terms), language)))


def _matching_ids(pages, query, **options):
    backend = backend_for_language(get_language() or settings.LANGUAGE_CODE)
    results = pages.only("id").search(" ".join(query), operator="and", backend=backend, **options)
    return [page.pk for page in results[:MAX_RESULTS]]


def _title_matches_first(ids, query, language):
    """Pages whose title holds every stem of the query first, keeping the backend's order within each tier. One
    cheap query on the matched ids instead of a second full-text pass over the title."""
    titles = dict(Page.objects.filter(pk__in=ids).values_list("pk", "title"))
    wanted = set(query)
    # Stemming is slow in Python: only titles that hold the start of every stem are stemmed.
    starts = [stem[:3] for stem in wanted]
    in_title = {
        pk
        for pk, title in titles.items()
        if all(start in normalise(title, language) for start in starts) and wanted <= set(stems(title, language))
    }
    return [pk for pk in ids if pk in in_title] + [pk for pk in ids if pk not in in_title]


def run_search(filters, locale):
    """Ids of matching pages in display order (at most MAX_RESULTS), with facet counts.

    By relevance, title matches come first, then the backend's ranking of the rest: SQLite's full-text
    ranking has no per-field weights, so the title tier makes "title beats body" hold on every backend.
    """
    query = query_stems(search_terms(filters.query), locale.language_code)
    if not query:
        return SearchOutcome()
    pages = searchable_pages(filters, locale)
    try:
        if filters.sort == "relevance":
            ids = _title_matches_first(_matching_ids(pages, query), query, locale.language_code)
        else:
            newest = "-display_date" if pages.model is NewsPage else "-first_published_at"
            ids = _matching_ids(pages.order_by(newest), query, order_by_relevance=False)
    except BACKEND_UNAVAILABLE:
        logger.warning("Search backend unavailable", exc_info=True)
        return SearchOutcome(failed=True, unavailable=True)
    except DatabaseError:
        # A backend that chokes on some input (or is down) gets a friendly page, not a 500.
        return SearchOutcome(failed=True)
    type_counts, region_counts = facet_counts(ids, locale)
    return SearchOutcome(result_ids=ids, total=len(ids), type_counts=type_counts, region_counts=region_counts)


def pages_in_order(ids):
    """The specific pages for these ids, in the same order (two queries plus one per page type)."""
    by_id = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    return [by_id[pk] for pk in ids if pk in by_id]


def top_regions(locale):
    """The readable regions directly under this language's region index, whatever the depth of the tree below."""

    def compute():
        index = RegionIndexPage.objects.visible(locale).order_by("path").first()
        if index is None:
            return []
        return list(RegionPage.objects.child_of(index).visible(locale).only("title", "slug", "path"))

    return cached_for_generation(f"search-top-regions:{locale.pk}", compute)


def facet_counts(page_ids, locale):
    """How many matches per page type and per top-level region (a story tagged with a region at any depth counts
    under the top region above it, once), for the “narrow down” lists."""
    type_of_model = {apps.get_model(label): key for key, (_label, label) in PAGE_TYPES.items()}
    content_types = Page.objects.filter(id__in=page_ids).values_list("content_type__app_label", "content_type__model")
    type_counts = Counter()
    for app_label, model_name in content_types:
        key = type_of_model.get(apps.get_model(app_label, model_name))
        if key:
            type_counts[key] += 1
    tops = top_regions(locale)
    tagged = NewsPage.regions.through.objects.filter(newspage_id__in=page_ids).values_list(
        "newspage_id", "regionpage__path"
    )
    stories_per_region = {}
    for story_id, path in tagged:
        top = next((region for region in tops if path.startswith(region.path)), None)
        if top:
            stories_per_region.setdefault(top.pk, (top, set()))[1].add(story_id)
    region_counts = sorted(((region, len(ids)) for region, ids in stories_per_region.values()), key=lambda r: -r[1])
    return dict(type_counts), region_counts


def default_language_locale(locale):
    if locale.language_code == settings.LANGUAGE_CODE:
        return None
    return cached_for_generation(
        "default-locale", lambda: Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    )
