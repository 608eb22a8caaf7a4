"""Real caches for fault tests: local memory, the machine's Redis under a per-worker key prefix, a Redis server of
the test's own (started on a free port, stopped by its PID), and a dead port where nothing listens.

`cache_backend` is a fixture parametrised over the first three: a test that takes it runs once per kind of cache,
with Django's default cache pointing at it. Each offers `evict(key)` and `flush()` done behind Django's back, as
Redis does when it runs out of memory or an operator flushes it.
"""

import os
import shutil
import socket
import subprocess
import time
import uuid
from contextlib import closing

import pytest
import redis
from django.core.cache import cache
from django.test import override_settings

MACHINE_REDIS = "redis://127.0.0.1:6379/0"


def free_port():
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_config(url, prefix):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": prefix,
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.25, "IGNORE_EXCEPTIONS": True},
    }


def dead_redis_config():
    """A Redis cache on a port where nothing listens: every call fails to connect."""
    return redis_config(f"redis://127.0.0.1:{free_port()}/0", "dead")


class RedisServer:
    """A redis-server process of our own; never the machine's on 6379."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url, socket_connect_timeout=0.25)
        for _attempt in range(100):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"redis-server on port {self.port} did not start")

    def stop(self):
        if self.process.poll() is None:
            self.process.kill()  # by the PID we started, nothing else
            self.process.wait(timeout=10)


class CacheBackend:
    """Django's default cache pointed at one kind of cache, with ways to lose keys behind its back."""

    def __init__(self, name, config, raw=None, server=None):
        self.name, self.config, self.raw, self.server = name, config, raw, server

    def evict(self, key):
        if self.raw is None:
            cache.delete(key)
        else:
            self.raw.delete(cache.make_key(key))

    def flush(self):
        if self.raw is None:
            cache.clear()
        elif self.server is not None:
            self.raw.flushall()  # our own server: nobody else's keys
        else:
            for key in self.raw.scan_iter(f"{self.config['KEY_PREFIX']}:*"):
                self.raw.delete(key)

    def stop(self):
        self.server.stop()


def machine_redis_or_skip():
    client = redis.Redis.from_url(MACHINE_REDIS, socket_connect_timeout=0.25)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.skip(f"Redis is not reachable at {MACHINE_REDIS} (start it: see docs/caching.md)")
    return client


def unique_prefix():
    """Per xdist worker and per test, so parallel tests never share or clear each other's keys."""
    return f"test-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def machine_redis():
    client = machine_redis_or_skip()
    backend = CacheBackend("redis", redis_config(MACHINE_REDIS, unique_prefix()), raw=client)
    with override_settings(CACHES={"default": backend.config}):
        yield backend
        backend.flush()


@pytest.fixture
def own_redis():
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed (Debian package redis-server)")
    server = RedisServer()
    client = redis.Redis.from_url(server.url, socket_connect_timeout=0.25)
    backend = CacheBackend("own-redis", redis_config(server.url, unique_prefix()), raw=client, server=server)
    try:
        with override_settings(CACHES={"default": backend.config}):
            yield backend
    finally:
        server.stop()


@pytest.fixture
def locmem_cache():
    config = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": unique_prefix()}
    with override_settings(CACHES={"default": config}):
        yield CacheBackend("locmem", config)


@pytest.fixture(params=["locmem", "redis", "own-redis"])
def cache_backend(request):
    """Each test that takes this runs under local memory, the machine's Redis and a Redis of its own."""
    fixture = {"locmem": "locmem_cache", "redis": "machine_redis", "own-redis": "own_redis"}[request.param]
    return request.getfixturevalue(fixture)
