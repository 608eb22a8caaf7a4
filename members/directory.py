"""The members' directory and profiles: approved organisations only, in the reader's language, in a fixed number of
queries whatever the number of organisations."""

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import render

from core.pagination import paginate
from core.visibility import active_locale
from news.listing import topic_choices
from news.models import NewsPage
from regions.models import RegionPage
from sections.models import SectionPage

from .models import MemberOrganisation

ORGANISATIONS_PER_PAGE = 24


def titles_in_locale(model, locale):
    """translation_key → the page's title in the reader's language, for countries and sections of organisations."""
    return dict(model.objects.visible(locale).values_list("translation_key", "title"))


def with_topics(organisations, locale):
    """Each organisation gets `country_title` and `section_titles` in the reader's language (two queries)."""
    regions = titles_in_locale(RegionPage, locale)
    sections = titles_in_locale(SectionPage, locale)
    for organisation in organisations:
        organisation.country_title = regions.get(organisation.country.translation_key, organisation.country.title)
        organisation.section_titles = [
            sections.get(section.translation_key, section.title) for section in organisation.sections.all()
        ]
    return organisations


def public_organisations():
    return (
        MemberOrganisation.objects.public()
        .select_related("country", "logo")
        .prefetch_related("logo__renditions")
        .prefetch_related(Prefetch("sections", queryset=SectionPage.objects.only("translation_key", "title")))
    )


def in_region(organisations, region, locale):
    """Organisations based in this region or any region below it (countries are matched across languages)."""
    keys = RegionPage.objects.filter(path__startswith=region.path, locale=locale).values("translation_key")
    return organisations.filter(country__translation_key__in=keys)


def in_section(organisations, section_slug, locale):
    keys = SectionPage.objects.filter(slug=section_slug, locale=locale).values("translation_key")
    return organisations.filter(sections__translation_key__in=keys).distinct()


def directory(request):
    locale = active_locale()
    choices = topic_choices(locale)
    organisations = public_organisations()
    region_slug = request.GET.get("region", "").strip()[:100]
    section_slug = request.GET.get("section", "").strip()[:100]
    region_slugs = {slug for slug, _title in choices["regions"]}
    section_slugs = {slug for slug, _title in choices["sections"]}
    region = (
        RegionPage.objects.visible(locale).filter(slug=region_slug).first() if region_slug in region_slugs else None
    )
    if region is not None:
        organisations = in_region(organisations, region, locale)
    else:
        region_slug = ""
    if section_slug in section_slugs:
        organisations = in_section(organisations, section_slug, locale)
    else:
        section_slug = ""
    page = paginate(request, organisations, ORGANISATIONS_PER_PAGE)
    with_topics(page.object_list, locale)
    return render(
        request,
        "members/directory.html",
        {
            "organisations": page,
            "choices": choices,
            "region": region_slug,
            "section": section_slug,
            "filtered": bool(region_slug or section_slug),
        },
    )


def organisation_stories(organisation, locale, limit=12):
    """The organisation's published stories in the reader's language (their translations count too)."""
    keys = NewsPage.objects.filter(member_submission__organisation=organisation).values("translation_key")
    return NewsPage.objects.for_cards(locale).filter(translation_key__in=keys)[:limit]


def profile(request, slug):
    locale = active_locale()
    organisation = public_organisations().filter(slug=slug).first()
    if organisation is None:
        raise Http404
    with_topics([organisation], locale)
    return render(
        request,
        "members/profile.html",
        {"organisation": organisation, "stories": organisation_stories(organisation, locale)},
    )
