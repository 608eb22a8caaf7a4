"""Development: debug on, a throwaway key, local hosts only."""

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, SECRET_KEY, env_str

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]
PAGE_CACHE_SECONDS = int(env_str("PAGE_CACHE_SECONDS", "0"))  # see template changes at once
