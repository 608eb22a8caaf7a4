"""Cards and page images give a srcset of distinct widths, also for an image smaller than the largest rendition."""

import re

import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def card_srcset_widths(html):
    srcset = re.search(r'<div class="card__media"><img [^>]*srcset="([^"]+)"', html).group(1)
    return [candidate.rsplit(" ", 1)[1] for candidate in srcset.split(", ")]


@pytest.mark.parametrize(("size", "widths"), [((1600, 900), ["400w", "800w"]), ((480, 160), ["286w"])])
def test_story_card_srcset_lists_each_width_once(client, news_index, size, widths):
    image = factories.ImageFactory(file__width=size[0], file__height=size[1])
    factories.NewsPageFactory(parent=news_index, title="Harvest festival", image=image)

    html = client.get(news_index.url).content.decode()

    assert card_srcset_widths(html) == widths


@pytest.mark.parametrize(("size", "widths"), [((2000, 1125), ["800w", "1280w", "1920w"]), ((480, 160), ["286w"])])
def test_hero_picture_srcset_lists_each_width_once(client, news_index, size, widths):
    image = factories.ImageFactory(file__width=size[0], file__height=size[1])
    story = factories.NewsPageFactory(parent=news_index, title="Harvest festival", image=image)

    html = client.get(story.url).content.decode()

    hero = html[html.index('<figure class="hero-image">') :]
    for srcset in re.findall(r'srcset="([^"]+)"', hero[: hero.index("</figure>")]):
        assert [candidate.rsplit(" ", 1)[1] for candidate in srcset.split(", ")] == widths
