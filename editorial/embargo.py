"""Embargo links: journalists read a scheduled page before its go-live time through a signed, revocable link.

The token in the address is the link's id signed with the secret key (`django.core.signing`, its own salt), so the
database holds nothing that opens a page. A link opens only while it is not revoked, before its `expires_at` and
before the page's go-live time (a schedule moved earlier shortens it); otherwise the answer is a 404, as for any page
that does not exist. The page is the latest revision (the scheduled one) in the page's own language, with an
"embargoed until" banner, `noindex`, and `Cache-Control: private, no-store`: the page cache never stores it.
Each opening is recorded (link and time, nothing about the reader) and shows in the site history.
"""

from django import forms
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.log_actions import log
from wagtail.models import Page

from editorial.models import EmbargoLink, EmbargoLinkView
from editorial.releases import scheduled_at
from editorial.roles import COMMS_LEAD, EDITORS

SALT = "editorial.embargo"
CREATE = "editorial.embargo.create"
REVOKE = "editorial.embargo.revoke"
VIEW = "editorial.embargo.view"
NO_STORE = "private, no-store"


def may_manage_releases(user):
    return user.is_superuser or user.groups.filter(name__in=(EDITORS, COMMS_LEAD)).exists()


def token_for(link):
    return signing.dumps(link.pk, salt=SALT)


def link_for(token):
    try:
        pk = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    return EmbargoLink.objects.select_related("page", "page__locale").filter(pk=pk).first()


def closes_at(link):
    """When the link stops opening: its expiry or the page's go-live time, whichever comes first; None if closed."""
    go_live_at = scheduled_at(link.page)
    if link.revoked_at or go_live_at is None:
        return None
    end = min(link.expires_at, go_live_at)
    return end if timezone.now() < end else None


def public_path(link):
    with translation.override(link.page.locale.language_code):
        return reverse("embargo_preview", args=[token_for(link)])


def embargo_preview(request, token):
    link = link_for(token)
    if link is None or closes_at(link) is None or link.page.locale.language_code != request.LANGUAGE_CODE:
        raise Http404
    EmbargoLinkView.objects.create(link=link)
    log(instance=link.page, action=VIEW, data={"link": link.pk, "recipient": link.recipient_name})
    page = link.page.specific.get_latest_revision_as_object()
    request.is_preview = True  # the page cache and the templates treat it as one visitor's preview
    request.preview_mode = page.default_preview_mode
    request.embargoed_until = scheduled_at(link.page)
    response = page.serve_preview(request, page.default_preview_mode)
    response["Cache-Control"] = NO_STORE
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


class EmbargoLinkForm(forms.ModelForm):
    def __init__(self, *args, go_live_at, **kwargs):
        super().__init__(*args, **kwargs)
        self.go_live_at = go_live_at
        self.fields["expires_at"].widget = AdminDateTimeInput()
        self.fields["expires_at"].required = False
        self.fields["expires_at"].help_text = gettext_lazy("Empty: at go-live. Never later than go-live.")

    def clean_expires_at(self):
        expires_at = self.cleaned_data.get("expires_at") or self.go_live_at
        if expires_at > self.go_live_at:
            raise forms.ValidationError(_("An embargo link expires at go-live or earlier."))
        if expires_at <= timezone.now():
            raise forms.ValidationError(_("This time has already passed."))
        return expires_at

    class Meta:
        model = EmbargoLink
        fields = ["recipient_name", "recipient_email", "expires_at"]


def _managed_page(request, page_id):
    if not may_manage_releases(request.user):
        raise PermissionDenied
    return get_object_or_404(Page, pk=page_id).specific


def embargo_links(request, page_id):
    """The page's embargo links, and a form for a new one (only while the page is scheduled)."""
    page = _managed_page(request, page_id)
    go_live_at = scheduled_at(page)
    form = None
    if go_live_at is not None:
        form = EmbargoLinkForm(request.POST or None, go_live_at=go_live_at)
        if request.method == "POST" and form.is_valid():
            with transaction.atomic():
                link = form.save(commit=False)
                link.page = page
                link.created_by = request.user
                link.save()
                log(instance=page, action=CREATE, user=request.user, data=_log_data(link))
            messages.success(
                request,
                _("Embargo link for %(name)s: %(url)s")
                % {"name": link.recipient_name, "url": request.build_absolute_uri(public_path(link))},
            )
            return redirect("editorial:embargo_links", page.pk)
    links = [
        (link, request.build_absolute_uri(public_path(link)), closes_at(link)) for link in page.embargo_links.all()
    ]
    return TemplateResponse(
        request,
        "editorial/embargo_links.html",
        {"page": page, "go_live_at": go_live_at, "form": form, "links": links},
    )


@require_POST
def revoke_embargo_link(request, link_id):
    link = get_object_or_404(EmbargoLink, pk=link_id)
    _managed_page(request, link.page_id)
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
        log(instance=link.page, action=REVOKE, user=request.user, data=_log_data(link))
        messages.success(request, _("Embargo link for %(name)s revoked.") % {"name": link.recipient_name})
    return redirect("editorial:embargo_links", link.page_id)


def _log_data(link):
    return {"link": link.pk, "recipient": link.recipient_name, "expires_at": link.expires_at.isoformat()}
