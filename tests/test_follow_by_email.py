"""Follow by e-mail: the form on topic pages, double opt-in with a recorded consent, the signed preferences link,
one-click unsubscribe (RFC 8058), rate limits and the same answer for every address."""

import re

import pytest
from django.core import mail

from subscriptions.models import Follow, Subscriber

pytestmark = pytest.mark.django_db


def follow(client, email="reader@example.org", topic="region=balkans", language="en", **fields):
    data = {"email": email, "topic": topic, "time_zone": "Europe/Istanbul", "frequency": "daily", "consent": "on"}
    data.update(fields)
    return client.post(f"/{language}/follow/", data, REMOTE_ADDR=fields.pop("ip", "10.0.0.1"))


def link_in(message, kind):
    return re.search(rf"http://testserver(/\w\w/follow/{kind}/[^/\s]+/)", message.body).group(1)


def test_region_section_and_listing_pages_offer_the_follow_form(client, balkans, healthcare, news_index):
    for page, topic in ((balkans, "region=balkans"), (healthcare, "section=healthcare"), (news_index, "")):
        html = client.get(page.url).content.decode()
        assert "Follow by e-mail" in html
        assert (f'name="topic" value="{topic}"' if topic else 'name="topic"') in html


def test_following_sends_only_a_confirmation_link_and_records_consent(client, balkans):
    response = follow(client)
    assert response.status_code == 200 and "Check your inbox" in response.content.decode()
    assert len(mail.outbox) == 1
    assert "confirm" in mail.outbox[0].subject.lower() and "Balkans" in mail.outbox[0].subject
    pending = Follow.objects.get()
    assert pending.confirmed_at is None and pending.region == balkans
    assert "until I unsubscribe" in pending.consent_text and pending.requested_at
    assert pending.subscriber.time_zone == "Europe/Istanbul"

    confirm_path = link_in(mail.outbox[0], "confirm")
    assert "Yes, confirm" in client.get(confirm_path).content.decode()
    assert Follow.objects.get().confirmed_at is None  # a mail scanner's GET confirms nothing
    preferences = client.post(confirm_path, follow=True)
    assert "you now follow Balkans" in preferences.content.decode()
    assert Follow.objects.get().confirmed_at is not None


def test_the_answer_is_the_same_for_a_known_and_an_unknown_address(client, balkans):
    first = follow(client, email="known@example.org")
    Follow.objects.update(confirmed_at="2026-01-01T00:00Z")
    again = follow(client, email="known@example.org")
    stranger = follow(client, email="stranger@example.org")
    assert first.content == again.content == stranger.content
    assert "already follows" in mail.outbox[1].body  # the owner learns it; the page does not say


def test_bad_input_keeps_what_was_typed_and_explains(client, balkans):
    response = follow(client, email="not-an-address", consent="")
    html = response.content.decode()
    assert response.status_code == 400 and 'value="not-an-address"' in html
    assert "Enter a valid email address" in html and not mail.outbox
    unknown_topic = follow(client, topic="region=atlantis")
    assert unknown_topic.status_code == 400 and "no longer on the site" in unknown_topic.content.decode()


def test_requests_from_one_client_are_rate_limited_without_losing_the_form(client, balkans, settings):
    settings.SUBSCRIBE_RATE_LIMIT = 2
    follow(client, email="a@example.org")
    follow(client, email="b@example.org")
    refused = follow(client, email="c@example.org")
    assert refused.status_code == 429 and 'value="c@example.org"' in refused.content.decode()
    assert len(mail.outbox) == 2


def test_one_address_gets_few_confirmation_mails_whoever_asks(client, balkans, settings):
    settings.SUBSCRIBE_ADDRESS_LIMIT = 2
    for number in range(4):
        assert follow(client, email="target@example.org", ip=f"10.0.1.{number}").status_code == 200
    assert len(mail.outbox) == 2


def confirmed_subscriber(client):
    follow(client)
    client.post(link_in(mail.outbox[-1], "confirm"))
    return Subscriber.objects.get()


def test_preferences_through_the_signed_link(client, balkans):
    subscriber = confirmed_subscriber(client)
    path = client.post(link_in(mail.outbox[0], "confirm")).url
    assert client.get(path).status_code == 200
    response = client.post(path, {"frequency": "weekly", "language": "ar", "time_zone": "Asia/Amman", "follows": []})
    assert response.status_code == 302
    subscriber.refresh_from_db()
    assert (subscriber.frequency, subscriber.language, subscriber.time_zone) == ("weekly", "ar", "Asia/Amman")
    assert not subscriber.follows.exists()
    assert client.get(path[:-3] + "xx/").status_code == 404


def test_one_click_unsubscribe_deletes_the_address(client, balkans):
    from subscriptions import links

    subscriber = confirmed_subscriber(client)
    path = links.unsubscribe_url(subscriber).removeprefix("http://testserver")
    client.handler.enforce_csrf_checks = True
    response = client.post(path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    assert not Subscriber.objects.exists() and not Follow.objects.exists()


def test_staff_see_counts_export_and_delete_a_subscriber(client, admin_user, balkans):
    subscriber = confirmed_subscriber(client)
    client.force_login(admin_user)
    report = client.get("/admin/reports/subscribers/").content.decode()
    assert "Balkans" in report and "<td>1</td>" in report
    found = client.get("/admin/reports/subscribers/", {"email": "READER@example.org"}).content.decode()
    assert f"/admin/reports/subscribers/{subscriber.pk}/export/" in found
    export = client.get(f"/admin/reports/subscribers/{subscriber.pk}/export/").json()
    assert export["email"] == "reader@example.org" and "until I unsubscribe" in export["follows"][0]["consent_text"]
    client.post(f"/admin/reports/subscribers/{subscriber.pk}/delete/")
    assert not Subscriber.objects.exists() and not Follow.objects.exists()


def test_editors_without_the_permission_see_no_subscriber(client, balkans, roles):
    confirmed_subscriber(client)
    client.force_login(roles["editor"])
    assert client.get("/admin/reports/subscribers/").status_code in (302, 403)
    assert client.post(f"/admin/reports/subscribers/{Subscriber.objects.get().pk}/delete/").status_code in (302, 403)
    assert Subscriber.objects.exists()
