"""Digests: for each confirmed subscriber whose local time has passed 09:00 on a day without a digest (Mondays
only for weekly ones), the live public stories of their topics first published since their last digest, in their
language. Each subscriber's day is claimed before the e-mail goes out and released if sending fails, so a retry
sends what failed and nothing twice; a day with nothing new sends nothing.
"""

import contextlib
import datetime
import logging
from zoneinfo import ZoneInfo

from django.core.mail import get_connection
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from news.models import NewsPage

from .emails import build_message
from .follows import DIGEST_HOUR, topic_in_language
from .models import Frequency, Subscriber

logger = logging.getLogger(__name__)

BATCH_SIZE = 50  # e-mails per SMTP connection
MAX_STORIES = 30  # per digest; more are one click away on the site


def digest_day(subscriber, now):
    """The subscriber's local date if a digest is due at `now`, else None."""
    local = now.astimezone(ZoneInfo(subscriber.time_zone))
    if local.hour < DIGEST_HOUR or (subscriber.last_digest_on and subscriber.last_digest_on >= local.date()):
        return None
    if subscriber.frequency == Frequency.WEEKLY and local.weekday() != 0:
        return None
    return local.date()


def stories_for(subscriber, since, until):
    """The visible stories of the subscriber's confirmed topics first published in (since, until], newest first."""
    locale = Locale.objects.filter(language_code=subscriber.language).first()
    if locale is None:
        return []
    story_ids = set()
    for follow in subscriber.follows.all():
        if not follow.confirmed_at:
            continue
        topic = topic_in_language(follow, locale)
        if topic is None:
            continue
        matching = (
            topic.apply(NewsPage.objects.visible(locale))
            .filter(first_published_at__gt=since, first_published_at__lte=until)
            .exclude(pk__in=subscriber.release_deliveries.values("page_id"))  # sent at once already
        )
        story_ids.update(matching.values_list("pk", flat=True))
    if not story_ids:
        return []
    return list(NewsPage.objects.filter(pk__in=story_ids).for_cards(locale)[:MAX_STORIES])


def topic_name(follow, locale):
    """The follow's topic in words, with the region and section names of the subscriber's language."""
    topic = topic_in_language(follow, locale) if locale else None
    if topic is None:
        return follow.topic_label() or _("All news")
    return topic.description() or _("All news")


def digest_message(subscriber, stories):
    locale = Locale.objects.filter(language_code=subscriber.language).first()
    with translation.override(subscriber.language):
        topics = [topic_name(follow, locale) for follow in subscriber.follows.all() if follow.confirmed_at]
        subject = _("New stories: %(topics)s") % {"topics": ", ".join(topics)}
    return build_message(
        "digest",
        subject,
        subscriber.email,
        subscriber.language,
        {"stories": stories, "subscriber": subscriber, "topics": topics},
        subscriber=subscriber,
    )


def due_subscribers():
    return (
        Subscriber.objects.filter(follows__confirmed_at__isnull=False)
        .distinct()
        .prefetch_related("follows__region", "follows__section")
        .order_by("pk")
    )


def _claim(subscriber, day):
    """Mark `day` as this subscriber's digest day unless another run did: True when this run owns it."""
    unchanged = (
        Q(last_digest_on__isnull=True)
        if subscriber.last_digest_on is None
        else Q(last_digest_on=subscriber.last_digest_on)
    )
    return bool(Subscriber.objects.filter(unchanged, pk=subscriber.pk).update(last_digest_on=day))


def send_digests(now=None):
    """Send every digest that is due; returns how many e-mails went out. Raises when sending fails (the job
    retries), after giving back the days of the subscribers whose e-mail did not go."""
    now = now or timezone.now()
    sent = 0
    pending = []
    for subscriber in due_subscribers().iterator(chunk_size=BATCH_SIZE):
        day = digest_day(subscriber, now)
        if day is None or not _claim(subscriber, day):
            continue
        since = subscriber.digest_since or now - datetime.timedelta(days=1)
        stories = stories_for(subscriber, since, now)
        if not stories:
            continue  # nothing new: no e-mail; `since` stays, so nothing published meanwhile is skipped
        pending.append((subscriber, day, digest_message(subscriber, stories)))
        if len(pending) >= BATCH_SIZE:
            sent += _send_batch(pending, now)
            pending = []
    if pending:
        sent += _send_batch(pending, now)
    return sent


def _send_batch(batch, now):
    """Send one batch over one SMTP connection; on failure give back the days of those not yet sent."""
    sent = 0
    connection = get_connection()
    try:
        connection.open()
        for subscriber, _day, message in batch:
            connection.send_messages([message])
            Subscriber.objects.filter(pk=subscriber.pk).update(digest_since=now)
            sent += 1
    except Exception:
        for unsent, _day, _message in batch[sent:]:
            Subscriber.objects.filter(pk=unsent.pk).update(last_digest_on=unsent.last_digest_on)
        logger.warning("Digest sending stopped after %s of %s e-mails", sent, len(batch))
        raise
    finally:
        with contextlib.suppress(Exception):
            connection.close()
    return sent
