"""The content generation: a counter that every change to public content moves on.

Cached pages and cached site-shell values are stored under the generation they were computed in; moving it on
makes all of them stale at once.
"""

from django.core.cache import cache

GENERATION_KEY = "page-cache:generation"


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = 1
        cache.add(GENERATION_KEY, generation, timeout=None)
    return generation


def invalidate_page_cache(**kwargs):
    """Signal receiver: any change to public content makes every cached page stale."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def cached_for_generation(name, compute, timeout=3600):
    """Compute a value once per content generation: it stays valid until something public changes.

    The site shell (menu, settings, partners, filter choices) is the same on every page, so this spares each
    page its queries; any publish bumps the generation and the next request recomputes it.
    """
    key = f"shell:{current_generation()}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value
