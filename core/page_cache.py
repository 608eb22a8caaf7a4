"""Whole-page cache for anonymous readers, and the Cache-Control every public answer carries.

A page is stored under the content generation (core/generation.py) and a key made of the scheme, host, path and
only the public filter parameters in canonical order; tracking parameters are dropped before the view sees them,
and any other parameter (a search query, say) means the page is rendered afresh. Nothing personal is stored:
requests with a session cookie, answers that set a cookie, carry a CSRF token or come from a preview. Keys,
lifetimes and headers are described in docs/caching.md.
"""

import hashlib
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.utils.http import urlencode

from core.generation import current_generation

HIT_HEADER = "X-Page-Cache"
# The filters of the public URL contract (design.md) that change what a cacheable page shows, in key order.
# Search's q, type, from, to and sort are not among them: search pages are never cached, so every query is logged.
FILTER_PARAMETERS = ("region", "section", "kind", "year", "page")
FILTER_VALUE = re.compile(r"[\w-]{0,100}\Z")
TRACKING_PARAMETERS = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid", "ref"})
UNCACHED_PREFIXES = ("/admin/", "/documents/", "/media/", "/static/")
BROWSER_SECONDS = 60  # a reader's own browser may reuse a page this long
STALE_SECONDS = 30  # a shared cache may serve a page this much past its lifetime while it fetches a fresh one
PERSONAL = "private, no-store"


def is_tracking(name):
    return name.startswith("utm_") or name in TRACKING_PARAMETERS


def canonical_query(query):
    """The filter parameters of a query string in canonical order, or None when it holds anything else (another
    parameter, a repeated filter, a value no slug or number has). Tracking parameters are left out."""
    for name in query:
        if name not in FILTER_PARAMETERS and not is_tracking(name):
            return None
    kept = []
    for name in FILTER_PARAMETERS:
        values = query.getlist(name)
        if len(values) > 1 or (values and not FILTER_VALUE.match(values[0])):
            return None
        if values:
            kept.append((name, values[0]))
    return urlencode(kept)


def _without_tracking(request, canonical):
    """Let the view see the URL without tracking parameters, so the page stored is the one every reader gets."""
    if request.META.get("QUERY_STRING", "") != canonical:
        request.META["QUERY_STRING"] = canonical
        request.GET = request.GET.copy()
        for name in [name for name in request.GET if is_tracking(name)]:
            del request.GET[name]
        request.GET._mutable = False


def _cache_key(request, canonical):
    url = f"{request.scheme}://{request.get_host()}{request.path}?{canonical}"
    return f"page-cache:{current_generation()}:{hashlib.sha256(url.encode()).hexdigest()}"


def _is_anonymous_read(request):
    if request.method not in ("GET", "HEAD"):
        return False
    return settings.SESSION_COOKIE_NAME not in request.COOKIES


def is_personal(request, response):
    """An answer meant for one visitor: a signed-in user's, a preview, a form with its CSRF token, a 429."""
    return bool(
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or response.cookies
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or getattr(getattr(request, "session", None), "modified", False)
        or getattr(request, "is_preview", False)
        or response.status_code == 429
        or "cookie" in response.get("Vary", "").lower()
    )


def _is_storable(response):
    if response.status_code != 200 or response.streaming:
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-cache", "no-store"))


def _public_cache_control(timeout):
    return (
        f"public, max-age={min(BROWSER_SECONDS, timeout)}, s-maxage={timeout}, stale-while-revalidate={STALE_SECONDS}"
    )


def _from_cache(entry):
    stored_at, response = entry
    response[HIT_HEADER] = "hit"
    # A shared cache in front counts the page's lifetime from when we stored it, not from when it fetched it.
    response["Age"] = str(max(0, int(time.time() - stored_at)))
    return response


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(UNCACHED_PREFIXES):
            # Wagtail's admin views send their own never-cache headers; the sign-in throttle answers before them.
            response = self.get_response(request)
            if response.status_code == 429:
                response["Cache-Control"] = PERSONAL
            return response
        timeout = settings.PAGE_CACHE_SECONDS
        canonical = canonical_query(request.GET) if timeout and _is_anonymous_read(request) else None
        key = None
        if canonical is not None:
            _without_tracking(request, canonical)
            key = _cache_key(request, canonical)
            entry = cache.get(key)
            if entry is not None:
                return _from_cache(entry)

        response = self.get_response(request)
        if is_personal(request, response):
            response["Cache-Control"] = PERSONAL
            response.headers.pop("Expires", None)
        elif key is not None and _is_storable(response):
            if hasattr(response, "render") and callable(response.render):
                response.render()
            response["Cache-Control"] = _public_cache_control(timeout)
            cache.set(key, (time.time(), response), timeout)
            response[HIT_HEADER] = "miss"
        elif timeout and "Cache-Control" not in response:
            # Rendered for this request only (a search, say): a shared cache in front must ask us again.
            response["Cache-Control"] = "no-cache"
        return response
