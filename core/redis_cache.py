"""A Redis cache that degrades to a miss instead of an error when Redis is unreachable."""

import logging

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)


def _ignore_errors(method_name, fallback=None):
    def wrapper(self, *args, **kwargs):
        try:
            return getattr(super(ResilientRedisCache, self), method_name)(*args, **kwargs)
        except Exception as error:  # noqa: BLE001 - any Redis failure must not break a page
            logger.warning("Cache %s failed: %s", method_name, error)
            return fallback(*args, **kwargs) if callable(fallback) else fallback

    wrapper.__name__ = method_name
    return wrapper


def _default_argument(key, default=None, *args, **kwargs):
    return default


class ResilientRedisCache(RedisCache):
    get = _ignore_errors("get", fallback=_default_argument)
    get_many = _ignore_errors("get_many", fallback=lambda *a, **k: {})
    set = _ignore_errors("set")
    add = _ignore_errors("add", fallback=False)
    set_many = _ignore_errors("set_many", fallback=lambda *a, **k: [])
    delete = _ignore_errors("delete", fallback=False)
    delete_many = _ignore_errors("delete_many")
    has_key = _ignore_errors("has_key", fallback=False)
    touch = _ignore_errors("touch", fallback=False)
    incr = _ignore_errors("incr")
    clear = _ignore_errors("clear")
