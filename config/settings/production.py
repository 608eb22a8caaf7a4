"""Production: refuses to start without a real SECRET_KEY and ALLOWED_HOSTS; hardened HTTP settings."""

import logging

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, PAGE_CACHE_SECONDS, REDIS_URL, SECRET_KEY, env_bool, env_str

DEBUG = False

if not SECRET_KEY or len(SECRET_KEY) < 40 or SECRET_KEY.startswith(("dev-", "change-me", "django-insecure")):
    raise ImproperlyConfigured("Set SECRET_KEY to a random value of at least 40 characters for production.")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS (comma-separated host names) for production.")

if not REDIS_URL:
    # Each gunicorn worker would keep its own cache: a publish seen by one would stay unseen by the others for a
    # whole page-cache lifetime. Without a shared cache, pages are rendered afresh and the values every page
    # shares (menu, visibility lists) live only seconds in each worker.
    if PAGE_CACHE_SECONDS:
        logging.getLogger("config.settings").warning(
            "REDIS_URL is not set: the page cache is off (a per-process cache would serve stale pages)."
        )
    PAGE_CACHE_SECONDS = 0

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# TLS ends at the proxy in front of gunicorn; it tells us the original scheme.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(env_str("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
