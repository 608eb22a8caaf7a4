"""Pagination and the filter form's choices, shared by every list of stories."""

from django.core.paginator import Paginator

from regions.models import RegionPage
from sections.models import SectionPage

from .models import NewsPage

STORIES_PER_PAGE = 12


def requested_page_number(request):
    raw = request.GET.get("page", "1")
    return int(raw) if raw.isdecimal() and len(raw) < 7 else 1  # isdigit() passes "²", int() does not


def paginate_stories(request, stories, per_page=STORIES_PER_PAGE):
    """The requested page, or the last one when the number is past the end (never an error)."""
    paginator = Paginator(stories, per_page)
    return paginator.get_page(requested_page_number(request))


def filter_choices(locale):
    """Options for the listing's filter form: regions in tree order (countries indented), sections, years."""
    regions = RegionPage.objects.readable().filter(locale=locale).order_by("path").only("title", "slug", "depth")
    top_depth = min((region.depth for region in regions), default=0)
    return {
        "regions": [(region.slug, "— " * (region.depth - top_depth) + region.title) for region in regions],
        "sections": list(
            SectionPage.objects.readable().filter(locale=locale).order_by("path").values_list("slug", "title")
        ),
        "kinds": NewsPage.Kind.choices,
        "years": [date.year for date in NewsPage.objects.visible(locale).dates("display_date", "year", order="DESC")],
    }
