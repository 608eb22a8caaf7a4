"""Page queries shared by every app: visibility for readers without an extra query per call."""

from django.db.models import CharField, Exists, ExpressionWrapper, F, OuterRef
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet


def restricted_condition():
    """True for a page that has a view restriction on itself or any ancestor.

    Wagtail's `public()` fetches every restriction first (one query per call, several per page);
    this subquery does the same test inside the one query that lists the pages.
    """
    return Exists(
        PageViewRestriction.objects.annotate(
            candidate_path=ExpressionWrapper(OuterRef("path"), output_field=CharField())
        ).filter(candidate_path__startswith=F("page__path"))
    )


def without_restricted(pages):
    return pages.exclude(restricted_condition())


class SitePageQuerySet(PageQuerySet):
    def public(self):
        return without_restricted(self)

    def visible(self, locale):
        """Live, public pages in one language: the only ones a reader may see anywhere."""
        return self.live().public().filter(locale=locale)


SitePageManager = PageManager.from_queryset(SitePageQuerySet)
