"""The sitemap: every language's live, public pages, each with hreflang alternates for its translations.

Wagtail's own sitemap lists the site root's descendants only, which leaves out the /tr/ and /ar/ trees (they hang
from the root's translations) and has no alternates. Aliases are left out: they show another language's text.

Pages are read as rows, not page objects, and their addresses are joined from each language's prefix: a page object
and a `reverse()` per URL cost 1 ms each, and a sitemap lists every page in every language. The XML is written
directly, as Django's sitemap template writes it: the template engine took three quarters of the time.
"""

from collections import defaultdict
from urllib.parse import quote
from xml.sax.saxutils import escape

from django.conf import settings
from django.contrib.sites.requests import RequestSite
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import F, Q
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import http_date
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from core.seo import absolute_url
from core.visibility import readable

ROW_FIELDS = ("translation_key", "url_path", "language_code", "last_published_at", "latest_revision_created_at")
# What Django's reverse() leaves unquoted in a path (django/urls/resolvers.py), so Arabic slugs read the same.
SAFE_IN_PATH = "!$&'()*+,;=/~:@"


class PageAddresses:
    """Public addresses of pages from their url_path and language, as Page.get_url_parts gives them: the first site
    root (in Wagtail's order) the path lies under, and the language's prefix from the URL configuration."""

    def __init__(self):
        self.roots = Site.get_site_root_paths()
        self.prefixes = {}

    def prefix(self, language_code):
        if language_code not in self.prefixes:
            with translation.override(language_code):
                self.prefixes[language_code] = reverse("wagtail_serve", args=("",))
        return self.prefixes[language_code]

    def __call__(self, url_path):
        for root in self.roots:
            if url_path.startswith(root.root_path):
                relative = quote(url_path[len(root.root_path) :], safe=SAFE_IN_PATH)
                return absolute_url(self.prefix(root.language_code) + relative)
        return None


class MultilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key, live=True).values_list("path", flat=True)
        in_any_tree = Q()
        for path in homes:
            in_any_tree |= Q(path__startswith=path)
        return rows(readable(Page.objects.filter(in_any_tree)).order_by("path"))

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        address = PageAddresses()
        translations = defaultdict(list)
        siblings = readable(Page.objects.filter(translation_key__in={p["translation_key"] for p in pages}))
        for sibling in rows(siblings.order_by("locale__language_code")):
            translations[sibling["translation_key"]].append(sibling)
        urls = []
        for item in pages:
            alternates = [
                {"lang_code": other["language_code"], "location": address(other["url_path"])}
                for other in translations[item["translation_key"]]
            ]
            default = next((a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), None)
            if len(alternates) > 1 and default:
                alternates.append({"lang_code": "x-default", "location": default["location"]})
            urls.append(
                {
                    "item": item,
                    "location": address(item["url_path"]),
                    "lastmod": item["last_published_at"] or item["latest_revision_created_at"],
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        dates = [url["lastmod"] for url in urls]
        if dates and None not in dates:
            self.latest_lastmod = max(dates)
        return urls


def rows(pages):
    return pages.annotate(language_code=F("locale__language_code")).values(*ROW_FIELDS)


def urlset(urls):
    """The sitemap document of Django's sitemap.xml template, written without the template engine."""
    quoted = {'"': "&quot;"}
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
    ]
    for url in urls:
        if url["location"] is None:  # outside every site: no address to list
            continue
        parts.append(f"<url><loc>{escape(url['location'])}</loc>")
        if url["lastmod"]:
            lastmod = timezone.localtime(url["lastmod"]) if timezone.is_aware(url["lastmod"]) else url["lastmod"]
            parts.append(f"<lastmod>{lastmod:%Y-%m-%d}</lastmod>")
        parts.extend(
            f'<xhtml:link rel="alternate" hreflang="{escape(alternate["lang_code"], quoted)}" '
            f'href="{escape(alternate["location"] or "", quoted)}"/>'
            for alternate in url["alternates"]
        )
        parts.append("</url>")
    parts.append("</urlset>\n")
    return "".join(parts)


def sitemap_view(request):
    """Django's sitemap view (`?p=` pages, 404 past the last, Last-Modified, X-Robots-Tag) with `urlset`."""
    sitemap = MultilingualSitemap(request)
    try:
        urls = sitemap.get_urls(page=request.GET.get("p", 1), site=RequestSite(request), protocol=request.scheme)
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404("No such sitemap page") from error
    response = HttpResponse(urlset(urls), content_type="application/xml")
    response["X-Robots-Tag"] = "noindex, noodp, noarchive"
    if getattr(sitemap, "latest_lastmod", None):
        response["Last-Modified"] = http_date(sitemap.latest_lastmod.timestamp())
    return response
