"""Production settings: refuse to start half-configured, and send the security headers on every response."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SECRET = "x" * 20 + "production-test-secret-key-0123456789"
PROBE = """
import django, json, os
django.setup()
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
from django.conf import settings
settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
response = Client().get("/robots.txt", secure=True, headers={"host": "www.example.org"})
redirect = Client().get("/robots.txt", headers={"host": "www.example.org"})
print(json.dumps({"status": response.status_code, "headers": dict(response.headers),
                  "redirect": redirect.status_code, "cookie_secure": settings.SESSION_COOKIE_SECURE}))
"""


def run_with_production_settings(code, **env):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.production", **env}
    for name, value in env.items():
        if value is None:
            environment.pop(name)
    environment = {key: value for key, value in environment.items() if value is not None}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_ROOT, env=environment, timeout=120
    )


@pytest.mark.parametrize(
    "env, message",
    [
        ({"SECRET_KEY": None, "ALLOWED_HOSTS": "www.example.org"}, "SECRET_KEY"),
        ({"SECRET_KEY": "short", "ALLOWED_HOSTS": "www.example.org"}, "SECRET_KEY"),
        ({"SECRET_KEY": SECRET, "ALLOWED_HOSTS": None}, "ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_secret_key_and_hosts(env, message):
    result = run_with_production_settings("import django; django.setup()", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and message in result.stderr


def production_response():
    result = run_with_production_settings(PROBE, SECRET_KEY=SECRET, ALLOWED_HOSTS="www.example.org")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_response_carries_the_security_headers():
    probe = production_response()
    headers = {name.lower(): value for name, value in probe["headers"].items()}
    assert probe["status"] == 200
    csp = headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert headers["strict-transport-security"].startswith("max-age=31536000")
    assert headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in headers["permissions-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["cross-origin-opener-policy"] == "same-origin"
    assert probe["redirect"] == 301  # plain HTTP goes to HTTPS
    assert probe["cookie_secure"] is True


def test_https_redirect_can_be_switched_off_behind_a_local_proxy():
    result = run_with_production_settings(
        PROBE, SECRET_KEY=SECRET, ALLOWED_HOSTS="www.example.org", SECURE_SSL_REDIRECT="0"
    )
    assert json.loads(result.stdout.strip().splitlines()[-1])["redirect"] == 200


def policy_directives(header):
    """{"script-src": ["'self'", ...], ...} from a Content-Security-Policy header."""
    return {name: values for name, *values in (part.split() for part in header.split(";") if part.strip())}


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/login/", "/admin/"])
def test_admin_policy_allows_no_inline_handler_no_eval_and_nothing_from_other_hosts(admin_client, client, path):
    response = (admin_client if path == "/admin/" else client).get(path)
    policy = policy_directives(response["Content-Security-Policy"])

    assert response.status_code == 200
    # Wagtail 8's widgets need inline <script> and <style> elements, nothing more (docs/security.md).
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["script-src-attr"] == ["'none'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["img-src"] == ["'self'", "data:", "blob:"]
    assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'none'"]
    for directive in ("default-src", "connect-src", "font-src", "media-src", "frame-src", "worker-src", "form-action"):
        assert policy[directive] == ["'self'"], directive
    assert policy["frame-ancestors"] == ["'self'"]  # the preview panel; never another site
