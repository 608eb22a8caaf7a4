"""The e-mails to subscribers, each as plain text and HTML in the subscriber's language (right to left in Arabic),
with one-click unsubscribe headers (RFC 8058) on everything sent to a confirmed address."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import get_language_bidi

from . import links


def build_message(template, subject, to, language, context, subscriber=None):
    """An e-mail from templates/subscriptions/email/<template>.txt and .html, rendered in `language`."""
    with translation.override(language):
        context = {
            **context,
            "language": language,
            "direction": "rtl" if get_language_bidi() else "ltr",
            "site_url": settings.PUBLIC_URL,
            "subject": str(subject),
        }
        headers = {}
        if subscriber is not None:
            context["manage_url"] = links.manage_url(subscriber)
            context["unsubscribe_url"] = links.unsubscribe_url(subscriber)
            headers = {
                "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            }
        text = render_to_string(f"subscriptions/email/{template}.txt", context)
        html = render_to_string(f"subscriptions/email/{template}.html", context)
        message = EmailMultiAlternatives(str(subject), text, settings.DEFAULT_FROM_EMAIL, [to], headers=headers)
        message.attach_alternative(html, "text/html")
    return message
