"""Reports › Subscribers: confirmed follows per topic and language, and one subscriber's data, exported as JSON or
deleted (a data-protection request). Staff with the "view subscriber" permission see it; deleting needs
"delete subscriber"."""

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .models import Follow, Subscriber


def may_view(user):
    return user.has_perm("subscriptions.view_subscriber")


def subscriber_counts():
    """(topic label, language, confirmed follows) rows, largest first."""
    rows = (
        Follow.objects.filter(confirmed_at__isnull=False)
        .values("region__title", "section__title", "kind", "subscriber__language")
        .annotate(count=Count("pk"))
        .order_by("-count", "region__title", "section__title", "kind")
    )
    return [
        (
            " · ".join(part for part in (row["region__title"], row["section__title"], row["kind"]) if part)
            or _("All news"),
            row["subscriber__language"],
            row["count"],
        )
        for row in rows
    ]


def subscriber_data(subscriber):
    """Everything kept about one address, as the export gives it."""
    return {
        "email": subscriber.email,
        "language": subscriber.language,
        "time_zone": subscriber.time_zone,
        "frequency": subscriber.frequency,
        "created_at": subscriber.created_at.isoformat(),
        "last_digest_on": subscriber.last_digest_on.isoformat() if subscriber.last_digest_on else None,
        "follows": [
            {
                "topic": follow.topic_label(),
                "releases_at_once": follow.releases_at_once,
                "requested_at": follow.requested_at.isoformat(),
                "confirmed_at": follow.confirmed_at.isoformat() if follow.confirmed_at else None,
                "consent_text": follow.consent_text,
                "consent_language": follow.consent_language,
            }
            for follow in subscriber.follows.select_related("region", "section")
        ],
        "press_releases_sent": [
            {"page_id": delivery.page_id, "sent_at": delivery.sent_at.isoformat()}
            for delivery in subscriber.release_deliveries.all()
        ],
    }


def subscribers_report(request):
    if not may_view(request.user):
        raise PermissionDenied
    email = request.GET.get("email", "").strip().lower()[:254]
    found = Subscriber.objects.filter(email=email).first() if email else None
    return TemplateResponse(
        request,
        "subscriptions/subscribers_report.html",
        {
            "rows": subscriber_counts(),
            "subscriber_total": Subscriber.objects.count(),
            "email": email,
            "found": found,
            "may_delete": request.user.has_perm("subscriptions.delete_subscriber"),
        },
    )


def export_subscriber(request, subscriber_id):
    if not may_view(request.user):
        raise PermissionDenied
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        messages.error(request, _("There is no such subscriber."))
        return redirect("subscriptions_admin:report")
    response = HttpResponse(
        json.dumps(subscriber_data(subscriber), ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="subscriber-{subscriber.pk}.json"'
    return response


@require_POST
def delete_subscriber(request, subscriber_id):
    if not request.user.has_perm("subscriptions.delete_subscriber"):
        raise PermissionDenied
    deleted, _by_model = Subscriber.objects.filter(pk=subscriber_id).delete()
    if deleted:
        messages.success(request, _("The subscriber and all their data are deleted."))
    return redirect("subscriptions_admin:report")
