"""Browser tests: production-like (DEBUG off, real error pages) but served by runserver on 127.0.0.1."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "e2e-only-key"  # noqa: S105 - the e2e server listens on 127.0.0.1 only
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# No worker runs beside this server: background jobs (Wagtail's reference index among them) run at once.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
