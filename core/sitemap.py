"""The sitemap: every language's live, public pages, each with hreflang alternates for its translations.

Wagtail's own sitemap lists the site root's descendants only, which leaves out the /tr/ and /ar/ trees (they hang
from the root's translations) and has no alternates. Aliases are left out: they show another language's text.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.seo import page_absolute_url
from core.visibility import readable


class MultilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=root.translation_key, live=True).values_list("path", flat=True)
        in_any_tree = Q()
        for path in homes:
            in_any_tree |= Q(path__startswith=path)
        return readable(Page.objects.filter(in_any_tree)).order_by("path").select_related("locale")

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        translations = defaultdict(list)
        siblings = readable(Page.objects.filter(translation_key__in={p.translation_key for p in pages}))
        for sibling in siblings.select_related("locale").order_by("locale__language_code"):
            translations[sibling.translation_key].append(sibling)
        urls = []
        for item in pages:
            alternates = [
                {"lang_code": other.locale.language_code, "location": page_absolute_url(other, self.request)}
                for other in translations[item.translation_key]
            ]
            default = next((a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), None)
            if len(alternates) > 1 and default:
                alternates.append({"lang_code": "x-default", "location": default["location"]})
            urls.append(
                {
                    "item": item,
                    "location": page_absolute_url(item, self.request),
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        dates = [url["lastmod"] for url in urls]
        if dates and None not in dates:
            self.latest_lastmod = max(dates)
        return urls


def sitemap_view(request):
    from wagtail.contrib.sitemaps.views import sitemap

    return sitemap(request, sitemaps={"pages": MultilingualSitemap})
