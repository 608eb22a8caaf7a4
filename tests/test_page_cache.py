"""Anonymous readers get cached pages; a publish shows up at once; editors and forms are never cached."""

import pytest
from django.test import Client, override_settings

from home.page_cache import HIT_HEADER
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache_on():
    with override_settings(PAGE_CACHE_SECONDS=300):
        yield


def test_second_anonymous_request_is_served_from_the_cache(client, home_page, page_cache_on):
    assert client.get("/en/")[HIT_HEADER] == "miss"
    assert client.get("/en/")[HIT_HEADER] == "hit"


def test_publishing_a_story_empties_the_cache(client, news_index, page_cache_on):
    client.get(news_index.url)
    story = factories.NewsPageFactory(parent=news_index, title="Harvest festival in the valley", live=False)
    story.save_revision().publish()
    response = client.get(news_index.url)
    assert response[HIT_HEADER] == "miss"
    assert "Harvest festival in the valley" in response.content.decode()


def test_unpublishing_empties_the_cache(client, news_index, page_cache_on):
    story = factories.NewsPageFactory(parent=news_index, title="Bridge rebuilt after floods")
    assert "Bridge rebuilt after floods" in client.get(news_index.url).content.decode()
    story.unpublish()
    assert "Bridge rebuilt after floods" not in client.get(news_index.url).content.decode()


def test_logged_in_editors_are_never_served_cached_pages(admin_client, home_page, page_cache_on):
    admin_client.get("/en/")
    assert HIT_HEADER not in admin_client.get("/en/")


def test_pages_with_a_form_are_not_cached(client, home_page, page_cache_on):
    contact = factories.ContactPageFactory(parent=home_page, slug="contact")
    contact.form_fields.create(label="Message", field_type="multiline", required=True)
    contact.save()  # form fields are a cluster: saved with their page
    first = client.get(contact.url)
    assert first.status_code == 200 and 'name="csrfmiddlewaretoken"' in first.content.decode()
    # Another visitor, without the first one's cookies, must not get the first one's CSRF token.
    assert Client().get(contact.url).get(HIT_HEADER) != "hit"
