"""Pagination and the filter forms' choices, shared by every list of stories and by search."""

from core.generation import cached_for_generation
from core.pagination import paginate
from regions.models import RegionPage
from sections.models import SectionPage

from .kinds import StoryKind

STORIES_PER_PAGE = 12


def paginate_stories(request, stories, per_page=STORIES_PER_PAGE):
    return paginate(request, stories, per_page)


def topic_choices(locale):
    """Options for the region and section selects of the listing and of search, kept per content generation:
    regions in tree order (each level below the top indented), then sections. `locale` is a Locale or its id."""
    locale_id = getattr(locale, "pk", locale)

    def compute():
        regions = RegionPage.objects.visible(locale_id).order_by("path").only("title", "slug", "depth")
        top_depth = min((region.depth for region in regions), default=0)
        return {
            "regions": [(region.slug, "— " * (region.depth - top_depth) + region.title) for region in regions],
            "sections": list(SectionPage.objects.visible(locale_id).order_by("path").values_list("slug", "title")),
        }

    return cached_for_generation(f"topic-choices:{locale_id}", compute)


def filter_choices(locale, stories):
    """Options for the listing's filter form: the topic choices, kinds, and the years that `stories` (the
    readable stories of this language) cover."""
    return {
        **topic_choices(locale),
        "kinds": StoryKind.choices,
        "years": [date.year for date in stories.dates("display_date", "year", order="DESC")],
    }
