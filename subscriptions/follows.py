"""Following a topic: the request (double opt-in, the same answer whether or not the address is known), the
confirmation, and the topic filter a follow stands for in a language."""

import datetime
import logging
from zoneinfo import ZoneInfo

from django.db import transaction
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from core.abuse import RateLimit
from news.filters import TopicFilter
from regions.models import RegionPage
from sections.models import SectionPage

from .models import Follow, Subscriber

logger = logging.getLogger(__name__)

DIGEST_HOUR = 9
# Confirmation e-mails per address: someone typing another person's address cannot flood their inbox.
MAILS_TO_ADDRESS = RateLimit("subscribe-address", "SUBSCRIBE_ADDRESS_LIMIT", "SUBSCRIBE_ADDRESS_WINDOW")
REQUESTS_FROM_CLIENT = RateLimit("subscribe-client", "SUBSCRIBE_RATE_LIMIT", "SUBSCRIBE_RATE_WINDOW")


def consent_text():
    """What the subscriber agrees to, in the active language; stored with each follow as it was shown."""
    return _(
        "Send me e-mails with new stories on this topic. Keep my e-mail address, language and time zone for this "
        "until I unsubscribe, which every e-mail lets me do in one click."
    )


def topic_from_query(topic_query, locale):
    """The region, section and kind of a follow form's hidden topic; None when a value no longer exists."""
    topic = TopicFilter.from_query(QueryDict(topic_query or ""), locale)
    return None if topic.notices else TopicFilter(region=topic.region, section=topic.section, kind=topic.kind)


def request_follow(*, email, topic, language, time_zone, frequency, releases_at_once):
    """Record a pending follow and send its confirmation link, unless the address has had enough mail today.

    A confirmed follow of the same topic gets a reminder with the preferences link instead: the page's answer is
    the same in every case, so the form tells nobody whether an address is subscribed.
    Returns the follow whose e-mail is to be sent (subscriptions.jobs.send_confirmation), or None.
    """
    email = email.strip().lower()
    if MAILS_TO_ADDRESS.exceeded(email):
        logger.info("Follow request for an address over its mail limit: no e-mail")
        return None
    MAILS_TO_ADDRESS.hit(email)
    with transaction.atomic():
        subscriber, _created = Subscriber.objects.get_or_create(
            email=email, defaults={"language": language, "time_zone": time_zone, "frequency": frequency}
        )
        follow = Follow(
            subscriber=subscriber,
            region=topic.region,
            section=topic.section,
            kind=topic.kind,
            releases_at_once=releases_at_once,
            consent_text=consent_text(),
            consent_language=language,
        )
        existing = next((known for known in subscriber.follows.all() if known.same_topic(follow)), None)
        if existing is None:
            follow.save()
        elif not existing.confirmed_at:
            existing.consent_text, existing.consent_language = follow.consent_text, language
            existing.requested_at, existing.releases_at_once = timezone.now(), releases_at_once
            existing.save()
            follow = existing
        else:
            follow = existing
    return follow


def confirm(follow):
    """Confirm a follow (again is harmless). A first confirmation after today's 09:00 waits for tomorrow's."""
    now = timezone.now()
    subscriber = follow.subscriber
    if not follow.confirmed_at:
        follow.confirmed_at = now
        follow.save(update_fields=["confirmed_at"])
    if subscriber.digest_since is None:
        local = now.astimezone(ZoneInfo(subscriber.time_zone))
        subscriber.digest_since = now
        subscriber.last_digest_on = local.date() - datetime.timedelta(days=int(local.hour < DIGEST_HOUR))
        subscriber.save(update_fields=["digest_since", "last_digest_on"])


def topic_in_language(follow, locale):
    """The follow's topic for stories of `locale`: its region and section in that language. None when either has
    no visible page there (then no story can match, and none is sent: never 'all news' by mistake)."""
    topic = TopicFilter(kind=follow.kind)
    for attribute, model in (("region", RegionPage), ("section", SectionPage)):
        page = getattr(follow, attribute)
        if page is not None:
            translated = model.objects.visible(locale).filter(translation_key=page.translation_key).first()
            if translated is None:
                return None
            setattr(topic, attribute, translated)
    return topic
