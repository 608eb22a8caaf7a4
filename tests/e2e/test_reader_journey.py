"""A reader's journey in Chromium: home → news → filter by a country → article → related story → View all → region.

Run with JavaScript on and off: nothing on the way needs a script.
"""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


@pytest.fixture(params=[True, False], ids=["javascript", "no-javascript"])
def reader(request, browser, site_url):
    context = browser.new_context(java_script_enabled=request.param, base_url=site_url)
    page = context.new_page()
    yield page
    context.close()


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
