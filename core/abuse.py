"""Abuse protection: counters in the cache that throttle admin sign-in and limit contact-form submissions.

Counters live in Django's cache (Redis in production) under a fixed window that starts at the first hit. When
the cache is unreachable every counter reads as zero: protection lapses, but editors can still sign in and
visitors can still write to us. Settings and defaults are described in docs/security.md.
"""

import hashlib
import logging
import math
from dataclasses import dataclass
from functools import cache as memoize

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.dispatch import receiver
from django.utils.translation import ngettext

logger = logging.getLogger(__name__)

LOGIN_URL_NAME = "wagtailadmin_login"


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


LOGIN_FAILURES = RateLimit("login-failures", "LOGIN_FAILURE_LIMIT", "LOGIN_FAILURE_WINDOW")
CONTACT_SUBMISSIONS = RateLimit("contact-submissions", "CONTACT_FORM_RATE_LIMIT", "CONTACT_FORM_RATE_WINDOW")


def _user_identity(username):
    return f"user:{(username or '').strip().casefold()}"


def _ip_identity(address):
    return f"ip:{address}"


def login_is_throttled(username, address):
    return LOGIN_FAILURES.exceeded(_user_identity(username)) or LOGIN_FAILURES.exceeded(_ip_identity(address))


@receiver(user_login_failed, dispatch_uid="abuse-count-failed-login")
def count_failed_login(sender, credentials, request=None, **kwargs):
    LOGIN_FAILURES.hit(_user_identity(credentials.get("username", "")))
    if request is not None:
        LOGIN_FAILURES.hit(_ip_identity(client_ip(request)))


@receiver(user_logged_in, dispatch_uid="abuse-clear-login-failures")
def clear_login_failures(sender, request, user, **kwargs):
    # Only the username's counter: clearing the address's would let anyone with one account reset it at will.
    LOGIN_FAILURES.reset(_user_identity(user.get_username()))


@memoize
def throttled_login_view():
    """Wagtail's sign-in page with a notice and status 429; it never authenticates what was posted.

    Built on first use: core.abuse is imported while models load, before Wagtail's admin views can be.
    """
    from wagtail.admin.views.account import LoginView

    class ThrottledLoginView(LoginView):
        def post(self, request, *args, **kwargs):
            return self.get(request, *args, **kwargs)

        def get_form_kwargs(self):
            kwargs = super().get_form_kwargs()
            kwargs.pop("data", None)
            kwargs.pop("files", None)
            kwargs["initial"] = {"username": self.request.POST.get("username", "")}
            return kwargs

        def render_to_response(self, context, **response_kwargs):
            response = super().render_to_response(context, status=429, **response_kwargs)
            response["Retry-After"] = str(LOGIN_FAILURES.window)
            return response

    return ThrottledLoginView.as_view()


def throttled_login_response(request):
    minutes = max(1, math.ceil(LOGIN_FAILURES.window / 60))
    messages.error(
        request,
        ngettext(
            "Too many failed sign-in attempts. For your security, signing in is paused: "
            "please wait %(minutes)d minute and try again.",
            "Too many failed sign-in attempts. For your security, signing in is paused: "
            "please wait %(minutes)d minutes and try again.",
            minutes,
        )
        % {"minutes": minutes},
    )
    return throttled_login_view()(request)


class LoginThrottleMiddleware:
    """Refuse sign-in attempts to the Wagtail admin for a username or address with too many recent failures.

    Runs as process_view, after CsrfViewMiddleware, so only the resolved login view is concerned. The check comes
    before authentication: a refused attempt, even with the right password, never reaches the password check.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        if request.method != "POST" or match is None or match.view_name != LOGIN_URL_NAME:
            return None
        if login_is_throttled(request.POST.get("username", ""), client_ip(request)):
            logger.warning("Admin sign-in throttled for address %s", client_ip(request))
            return throttled_login_response(request)
        return None
