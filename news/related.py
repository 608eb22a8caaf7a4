"""Related news: editor picks first, then stories ranked by shared regions and sections, newest first on ties.

A story without regions or sections still gets related news: the newest stories of its own kind, then the
newest of any kind, and its "View all" link is the listing of that kind (or the plain listing) to match.

A region counts as shared when it is the same, above or below: a story about Albania relates to one about the
Balkans. Only live, public stories of the page's language, never the page itself. A fixed number of queries
whatever the number of stories: ids are ranked in the database, then one card query fetches them all.
"""

from django.db.models import Case, Count, IntegerField, Q, Subquery, Value, When
from django.utils.translation import gettext as _

from core.generation import cached_for_generation
from regions.models import RegionPage

from .filters import TopicFilter

RELATED_LIMIT = 3
CANDIDATES = 300


def region_family_ids(regions, locale_id):
    """Ids of these regions and every region above or below them (Albania → Albania, Balkans, and Balkans →
    all its countries). The region tree is small and read from the per-generation cache: no query."""

    def compute():
        return list(RegionPage.objects.filter(locale_id=locale_id).values_list("pk", "path"))

    tree = cached_for_generation(f"region-tree:{locale_id}", compute)
    paths = [region.path for region in regions]
    return [pk for pk, path in tree if any(path.startswith(own) or own.startswith(path) for own in paths)]


def _ranked_automatic_ids(page, regions, section_ids, excluded_ids, limit):
    """Rank the newest CANDIDATES stories sharing a region family or a section: most shared topics first.

    Limiting the candidates keeps the cost flat at any archive size; a story older than the newest few hundred
    that share a topic is rarely the best "related" read anyway.
    """
    stories = page._meta.model  # the story model; taken from the page, as news/models.py imports this module
    matches, scores = Q(), {}
    if regions:
        family_ids = region_family_ids(regions, page.locale_id)
        tagged = stories.regions.through.objects.filter(regionpage_id__in=family_ids).values("newspage_id")
        matches |= Q(pk__in=tagged)
        scores["shared_regions"] = Count("regions", filter=Q(regions__in=family_ids), distinct=True)
    if section_ids:
        tagged = stories.sections.through.objects.filter(sectionpage_id__in=section_ids).values("newspage_id")
        matches |= Q(pk__in=tagged)
        scores["shared_sections"] = Count("sections", filter=Q(sections__in=section_ids), distinct=True)
    if not scores:
        return []
    candidates = (
        stories.objects.visible(page.locale_id)
        .exclude(pk__in=[page.pk, *excluded_ids])
        .filter(matches)
        .order_by("-display_date", "-pk")
        .values("pk")[:CANDIDATES]
    )
    ranked = (
        stories.objects.filter(pk__in=Subquery(candidates))
        .annotate(**scores)
        .order_by(*[f"-{name}" for name in scores], "-display_date", "-pk")
    )
    return list(ranked.values_list("pk", flat=True)[:limit])


def _newest_ids(page, excluded_ids, limit):
    """The newest stories, those of the page's own kind first: what an untagged story relates to. One query."""
    stories = page._meta.model
    same_kind = Case(When(kind=page.kind, then=Value(0)), default=Value(1), output_field=IntegerField())
    newest = (
        stories.objects.visible(page.locale_id)
        .exclude(pk__in=[page.pk, *excluded_ids])
        .order_by(same_kind, "-display_date", "-pk")
    )
    return list(newest.values_list("pk", flat=True)[:limit])


def _shared_topics(stories, story_ids, regions, section_ids):
    """{story id: titles of its regions and sections that it shares with the page}, in two small queries."""
    paths = [region.path for region in regions]
    shared = {pk: [] for pk in story_ids}
    tagged_regions = stories.regions.through.objects.filter(newspage_id__in=story_ids).order_by("pk")
    for pk, title, path in tagged_regions.values_list("newspage_id", "regionpage__title", "regionpage__path"):
        if any(path.startswith(own) or own.startswith(path) for own in paths):
            shared[pk].append(title)
    tagged_sections = stories.sections.through.objects.filter(newspage_id__in=story_ids, sectionpage_id__in=section_ids)
    for pk, title in tagged_sections.order_by("pk").values_list("newspage_id", "sectionpage__title"):
        shared[pk].append(title)
    return shared


def related_stories(page, regions=None, sections=None, limit=RELATED_LIMIT, live_view=False):
    """Up to `limit` stories for `page`, each with a `related_reason` line saying why it is there.

    `regions` and `sections` are the page's own, when the caller has them already. On a reader's view of the live
    page (`live_view`) the ranking is kept for the content generation: it changes only when something is published,
    and every reader gets the same. A preview ranks afresh from the draft's own topics and picks.
    """
    regions = list(page.regions.all().only("id", "path", "title")) if regions is None else regions
    sections = list(page.sections.all().only("id")) if sections is None else sections
    section_ids = {section.pk for section in sections}

    def rank():
        """(editors' picks, every story to show in order, {story: shared topic titles}): no page objects."""
        picked_ids = [pk for pk in page.related_story_picks.values_list("story_id", flat=True) if pk != page.pk]
        if regions or section_ids:
            wanted = picked_ids + _ranked_automatic_ids(page, regions, section_ids, picked_ids, limit)
            return picked_ids, wanted, _shared_topics(page._meta.model, wanted, regions, section_ids)
        room = limit - len(picked_ids)
        return picked_ids, picked_ids + (_newest_ids(page, picked_ids, room) if room > 0 else []), {}

    picked_ids, wanted, topics = cached_for_generation(f"related:{page.pk}:{limit}", rank) if live_view else rank()
    if not wanted:
        return []
    rank = Case(*[When(pk=pk, then=Value(index)) for index, pk in enumerate(wanted)], output_field=IntegerField())
    cards = page._meta.model.objects.for_cards(page.locale_id)
    stories = list(cards.filter(pk__in=wanted).order_by(rank)[:limit])
    for story in stories:
        shared = topics.get(story.pk, [])
        if story.pk in picked_ids:
            story.related_reason = _("Chosen by our editors")
        else:
            story.related_reason = _("Also in %(topics)s") % {"topics": " · ".join(shared)} if shared else ""
    return stories


def view_all_query(regions, sections, kind="", stories=()):
    """The listing's query string for what related news draws on: the page's first region (with every region
    below it), else its first section. Written by the topic filter, so the listing parses it back to the same.

    An untagged story's related news are the newest of its kind (`kind`), then of any kind: the listing of that
    kind when every story shown is of it, else the plain listing.
    """
    if regions:
        return TopicFilter(region=regions[0]).as_query()
    if sections:
        return TopicFilter(section=sections[0]).as_query()
    if kind and stories and all(story.kind == kind for story in stories):
        return TopicFilter(kind=kind).as_query()
    return ""
