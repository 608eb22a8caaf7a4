"""Subscribers who follow topics (a region with the regions below it, a programme area, a kind of story) by e-mail.

A subscriber is an address with a language, a time zone and a rhythm; each follow is one topic filter, confirmed
on its own through the link sent to the address (double opt-in), with the consent text and time recorded.
"""

import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from news.kinds import StoryKind


def new_key():
    return secrets.token_urlsafe(24)


class Frequency(models.TextChoices):
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly (on Mondays)")


class Subscriber(models.Model):
    email = models.EmailField(unique=True)
    language = models.CharField(max_length=10)
    time_zone = models.CharField(max_length=64)
    frequency = models.CharField(max_length=10, choices=Frequency.choices, default=Frequency.DAILY)
    # The secret behind every signed link; a new one invalidates the old links.
    key = models.CharField(max_length=64, default=new_key, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    # Stories first published after this instant go into the next digest; the local date of the last digest
    # run for this address keeps a day from being sent twice.
    digest_since = models.DateTimeField(null=True, blank=True)
    last_digest_on = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self):
        return self.email

    @property
    def is_confirmed(self):
        return any(follow.confirmed_at for follow in self.follows.all())


class Follow(models.Model):
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="follows")
    region = models.ForeignKey("regions.RegionPage", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    section = models.ForeignKey(
        "sections.SectionPage", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=20, choices=StoryKind.choices, blank=True)
    # Press releases of this topic by e-mail as soon as they are published, besides the digest.
    releases_at_once = models.BooleanField(default=False)
    requested_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    consent_text = models.TextField()
    consent_language = models.CharField(max_length=10)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")

    def __str__(self):
        return f"{self.subscriber} · {self.topic_label() or _('all news')}"

    def topic_label(self):
        parts = [page.title for page in (self.region, self.section) if page]
        if self.kind:
            parts.append(str(StoryKind(self.kind).label))
        return " · ".join(parts)

    def same_topic(self, other):
        return (self.region_id, self.section_id, self.kind) == (other.region_id, other.section_id, other.kind)


class ReleaseDelivery(models.Model):
    """A press release sent at once to a subscriber: never twice, and left out of their next digest."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="release_deliveries")
    page = models.ForeignKey("news.NewsPage", on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["subscriber", "page"], name="one_delivery_per_release")]

    def __str__(self):
        return f"{self.subscriber} · {self.page_id}"
