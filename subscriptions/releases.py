"""Press releases at once: when a press release is first published (at once or at its scheduled minute), the
subscribers of its language who asked for releases on a topic it belongs to get it by e-mail, once each."""

import logging

from django.db import IntegrityError, transaction
from django.utils import translation
from django.utils.translation import gettext as _

from news.kinds import StoryKind
from news.models import NewsPage

from .emails import build_message
from .follows import topic_in_language
from .models import ReleaseDelivery, Subscriber

logger = logging.getLogger(__name__)


def send_release(page_pk):
    """Send a readable press release to each subscriber who asked for it; returns how many e-mails went out."""
    release = NewsPage.objects.filter(pk=page_pk, kind=StoryKind.PRESS_RELEASE).select_related("locale").first()
    if release is None or not NewsPage.objects.readable().filter(pk=page_pk).exists():
        return 0
    locale = release.locale
    subscribers = (
        Subscriber.objects.filter(
            language=locale.language_code, follows__confirmed_at__isnull=False, follows__releases_at_once=True
        )
        .exclude(release_deliveries__page=release)
        .distinct()
        .prefetch_related("follows__region", "follows__section")
    )
    sent = 0
    for subscriber in subscribers:
        if not any(_includes(follow, release, locale) for follow in subscriber.follows.all()):
            continue
        try:
            with transaction.atomic():
                ReleaseDelivery.objects.create(subscriber=subscriber, page=release)
                _release_message(subscriber, release).send()
        except IntegrityError:
            continue  # another run sent it
        sent += 1
    return sent


def _includes(follow, release, locale):
    if not (follow.confirmed_at and follow.releases_at_once):
        return False
    topic = topic_in_language(follow, locale)
    return topic is not None and topic.apply(NewsPage.objects.filter(pk=release.pk)).exists()


def _release_message(subscriber, release):
    with translation.override(subscriber.language):
        subject = _("Press release: %(title)s") % {"title": release.title}
        topics = [_("Press release")]
    return build_message(
        "digest",
        subject,
        subscriber.email,
        subscriber.language,
        {"stories": [release], "subscriber": subscriber, "topics": topics},
        subscriber=subscriber,
    )
