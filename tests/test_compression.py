"""Pages, feeds and the sitemap go out compressed to clients that accept it (GZipMiddleware), and cached pages too."""

import gzip

import pytest


@pytest.fixture
def story(make_story):
    return make_story("Wells dug by hand reach a mountain village")


@pytest.mark.parametrize("path", ["/en/", "/en/news/", "story", "/en/news/feed/rss/", "/sitemap.xml"])
def test_responses_are_gzipped_for_clients_that_accept_it(client, story, path):
    url = story.url if path == "story" else path
    for attempt in ("rendered", "from the page cache"):
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        assert response.status_code == 200, attempt
        assert response["Content-Encoding"] == "gzip", attempt
        assert "Accept-Encoding" in response["Vary"], attempt
        body = gzip.decompress(response.content)
        assert len(response.content) < len(body), attempt  # small bodies: gzip also pads its header (BREACH)
    if path != "/sitemap.xml":
        assert story.title.encode() in body


def test_clients_that_do_not_accept_gzip_get_plain_bytes(client, story):
    response = client.get(story.url)
    assert "Content-Encoding" not in response
    assert story.title.encode() in response.content
