"""The topic filter (region, section, kind, year, date range), parsed and validated once from a query string.

The listing, both feeds, related news' "View all" link and search all read their topic parameters through
`TopicFilter.from_query` and narrow stories with `TopicFilter.apply`. Bad values never raise: each one is dropped
with a notice the page shows ("There is no region “atlantis”; showing all regions").
"""

import datetime
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from regions.models import RegionPage
from sections.models import SectionPage

from .kinds import StoryKind

# The public parameters, in the order `as_query()` writes them: a page cache can key on exactly these.
TOPIC_PARAMETERS = ("region", "section", "kind", "year", "from", "to")
MAX_VALUE_LENGTH = 100
SHOWN_LENGTH = 40  # how much of a rejected value a notice repeats
FIRST_YEAR, LAST_YEAR = 1900, 2999
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)  # \d alone would accept "٢٠٢٥"; fromisoformat "20250101"


def clean_text(raw, limit=MAX_VALUE_LENGTH):
    """Drop NUL bytes and control characters (PostgreSQL rejects NUL), collapse spaces, cut to `limit`."""
    printable = "".join(char if char.isprintable() else " " for char in raw.replace("\x00", ""))
    return " ".join(printable.split())[:limit]


def _shown(value):
    return value if len(value) <= SHOWN_LENGTH else value[:SHOWN_LENGTH] + "…"


def _year(raw):
    if raw.isascii() and raw.isdecimal() and FIRST_YEAR <= int(raw) <= LAST_YEAR:
        return int(raw)
    return None


def _date(raw):
    if not ISO_DATE.fullmatch(raw):
        return None
    try:
        date = datetime.date.fromisoformat(raw)
    except ValueError:
        return None
    return date if FIRST_YEAR <= date.year <= LAST_YEAR else None


@dataclass
class TopicFilter:
    region: RegionPage | None = None  # includes every region below it
    section: SectionPage | None = None
    kind: str = ""
    year: int | None = None
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    notices: list[str] = field(default_factory=list, compare=False)

    @classmethod
    def from_query(cls, query, locale):
        """Read the topic parameters of a request (a QueryDict) for the pages of `locale` (a Locale or its id).

        Each parameter counts once: of `?region=a&region=b` the first is used, with a notice.
        """
        topic = cls()
        values = {name: topic._single_value(query, name) for name in TOPIC_PARAMETERS}
        if values["region"]:
            topic.region = RegionPage.objects.visible(locale).filter(slug=values["region"]).order_by("path").first()
            if topic.region is None:
                topic._notice(_("There is no region “%(slug)s”; showing all regions."), slug=values["region"])
        if values["section"]:
            topic.section = SectionPage.objects.visible(locale).filter(slug=values["section"]).order_by("path").first()
            if topic.section is None:
                topic._notice(_("There is no programme area “%(slug)s”; showing all areas."), slug=values["section"])
        if values["kind"] in StoryKind.values:
            topic.kind = values["kind"]
        elif values["kind"]:
            topic._notice(_("“%(kind)s” is not a kind of story; showing all kinds."), kind=values["kind"])
        if values["year"]:
            topic.year = _year(values["year"])
            if topic.year is None:
                topic._notice(_("“%(year)s” is not a year; showing all years."), year=values["year"])
        topic._read_dates(values["from"], values["to"])
        return topic

    def _single_value(self, query, name):
        values = [clean_text(value) for value in query.getlist(name)]
        values = [value for value in values if value]
        if len(set(values)) > 1:
            self._notice(_("Only one “%(name)s” at a time; using “%(value)s”."), name=name, value=values[0])
        return values[0] if values else ""

    def _read_dates(self, raw_from, raw_to):
        for raw, attribute in ((raw_from, "date_from"), (raw_to, "date_to")):
            if raw:
                setattr(self, attribute, _date(raw))
                if getattr(self, attribute) is None:
                    self._notice(_("“%(date)s” is not a date like 2025-03-31; it was ignored."), date=raw)
        if self.date_from and self.date_to and self.date_from > self.date_to:
            self.date_from, self.date_to = self.date_to, self.date_from
            self.notices.append(_("The dates were the wrong way round; they have been swapped."))

    def _notice(self, message, **values):
        self.notices.append(message % {name: _shown(value) for name, value in values.items()})

    @property
    def is_active(self):
        return bool(self.region or self.section or self.kind or self.year or self.date_from or self.date_to)

    def apply(self, stories):
        """Narrow a NewsPage queryset to the stories this filter selects."""
        if self.region:
            stories = stories.in_region(self.region)
        if self.section:
            stories = stories.in_section(self.section)
        if self.kind:
            stories = stories.filter(kind=self.kind)
        if self.year:
            stories = stories.filter(display_date__year=self.year)
        if self.date_from:
            stories = stories.filter(display_date__gte=self.date_from)
        if self.date_to:
            stories = stories.filter(display_date__lte=self.date_to)
        return stories

    def parameters(self):
        """The canonical (name, value) pairs, in TOPIC_PARAMETERS order, only those set."""
        values = {
            "region": self.region.slug if self.region else "",
            "section": self.section.slug if self.section else "",
            "kind": self.kind,
            "year": str(self.year) if self.year else "",
            "from": self.date_from.isoformat() if self.date_from else "",
            "to": self.date_to.isoformat() if self.date_to else "",
        }
        return [(name, values[name]) for name in TOPIC_PARAMETERS if values[name]]

    def as_query(self):
        """The canonical query string of this filter (for shareable links, feeds and cache keys)."""
        return urlencode(self.parameters())

    def description(self):
        """What is filtered, in words: “Albania · Healthcare · Press releases · 2025”."""
        parts = [page.title for page in (self.region, self.section) if page]
        if self.kind:
            parts.append(str(StoryKind(self.kind).label))
        if self.year:
            parts.append(str(self.year))
        if self.date_from or self.date_to:
            ends = [date_format(date, "DATE_FORMAT") if date else "…" for date in (self.date_from, self.date_to)]
            parts.append(" – ".join(ends))
        return " · ".join(parts)
