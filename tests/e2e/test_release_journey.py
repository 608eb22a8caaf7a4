"""An editor's release in Chromium: draft a story, submit it to "News review", approve it with a go-live time an
hour ahead (so approving schedules it), find it in Releases and send an embargo link; screenshots in docs/."""

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.e2e.test_editor_journey import news_index_id

from .conftest import SCREENSHOTS

pytestmark = pytest.mark.e2e

expect.set_options(timeout=20_000)  # a shared, busy machine: the admin's answers can take seconds


def more_actions(page, name):
    """Press an action of the editor's footer menu, and wait for the page the form answers with."""
    page.wait_for_load_state("networkidle")  # the menu's script is attached
    page.get_by_role("button", name="More actions").click()
    with page.expect_navigation():
        page.get_by_role("button", name=name, exact=True).click()


def set_schedule(page, go_live_at):
    page.get_by_role("button", name="Toggle status").click()
    page.get_by_role("button", name=re.compile("(Set|Edit) schedule|Choose a schedule")).first.click()
    page.locator("#id_go_live_at").fill(go_live_at)
    # The date picker opens on focus, a moment later, and may then lie over the button whatever was clicked before;
    # the keyboard, as many editors use it, reaches the button under it.
    page.get_by_role("button", name="Save schedule").press("Enter")


def test_editor_drafts_submits_approves_schedules_and_sees_the_release(editor):
    title = f"Solar pumps {uuid.uuid4().hex[:6]} for villages in Tajikistan"
    editor.goto(f"/admin/pages/add/news/newspage/{news_index_id(editor)}/")
    editor.locator("#id_title").fill(title)
    editor.locator("#id_summary").fill("Twelve villages get water pumped by the sun from next month.")
    editor.get_by_role("button", name="Save draft").click()
    expect(editor.locator(".messages")).to_contain_text("created")
    story_id = int(re.search(r"/pages/(\d+)/", editor.url).group(1))

    go_live = editor.evaluate(  # an hour ahead, in the browser's time zone, as the admin's date picker writes it
        "() => { const d = new Date(Date.now() + 3600e3); const p = n => String(n).padStart(2, '0');"
        " return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`"
        " + ` ${p(d.getHours())}:${p(d.getMinutes())}`; }"
    )
    set_schedule(editor, go_live)
    expect(editor.locator(".messages")).to_contain_text("has been updated")
    more_actions(editor, "Submit to News review")
    expect(editor.locator(".messages")).to_contain_text("submitted")

    editor.goto(f"/admin/pages/{story_id}/edit/")
    more_actions(editor, "Approve")  # the last step: approving publishes, and a go-live ahead schedules
    expect(editor.locator(".messages")).to_contain_text(title)

    editor.goto("/admin/releases/")
    row = editor.locator("tr", has_text=title)
    expect(row).to_be_visible()
    expect(row).to_contain_text("Türkçe: missing")
    editor.screenshot(path=str(SCREENSHOTS / "admin-releases-1280.png"), full_page=True)

    row.get_by_role("link", name="Embargo links").click()
    editor.get_by_label("Recipient's name").fill("Dilnoza Press")
    editor.get_by_label("Recipient's e-mail").fill("dilnoza@example.org")
    editor.get_by_role("button", name="Create link").click()
    expect(editor.locator(".messages")).to_contain_text("Embargo link for Dilnoza Press")
    editor.screenshot(path=str(SCREENSHOTS / "admin-embargo-links-1280.png"), full_page=True)
    address = editor.locator("input[readonly]").first.input_value()

    editor.goto("/en/news/")
    expect(editor.locator(".card__title", has_text=title)).to_have_count(0)
    journalist = editor.context.browser.new_context(viewport={"width": 1280, "height": 900})
    reader = journalist.new_page()
    reader.goto(address)
    expect(reader.get_by_role("heading", level=1)).to_have_text(title)
    expect(reader.locator(".embargo-banner")).to_contain_text("Not for publication before")
    reader.screenshot(path=str(SCREENSHOTS / "embargo-preview-1280.png"))
    journalist.close()
