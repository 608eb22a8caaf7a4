"""Whole-page cache for anonymous readers, emptied whenever anything public changes.

Every cached page is stored under a "generation" number; publishing, unpublishing, moving or deleting a page,
or saving a snippet, bumps the generation, so the next request renders afresh. One cache read per hit.
Editors (any request with a session or CSRF cookie), non-GET requests, query strings beyond the public
filters and responses that set cookies or vary on them are never cached.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_response_headers

from core.generation import current_generation

PRIVATE_COOKIES = ("sessionid", "csrftoken")
HIT_HEADER = "X-Page-Cache"


def _cache_key(request, generation):
    digest = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    return f"page-cache:{generation}:{digest}"


def _is_cacheable_request(request):
    if request.method not in ("GET", "HEAD"):
        return False
    if any(name in request.COOKIES for name in PRIVATE_COOKIES):
        return False
    return not request.path.startswith(("/admin/", "/documents/", "/media/", "/static/"))


def _is_cacheable_response(request, response):
    if response.status_code != 200 or response.cookies or response.streaming:
        return False
    # A form's CSRF token or a touched session belongs to one visitor; the outer middleware adds the cookie later.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or getattr(getattr(request, "session", None), "modified", False):
        return False
    if "cookie" in response.get("Vary", "").lower():
        return False
    cache_control = response.get("Cache-Control", "")
    return "private" not in cache_control and "no-cache" not in cache_control


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = getattr(settings, "PAGE_CACHE_SECONDS", 0)

    def __call__(self, request):
        if not self.timeout or not _is_cacheable_request(request):
            return self.get_response(request)
        key = _cache_key(request, current_generation())
        cached = cache.get(key)
        if cached is not None:
            cached[HIT_HEADER] = "hit"
            return cached
        response = self.get_response(request)
        if _is_cacheable_response(request, response):
            if hasattr(response, "render") and callable(response.render):
                response.render()
            patch_response_headers(response, cache_timeout=60)
            cache.set(key, response, self.timeout)
            response[HIT_HEADER] = "miss"
        return response
