"""The news filters (region, section, kind, year), parsed once from a query string.

Listing, feeds and related news' "View all" link all use this. Bad values never raise: each one is dropped
with a notice the listing shows ("No region called 'atlantis'; showing all regions").
"""

from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils.translation import gettext as _

from regions.models import RegionPage
from sections.models import SectionPage

from .kinds import StoryKind

MAX_SLUG_LENGTH = 100
FIRST_YEAR, LAST_YEAR = 1900, 2999


def _clean(raw):
    return raw.replace("\x00", "").strip()[:MAX_SLUG_LENGTH]


@dataclass
class NewsFilters:
    region: RegionPage | None = None
    section: SectionPage | None = None
    kind: str = ""
    year: int | None = None
    notices: list[str] = field(default_factory=list)

    @classmethod
    def from_query(cls, query: QueryDict, locale):
        """Read the filters of a request in the page's language; drop what does not exist, with a notice."""
        filters = cls()
        region_slug, section_slug = _clean(query.get("region", "")), _clean(query.get("section", ""))
        kind, year = _clean(query.get("kind", "")), _clean(query.get("year", ""))
        if region_slug:
            filters.region = RegionPage.objects.readable().filter(locale=locale, slug=region_slug).first()
            if filters.region is None:
                filters.notices.append(_("There is no region “%(slug)s”; showing all regions.") % {"slug": region_slug})
        if section_slug:
            filters.section = SectionPage.objects.readable().filter(locale=locale, slug=section_slug).first()
            if filters.section is None:
                filters.notices.append(
                    _("There is no programme area “%(slug)s”; showing all areas.") % {"slug": section_slug}
                )
        if kind:
            if kind in StoryKind.values:
                filters.kind = kind
            else:
                filters.notices.append(_("“%(kind)s” is not a kind of story; showing all kinds.") % {"kind": kind})
        if year:
            if year.isdecimal() and FIRST_YEAR <= int(year) <= LAST_YEAR:  # isdigit() passes "²", int() does not
                filters.year = int(year)
            else:
                filters.notices.append(_("“%(year)s” is not a year; showing all years.") % {"year": year})
        return filters

    @property
    def is_active(self):
        return bool(self.region or self.section or self.kind or self.year)

    def apply(self, stories):
        if self.region:
            stories = stories.in_region(self.region)
        if self.section:
            stories = stories.in_section(self.section)
        if self.kind:
            stories = stories.filter(kind=self.kind)
        if self.year:
            stories = stories.filter(display_date__year=self.year)
        return stories

    def as_query(self):
        """The query string that reproduces these filters (for shareable links and feeds)."""
        query = QueryDict(mutable=True)
        if self.region:
            query["region"] = self.region.slug
        if self.section:
            query["section"] = self.section.slug
        if self.kind:
            query["kind"] = self.kind
        if self.year:
            query["year"] = str(self.year)
        return query.urlencode()

    def description(self):
        """What is filtered, in words: “Albania · Healthcare · Press releases · 2025”."""
        parts = [page.title for page in (self.region, self.section) if page]
        if self.kind:
            parts.append(str(StoryKind(self.kind).label))
        if self.year:
            parts.append(str(self.year))
        return " · ".join(parts)
