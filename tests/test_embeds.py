"""Embeds are fetched when an editor saves, never while a reader waits: rendering uses only what is stored."""

import pytest
from django.test import override_settings
from django.urls import reverse
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.models import Embed
from wagtail.test.utils.form_data import querydict_from_html

from tests import factories

pytestmark = pytest.mark.django_db

VIDEO_URL = "https://video.example.org/watch/well-opening"
MISSING_URL = "https://video.example.org/watch/removed"
UNKNOWN_URL = "https://nowhere.example.net/clip"


class FakeVideoFinder:
    """A local stand-in for an oEmbed provider: answers for video.example.org and records every call."""

    calls = []

    def __init__(self, **options):
        pass

    def accept(self, url):
        return url.startswith("https://video.example.org/")

    def find_embed(self, url, max_width=None, max_height=None):
        FakeVideoFinder.calls.append(url)
        if url == MISSING_URL:
            raise EmbedNotFoundException
        return {
            "title": "Opening of the village well",
            "author_name": "Open Hands",
            "provider_name": "Example Video",
            "type": "video",
            "thumbnail_url": "https://video.example.org/thumb.jpg",
            "width": 640,
            "height": 360,
            "html": '<iframe src="https://video.example.org/embed/well-opening"></iframe>',
        }


@pytest.fixture(autouse=True)
def fake_finder():
    FakeVideoFinder.calls.clear()
    with override_settings(WAGTAILEMBEDS_FINDERS=[{"class": "tests.test_embeds.FakeVideoFinder"}]):
        yield FakeVideoFinder.calls


def media(url, title="Watch the opening of the well"):
    return [("embed", {"media": url, "title": title})]


def test_rendering_a_story_never_calls_the_embed_finder(client, make_story, fake_finder):
    story = make_story("Well opened", body=media(VIDEO_URL))

    html = client.get(story.url).content.decode()

    assert fake_finder == []
    assert f'href="{VIDEO_URL}"' in html and "Watch the opening of the well" in html
    assert "<iframe" not in html  # nothing is loaded from the video host


def test_rendering_uses_what_was_stored_when_the_editor_saved(client, make_story, fake_finder):
    Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html="<iframe></iframe>",
        title="Opening of the village well",
        provider_name="Example Video",
    )
    story = make_story("Well opened", body=media(VIDEO_URL))

    html = client.get(story.url).content.decode()

    assert fake_finder == []
    assert f'href="{VIDEO_URL}"' in html and "Example Video" in html


def test_including_the_embed_value_itself_never_calls_the_finder(make_story, fake_finder):
    story = make_story("Well opened", body=media(VIDEO_URL))

    str(story.body[0].value["media"])  # e.g. {{ value.media }} in a template

    assert fake_finder == []


def edit_story(client, story, url):
    edit_url = reverse("wagtailadmin_pages:edit", args=[story.pk])
    data = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
    data.update(
        {
            "body-count": "1",
            "body-0-type": "embed",
            "body-0-value-media": url,
            "body-0-value-title": "Watch the opening of the well",
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-id": "",
        }
    )
    return client.post(edit_url, data)


def test_saving_in_the_admin_fetches_and_stores_the_embed(admin_client, make_story, fake_finder):
    story = make_story("Well opened")

    response = edit_story(admin_client, story, VIDEO_URL)

    assert response.status_code == 302
    assert VIDEO_URL in fake_finder
    assert Embed.objects.filter(url=VIDEO_URL, provider_name="Example Video").exists()


@pytest.mark.parametrize(
    "url, message",
    [
        (MISSING_URL, "could not be fetched from its website"),
        (UNKNOWN_URL, "cannot be embedded"),
    ],
)
def test_a_failed_fetch_is_a_clear_message_on_the_field(admin_client, make_story, url, message):
    story = make_story("Well opened")

    response = edit_story(admin_client, story, url)

    assert response.status_code == 200  # the form comes back with what the editor typed
    html = response.content.decode()
    assert message in html and url in html
    assert not any(url in str(revision.content) for revision in story.revisions.all())  # nothing saved


def test_a_story_whose_provider_is_down_still_renders(client, news_index, fake_finder):
    story = factories.NewsPageFactory(parent=news_index, title="Removed video", body=media(MISSING_URL))

    response = client.get(story.url)

    assert response.status_code == 200
    assert f'href="{MISSING_URL}"' in response.content.decode()
    assert fake_finder == []
