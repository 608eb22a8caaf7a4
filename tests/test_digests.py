"""Digests, with a frozen clock and a real SMTP server (aiosmtpd): a story published in a followed region, or a
region below it, arrives in the subscriber's next 09:00 digest, in their language and time zone, once."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail

from subscriptions import links
from subscriptions.jobs import send_due_digests
from subscriptions.models import Subscriber
from tests import factories

pytestmark = pytest.mark.django_db

ISTANBUL = ZoneInfo("Europe/Istanbul")  # UTC+3 all year


def at(year_month_day, hour, minute=0, zone=ISTANBUL):
    return time_machine.travel(datetime.datetime(*year_month_day, hour, minute, tzinfo=zone), tick=False)


def publish(news_index, title, **fields):
    story = factories.NewsPageFactory(parent=news_index, title=title, live=False, **fields)
    story.save_revision().publish()
    story.refresh_from_db()
    return story


def subscribe_and_confirm(client, email, topic, language="en", time_zone="Europe/Istanbul"):
    data = {"email": email, "topic": topic, "time_zone": time_zone, "frequency": "daily", "consent": "on"}
    client.post(f"/{language}/follow/", data)
    confirmation = mail.outbox[-1]
    path = re.search(r"http://testserver(/\w\w/follow/confirm/[^/\s]+/)", confirmation.body).group(1)
    client.post(path)
    return Subscriber.objects.get(email=email)


def digests_to(inbox, address):
    return [message for message in inbox.to(address) if message["Subject"].startswith(("New stories", "قصص"))]


def test_a_story_in_a_region_below_the_followed_one_arrives_at_nine_once(
    client, smtp_inbox, news_index, balkans, albania, caucasus, settings
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # the confirmation, read from outbox
    with at((2026, 7, 1), 10):
        subscribe_and_confirm(client, "donor@example.org", "region=balkans")
        subscribe_and_confirm(client, "unconfirmed@example.org", "region=balkans")
        Subscriber.objects.filter(email="unconfirmed@example.org").first().follows.update(confirmed_at=None)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    with at((2026, 7, 1), 15):
        publish(news_index, "Clinic reopens in Shkodër", regions=[albania], summary="Doctors are back.")
        publish(news_index, "Harvest help in Armenia", regions=[caucasus])

    with at((2026, 7, 2), 8, 55):
        send_due_digests.enqueue()
    assert digests_to(smtp_inbox, "donor@example.org") == []

    with at((2026, 7, 2), 9, 0):
        send_due_digests.enqueue()
    with at((2026, 7, 2), 9, 5):
        send_due_digests.enqueue()
    (digest,) = digests_to(smtp_inbox, "donor@example.org")
    text = digest.get_body(("plain",)).get_content()
    html = digest.get_body(("html",)).get_content()
    assert "Clinic reopens in Shkodër" in text and "Doctors are back." in text
    assert "Harvest help in Armenia" not in text + html
    assert '<html lang="en" dir="ltr">' in html and "Clinic reopens in Shkodër" in html
    assert "<img" not in html or 'alt="' in html
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert digest["List-Unsubscribe"].strip().startswith("<http://testserver/en/follow/unsubscribe/")
    assert smtp_inbox.to("unconfirmed@example.org") == []

    with at((2026, 7, 3), 9, 0):
        send_due_digests.enqueue()  # nothing new: nothing sent
    assert len(digests_to(smtp_inbox, "donor@example.org")) == 1

    with at((2026, 7, 3), 12):
        publish(news_index, "Schools stay open in Kosovo", regions=[balkans])
    unsubscribe = digest["List-Unsubscribe"].strip().strip("<>").removeprefix("http://testserver")
    client.post(unsubscribe, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    with at((2026, 7, 4), 9, 0):
        send_due_digests.enqueue()
    assert len(digests_to(smtp_inbox, "donor@example.org")) == 1
    assert smtp_inbox.to("unconfirmed@example.org") == []


def test_an_arabic_subscriber_gets_the_arabic_story_right_to_left_at_nine_in_amman(
    client, smtp_inbox, news_index, balkans, albania, translate, settings
):
    balkans_ar = translate(balkans, "ar", {"Balkans": "البلقان"})
    translate(albania, "ar", {"Albania": "ألبانيا"})
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with at((2026, 7, 1), 10):
        subscribe_and_confirm(client, "reader@example.org", f"region={balkans_ar.slug}", "ar", "Asia/Amman")
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    with at((2026, 7, 1), 12):
        story = publish(news_index, "Clinic reopens", regions=[albania])
        translate(story, "ar", {"Clinic reopens": "إعادة افتتاح العيادة"})
    with at((2026, 7, 2), 9, 0, zone=ZoneInfo("Asia/Amman")):
        send_due_digests.enqueue()
    (digest,) = smtp_inbox.to("reader@example.org")
    html = digest.get_body(("html",)).get_content()
    assert '<html lang="ar" dir="rtl">' in html and "إعادة افتتاح العيادة" in html
    assert ">Clinic reopens<" not in html
    assert "/ar/follow/unsubscribe/" in digest["List-Unsubscribe"]


def test_a_failed_send_is_retried_and_never_sent_twice(client, smtp_inbox, news_index, balkans, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with at((2026, 7, 1), 10):
        subscriber = subscribe_and_confirm(client, "donor@example.org", "region=balkans")
    with at((2026, 7, 1), 15):
        publish(news_index, "Flood appeal", regions=[balkans])
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_PORT = 1  # nobody listens: the send fails
    with at((2026, 7, 2), 9, 0), pytest.raises(OSError):
        from subscriptions.digests import send_digests

        send_digests()
    subscriber.refresh_from_db()
    assert subscriber.last_digest_on == datetime.date(2026, 7, 1)  # the day was given back
    settings.EMAIL_PORT = smtp_inbox.port
    with at((2026, 7, 2), 9, 5):
        send_due_digests.enqueue()
        send_due_digests.enqueue()
    assert len(smtp_inbox.to("donor@example.org")) == 1
    assert links.unsubscribe_url(subscriber)


def test_a_press_release_goes_at_once_to_those_who_asked_and_not_again_in_the_digest(
    client, smtp_inbox, news_index, balkans, albania, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with at((2026, 7, 1), 10):
        subscribe_and_confirm(client, "journalist@example.org", "region=balkans")
        Subscriber.objects.get().follows.update(releases_at_once=True)
        subscribe_and_confirm(client, "donor@example.org", "region=balkans")
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    with at((2026, 7, 1), 15), django_capture_on_commit_callbacks(execute=True):
        publish(news_index, "Appeal for Albania's flood victims", regions=[albania], kind="press-release")
    (at_once,) = smtp_inbox.to("journalist@example.org")
    assert at_once["Subject"] == "Press release: Appeal for Albania's flood victims"
    assert smtp_inbox.to("donor@example.org") == []
    with at((2026, 7, 2), 9, 0):
        send_due_digests.enqueue()
    assert len(smtp_inbox.to("journalist@example.org")) == 1  # not again in the digest
    assert len(smtp_inbox.to("donor@example.org")) == 1  # the digest


def test_a_story_made_private_or_unpublished_before_nine_is_not_sent(
    client, smtp_inbox, news_index, balkans, albania, settings
):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with at((2026, 7, 1), 10):
        subscribe_and_confirm(client, "donor@example.org", "region=balkans")
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    with at((2026, 7, 1), 15):
        private = publish(news_index, "Working group minutes", regions=[albania])
        withdrawn = publish(news_index, "Withdrawn statement", regions=[albania])
    restriction = PageViewRestriction.objects.create(page=private, restriction_type="groups")
    restriction.groups.add(Group.objects.create(name="Working group"))
    withdrawn.unpublish()
    with at((2026, 7, 2), 9, 0):
        send_due_digests.enqueue()
    sent = [message.get_body(("plain",)).get_content() for message in smtp_inbox.to("donor@example.org")]
    assert sent == []  # nothing readable is new: nothing is sent


def test_a_weekly_digest_waits_for_monday(client, smtp_inbox, news_index, balkans, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with at((2026, 7, 1), 10):  # a Wednesday
        subscribe_and_confirm(client, "weekly@example.org", "region=balkans")
        Subscriber.objects.update(frequency="weekly")
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    with at((2026, 7, 1), 15):
        publish(news_index, "Flood appeal", regions=[balkans])
    with at((2026, 7, 2), 9, 0):
        send_due_digests.enqueue()
    assert smtp_inbox.to("weekly@example.org") == []
    with at((2026, 7, 6), 9, 0):  # Monday
        send_due_digests.enqueue()
    assert len(smtp_inbox.to("weekly@example.org")) == 1
