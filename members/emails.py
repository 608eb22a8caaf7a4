"""E-mails to members, each in the language its reader chose (the organisation's, or the invited person's)."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation


def absolute(path):
    return settings.PUBLIC_URL + path


def send_in_language(language, to, template, context):
    """Renders members/email/<template>_subject.txt and _body.txt in `language` and sends them to `to`."""
    with translation.override(language):
        context = {**context, "site_name": settings.WAGTAIL_SITE_NAME}
        subject = " ".join(render_to_string(f"members/email/{template}_subject.txt", context).split())
        body = render_to_string(f"members/email/{template}_body.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [to])


def send_decision(organisation):
    """Approval (with the profile's address) or refusal (with the staff's reason), to the applicant."""
    with translation.override(organisation.language):
        portal_url = absolute(reverse("members:portal"))
        profile_url = absolute(reverse("members:profile", args=[organisation.slug]))
    template = "approved" if organisation.status == organisation.Status.APPROVED else "declined"
    send_in_language(
        organisation.language,
        organisation.contact_email,
        template,
        {"organisation": organisation, "portal_url": portal_url, "profile_url": profile_url},
    )


def send_invitation(invitation, language):
    with translation.override(language):
        url = absolute(reverse("members:accept_invitation", args=[invitation.token]))
    send_in_language(language, invitation.email, "invitation", {"invitation": invitation, "url": url})
