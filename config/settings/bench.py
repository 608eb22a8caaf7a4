"""Benchmarks: production-like rendering (DEBUG off, no page cache) against the database of DATABASE_URL."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "bench-only-key"  # noqa: S105 - never served
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PAGE_CACHE_SECONDS = 0
# No worker runs beside this server: background jobs (Wagtail's reference index among them) run at once.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The benchmark's one client stands for many readers: the per-address search limit would answer it with 429s.
SEARCH_RATE_LIMIT = 10**9
