"""Pages that link to the news index still render when there is no live one: the link is left out, never a 500."""

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def story_with_related(news_index, albania):
    factories.NewsPageFactory(parent=news_index, title="Older story about Albania", regions=[albania])
    return factories.NewsPageFactory(parent=news_index, title="Newer story about Albania", regions=[albania])


def related_news_section(html):
    start = html.index('class="related-news"')
    return html[start : html.index("</section>", start)]


def test_related_news_has_a_view_all_link_to_the_filtered_listing(client, story_with_related):
    section = related_news_section(client.get(story_with_related.url).content.decode())
    assert "Older story about Albania" in section
    assert 'href="/en/news/?region=albania"' in section


def test_story_under_an_unpublished_news_index_previews_without_view_all(admin_client, story_with_related):
    story_with_related.get_parent().specific.unpublish()

    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[story_with_related.pk]))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Newer story about Albania" in html
    # Its neighbours went private with the index (core/visibility.py), and no listing is left to view them all.
    assert "Older story about Albania" not in html
    assert "View all" not in html


def test_home_page_without_a_live_news_index_has_no_view_all_link(client, home_page, news_index, make_story):
    make_story("Story still live")
    news_index.unpublish()  # the stories below stay live

    response = client.get("/en/")

    assert response.status_code == 200
    assert 'class="view-all"' not in response.content.decode()
