"""Browser tests: a real server with demo content on its own SQLite file, driven by Debian's Chromium.

The server runs in a separate process (as readers meet the site), started once per test session.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.smtp_server import start_smtp_server

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs an event loop

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PROJECT_ROOT = Path(__file__).resolve().parents[2]
# Screenshots of every run go to test-results/ (ignored by git); `make screenshots` refreshes docs/screenshots/.
SCREENSHOTS = Path(os.environ.get("SCREENSHOT_DIR") or PROJECT_ROOT / "test-results" / "screenshots")
SCREENSHOTS.mkdir(parents=True, exist_ok=True)
EDITOR = {"username": "editor", "password": "editor-demo-password"}
CHECKOUT_URL = (
    "https://pay.example.test/checkout?amount={amount}&currency={currency}&campaign={campaign}&lang={language}"
)
UNTRANSLATED_SLUG = "a-note-in-english-only"
UNTRANSLATED_STORY = f"""
from news.models import NewsIndexPage, NewsPage
index = NewsIndexPage.objects.get(locale__language_code="en")
story = NewsPage(title="A note in English only", slug="{UNTRANSLATED_SLUG}", summary="Not translated, not tagged.")
index.add_child(instance=story)
story.save_revision().publish()
"""


def pytest_collection_modifyitems(config, items):
    if Path(CHROMIUM).exists():
        return
    skip = pytest.mark.skip(reason=f"browser tests need Debian's Chromium at {CHROMIUM} (apt-get install chromium)")
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [*browser_type_launch_args.get("args", []), *CHROMIUM_FLAGS],
    }


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url, process, seconds=240):  # generous: a busy CI machine starts Django slowly
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the site server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - our own local server
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the site server did not answer at {url} within {seconds} s")


@pytest.fixture(scope="session")
def smtp_inbox():
    """A real local SMTP server (aiosmtpd) the e2e site sends its e-mail to, stopped after the session."""
    controller, inbox = start_smtp_server()
    inbox.port = controller.port
    yield inbox
    controller.stop()


@pytest.fixture(scope="session")
def site_url(smtp_inbox):
    """Base URL of a server running the demo site (migrated, demo content, an editor login).

    E2E_SITE_URL reuses a server that is already running (while writing tests); otherwise one is started."""
    if os.environ.get("E2E_SITE_URL"):
        yield os.environ["E2E_SITE_URL"]
        return
    workdir = Path(tempfile.mkdtemp(prefix="e2e-site-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.e2e",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "PRIVATE_MEDIA_ROOT": str(workdir / "private-media"),
        # A hosted checkout that the donor journey intercepts in the browser (nothing is sent to it).
        "DONATION_CHECKOUT_URL": CHECKOUT_URL,
        # E-mail (account verification, decisions, workflow) goes by SMTP to the session's local server.
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(smtp_inbox.port),
        "EMAIL_USE_TLS": "0",
    }
    manage = [sys.executable, str(PROJECT_ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True, cwd=PROJECT_ROOT)
    subprocess.run([*manage, "load_demo", "--with-editor"], env=env, check=True, cwd=PROJECT_ROOT, capture_output=True)
    # One English story with no translation and no tags: what the switcher and related news fall back for.
    subprocess.run([*manage, "shell", "-c", UNTRANSLATED_STORY], env=env, check=True, cwd=PROJECT_ROOT)
    port = _free_port()
    server = subprocess.Popen(  # noqa: S603 - fixed arguments
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        env=env,
        cwd=PROJECT_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(f"{base_url}/en/", server)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(params=[True, False], ids=["javascript", "no-javascript"])
def reader(request, browser, site_url):
    """A browser tab on the demo site, once with JavaScript and once without: nothing a reader does needs it."""
    context = browser.new_context(java_script_enabled=request.param, base_url=site_url)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def editor_credentials():
    return EDITOR


@pytest.fixture
def editor(browser, site_url, editor_credentials):
    """A Chromium page signed in to the admin as the demo editor."""
    context = browser.new_context(base_url=site_url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(editor_credentials["username"])
    page.get_by_label("Password").fill(editor_credentials["password"])
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    yield page
    context.close()
