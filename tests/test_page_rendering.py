"""Each page type renders its own fields at its public URL."""

import re

import pytest
from wagtail.models import Page

from tests import factories

pytestmark = pytest.mark.django_db

PARAGRAPH = "<p>Clinics reopened in three valleys this spring.</p>"


def body_with_paragraph(text=PARAGRAPH):
    return [("paragraph", text)]


def test_home_page_renders_its_hero_and_latest_stories(client, home_page, news_index):
    factories.NewsPageFactory(parent=news_index, title="Wells dug before the dry season")
    html = client.get("/en/").content.decode()
    assert "Standing with communities" in html
    assert "We support people through crises and beyond." in html
    assert "Wells dug before the dry season" in html


def test_root_redirects_to_the_english_home_page(client, home_page):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_standard_page_renders_intro_and_body(client, home_page):
    page = factories.StandardPageFactory(
        parent=home_page,
        title="Who we are",
        slug="who-we-are",
        intro="A network of local partners.",
        body=body_with_paragraph(),
    )
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Who we are</h1>" in html
    assert "A network of local partners." in html
    assert "Clinics reopened in three valleys this spring." in html


def test_news_page_renders_date_kind_tags_and_body(client, news_index, albania, healthcare):
    story = factories.NewsPageFactory(
        parent=news_index,
        title="Mobile clinic reaches mountain villages",
        summary="A new clinic on wheels.",
        body=body_with_paragraph(),
        regions=[albania],
        sections=[healthcare],
    )
    html = client.get(story.url).content.decode()
    assert "Mobile clinic reaches mountain villages" in html
    assert f'datetime="{story.display_date.isoformat()}"' in html
    assert "Clinics reopened in three valleys this spring." in html
    assert f'href="{albania.url}"' in html
    assert f'href="{healthcare.url}"' in html
    assert '<span class="badge">News</span>' in html  # the kind, as a badge


def test_press_release_shows_release_date_and_press_contact(client, news_index):
    contact = factories.ContactPointFactory(name="Press office", email="press@example.org")
    release = factories.NewsPageFactory(
        parent=news_index, title="Foundation opens regional office", kind="press-release", press_contact=contact
    )
    html = client.get(release.url).content.decode()
    assert '<span class="badge badge--press">Press release</span>' in html
    assert f'Released <time datetime="{release.display_date.isoformat()}">' in html
    press_contact = re.search(r'<aside class="press-contact".*?</aside>', html, re.S).group(0)
    assert "press@example.org" in press_contact


def test_news_index_lists_stories_newest_first(client, news_index):
    older = factories.NewsPageFactory(parent=news_index, title="Older story", display_date="2025-01-10")
    newer = factories.NewsPageFactory(parent=news_index, title="Newer story", display_date="2026-03-02")
    html = client.get(news_index.url).content.decode()
    assert html.index(newer.title) < html.index(older.title)


def topic_card_links(html):
    """{title: url} of the region or section cards on an index page."""
    return {title: url for url, title in re.findall(r'class="card__title"><a href="([^"]+)">([^<]+)</a>', html)}


def test_region_page_lists_child_regions_and_stories_below_it(client, news_index, balkans, albania):
    factories.NewsPageFactory(parent=news_index, title="School roofs repaired in the north", regions=[albania])
    html = client.get(balkans.url).content.decode()
    child_regions = re.search(r'<nav class="child-regions".*?</nav>', html, re.S).group(0)
    assert f'href="{albania.url}">Albania</a>' in child_regions
    assert "School roofs repaired in the north" in html


def test_region_index_lists_regions(client, region_index, balkans):
    html = client.get(region_index.url).content.decode()
    assert topic_card_links(html) == {"Balkans": balkans.url}


def test_section_pages_render_their_stories(client, news_index, section_index, healthcare):
    factories.NewsPageFactory(parent=news_index, title="Vaccination week in the north", sections=[healthcare])
    assert topic_card_links(client.get(section_index.url).content.decode()) == {"Healthcare": healthcare.url}
    assert "Vaccination week in the north" in client.get(healthcare.url).content.decode()


def test_contact_page_renders_its_form(client, home_page):
    page = factories.ContactPageFactory(parent=home_page, slug="contact", intro="<p>Write to our team.</p>")
    page.form_fields.create(label="Your message", field_type="multiline", required=True)
    page.save()  # form fields are a cluster: saved with their page
    html = client.get(page.url).content.decode()
    assert "Write to our team." in html
    assert re.search(r'<form[^>]*method="post".*?<textarea[^>]*name="your_message"', html, re.S | re.I)


def test_unknown_page_is_a_404_with_the_site_layout(client, home_page):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert 'id="main"' in response.content.decode()


def test_draft_page_is_not_served(client, home_page):
    draft = factories.StandardPageFactory(parent=home_page, slug="draft-page", live=False)
    assert client.get(f"/en/{draft.slug}/").status_code == 404
    assert Page.objects.filter(pk=draft.pk).exists()
