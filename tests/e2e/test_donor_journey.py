"""Donors and readers in Chromium, in English and Arabic: giving, an untranslated and untagged article, the
footer's numbers in Arabic, and search on a phone. Screenshots go to docs/screenshots/."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from .conftest import SCREENSHOTS, UNTRANSLATED_SLUG

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("language", ["en", "ar"])
def test_donor_goes_from_home_to_the_checkout_with_amount_and_language(reader, language):
    handed = []

    def checkout(route):
        handed.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<title>Checkout</title><p>Checkout")

    reader.route("https://pay.example.test/**", checkout)
    reader.goto(f"/{language}/")
    reader.locator(".site-header .button--donate").click()
    expect(reader.locator("form.donate-form")).to_be_visible()
    reader.locator(".donate-form__amount", has=reader.locator('input[value="25"]')).click()
    reader.screenshot(path=str(SCREENSHOTS / f"donate-{language}-1280.png"), full_page=True)
    reader.locator(".donate-form button[type=submit]").click()
    expect(reader).to_have_url(re.compile(r"^https://pay\.example\.test/checkout\?"))
    query = {name: values[0] for name, values in parse_qs(urlsplit(handed[-1]).query, True).items()}
    assert query == {"amount": "25", "currency": "EUR", "campaign": "", "lang": language}


def test_a_mistyped_amount_comes_back_with_a_message_and_what_was_typed(reader):
    reader.goto("/ar/")
    reader.locator(".site-header .button--donate").click()
    reader.locator("#other-amount").fill("abc")
    reader.locator(".donate-form button[type=submit]").click()
    expect(reader.locator(".form-errors[role=alert]")).to_be_visible()
    expect(reader.locator("#other-amount")).to_have_value("abc")


def test_untranslated_untagged_article_explains_the_switcher_and_still_has_related_news(reader, site_url):
    reader.set_viewport_size({"width": 1280, "height": 900})
    reader.goto(f"/en/news/{UNTRANSLATED_SLUG}/")
    note = reader.locator("#language-note-ar")
    expect(note).to_be_visible()
    expect(note).to_have_attribute("lang", "ar")
    expect(note).to_contain_text("الصفحة غير مترجمة")
    arabic = reader.locator('.language-switcher a[hreflang="ar"]')
    expect(arabic).to_have_attribute("href", re.compile(r"^/ar/[^/]+/$"))  # the Arabic news listing
    related = reader.locator(".related-news")
    expect(related.locator(".card__title a")).to_have_count(3)
    expect(related.locator(".view-all")).to_have_attribute("href", re.compile(r"/en/news/(\?kind=news)?$"))
    reader.screenshot(path=str(SCREENSHOTS / "untranslated-article-1280.png"))
    arabic.click()
    expect(reader.locator("html")).to_have_attribute("dir", "rtl")


READ_ORDER = """link => {
    const text = link.firstChild;
    const box = index => { const range = document.createRange(); range.setStart(text, index);
        range.setEnd(text, index + 1); return range.getBoundingClientRect().left; };
    return {text: link.innerText, plusLeft: box(0), lastLeft: box(text.length - 1)};
}"""


def test_arabic_footer_phone_number_reads_in_dialling_order(reader):
    reader.goto("/ar/")
    phone = reader.locator('.site-footer a[href^="tel:"]')
    read = phone.evaluate(READ_ORDER)
    assert read["text"] == "+00 21 555 0140"
    assert read["plusLeft"] < read["lastLeft"]  # "+" is drawn first (leftmost), not at the end as "0140 555 21 00+"
    email = reader.locator('.site-footer a[href^="mailto:"]').evaluate(READ_ORDER)
    assert email["text"] == "info@openhands.example.org" and email["plusLeft"] < email["lastLeft"]
    reader.locator(".site-footer").screenshot(path=str(SCREENSHOTS / "footer-ar-1280.png"))


@pytest.mark.parametrize("language", ["en", "ar"])
def test_on_a_phone_the_first_search_result_is_above_the_fold(browser, site_url, language):
    context = browser.new_context(base_url=site_url, viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    query = "water" if language == "en" else "المياه"
    page.goto(f"/{language}/search/?q={query}")
    expect(page.locator("details.filters-toggle")).not_to_have_attribute("open", "")
    first = page.locator(".search-results li").first
    expect(first).to_be_visible()
    assert first.bounding_box()["y"] + 40 < 844, first.bounding_box()
    page.screenshot(path=str(SCREENSHOTS / f"search-{language}-390.png"))
    page.get_by_text({"en": "Filters", "ar": "عوامل التصفية"}[language]).click()
    expect(page.locator("details.filters-toggle select").first).to_be_visible()
    context.close()
