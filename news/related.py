"""Related news: editor picks first, then stories ranked by shared regions and sections, newest first on ties.

A region counts as shared when it is the same, above or below: a story about Albania relates to one about the
Balkans. Only live, public stories of the page's language, never the page itself. A fixed number of queries
whatever the number of stories: ids are ranked in the database, then one card query fetches them all.
"""

from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.http import QueryDict
from django.utils.translation import gettext as _

from .models import NewsPage

RELATED_LIMIT = 3


def _ancestor_paths(path, step=4):
    return [path[:end] for end in range(step, len(path), step)]


def region_family_filter(regions):
    """Stories tagged with any of these regions, a region above them or a region below them."""
    query = Q()
    for region in regions:
        query |= Q(regions__path__startswith=region.path) | Q(regions__path__in=_ancestor_paths(region.path))
    return query


def _ranked_automatic_ids(page, regions, section_ids, excluded_ids, limit):
    # An empty condition (no regions, or no sections) is left out: Django turns `__in=[]` inside an aggregate's
    # filter into an empty result for the whole query.
    matches, scores = Q(), {}
    if regions:
        region_match = region_family_filter(regions)
        matches |= region_match
        scores["shared_regions"] = Count("regions", filter=region_match, distinct=True)
    if section_ids:
        section_match = Q(sections__in=section_ids)
        matches |= section_match
        scores["shared_sections"] = Count("sections", filter=section_match, distinct=True)
    if not scores:
        return []
    ranked = (
        NewsPage.objects.visible(page.locale_id)
        .exclude(pk__in=[page.pk, *excluded_ids])
        .filter(matches)
        .annotate(**scores)
        .order_by(*[f"-{name}" for name in scores], "-display_date", "-pk")
    )
    return list(ranked.values_list("pk", flat=True)[:limit])


def _shared_topics(story, regions, section_ids):
    """Titles of the story's regions and sections that it shares with the page."""
    paths = [region.path for region in regions]
    shared = [
        region.title
        for region in story.regions.all()
        if any(region.path.startswith(path) or path.startswith(region.path) for path in paths)
    ]
    return shared + [section.title for section in story.sections.all() if section.pk in section_ids]


def related_stories(page, regions=None, sections=None, limit=RELATED_LIMIT):
    """Up to `limit` stories for `page`, each with a `related_reason` line saying why it is there.

    `regions` and `sections` are the page's own, when the caller has them already.
    """
    picked_ids = [pk for pk in page.related_story_picks.values_list("story_id", flat=True) if pk != page.pk]
    regions = list(page.regions.all().only("id", "path", "title")) if regions is None else regions
    sections = list(page.sections.all().only("id")) if sections is None else sections
    section_ids = {section.pk for section in sections}
    wanted = picked_ids + _ranked_automatic_ids(page, regions, section_ids, picked_ids, limit)
    if not wanted:
        return []
    rank = Case(*[When(pk=pk, then=Value(index)) for index, pk in enumerate(wanted)], output_field=IntegerField())
    cards = NewsPage.objects.for_cards(page.locale_id).prefetch_related("regions", "sections")
    stories = list(cards.filter(pk__in=wanted).order_by(rank)[:limit])
    for story in stories:
        topics = _shared_topics(story, regions, section_ids)
        if story.pk in picked_ids:
            story.related_reason = _("Chosen by our editors")
        else:
            story.related_reason = _("Also in %(topics)s") % {"topics": " · ".join(topics)} if topics else ""
    return stories


def view_all_query(regions, sections):
    """The listing filter matching what related news draws on: the page's first region, else its first section."""
    query = QueryDict(mutable=True)
    if regions:
        query["region"] = regions[0].slug
    elif sections:
        query["section"] = sections[0].slug
    return query.urlencode()
