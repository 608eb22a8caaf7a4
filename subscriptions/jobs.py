"""The subscriptions' background jobs: confirmation e-mails, the digests every five minutes (core/jobs.py), and
press releases at once, enqueued when a press release is first published."""

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.signals import page_published

from core.jobs import every, retrying_job
from news.kinds import StoryKind
from news.models import NewsPage

from . import links
from .digests import send_digests
from .emails import build_message
from .models import Follow
from .releases import send_release

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


@retrying_job
def send_release_now(page_pk):
    send_release(page_pk)


def on_published(sender, instance, revision=None, **kwargs):
    """A press release's first publication (now or at its scheduled minute) goes out to those who asked."""
    if instance.kind == StoryKind.PRESS_RELEASE and instance.first_published_at == instance.last_published_at:
        transaction.on_commit(lambda: send_release_now.enqueue(instance.pk))


page_published.connect(on_published, sender=NewsPage, dispatch_uid="subscriptions-release-at-once")
