"""Page queries shared by every app: visibility for readers without an extra query per call.

The rule: a reader may see a page that is live, not an alias, not behind a view restriction and not below a page
that is not live. The short lists of restricted and unpublished branches are cached per content generation
(core/generation.py), which bounds how long a change no signal announced can go unseen (docs/caching.md).
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from django.utils import translation
from wagtail.models import Locale, Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from core.generation import cached_for_generation


def restricted_paths():
    """Tree paths of pages with a view restriction (themselves and everything below them is private).

    Wagtail's `public()` queries the restrictions on every call (several times a page); the list is short and
    changes rarely, so it is kept per content generation, which a restriction's save or delete renews.
    """
    return cached_for_generation(
        "restricted-paths", lambda: sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))
    )


def unpublished_branch_paths():
    """Tree paths of pages that are not live but have children: everything below them is unreadable.

    Wagtail unpublishes a page without its descendants unless asked, so a story under an unpublished news index
    stays live; readers must not reach it. Short (drafts rarely have children) and kept like restricted_paths.
    """
    return cached_for_generation(
        "unpublished-branch-paths",
        lambda: sorted(Page.objects.filter(live=False, numchild__gt=0, depth__gt=1).values_list("path", flat=True)),
    )


def active_locale():
    """The Locale of the active language, kept per content generation (Locale.get_active() queries each time)."""
    return cached_for_generation(f"locale:{translation.get_language()}", Locale.get_active)


def alias_paths():
    """Tree paths of alias pages, kept per content generation like restricted_paths (an alias's restrictions are
    its source page's, so pages at or below an alias need Wagtail's full check)."""
    return cached_for_generation(
        "alias-paths", lambda: sorted(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True))
    )


def may_be_restricted(path):
    """False when no view restriction can apply to the page at this tree path: nothing above or at it is
    restricted or an alias. Answered from the per-generation lists, without a query."""
    return any(path.startswith(prefix) for prefix in (*restricted_paths(), *alias_paths()))


def is_below_unpublished(path):
    """True when a page above the one at this tree path is not live (answered without a query)."""
    return any(path.startswith(prefix) and path != prefix for prefix in unpublished_branch_paths())


def restricted_q():
    """Q matching live pages a reader may still not see: behind a view restriction or below a page that is not
    live. None when there are none (the usual case)."""
    paths = [*restricted_paths(), *unpublished_branch_paths()]
    return reduce(or_, (Q(path__startswith=path) for path in paths)) if paths else None


def without_restricted(pages):
    condition = restricted_q()
    return pages.exclude(condition) if condition is not None else pages


def readable(pages):
    """Live, public, not below an unpublished page and not an alias: an alias (made by wagtail-localize's locale
    sync) shows another language's text under this language's address, which readers should never be offered.
    Works on any page queryset."""
    return without_restricted(pages.live().filter(alias_of__isnull=True))


class SitePageQuerySet(PageQuerySet):
    def public(self):
        """Not behind a view restriction and not below a page that is not live."""
        return without_restricted(self)

    def readable(self):
        return readable(self)

    def visible(self, locale):
        """Readable pages in one language: the only ones a reader may see anywhere."""
        return self.readable().filter(locale=locale)


SitePageManager = PageManager.from_queryset(SitePageQuerySet)
