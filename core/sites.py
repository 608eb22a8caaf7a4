"""The Wagtail Site that answers a request, looked up once per content generation instead of once per request.

Wagtail finds it with a query on every request (`Site.find_for_request`); sites change a few times in a site's
life, and saving or deleting one starts a new generation (core/signals.py).
"""

from django.core.exceptions import DisallowedHost
from django.db import DatabaseError
from django.http.request import split_domain_port
from wagtail.models import Site

from core.generation import cached_for_generation


class KnownSiteMiddleware:
    """Sets Wagtail's per-request site (`request._wagtail_site`) from the generation's cache. Only for host names
    ALLOWED_HOSTS accepts, so a client cannot fill the cache with made-up ones."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            hostname = split_domain_port(request.get_host())[0]
        except DisallowedHost:
            return self.get_response(request)  # CommonMiddleware has answered it with a 400 already
        port = request.get_port()
        try:
            site = cached_for_generation(f"site:{hostname}:{port}", lambda: Site._find_for_request(request))
        except DatabaseError:  # robots.txt, static files and the 503 page need no database: leave it to Wagtail
            site = None
        if site is not None:
            request._wagtail_site = site
        return self.get_response(request)
