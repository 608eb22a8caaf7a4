"""Tests: fast hashing, an in-memory cache, no debug toolbar; the database still comes from DATABASE_URL."""

from .base import *  # noqa: F403
from .base import BASE_DIR

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = BASE_DIR / ".test-media"
PRIVATE_MEDIA_ROOT = BASE_DIR / ".test-private-media"
PUBLIC_URL = "http://testserver"
WAGTAILADMIN_BASE_URL = PUBLIC_URL
PAGE_CACHE_SECONDS = 0  # factories change content without publishing; tests that need the cache enable it
# One process per test database: nothing changes content behind its back, and a generation that expired mid-test
# on a slow machine would add queries to a count being measured.
CACHE_GENERATION_SECONDS = 300
