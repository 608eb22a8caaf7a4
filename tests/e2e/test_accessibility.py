"""WCAG 2.2 AA: axe-core finds no serious or critical violation, and the Nu HTML Checker no error."""

import json
import os
import shutil
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from .pages import LANGUAGES, pages_to_check

pytestmark = pytest.mark.e2e

PROJECT_ROOT = Path(__file__).resolve().parents[2]
AXE_SOURCE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = PROJECT_ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def page_source(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - our own local server
            return response.read()
    except urllib.error.HTTPError as error:  # the not-found page is checked too
        return error.read()


def _axe():
    return Axe.from_file(AXE_SOURCE) if AXE_SOURCE.exists() else Axe()


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_have_no_serious_accessibility_violations(page, site_url, language):
    axe = _axe()
    problems = {}
    for name, path in pages_to_check(site_url, language).items():
        page.goto(site_url + path)
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        serious = [
            f"{violation['id']}: {violation['help']} ({len(violation['nodes'])} nodes)"
            for violation in results.response["violations"]
            if violation["impact"] in {"serious", "critical"}
        ]
        if serious:
            problems[f"{name} {path}"] = serious
    assert problems == {}


@pytest.mark.skipif(shutil.which("java") is None, reason="the Nu HTML Checker needs Java")
@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_are_valid_html(site_url, language, tmp_path):
    if not VNU_JAR.exists():
        if os.environ.get("CI"):
            pytest.fail("vnu-jar is missing: .ci/run installs it with `npm ci` before the tests")
        if shutil.which("npm") is None:
            pytest.skip("the Nu HTML Checker (npm's vnu-jar) needs npm: install Node.js and npm, then `make test`")
        pytest.skip("vnu-jar is not installed: `make test` installs it (npm ci)")
    # vnu refuses to fetch from 127.0.0.1 ("Forbidden host", and the flag that lifts that is not in every vnu
    # release), so the pages are fetched here and checked as files.
    checked = {}
    for name, path in pages_to_check(site_url, language).items():
        target = tmp_path / f"{name.replace(' ', '-')}.html"
        target.write_bytes(page_source(site_url + path))
        checked[target.name] = path
    completed = subprocess.run(  # noqa: S603 - fixed program, our own files
        ["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *map(str, tmp_path.glob("*.html"))],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode in (0, 1), completed.stderr  # 1: errors found; anything else: vnu did not run
    messages = json.loads(completed.stderr)["messages"]  # vnu reports on stderr, even when all is valid
    problems = [
        f"{checked.get(Path(m.get('url', '')).name, m.get('url'))}:{m.get('lastLine')}: {m.get('message')}"
        for m in messages
    ]
    assert problems == []  # errors, and anything that kept a page from being checked (non-document-error)
    assert completed.returncode == 0, completed.stderr
