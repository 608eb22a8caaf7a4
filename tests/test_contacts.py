"""Contact details: one presentation on a press release, and numbers isolated from right-to-left text."""

import re

import pytest
from wagtail.rich_text import RichText

from home.models import SiteSettings

from . import factories

pytestmark = pytest.mark.django_db


def article_of(html):
    return re.search(r'<article class="article">.*?</article>', html, re.S).group(0)


@pytest.fixture
def press_office():
    return factories.ContactPointFactory(name="Press office", phone="+00 21 555 0177", email="press@example.org")


def test_press_release_shows_its_press_contact_once_not_the_contact_block_too(client, make_story, press_office):
    release = make_story(
        "Release",
        kind="press-release",
        press_contact=press_office,
        body=[
            ("paragraph", RichText("<p>Text.</p>")),
            ("contact", {"contact": press_office, "heading": "Media enquiries"}),
        ],
    )
    article = article_of(client.get(release.url).content.decode())
    assert article.count('<address class="contact-card">') == 1
    assert 'class="press-contact"' in article
    assert "Media enquiries" not in article
    assert "Text." in article


def test_contact_block_shows_on_a_story_without_press_contact_in_one_box(client, make_story, press_office):
    story = make_story("Story", body=[("contact", {"contact": press_office, "heading": "Media enquiries"})])
    article = article_of(client.get(story.url).content.decode())
    assert article.count('<address class="contact-card">') == 1
    assert "Media enquiries" in article
    # Wagtail wraps each block in <div class="block-contact">: the box is styled on the block's own element only.
    assert article.count("contact-block") == 1


def test_phone_and_email_are_isolated_left_to_right_in_the_footer(client, home_page):
    contact = SiteSettings.objects.get(locale=home_page.locale).contact_point
    contact.phone, contact.email = "+00 21 555 0140", "info@example.org"
    contact.save()
    html = client.get(home_page.url).content.decode()
    assert '<a href="tel:+00215550140" dir="ltr">+00 21 555 0140</a>' in html
    assert '<a href="mailto:info@example.org" dir="ltr">info@example.org</a>' in html
