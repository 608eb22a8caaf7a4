"""A reader's journey in Chromium: home → news → filter by a country → article → related story → View all → region.

Run with JavaScript on and off: nothing on the way needs a script.
"""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def test_reader_goes_from_home_to_a_region_through_news(reader):
    reader.goto("/en/")
    expect(reader.locator("html")).to_have_attribute("lang", "en")
    reader.get_by_role("navigation", name="Main").get_by_role("link", name="News").click()
    expect(reader.get_by_role("heading", level=1)).to_have_text("News")

    reader.get_by_label("Region or country").select_option("albania")
    reader.get_by_role("button", name="Show stories").click()
    expect(reader).to_have_url(re.compile(r"/en/news/\?.*region=albania"))
    expect(reader.locator(".result-count")).to_contain_text("Albania")

    reader.locator(".card__title a").first.click()
    expect(reader.locator(".tag-list").first).to_contain_text("Albania")

    related = reader.locator(".related-news")
    expect(related.get_by_role("heading", name="Related news")).to_be_visible()
    first_related_title = related.locator(".card__title a").first.inner_text()
    related.locator(".card__title a").first.click()
    expect(reader.get_by_role("heading", level=1)).to_have_text(first_related_title)

    reader.locator(".related-news .view-all").click()
    expect(reader).to_have_url(re.compile(r"/en/news/\?region="))
    reader.locator(".topic-links a").first.click()
    expect(reader).to_have_url(re.compile(r"/en/regions/"))
    expect(reader.locator("section[aria-labelledby=topic-stories] .card").first).to_be_visible()


def test_reader_searches_with_a_filter(reader):
    reader.goto("/en/")
    reader.get_by_label("Search the site").fill("water")
    reader.get_by_label("Search the site").press("Enter")
    expect(reader).to_have_url(re.compile(r"/en/search/\?q=water"))
    expect(reader.locator(".result-count")).to_contain_text("water")
    reader.get_by_label("Region or country").select_option("balkans")
    reader.locator(".search-form--advanced").get_by_role("button", name="Search").click()
    expect(reader).to_have_url(re.compile(r"region=balkans"))
    expect(reader.locator(".search-results li").first).to_be_visible()


def test_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(reader):
    reader.goto("/en/")
    reader.keyboard.press("Tab")
    skip = reader.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    reader.keyboard.press("Enter")
    expect(reader).to_have_url(re.compile(r"#main$"))


def test_search_suggestions_work_by_keyboard(page, site_url):
    page.goto(site_url + "/en/")
    box = page.get_by_role("combobox", name="Search the site")
    box.fill("wint")
    option = page.get_by_role("option").first
    expect(option).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    title = option.inner_text()
    box.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    box.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)


def test_public_pages_send_a_strict_content_security_policy(page, site_url):
    response = page.goto(site_url + "/en/news/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    page.goto(site_url + "/en/")
    page.get_by_role("combobox", name="Search the site").fill("water")
    page.wait_for_timeout(500)
    assert violations == []


def test_reader_switches_an_article_to_arabic_and_back(reader):
    reader.goto("/ar/news/")
    reader.locator(".card__title a").first.click()
    arabic_url = reader.url
    arabic_title = reader.get_by_role("heading", level=1).inner_text()
    reader.locator(".language-switcher").get_by_role("link", name="English").click()
    expect(reader.locator("html")).to_have_attribute("dir", "ltr")
    expect(reader).to_have_url(re.compile(r"/en/news/[a-z0-9-]+/$"))
    english_title = reader.get_by_role("heading", level=1).inner_text()
    assert english_title != arabic_title

    reader.locator(".language-switcher").get_by_role("link", name="العربية").click()
    expect(reader).to_have_url(arabic_url)
    expect(reader.locator("html")).to_have_attribute("lang", "ar")
    expect(reader.locator("html")).to_have_attribute("dir", "rtl")
    expect(reader.get_by_role("heading", level=1)).to_have_text(arabic_title)


def focus_outline(page):
    return page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")


def test_news_filters_work_by_keyboard_with_a_visible_focus(reader):
    reader.goto("/en/news/")
    region = reader.locator("#filter-region")
    region.focus()
    reader.keyboard.press("Tab")  # to the next filter and back: focus moves by keyboard alone
    reader.keyboard.press("Shift+Tab")
    expect(region).to_be_focused()
    assert focus_outline(reader) not in ("", "none")
    region.select_option("kosovo")  # a keyboard user changes a <select> with the arrow keys; the value is what counts
    for _ in range(4):  # section, kind, year, then the button
        reader.keyboard.press("Tab")
    expect(reader.get_by_role("button", name="Show stories")).to_be_focused()
    assert focus_outline(reader) not in ("", "none")
    reader.keyboard.press("Enter")
    expect(reader).to_have_url(re.compile(r"region=kosovo"))
    expect(reader.locator(".result-count")).to_contain_text("Kosovo")


def test_main_menu_links_are_reachable_by_keyboard(reader):
    reader.set_viewport_size({"width": 390, "height": 800})  # the menu folds into a disclosure on phones
    reader.goto("/en/")
    toggle = reader.locator(".site-nav-toggle summary")
    toggle.focus()
    reader.keyboard.press("Enter")
    reader.keyboard.press("Tab")
    focused = reader.evaluate("() => document.activeElement.closest('nav')?.getAttribute('aria-label')")
    assert focused == "Main"
    assert focus_outline(reader) not in ("", "none")
