"""Related news: editor picks first, then stories sharing regions or sections, newest first."""

from .models import NewsPage

RELATED_LIMIT = 3


def related_stories(page, limit=RELATED_LIMIT):
    picked_ids = list(page.related_story_picks.values_list("story_id", flat=True))
    base = NewsPage.objects.for_cards(page.locale).exclude(pk=page.pk)
    picks = list(base.filter(pk__in=picked_ids)) if picked_ids else []
    picks.sort(key=lambda story: picked_ids.index(story.pk))
    if len(picks) >= limit:
        return picks[:limit]
    region_ids = list(page.regions.values_list("pk", flat=True))
    section_ids = list(page.sections.values_list("pk", flat=True))
    if not region_ids and not section_ids:
        return picks
    automatic = base.exclude(pk__in=picked_ids)
    from django.db.models import Q

    automatic = automatic.filter(Q(regions__in=region_ids) | Q(sections__in=section_ids)).distinct()
    return picks + list(automatic[: limit - len(picks)])
