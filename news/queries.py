"""Named queries over news stories, shared by listings, region and section pages, related news, feeds and search."""

from django.db.models import Prefetch

from core.renditions import CARD_RENDITIONS, renditions_for
from core.visibility import SitePageQuerySet
from regions.models import RegionPage
from sections.models import SectionPage

# What a story's topics show where they are listed (a reason line, feed categories): full page objects of every
# region and section would cost more than the story itself.
TOPIC_FIELDS = ("id", "title", "path")


class NewsPageQuerySet(SitePageQuerySet):
    def newest_first(self):
        return self.order_by("-display_date", "-first_published_at", "-pk")

    def for_cards(self, locale, renditions=CARD_RENDITIONS):
        """Visible stories with what a card shows, in a fixed number of queries whatever the page size; the
        renditions of their images are those of `renditions` (filter specs) only."""
        return (
            self.visible(locale)
            .newest_first()
            .defer_streamfields()
            .select_related("image")
            .prefetch_related(renditions_for("image__renditions", renditions))
        )

    def with_topics(self):
        """Regions and sections prefetched with their titles and paths only (two queries)."""
        return self.prefetch_related(
            Prefetch("regions", queryset=RegionPage.objects.only(*TOPIC_FIELDS)),
            Prefetch("sections", queryset=SectionPage.objects.only(*TOPIC_FIELDS)),
        )

    def in_region(self, region):
        """Stories tagged with this region or any region below it."""
        # The family's ids first (a handful of rows): joining page paths inside the subquery is far slower.
        family_ids = list(RegionPage.objects.filter(path__startswith=region.path).values_list("pk", flat=True))
        tagged = self.model.regions.through.objects.filter(regionpage_id__in=family_ids).values("newspage_id")
        return self.filter(pk__in=tagged)

    def in_section(self, section):
        return self.filter(sections=section)
