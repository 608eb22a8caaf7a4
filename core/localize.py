"""Keep a translated page's links inside its own language.

wagtail-localize copies many-to-many fields and inline children unchanged, so a Turkish article would keep the
English regions, sections and related picks it was translated from. These helpers swap each linked page for its
translation in the page's own locale where one exists (the source page stays until its translation is made).
"""

from wagtail.models import Page


def same_locale_ids(page_ids, locale_id):
    """{page id: id of its translation in locale_id} for every page that has one (itself when already there)."""
    if not page_ids:
        return {}
    sources = dict(Page.objects.filter(id__in=page_ids).values_list("id", "translation_key"))
    translated = dict(
        Page.objects.filter(translation_key__in=sources.values(), locale_id=locale_id).values_list(
            "translation_key", "id"
        )
    )
    return {page_id: translated[key] for page_id, key in sources.items() if key in translated}


def localize_page_links(pages, locale_id):
    """The same pages in locale_id where a translation exists, in the same order, without duplicates."""
    pages = list(pages)
    if all(page.locale_id == locale_id for page in pages):
        return pages
    mapping = same_locale_ids([page.pk for page in pages], locale_id)
    model = type(pages[0])
    by_id = {page.pk: page for page in model.objects.filter(pk__in=mapping.values())}
    localized, seen = [], set()
    for page in pages:
        target = by_id.get(mapping.get(page.pk), page)
        if target.pk not in seen:
            seen.add(target.pk)
            localized.append(target)
    return localized
