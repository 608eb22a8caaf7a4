"""Staff's side in the Wagtail admin: applications to join, each one's decision (approve, or decline with a
reason, e-mailed in the applicant's language) and every organisation's posting right."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.generation import invalidate_page_cache

from .emails import send_decision
from .forms import DecisionForm, PostingRightForm
from .models import MemberOrganisation

MANAGE_MEMBERS = "members.change_memberorganisation"


def may_manage_members(user):
    return user.is_active and user.has_perm(MANAGE_MEMBERS)


def _staff_only(request):
    if not may_manage_members(request.user):
        raise PermissionDenied


def organisations(request):
    _staff_only(request)
    status = request.GET.get("status", MemberOrganisation.Status.PENDING)
    if status not in MemberOrganisation.Status.values:
        status = MemberOrganisation.Status.PENDING
    return render(
        request,
        "members_admin/organisations.html",
        {
            "organisations": MemberOrganisation.objects.filter(status=status).select_related("country"),
            "status": status,
            "statuses": MemberOrganisation.Status.choices,
        },
    )


def organisation(request, organisation_id):
    _staff_only(request)
    organisation = get_object_or_404(
        MemberOrganisation.objects.select_related("country", "application_logo", "logo"), pk=organisation_id
    )
    posting_form = PostingRightForm(request.POST or None, instance=organisation)
    if request.method == "POST" and posting_form.is_valid():
        posting_form.save()
        messages.success(request, _("Posting right saved."))
        return redirect("members_admin:organisation", organisation.pk)
    return render(
        request,
        "members_admin/organisation.html",
        {
            "organisation": organisation,
            "people": organisation.memberships.select_related("user"),
            "decision_form": DecisionForm(),
            "posting_form": posting_form,
        },
    )


@require_POST
def decide(request, organisation_id, decision):
    _staff_only(request)
    form = DecisionForm(request.POST)
    with transaction.atomic():
        organisation = get_object_or_404(MemberOrganisation.objects.select_for_update(), pk=organisation_id)
        if organisation.status != MemberOrganisation.Status.PENDING or not form.is_valid():
            messages.error(request, _("This application has already been decided."))
            return redirect("members_admin:organisation", organisation.pk)
        if decision == "approve":
            organisation.status = MemberOrganisation.Status.APPROVED
            organisation.logo = organisation.application_logo
        else:
            organisation.status = MemberOrganisation.Status.DECLINED
        organisation.decline_reason = form.cleaned_data["reason"]
        organisation.decided_at = timezone.now()
        organisation.save()
        invalidate_page_cache()  # the directory lists it from now on
        transaction.on_commit(lambda: send_decision(organisation))
    if decision == "approve":
        messages.success(request, _("%(name)s is approved and listed in the directory.") % {"name": organisation})
    else:
        messages.success(request, _("%(name)s is declined; the applicant is told why.") % {"name": organisation})
    return redirect("members_admin:organisations")
