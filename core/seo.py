"""Absolute URLs for links that leave the page (canonical, Open Graph, JSON-LD, feeds, sitemap, robots.txt).

They come from one setting, PUBLIC_URL, never from the request's Host header, which a client chooses (a forged Host
would end up in cached pages and feeds), nor from the Wagtail Site's hostname, which the demo and tests set to
whatever the machine answers to.
"""

from urllib.parse import urlsplit

from django.conf import settings


def absolute_url(path):
    """PUBLIC_URL joined with a site-relative path; an address that is absolute already (e.g. an image served by
    a CDN) is returned as it is."""
    path = str(path or "/")
    if path.startswith("/") and not path.startswith("//"):  # the usual case, without parsing (sitemaps, feeds)
        return settings.PUBLIC_URL + path
    if urlsplit(path).scheme:
        return path
    return settings.PUBLIC_URL + ("" if path.startswith("/") else "/") + path


def page_absolute_url(page, request=None):
    """The page's public address under PUBLIC_URL, or None when it has no route (e.g. outside every site)."""
    parts = page.get_url_parts(request)
    if parts is None:
        return None
    return absolute_url(parts[2])
