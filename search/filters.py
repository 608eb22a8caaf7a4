"""The search page's parameters, parsed and cleaned in one place. Bad values are dropped with a notice."""

import datetime
from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from regions.models import RegionPage
from sections.models import SectionPage

MAX_QUERY_LENGTH = 200
SORTS = ("relevance", "newest")
# What a reader can narrow results to, by `type=`: label and the models it covers.
PAGE_TYPES = {
    "news": (gettext_lazy("News"), "news.NewsPage"),
    "region": (gettext_lazy("Regions and countries"), "regions.RegionPage"),
    "section": (gettext_lazy("What we do"), "sections.SectionPage"),
    "page": (gettext_lazy("Other pages"), "home.StandardPage"),
}


def clean_text(raw, limit=MAX_QUERY_LENGTH):
    """Drop NUL bytes and control characters (PostgreSQL rejects NUL), collapse spaces, cut to `limit`."""
    printable = "".join(char if char.isprintable() else " " for char in raw.replace("\x00", ""))
    return " ".join(printable.split())[:limit]


def _parse_date(raw):
    try:
        return datetime.date.fromisoformat(raw)
    except ValueError:
        return None


@dataclass
class SearchFilters:
    query: str = ""
    page_type: str = ""
    region: RegionPage | None = None
    section: SectionPage | None = None
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    sort: str = "relevance"
    notices: list[str] = field(default_factory=list)
    query_was_cut: bool = False

    @classmethod
    def from_query(cls, params: QueryDict, locale):
        filters = cls()
        raw_query = params.get("q", "")
        filters.query = clean_text(raw_query)
        filters.query_was_cut = len(" ".join(raw_query.split())) > MAX_QUERY_LENGTH
        if filters.query_was_cut:
            filters.notices.append(
                _("Your search was shortened to its first %(n)s characters.") % {"n": MAX_QUERY_LENGTH}
            )
        page_type = clean_text(params.get("type", ""), 40)
        if page_type in PAGE_TYPES:
            filters.page_type = page_type
        elif page_type:
            filters.notices.append(_("“%(type)s” is not a kind of page; searching all pages.") % {"type": page_type})
        region_slug, section_slug = (
            clean_text(params.get("region", ""), 100),
            clean_text(params.get("section", ""), 100),
        )
        if region_slug:
            filters.region = RegionPage.objects.visible(locale).filter(slug=region_slug).first()
            if not filters.region:
                filters.notices.append(_("There is no region “%(slug)s”; showing all regions.") % {"slug": region_slug})
        if section_slug:
            filters.section = SectionPage.objects.visible(locale).filter(slug=section_slug).first()
            if not filters.section:
                filters.notices.append(
                    _("There is no programme area “%(slug)s”; showing all areas.") % {"slug": section_slug}
                )
        filters._read_dates(clean_text(params.get("from", ""), 20), clean_text(params.get("to", ""), 20))
        sort = clean_text(params.get("sort", ""), 20)
        filters.sort = sort if sort in SORTS else "relevance"
        return filters

    def _read_dates(self, raw_from, raw_to):
        for raw, attribute in ((raw_from, "date_from"), (raw_to, "date_to")):
            if raw:
                date = _parse_date(raw)
                if date is None:
                    self.notices.append(_("“%(date)s” is not a date like 2025-03-31; it was ignored.") % {"date": raw})
                setattr(self, attribute, date)
        if self.date_from and self.date_to and self.date_from > self.date_to:
            self.date_from, self.date_to = self.date_to, self.date_from
            self.notices.append(_("The dates were the wrong way round; they have been swapped."))

    @property
    def narrows_to_news(self):
        """Region, section and date filters only make sense for stories."""
        return bool(self.region or self.section or self.date_from or self.date_to)
