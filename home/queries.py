"""Page queries shared by every app: visibility for readers without an extra query per call."""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from home.page_cache import cached_for_generation


def restricted_paths():
    """Tree paths of pages with a view restriction (themselves and everything below them is private).

    Wagtail's `public()` queries the restrictions on every call (several times a page); the list is short and
    changes rarely, so it is kept per content generation, which a restriction's save or delete bumps.
    """
    return cached_for_generation(
        "restricted-paths", lambda: sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))
    )


def restricted_q():
    """Q matching pages behind a view restriction, or None when nothing is restricted."""
    paths = restricted_paths()
    return reduce(or_, (Q(path__startswith=path) for path in paths)) if paths else None


def without_restricted(pages):
    condition = restricted_q()
    return pages.exclude(condition) if condition is not None else pages


class SitePageQuerySet(PageQuerySet):
    def public(self):
        return without_restricted(self)

    def readable(self):
        """Live, public and not an alias: an alias (made by wagtail-localize's locale sync) shows another
        language's text under this language's address, which readers should never be offered."""
        return self.live().public().filter(alias_of__isnull=True)

    def visible(self, locale):
        """Readable pages in one language: the only ones a reader may see anywhere."""
        return self.readable().filter(locale=locale)


SitePageManager = PageManager.from_queryset(SitePageQuerySet)
