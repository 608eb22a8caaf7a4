"""The search page's parameters: its own (q, type, sort) parsed here, the topic ones (region, section, kind, year,
from, to) by the news app's TopicFilter. Bad values are dropped with a notice."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from news.filters import TopicFilter, clean_text

MAX_QUERY_LENGTH = 200
SORTS = ("relevance", "newest")
# What a reader can narrow results to, by `type=`: label and the models it covers.
PAGE_TYPES = {
    "news": (gettext_lazy("News"), "news.NewsPage"),
    "region": (gettext_lazy("Regions and countries"), "regions.RegionPage"),
    "section": (gettext_lazy("What we do"), "sections.SectionPage"),
    "page": (gettext_lazy("Other pages"), "home.StandardPage"),
}


@dataclass
class SearchFilters:
    query: str = ""
    page_type: str = ""
    sort: str = "relevance"
    topic: TopicFilter = field(default_factory=TopicFilter)
    notices: list[str] = field(default_factory=list)
    query_was_cut: bool = False

    @classmethod
    def from_query(cls, params, locale):
        filters = cls()
        raw_query = params.get("q", "")
        filters.query = clean_text(raw_query, MAX_QUERY_LENGTH)
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
        filters.topic = TopicFilter.from_query(params, locale)
        filters.notices += filters.topic.notices
        sort = clean_text(params.get("sort", ""), 20)
        filters.sort = sort if sort in SORTS else "relevance"
        return filters

    @property
    def is_active(self):
        """Anything narrows the results: the filters are shown unfolded."""
        return bool(self.page_type or self.topic.is_active or self.sort != "relevance")

    @property
    def narrows_to_news(self):
        """Topic filters only make sense for stories."""
        return self.topic.is_active
