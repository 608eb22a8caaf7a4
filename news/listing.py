"""Pagination and the filter form's choices, shared by every list of stories."""

from core.pagination import paginate
from regions.models import RegionPage
from sections.models import SectionPage

from .kinds import StoryKind

STORIES_PER_PAGE = 12


def paginate_stories(request, stories, per_page=STORIES_PER_PAGE):
    return paginate(request, stories, per_page)


def filter_choices(locale, stories):
    """Options for the listing's filter form: regions in tree order (countries indented), sections, and the
    years that `stories` (the readable stories of this language) cover."""
    regions = RegionPage.objects.readable().filter(locale=locale).order_by("path").only("title", "slug", "depth")
    top_depth = min((region.depth for region in regions), default=0)
    return {
        "regions": [(region.slug, "— " * (region.depth - top_depth) + region.title) for region in regions],
        "sections": list(
            SectionPage.objects.readable().filter(locale=locale).order_by("path").values_list("slug", "title")
        ),
        "kinds": StoryKind.choices,
        "years": [date.year for date in stories.dates("display_date", "year", order="DESC")],
    }
