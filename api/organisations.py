"""Member organisations' public profiles in the open API: GET /organisations/ and GET /organisations/{id}/.

Only `MemberOrganisation.objects.public()` (approved) is ever read, through members/directory.py's queryset, and
the item is built field by field (never from the model): contact name and e-mail, posting right, decline reason and
the applicant's logo upload cannot appear. Countries and sections come in the requested language, like the directory.
A list answers in a fixed number of queries whatever its length.
"""

from django.conf import settings
from django.http import Http404, QueryDict
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from ninja import Field, Query, Router, Schema
from wagtail.images import get_image_model
from wagtail.models import Locale

from core.seo import absolute_url
from core.visibility import readable
from members.directory import in_region, in_section, public_organisations
from news.filters import TopicFilter
from regions.models import RegionPage
from sections.models import SectionPage

from .endpoints import public_only
from .pages import LanguageCode, Window, bad_request
from .schemas import OrganisationItem, Problem

router = Router()


class OrganisationQuery(Schema):
    region: str | None = Field(None, description="Region slug; includes organisations of every region below it")
    section: str | None = Field(None, description="Programme area (section) slug")


class OrganisationLocale(Schema):
    locale: LanguageCode = Field(settings.LANGUAGE_CODE, description="Language of the country and sections")


class OrganisationList(Schema):
    count: int
    items: list[OrganisationItem]


def topic_refs(model, pages, locale):
    """{page id: {id, slug, title}} of these pages, as their readable translation in `locale` when there is one,
    else as themselves if readable; an unreadable page (a draft, a private one) gives nothing (one query)."""
    keys = {page.translation_key for page in pages}
    ids = {page.pk for page in pages}
    found = {}
    for other in readable(model.objects.filter(translation_key__in=keys)).only("id", "slug", "title", "locale_id"):
        found.setdefault(other.translation_key, {})[other.locale_id == locale.pk or other.pk] = other
    refs = {}
    for page in pages:
        versions = found.get(page.translation_key, {})
        chosen = versions.get(True) or (versions.get(page.pk) if page.pk in ids else None)
        if chosen is not None:
            refs[page.pk] = {"id": chosen.pk, "slug": chosen.slug, "title": chosen.title}
    return refs


def public_logos(organisations):
    """The approved logos that the file rule (core/private_files.py) serves to anyone, by id (fail closed)."""
    logos = [organisation.logo for organisation in organisations if organisation.logo_id]
    return {logo.pk for logo in public_only(get_image_model(), logos)}


def serialise(organisations, locale):
    organisations = list(organisations)
    countries = topic_refs(RegionPage, [organisation.country for organisation in organisations], locale)
    sections = topic_refs(
        SectionPage, [section for organisation in organisations for section in organisation.sections.all()], locale
    )
    logos = public_logos(organisations)
    items = []
    with translation.override(locale.language_code):
        for organisation in organisations:
            logo = organisation.logo if organisation.logo_id in logos else None
            items.append(
                {
                    "id": organisation.pk,
                    "name": organisation.name,
                    "slug": organisation.slug,
                    "description": organisation.description,
                    "website": organisation.website,
                    "country": countries.get(organisation.country_id),
                    "sections": [sections[s.pk] for s in organisation.sections.all() if s.pk in sections],
                    "logo": logo
                    and {
                        "url": absolute_url(logo.file.url),
                        "alt": gettext("%(name)s logo") % {"name": organisation.name},  # as on the profile
                    },
                    "profile_url": absolute_url(reverse("members:profile", kwargs={"slug": organisation.slug})),
                }
            )
    return items


def narrow(organisations, request, locale):
    """The news listing's region and section filters (news/filters.py), with its messages: an unknown slug is a 400."""
    query = QueryDict(mutable=True)
    for name in ("region", "section"):
        query.setlist(name, request.GET.getlist(name))
    topic = TopicFilter.from_query(query, locale)
    if topic.notices:
        bad_request(topic.notices)
    if topic.region:
        organisations = in_region(organisations, topic.region, locale)
    if topic.section:
        organisations = in_section(organisations, topic.section.slug, locale)
    return organisations


@router.get(
    "/organisations/",
    response={200: OrganisationList, 400: Problem, 422: Problem, 429: Problem},
    operation_id="list_organisations",
    summary="List member organisations",
    tags=["organisations"],
)
def list_organisations(request, window: Query[Window], filters: Query[OrganisationQuery]):
    locale = Locale.objects.filter(language_code=window.locale).first()
    if locale is None:
        return {"count": 0, "items": []}
    organisations = narrow(public_organisations(), request, locale).order_by("name", "pk")
    chosen = organisations[window.offset : window.offset + window.limit]
    return {"count": organisations.count(), "items": serialise(chosen, locale)}


@router.get(
    "/organisations/{item_id}/",
    response={200: OrganisationItem, 404: Problem, 422: Problem, 429: Problem},
    operation_id="get_organisation",
    summary="One member organisation",
    tags=["organisations"],
)
def get_organisation(request, item_id: int, window: Query[OrganisationLocale]):
    organisation = public_organisations().filter(pk=item_id).first() if 0 < item_id < 2**31 else None
    locale = Locale.objects.filter(language_code=window.locale).first()
    if organisation is None or locale is None:
        raise Http404
    return serialise([organisation], locale)[0]
