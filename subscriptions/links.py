"""Signed links in the e-mails: confirm one follow (valid a week), manage preferences and unsubscribe (valid until
the subscriber's key changes, i.e. for as long as the address is subscribed)."""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from .models import Follow, Subscriber

CONFIRM_MAX_AGE = 7 * 24 * 3600
CONFIRM_SALT = "subscriptions.confirm"
MANAGE_SALT = "subscriptions.manage"
UNSUBSCRIBE_SALT = "subscriptions.unsubscribe"


def absolute(path):
    return f"{settings.PUBLIC_URL}{path}"


def confirm_url(follow, language):
    token = signing.TimestampSigner(salt=CONFIRM_SALT).sign(f"{follow.pk}.{follow.subscriber.key}")
    with translation.override(language):
        return absolute(reverse("subscriptions:confirm", args=[token]))


def manage_url(subscriber):
    token = signing.Signer(salt=MANAGE_SALT).sign(subscriber.key)
    with translation.override(subscriber.language):
        return absolute(reverse("subscriptions:preferences", args=[token]))


def unsubscribe_url(subscriber):
    token = signing.Signer(salt=UNSUBSCRIBE_SALT).sign(subscriber.key)
    with translation.override(subscriber.language):
        return absolute(reverse("subscriptions:unsubscribe", args=[token]))


def follow_for_confirm_token(token):
    """The follow a confirmation link names, or None when the link is forged, expired or its address is gone."""
    try:
        follow_pk, key = signing.TimestampSigner(salt=CONFIRM_SALT).unsign(token, max_age=CONFIRM_MAX_AGE).split(".", 1)
    except (signing.BadSignature, ValueError):
        return None
    return Follow.objects.select_related("subscriber").filter(pk=follow_pk, subscriber__key=key).first()


def subscriber_for_token(token, salt):
    try:
        key = signing.Signer(salt=salt).unsign(token)
    except signing.BadSignature:
        return None
    return Subscriber.objects.filter(key=key).first()
