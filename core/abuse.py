"""Abuse protection: counters in the cache that limit page passwords, password resets, searches and contact-form
submissions per client (sign-in failures are django-axes's: core/sign_in.py).

Counters live in Django's cache (Redis in production) under a fixed window that starts at the first hit. When
the cache is unreachable every counter reads as zero: protection lapses, but editors can still sign in and
visitors can still write to us. Settings and defaults are described in docs/security.md.
"""

import hashlib
import logging
import math
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import ngettext

logger = logging.getLogger(__name__)


def client_ip(request):
    """The visitor's address: REMOTE_ADDR, or the address our own proxies put in X-Forwarded-For.

    Behind TRUSTED_PROXY_COUNT proxies, each appends the address it saw, so the client is that many entries from
    the right; anything further left was written by the client and cannot be trusted.
    """
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if forwarded:
            return forwarded[-min(proxies, len(forwarded))]
    return request.META.get("REMOTE_ADDR", "")


@dataclass(frozen=True)
class RateLimit:
    """At most `limit` hits per identity within `window` seconds; both are read from settings on every call."""

    name: str
    limit_setting: str
    window_setting: str

    @property
    def limit(self):
        return int(getattr(settings, self.limit_setting))

    @property
    def window(self):
        return int(getattr(settings, self.window_setting))

    def _key(self, identity):
        # Hashed: usernames and addresses may hold characters or lengths a cache key must not.
        return f"abuse:{self.name}:{hashlib.sha256(identity.encode()).hexdigest()}"

    def count(self, identity):
        try:
            return int(cache.get(self._key(identity)) or 0)
        except Exception:  # noqa: BLE001 - a cache outage must never lock people out
            logger.warning("Abuse counter %s unreadable; not limiting", self.name, exc_info=True)
            return 0

    def exceeded(self, identity):
        return self.limit > 0 and self.count(identity) >= self.limit

    def hit(self, identity):
        key = self._key(identity)
        try:
            # add() starts the window only if none is running; incr() keeps the key's expiry.
            if cache.add(key, 1, timeout=self.window):
                return
            cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.set(key, 1, timeout=self.window)
        except Exception:  # noqa: BLE001 - a cache outage must never break a sign-in or a submission
            logger.warning("Abuse counter %s not updated", self.name, exc_info=True)

    def reset(self, identity):
        try:
            cache.delete(self._key(identity))
        except Exception:  # noqa: BLE001
            logger.warning("Abuse counter %s not reset", self.name, exc_info=True)


CONTACT_SUBMISSIONS = RateLimit("contact-submissions", "CONTACT_FORM_RATE_LIMIT", "CONTACT_FORM_RATE_WINDOW")
PAGE_PASSWORD_FAILURES = RateLimit(
    "page-password-failures", "PAGE_PASSWORD_FAILURE_LIMIT", "PAGE_PASSWORD_FAILURE_WINDOW"
)
PASSWORD_RESETS_FROM_ADDRESS = RateLimit("password-resets-address", "PASSWORD_RESET_LIMIT", "PASSWORD_RESET_WINDOW")
PASSWORD_RESETS_FOR_ACCOUNT = RateLimit("password-resets-account", "PASSWORD_RESET_LIMIT", "PASSWORD_RESET_WINDOW")
SEARCHES = RateLimit("searches", "SEARCH_RATE_LIMIT", "SEARCH_RATE_WINDOW")


def wait_message(seconds):
    """ "Please wait N minutes and try again" in the reader's language, for a refusal lasting `seconds`."""
    minutes = max(1, math.ceil(seconds / 60))
    return ngettext(
        "Please wait %(minutes)d minute and try again.",
        "Please wait %(minutes)d minutes and try again.",
        minutes,
    ) % {"minutes": minutes}
