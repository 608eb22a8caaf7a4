"""An image whose file has gone from storage (a failed restore, a cleaned bucket) never makes a page or feed a 500."""

import feedparser
import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def story_with_lost_image(news_index):
    image = factories.ImageFactory()
    image.file.storage.delete(image.file.name)
    return factories.NewsPageFactory(parent=news_index, title="Photo lost in the move", image=image)


def test_story_with_a_lost_image_file_still_renders(client, story_with_lost_image):
    response = client.get(story_with_lost_image.url)
    assert response.status_code == 200
    assert "Photo lost in the move" in response.content.decode()


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_leaves_out_the_enclosure_of_a_lost_image_file(client, story_with_lost_image, kind):
    response = client.get(f"/en/news/feed/{kind}/")

    assert response.status_code == 200
    entry = feedparser.parse(response.content).entries[0]
    assert entry.title == "Photo lost in the move"
    assert not [link for link in entry.links if link.rel == "enclosure"]
