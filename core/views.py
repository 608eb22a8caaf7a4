"""Site-wide views that are not pages: robots.txt, the error pages and uploaded files (core/private_files.py)."""

import sys

from django.core.files.storage import default_storage
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control

from core.private_files import file_response, get_document_model, may_read, publish_copy, upload_at, uses_of
from core.seo import absolute_url


@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        # Search pages say `noindex` themselves; a crawler blocked here could never read that (docs/performance.md).
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


def private_media(request, path):
    """Any stored upload, to a reader who may fetch it (the rule in core/private_files.py); 404 to everyone else,
    which says no more than a file that does not exist. Avatars are for people who use the admin."""
    upload = upload_at(path)
    if upload is None:
        if path.startswith("avatar_images/") and request.user.has_perm("wagtailadmin.access_admin"):
            return file_response(default_storage, path, public=False)
        raise Http404
    if isinstance(upload, get_document_model()):
        return redirect(upload.url)  # Wagtail's serve view: its headers, the same check in a hook
    if not may_read(request, upload):
        raise Http404
    return file_response(default_storage, path, public=False)


def public_media(request, path):
    """/media/: reached when the web server has no public copy of a rendition yet. A rendition of an image that is
    public now is copied there (the web server serves it from then on) and sent; anything else is a 404."""
    upload = upload_at(path) if path.startswith("images/") else None
    if upload is None or not uses_of(type(upload), [upload.pk])[upload.pk].public:
        raise Http404
    publish_copy(path)
    return file_response(default_storage, path, public=True)
