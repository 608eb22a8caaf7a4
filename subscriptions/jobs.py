"""The subscriptions' background jobs: confirmation e-mails, and the digests every five minutes (core/jobs.py)."""

from django.utils import translation
from django.utils.translation import gettext as _

from core.jobs import every, retrying_job

from . import links
from .digests import send_digests
from .emails import build_message
from .models import Follow

DIGESTS_EVERY = 300  # seconds: a digest leaves within five minutes of 09:00 local time


@every(DIGESTS_EVERY)
@retrying_job
def send_due_digests():
    send_digests()


@retrying_job
def send_confirmation(follow_pk, language):
    """The confirmation link of a new follow, or, for a topic already confirmed, a reminder of the preferences
    link: nothing else is ever sent before an address confirms."""
    follow = Follow.objects.select_related("subscriber", "region", "section").filter(pk=follow_pk).first()
    if follow is None:
        return
    with translation.override(language):
        topic = follow.topic_label() or _("All news")
        if follow.confirmed_at:
            subject = _("You already follow %(topic)s") % {"topic": topic}
            context = {"topic": topic, "manage_url": links.manage_url(follow.subscriber), "already": True}
        else:
            subject = _("Please confirm: follow %(topic)s by e-mail") % {"topic": topic}
            context = {"topic": topic, "confirm_url": links.confirm_url(follow, language), "already": False}
    build_message("confirm", subject, follow.subscriber.email, language, context).send()
