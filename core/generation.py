"""The content generation: a token that every change to public content replaces, and that expires on its own.

Cached pages and cached derived values (site shell, visibility lists) are stored under the generation they were
computed in; a new generation makes all of them stale at once. Two rules keep a stale cache from ever widening
what readers see (docs/caching.md):

- A generation lives at most `generation_lifetime()` seconds (never longer than the page cache), so a change that
  no signal announced (a bulk update, a Redis outage while the signal fired) shows within that time.
- A new generation is a random value never used before: a generation lost to eviction, a flush or a restart can
  never revive entries stored under an older one (a counter that restarts at 1 would).
"""

import secrets
import time

from asgiref.local import Local
from django.conf import settings
from django.core.cache import cache
from django.db import transaction

GENERATION_KEY = "page-cache:generation"

# Within one request the generation is read once: a page asks for a dozen derived values, and each read would be a
# round trip to Redis. A change made by this very request (an editor publishing) replaces it at once.
_request = Local()
# Derived values, kept in this process for the generation they belong to. A value computed under a generation never
# changes while that generation is current, so the copy here is exactly the shared cache's, without its round trip
# and unpickling; a new generation (from any process) drops them all. Values are shared: callers never mutate them.
# One (generation, values) pair, replaced whole and read whole, so that a thread of another generation (threaded
# servers) can never hand this one a dict of its own generation's values.
_process_values = {"current": (None, {})}


def generation_lifetime():
    """Seconds a generation lives: the page cache's lifetime when it is on, else CACHE_GENERATION_SECONDS."""
    lifetimes = [seconds for seconds in (settings.PAGE_CACHE_SECONDS, settings.CACHE_GENERATION_SECONDS) if seconds]
    return min(lifetimes) if lifetimes else 1


def _new_generation():
    return secrets.token_hex(8)


def current_generation():
    """The live generation; starts a fresh one when there is none (first use, expiry, eviction, flush).

    With the cache unreachable every call returns a fresh value, so nothing cached can be read. Inside a request
    (GenerationPerRequestMiddleware) the first answer holds until the request ends or the request itself starts a new
    generation.
    """
    memo = getattr(_request, "memo", None)
    if memo is not None:
        if "generation" not in memo:
            memo["generation"] = _read_generation()
        return memo["generation"]
    return _read_generation()


def _read_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        fresh = _new_generation()
        if cache.add(GENERATION_KEY, fresh, timeout=generation_lifetime()):
            return fresh
        generation = cache.get(GENERATION_KEY) or fresh  # another process started one first (or the cache is down)
    return generation


def _start_new_generation():
    fresh = _new_generation()
    cache.set(GENERATION_KEY, fresh, timeout=generation_lifetime())
    memo = getattr(_request, "memo", None)
    if memo is not None:
        memo["generation"] = fresh


def invalidate_page_cache(**kwargs):
    """Signal receiver: any change to public content makes every cached page and value stale.

    Once now, and once more when the transaction commits: a reader who picked up the new generation while the
    change was still uncommitted may have cached the old content under it.
    """
    _start_new_generation()
    transaction.on_commit(_start_new_generation)


def cached_for_generation(name, compute, timeout=None):
    """Compute a value once per content generation: it stays valid until something public changes.

    The site shell (menu, settings, partners, filter choices) is the same on every page, so this spares each
    page its queries; any publish starts a new generation and the next request recomputes it. No entry outlives
    its generation's lifetime, whatever `timeout` asks for.
    """
    lifetime = min(timeout or generation_lifetime(), generation_lifetime())
    generation = current_generation()
    kept_generation, values = _process_values["current"]
    if kept_generation != generation:  # a new generation: nothing kept here is current any more
        values = {}
        _process_values["current"] = (generation, values)
    kept = values.get(name)
    if kept is not None and kept[0] > time.monotonic():
        return kept[1]
    key = f"shell:{generation}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, lifetime)
    values[name] = (time.monotonic() + lifetime, value)  # into this generation's dict, even if replaced since
    return value


class GenerationPerRequestMiddleware:
    """Reads the content generation at most once per request (see `current_generation`)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _request.memo = {}
        try:
            return self.get_response(request)
        finally:
            _request.memo = None
