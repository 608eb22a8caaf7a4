"""Member organisations of the network: their applications and profiles, their people and their news submissions.

An organisation is a plain model, not a page: it is written by its members, not by editors, and its profile is
shown at /<lang>/the-network/members/<slug>/ once staff approve it. `MemberOrganisation.objects.public()` is the
only queryset readers (the directory, a future API) may list.
"""

import secrets

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import PageViewRestriction

from core.blocks import BodyBlock
from core.models import BasePage


class OrganisationQuerySet(models.QuerySet):
    def public(self):
        """Approved organisations: the only ones the directory, profiles and any API may show."""
        return self.filter(status=MemberOrganisation.Status.APPROVED)

    def pending(self):
        return self.filter(status=MemberOrganisation.Status.PENDING)


class MemberOrganisation(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for review")
        APPROVED = "approved", _("approved")
        DECLINED = "declined", _("declined")

    class PostingRight(models.TextChoices):
        NEW = "new", _("new: every post is reviewed before publication")
        TRUSTED = "trusted", _("trusted: posts are published at once and reviewed afterwards")
        SUSPENDED = "suspended", _("suspended: cannot post")

    name = models.CharField(_("organisation name"), max_length=200)
    slug = models.SlugField(max_length=200, unique=True, allow_unicode=True)
    country = models.ForeignKey(
        "regions.RegionPage",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("country or region"),
    )
    website = models.URLField(_("website"), max_length=300, blank=True)
    sections = models.ManyToManyField(
        "sections.SectionPage", blank=True, related_name="+", verbose_name=_("what it works on")
    )
    description = models.TextField(_("short description"), max_length=2000)
    # The logo readers see is set on approval; until then the applicant's upload waits in application_logo, which the
    # reference index ignores, so core/private_files.py keeps it for editors only (a pending logo is not public).
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    application_logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    language = models.CharField(_("language"), max_length=10, default="en", help_text=_("E-mails go out in it."))
    contact_name = models.CharField(_("your name"), max_length=200)
    contact_email = models.EmailField(_("your e-mail address"), max_length=254)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    posting_right = models.CharField(
        _("posting right"), max_length=10, choices=PostingRight.choices, default=PostingRight.NEW
    )
    decline_reason = models.TextField(_("reason"), max_length=2000, blank=True)
    applied_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("member organisation")
        verbose_name_plural = _("member organisations")

    def __str__(self):
        return self.name

    @property
    def may_post(self):
        return self.status == self.Status.APPROVED and self.posting_right != self.PostingRight.SUSPENDED


MemberOrganisation._meta.get_field("application_logo").wagtail_reference_index_ignore = True


class Membership(models.Model):
    """A person of an organisation. The coordinator (its first member) invites and removes colleagues."""

    organisation = models.ForeignKey(MemberOrganisation, on_delete=models.CASCADE, related_name="memberships")
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership")
    is_coordinator = models.BooleanField(default=False)
    joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-is_coordinator", "joined_at"]

    def __str__(self):
        return f"{self.user} · {self.organisation}"


def new_token():
    return secrets.token_urlsafe(32)


class Invitation(models.Model):
    """A colleague invited by e-mail; the link works once, until `expires_at`."""

    organisation = models.ForeignKey(MemberOrganisation, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(max_length=254)
    token = models.CharField(max_length=64, unique=True, default=new_token)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return self.email

    @property
    def is_open(self):
        return self.accepted_at is None and self.expires_at > timezone.now()


class Submission(models.Model):
    """A news page a member posted, attributed to the organisation; the page goes through the editorial workflow."""

    organisation = models.ForeignKey(MemberOrganisation, on_delete=models.CASCADE, related_name="submissions")
    page = models.OneToOneField("news.NewsPage", on_delete=models.CASCADE, related_name="member_submission")
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return str(self.page)


class WorkingGroupPage(BasePage):
    """A working group's page under the network page: only its members (a Django group of its own, through a
    Wagtail view restriction) and staff may read it, so the visibility rule keeps it out of every listing, search,
    feed, sitemap and API. Members ask to join in the portal; the coordinator accepts or declines."""

    intro = models.TextField(blank=True, max_length=600)
    body = StreamField(BodyBlock(), blank=True)
    coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Accepts or declines members who ask to join."),
    )
    group = models.OneToOneField(
        "auth.Group", null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="working_group"
    )

    parent_page_types = ["home.StandardPage"]
    subpage_types = []
    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body"), FieldPanel("coordinator")]

    class Meta:
        verbose_name = _("working group")

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        restrict_to_members(self)


# Staff who read every working group (editorial/roles.py names the groups).
STAFF_GROUPS = ["Editors", "Communications lead"]


def restrict_to_members(page):
    """The page's own members' group and a view restriction for it and staff; made once, kept afterwards."""
    if page.group_id is None:
        group, _created = Group.objects.get_or_create(name=f"Working group {page.translation_key}")
        type(page).objects.filter(pk=page.pk).update(group=group)
        page.group = group
    restriction = PageViewRestriction.objects.filter(page=page).first()
    if restriction is None:
        restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
        restriction.groups.set([page.group, *Group.objects.filter(name__in=STAFF_GROUPS)])


class JoinRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("waiting")
        ACCEPTED = "accepted", _("accepted")
        DECLINED = "declined", _("declined")

    working_group = models.ForeignKey(WorkingGroupPage, on_delete=models.CASCADE, related_name="join_requests")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["working_group", "user"], name="one_request_per_group")]

    def __str__(self):
        return f"{self.user} → {self.working_group}"
