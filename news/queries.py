"""Named queries over news stories, shared by listings, region and section pages, related news, feeds and search."""

from core.visibility import SitePageQuerySet
from regions.models import RegionPage


class NewsPageQuerySet(SitePageQuerySet):
    def newest_first(self):
        return self.order_by("-display_date", "-first_published_at", "-pk")

    def for_cards(self, locale):
        """Visible stories with what a card shows, in a fixed number of queries whatever the page size."""
        return (
            self.visible(locale)
            .newest_first()
            .defer_streamfields()
            .select_related("image")
            .prefetch_related("image__renditions")
        )

    def in_region(self, region):
        """Stories tagged with this region or any region below it."""
        # The family's ids first (a handful of rows): joining page paths inside the subquery is far slower.
        family_ids = list(RegionPage.objects.filter(path__startswith=region.path).values_list("pk", flat=True))
        tagged = self.model.regions.through.objects.filter(regionpage_id__in=family_ids).values("newspage_id")
        return self.filter(pk__in=tagged)

    def in_section(self, section):
        return self.filter(sections=section)
