"""The member portal: joining, the organisation's people and submissions, posting news, invitations.

Every object a member can name in a URL (a submission, a colleague) is looked up within the member's own
organisation, so a swapped id is a 404, never another organisation's data.
"""

from datetime import timedelta
from functools import wraps

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.abuse import RateLimit, client_ip

from .emails import send_invitation
from .forms import InviteForm, JoinForm, SubmitNewsForm
from .models import Invitation, JoinRequest, MemberOrganisation, Membership, Submission, WorkingGroupPage
from .submissions import SubmissionRefused, create_submission, plain_text_of, submission_states, update_submission

INVITATIONS_FROM_ADDRESS = RateLimit("member-invitations-ip", "MEMBER_INVITATION_LIMIT", "MEMBER_INVITATION_WINDOW")
INVITATIONS_TO_ADDRESS = RateLimit("member-invitations-email", "MEMBER_INVITATION_LIMIT", "MEMBER_INVITATION_WINDOW")


def is_verified(user):
    return EmailAddress.objects.filter(user=user, verified=True).exists()


def verified_login_required(view):
    """Signed in, with a verified e-mail address: an account made through another sign-in form (Wagtail's
    front-end one also accepts an e-mail address) is sent to verify it first, as allauth's sign-in does."""

    @wraps(view)
    def check(request, *args, **kwargs):
        if request.user.is_authenticated and not is_verified(request.user):
            messages.error(request, _("Please confirm your e-mail address first: follow the link we sent you."))
            return redirect("account_email")
        return view(request, *args, **kwargs)

    return login_required(check)


def membership_of(user):
    return Membership.objects.select_related("organisation").filter(user=user).first()


def unique_slug(name):
    base = slugify(name, allow_unicode=True)[:60] or "member"
    slug, number = base, 1
    while MemberOrganisation.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def working_groups_for(user, membership):
    """The portal's working groups: the member's own (to open), the others (to ask to join, with any request
    already made) and, for a group's coordinator, the requests waiting for an answer."""
    groups = list(WorkingGroupPage.objects.live().filter(alias_of__isnull=True).order_by("title"))
    mine = set(user.groups.values_list("pk", flat=True))
    requests = {r.working_group_id: r for r in JoinRequest.objects.filter(user=user)}
    for group in groups:
        group.is_member = group.group_id in mine
        group.my_request = requests.get(group.pk)
    waiting = JoinRequest.objects.filter(
        working_group__coordinator=user, status=JoinRequest.Status.PENDING
    ).select_related("user", "working_group")
    may_ask = membership.organisation.status == MemberOrganisation.Status.APPROVED
    return {"working_groups": groups, "join_requests": waiting, "may_ask_to_join": may_ask}


@verified_login_required
def portal(request):
    membership = membership_of(request.user)
    if membership is None:
        return render(request, "members/portal_welcome.html", {})
    organisation = membership.organisation
    submissions = list(organisation.submissions.select_related("page").order_by("-created_at"))
    states = submission_states(submissions)
    for submission in submissions:
        submission.state = states[submission.pk]
    return render(
        request,
        "members/portal.html",
        {
            "membership": membership,
            "organisation": organisation,
            "people": organisation.memberships.select_related("user"),
            "invitations": [i for i in organisation.invitations.all() if i.is_open],
            "submissions": submissions,
            "invite_form": InviteForm(),
            **working_groups_for(request.user, membership),
        },
    )


def join(request):
    """Join the network: an account first (signed up and verified), then the organisation's application."""
    if not request.user.is_authenticated:
        return redirect(reverse("account_signup") + "?next=" + reverse("members:join"))
    return _apply(request)


@verified_login_required
def _apply(request):
    if membership_of(request.user) is not None:
        return redirect("members:portal")
    form = JoinForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            organisation = form.save(commit=False)
            organisation.slug = unique_slug(organisation.name)
            organisation.contact_email = request.user.email
            organisation.language = translation.get_language()
            form.save_logo(organisation)
            organisation.save()
            form.save_m2m()
            Membership.objects.create(organisation=organisation, user=request.user, is_coordinator=True)
        messages.success(request, _("Thank you. Your application is with our team; we will write to you."))
        return redirect("members:portal")
    return render(request, "members/join.html", {"form": form})


def _posting_membership(request):
    membership = membership_of(request.user)
    if membership is None:
        raise Http404
    return membership


def _story_form_response(request, form, membership, submission=None):
    return render(
        request,
        "members/submit.html",
        {"form": form, "organisation": membership.organisation, "submission": submission},
    )


@verified_login_required
def submit_news(request):
    membership = _posting_membership(request)
    organisation = membership.organisation
    if not organisation.may_post:
        messages.error(request, _("Your organisation cannot post news at the moment."))
        return redirect("members:portal")
    form = SubmitNewsForm(
        request.POST or None, request.FILES or None, user=request.user, initial={"language": translation.get_language()}
    )
    if request.method == "POST" and form.is_valid():
        try:
            create_submission(organisation, request.user, form.cleaned_data, form.image)
        except SubmissionRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            if organisation.posting_right == MemberOrganisation.PostingRight.TRUSTED:
                messages.success(request, _("Your story is published; our editors will read it too."))
            else:
                messages.success(request, _("Your story is with our editors for review."))
            return redirect("members:portal")
    return _story_form_response(request, form, membership)


@verified_login_required
def edit_submission(request, submission_id):
    membership = _posting_membership(request)
    submission = get_object_or_404(
        Submission.objects.select_related("page"), pk=submission_id, organisation=membership.organisation
    )
    page = submission.page.specific
    if page.live or not membership.organisation.may_post:
        messages.error(request, _("This story can no longer be changed here."))
        return redirect("members:portal")
    page = page.get_latest_revision_as_object()
    initial = {
        "title": page.title,
        "summary": page.summary,
        "body": plain_text_of(page),
        "image": page.image,
        "image_alt": page.image_alt,
        "regions": list(page.regions.all()),
        "sections": list(page.sections.all()),
        "language": page.locale.language_code,
    }
    form = SubmitNewsForm(request.POST or None, request.FILES or None, user=request.user, initial=initial)
    form.fields["language"].disabled = True
    if request.method == "POST" and form.is_valid():
        try:
            update_submission(submission, request.user, form.cleaned_data, form.image)
        except SubmissionRefused as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(request, _("Your changes are with our editors for review."))
            return redirect("members:portal")
    return _story_form_response(request, form, membership, submission)


def _coordinator(request):
    membership = _posting_membership(request)
    if not membership.is_coordinator:
        raise Http404
    return membership


@verified_login_required
@require_POST
def invite(request):
    membership = _coordinator(request)
    form = InviteForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please enter a valid e-mail address."))
        return redirect("members:portal")
    email = form.cleaned_data["email"].strip().casefold()
    address = client_ip(request)
    if INVITATIONS_FROM_ADDRESS.exceeded(address) or INVITATIONS_TO_ADDRESS.exceeded(email):
        messages.error(request, _("Too many invitations. Please wait a while and try again."))
        return redirect("members:portal")
    INVITATIONS_FROM_ADDRESS.hit(address)
    INVITATIONS_TO_ADDRESS.hit(email)
    invitation = Invitation.objects.create(
        organisation=membership.organisation,
        email=email,
        invited_by=request.user,
        expires_at=timezone.now() + timedelta(days=settings.MEMBER_INVITATION_DAYS),
    )
    send_invitation(invitation, translation.get_language())
    # The same answer whether or not the address already has an account.
    messages.success(request, _("The invitation is on its way."))
    return redirect("members:portal")


def accept_invitation(request, token):
    invitation = Invitation.objects.select_related("organisation").filter(token=token[:64]).first()
    if invitation is None or not invitation.is_open:
        return render(request, "members/invitation_closed.html", status=410 if invitation else 404)
    if not request.user.is_authenticated:
        return redirect(reverse("account_signup") + "?next=" + request.path)
    if not is_verified(request.user):
        return redirect("account_email")
    if request.method == "POST":
        if membership_of(request.user) is not None:
            messages.error(request, _("Your account already belongs to an organisation."))
            return redirect("members:portal")
        with transaction.atomic():
            Membership.objects.create(organisation=invitation.organisation, user=request.user)
            invitation.accepted_at = timezone.now()
            invitation.save(update_fields=["accepted_at"])
        messages.success(request, _("Welcome to %(name)s.") % {"name": invitation.organisation.name})
        return redirect("members:portal")
    return render(request, "members/accept_invitation.html", {"invitation": invitation})


@verified_login_required
@require_POST
def remove_person(request, membership_id):
    membership = _coordinator(request)
    colleague = get_object_or_404(Membership, pk=membership_id, organisation=membership.organisation)
    if colleague.pk == membership.pk:
        messages.error(request, _("You cannot remove yourself."))
    else:
        colleague.delete()
        name = colleague.user.email
        messages.success(request, _("%(name)s no longer belongs to your organisation.") % {"name": name})
    return redirect("members:portal")


@verified_login_required
@require_POST
def ask_to_join_group(request, page_id):
    membership = _posting_membership(request)
    if membership.organisation.status != MemberOrganisation.Status.APPROVED:
        raise Http404
    working_group = get_object_or_404(WorkingGroupPage.objects.live(), pk=page_id)
    JoinRequest.objects.get_or_create(working_group=working_group, user=request.user)
    messages.success(request, _("Your request is with the group's coordinator."))
    return redirect("members:portal")


@verified_login_required
@require_POST
def answer_join_request(request, request_id, decision):
    """The group's coordinator, and nobody else, accepts (the person joins the group's readers) or declines."""
    join_request = get_object_or_404(
        JoinRequest.objects.select_related("working_group", "user"),
        pk=request_id,
        working_group__coordinator=request.user,
        status=JoinRequest.Status.PENDING,
    )
    with transaction.atomic():
        if decision == "accept":
            join_request.status = JoinRequest.Status.ACCEPTED
            join_request.user.groups.add(join_request.working_group.group)
        else:
            join_request.status = JoinRequest.Status.DECLINED
        join_request.save(update_fields=["status"])
    messages.success(request, _("Your answer is saved."))
    return redirect("members:portal")
