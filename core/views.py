"""Site-wide views that are not pages: robots.txt and the error pages."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control

from core.seo import absolute_url


@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


# Seconds a reader (or a crawler, or the HTTP cache in front) is asked to wait while the database is unreachable.
RETRY_WHEN_DATABASE_IS_DOWN = 30


def server_error(request):
    """A static page in the language of the address asked for: no context processors, no database, since the
    fault may come from either. The database being unreachable is an outage, not a bug: 503 with Retry-After."""
    language = translation.get_language_from_path(request.path_info) or translation.get_language()
    fault = sys.exc_info()[1]  # Django calls this handler while handling the exception
    with translation.override(language):
        if isinstance(fault, (OperationalError, InterfaceError)):
            response = HttpResponse(loader.get_template("503.html").render(), status=503)
            response["Retry-After"] = str(RETRY_WHEN_DATABASE_IS_DOWN)
            return response
        return HttpResponse(loader.get_template("500.html").render(), status=500)
