"""An editor's and a translator's day in Chromium: write a story in the Wagtail admin, publish it, find it where
readers look; then translate it into Turkish in wagtail-localize's editor and reach it through the switcher."""

import re
import uuid

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def news_index_id(page):
    """The English news index's id, read from the Wagtail user bar an editor sees on the public page."""
    page.goto("/en/news/")
    href = page.locator("a[href*='/admin/pages/'][href$='/edit/']").first.get_attribute("href")
    return int(re.search(r"/pages/(\d+)/", href).group(1))


def publish(page):
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish", exact=True).click()


def write_story(page, title):
    page.goto(f"/admin/pages/add/news/newspage/{news_index_id(page)}/")
    page.locator("#id_title").fill(title)
    page.locator("#id_summary").fill("Beekeepers in the northern highlands sold their first harvest together.")
    page.locator("#id_regions").select_option(label="Albania")
    page.locator("#id_sections").select_option(label="Livelihoods")
    page.get_by_role("button", name="Choose an image").click()
    # A landscape, not a partner logo: pages refuse logos as their image (core/image_sizes.py).
    page.locator(".modal [data-chooser-modal-choice]", has_text="Demo landscape").first.click()
    expect(page.locator(".modal")).to_be_hidden()
    publish(page)
    expect(page.locator(".messages")).to_contain_text("published")


def test_editor_publishes_a_story_readers_find_in_listing_region_and_search(editor):
    title = f"Honey cooperative {uuid.uuid4().hex[:6]} opens its shop"
    write_story(editor, title)

    editor.goto("/en/news/")
    expect(editor.locator(".card__title", has_text=title)).to_be_visible()
    editor.goto("/en/regions/balkans/albania/")
    expect(editor.locator(".card__title", has_text=title)).to_be_visible()
    editor.goto("/en/news/?region=albania&section=livelihoods")
    expect(editor.locator(".card__title", has_text=title)).to_be_visible()
    editor.goto(f"/en/search/?q={title.split()[2]}")
    expect(editor.locator(".search-results", has_text=title)).to_be_visible()

    editor.locator(".search-results a", has_text=title).first.click()
    expect(editor.get_by_role("heading", level=1)).to_have_text(title)
    expect(editor.locator("img").first).to_be_visible()


def test_translator_translates_a_story_into_turkish_and_readers_reach_it(editor):
    title = f"Bridge {uuid.uuid4().hex[:6]} reopens after the floods"
    write_story(editor, title)
    editor.goto(f"/admin/pages/search/?q={title.split()[1]}")
    href = editor.locator("a[href$='/edit/']", has_text=title).first.get_attribute("href")
    story_id = int(re.search(r"/pages/(\d+)/", href).group(1))

    editor.goto(f"/admin/localize/submit/page/{story_id}/")
    editor.get_by_label("Türkçe").check()
    editor.get_by_role("button", name="Submit").click()
    expect(editor.locator(".messages")).to_contain_text("submitted for translation")

    # wagtail-localize's editor: the title by hand, the rest by the (development) machine translator, then publish.
    turkish_title = f"Köprü {title.split()[1]} selden sonra yeniden açıldı"
    editor.get_by_role("button", name="Translate", exact=True).first.click()
    editor.locator("textarea").first.fill(turkish_title)
    editor.get_by_role("button", name="Save", exact=True).first.click()
    expect(editor.get_by_text(turkish_title).first).to_be_visible()
    editor.get_by_role("button", name=re.compile("^Translate with")).first.click()
    expect(editor.locator(".messages")).to_contain_text("Successfully translated")
    editor.get_by_role("button", name="Publish in Türkçe").click()
    expect(editor.locator(".messages")).to_contain_text("Published")

    editor.goto(f"/en/search/?q={title.split()[1]}")
    editor.locator(".search-results a", has_text=title).first.click()
    editor.get_by_role("navigation", name="Languages").get_by_role("link", name=re.compile("Türkçe")).click()
    expect(editor).to_have_url(re.compile(r"/tr/news/"))
    expect(editor.locator("html")).to_have_attribute("lang", "tr")
    expect(editor.get_by_role("heading", level=1)).to_have_text(turkish_title)
