"""The demo's member organisations (demo/data/members.toml): approved ones with profiles, logos and the stories they
posted, one application waiting for staff, and the member login of the first organisation (development only)."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from home.models import StandardPage
from members.models import MemberOrganisation, Membership, Submission, WorkingGroupPage
from news.models import NewsPage
from regions.models import RegionPage
from sections.models import SectionPage

from .content import content
from .images import partner_logo

MEMBER_EMAIL = "member@example.org"
MEMBER_PASSWORD = "member-demo-password"  # noqa: S105 - documented demo login, development only
LOGO_NUMBERS_FROM = 100  # partner logos use the small numbers


def build_member_organisations(locale):
    """Creates the organisations that are missing; returns them all."""
    organisations = []
    for number, spec in enumerate(content("members")["organisations"], start=LOGO_NUMBERS_FROM):
        organisation = MemberOrganisation.objects.filter(slug=spec["slug"]).first()
        if organisation is None:
            organisation = _organisation(spec, number, locale)
        organisations.append(organisation)
    return organisations


def build_working_group(locale):
    """The demo's working group below the network page, English only: members write it in the language they share."""
    spec = content("members")["working_group"]
    network = StandardPage.objects.get(slug="the-network", locale=locale)
    existing = WorkingGroupPage.objects.filter(slug=spec["slug"]).first()
    if existing:
        return existing
    page = WorkingGroupPage(title=spec["title"], slug=spec["slug"], intro=spec["intro"], locale=locale)
    network.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _organisation(spec, number, locale):
    logo = partner_logo(spec["name"], number)
    organisation = MemberOrganisation.objects.create(
        name=spec["name"],
        slug=spec["slug"],
        country=RegionPage.objects.get(slug=spec["country"], locale=locale),
        website=spec["website"],
        description=spec["description"],
        language=spec["language"],
        contact_name=spec["contact_name"],
        contact_email=spec["contact_email"],
        status=spec["status"],
        posting_right=spec["posting_right"],
        application_logo=logo,
        logo=logo if spec["status"] == MemberOrganisation.Status.APPROVED else None,
    )
    organisation.sections.set(SectionPage.objects.filter(slug__in=spec["sections"], locale=locale))
    for story in NewsPage.objects.filter(slug__in=spec["stories"], locale=locale):
        Submission.objects.get_or_create(page=story, defaults={"organisation": organisation})
    return organisation


def ensure_member_login(organisations):
    """member@example.org, the coordinator of the first organisation, with a verified address; returns the login."""
    user, created = get_user_model().objects.get_or_create(username="member", defaults={"email": MEMBER_EMAIL})
    if created:
        user.set_password(MEMBER_PASSWORD)
        user.save()
    EmailAddress.objects.get_or_create(user=user, email=MEMBER_EMAIL, defaults={"verified": True, "primary": True})
    first = next(org for org in organisations if org.contact_email == MEMBER_EMAIL)
    Membership.objects.get_or_create(user=user, defaults={"organisation": first, "is_coordinator": True})
    working_group = WorkingGroupPage.objects.filter(slug=content("members")["working_group"]["slug"]).first()
    if working_group is not None:
        WorkingGroupPage.objects.filter(pk=working_group.pk, coordinator=None).update(coordinator=user)
        user.groups.add(working_group.group)
    return MEMBER_EMAIL, MEMBER_PASSWORD
