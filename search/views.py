"""The search page and the suggestions endpoint: live, public pages of the reader's language only."""

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from core.abuse import SEARCHES, client_ip, wait_message
from core.pagination import paginate
from core.visibility import active_locale
from news.listing import topic_choices

from .engine import default_language_locale, hidden_page_ids, pages_in_order, run_search, search_terms
from .filters import PAGE_TYPES, SearchFilters, clean_text
from .highlight import highlight
from .models import UnansweredQuery
from .suggestions import did_you_mean

RESULTS_PER_PAGE = 10
FEW_RESULTS = 3
SUGGESTIONS = 8
# Seconds a reader is asked to wait when the search backend is down.
RETRY_WHEN_UNAVAILABLE = 60


def _promotions(query, locale):
    if query is None:
        return []
    picks = query.editors_picks.filter(page__live=True, page__locale=locale).select_related("page")
    hidden = set(hidden_page_ids(locale))
    return [pick for pick in picks if pick.page_id not in hidden]


def _form_context(filters, locale, type_counts=None):
    return {
        "filters": filters,
        "query": filters.query,
        "search_query": filters.query,
        "page_types": [(key, label, (type_counts or {}).get(key, 0)) for key, (label, _model) in PAGE_TYPES.items()],
        "topic_choices": topic_choices(locale),
    }


def _refused(request, filters, locale):
    """Too many searches from this client: the form with the query kept, status 429, nothing searched."""
    context = {**_form_context(filters, locale), "refusal": wait_message(SEARCHES.window)}
    response = render(request, "search/search.html", context, status=429)
    response["Retry-After"] = str(SEARCHES.window)
    return response


def search(request):
    locale = active_locale()
    filters = SearchFilters.from_query(request.GET, locale)
    if filters.query:
        address = client_ip(request)
        if SEARCHES.exceeded(address):
            return _refused(request, filters, locale)
        SEARCHES.hit(address)
    outcome = run_search(filters, locale)
    results_page = paginate(request, outcome.result_ids, RESULTS_PER_PAGE) if outcome.total else None
    terms = search_terms(filters.query)
    if results_page:
        results_page.object_list = [
            (page, highlight(getattr(page, "summary", "") or page.search_description or "", terms))
            for page in pages_in_order(list(results_page.object_list))
        ]
    query = Query.get(filters.query) if filters.query else None  # editors' picks and popular queries
    promotions = _promotions(query, locale)
    if query and results_page and results_page.number == 1:
        query.add_hit()
    if filters.query and not outcome.total and not outcome.failed:
        UnansweredQuery.record(locale.language_code, filters.query)

    few_results = filters.query and not outcome.failed and outcome.total < FEW_RESULTS
    suggestion = did_you_mean(filters.query, locale) if few_results else None
    fallback = None
    default_locale = default_language_locale(locale)
    if few_results and default_locale:
        fallback = pages_in_order(run_search(filters, default_locale).result_ids[:5]) or None

    context = {
        **_form_context(filters, locale, outcome.type_counts),
        "outcome": outcome,
        "results_page": results_page,
        "promotions": promotions,
        "fallback_results": fallback,
        "suggestion": suggestion,
    }
    if outcome.unavailable:
        response = render(request, "search/search.html", context, status=503)
        response["Retry-After"] = str(RETRY_WHEN_UNAVAILABLE)
        return response
    return render(request, "search/search.html", context)


@cache_control(max_age=60, public=True)
def suggest(request):
    """JSON titles and URLs of pages whose titles start like the query, for the search box."""
    query = clean_text(request.GET.get("q", ""), 100)
    terms = search_terms(query)
    if not terms:
        return JsonResponse({"query": query, "results": []})
    locale = active_locale()
    pages = Page.objects.live().filter(locale=locale, depth__gt=1).exclude(id__in=hidden_page_ids(locale))
    try:
        matches = list(pages.autocomplete(" ".join(terms))[:SUGGESTIONS])
    except Exception:  # noqa: BLE001 - suggestions are an enhancement; never fail the box
        matches = []
    results = [{"title": page.title, "url": page.get_url(request)} for page in matches]
    return JsonResponse({"query": query, "results": results})
