"""The digest e-mail as a mail client shows it: rendered in Chromium in English and in Arabic (right to left),
checked by axe-core and kept as screenshots in docs/screenshots/ (digest-en.png, digest-ar.png)."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from playwright.sync_api import sync_playwright
from wagtail.models import Locale

from core.private_files import public_url
from subscriptions.digests import digest_message
from subscriptions.models import Follow, Subscriber
from tests import factories

from .conftest import CHROMIUM, PROJECT_ROOT, SCREENSHOTS

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

AXE_SOURCE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
STORIES = {
    "en": [
        ("Mobile clinic reaches mountain villages in Albania", "Two doctors and a nurse now visit twelve villages."),
        ("Winter kits arrive in Kosovo before the first snow", "Blankets, stoves and warm clothes for 400 families."),
    ],
    "ar": [
        ("عيادة متنقلة تصل إلى قرى الجبال في ألبانيا", "طبيبان وممرضة يزورون الآن اثنتي عشرة قرية."),
        ("وصول حقائب الشتاء إلى كوسوفو قبل أول ثلج", "بطانيات ومدافئ وملابس دافئة لأربعمئة عائلة."),
    ],
}


def digest_html(language, news_index, region):
    locale = Locale.objects.get_or_create(language_code=language)[0]
    stories = []
    for number, (title, summary) in enumerate(STORIES[language]):
        image = factories.ImageFactory(title=title, description=title) if number == 0 else None
        story = factories.NewsPageFactory.build(
            title=title, summary=summary, image=image, display_date=datetime.date(2026, 7, 1), locale=locale
        )
        story.pk, story.url_path = 1000 + number, f"/home/news/story-{number}/"
        stories.append(story)
    subscriber = Subscriber.objects.create(email=f"reader-{language}@example.org", language=language, time_zone="UTC")
    Follow.objects.create(subscriber=subscriber, region=region, confirmed_at="2026-06-30T09:00Z", consent_text="-")
    message = digest_message(subscriber, stories)
    ((html, _type),) = message.alternatives
    files = {
        settings.PUBLIC_URL + public_url(rendition): rendition.file.path
        for story in stories
        if story.image
        for rendition in story.image.renditions.all()
    }
    return html, files


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_digest_e_mail_reads_well_in_chromium(language, news_index, balkans, translate):
    if language == "ar":
        translate(balkans, "ar", {"Balkans": "البلقان"})
    html, files = digest_html(language, news_index, balkans)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page(viewport={"width": 720, "height": 900})
        page.route(
            "**/*",
            lambda route: route.fulfill(path=files[route.request.url]) if route.request.url in files else route.abort(),
        )
        page.set_content(html, wait_until="load")
        assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
        assert page.locator("img").first.get_attribute("alt")
        axe = Axe.from_file(AXE_SOURCE) if AXE_SOURCE.exists() else Axe()
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag22aa"]}})
        serious = [v["id"] for v in results.response["violations"] if v["impact"] in {"serious", "critical"}]
        assert serious == []
        page.screenshot(path=SCREENSHOTS / f"digest-{language}.png", full_page=True)
        browser.close()
