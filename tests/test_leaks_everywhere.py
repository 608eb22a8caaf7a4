"""No hidden story reaches a reader, wherever stories are listed: one test per place and kind of hidden story.

Kinds: a draft, a password-protected story, a story restricted to a group, a story scheduled for the future and
an unpublished Turkish translation of a live story. Places: the news listing, region and section pages, related
news on another article, the RSS and Atom feeds, search results, search suggestions and the sitemap.
tests/test_news_leaks.py already covers the four English kinds in the listing, on region and section pages, in
related news and in the feeds; those pairs are left out here, everything else is tested.
"""

import datetime
import json
from dataclasses import dataclass

import feedparser
import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests import factories

pytestmark = pytest.mark.django_db


@dataclass
class Scene:
    """One language's view of the site: where to look, the word to search for, and the two stories."""

    language: str
    news: object
    region: object
    section: object
    reader: object  # another article that shares region and section with both stories
    visible: object
    hidden: object
    word: str


# Kinds of hidden story -------------------------------------------------------------------------------------


def english_scene(news_index, albania, healthcare, hidden_title, **hidden_fields):
    def story(title, **fields):
        return factories.NewsPageFactory(
            parent=news_index, title=title, regions=[albania], sections=[healthcare], **fields
        )

    return Scene(
        language="en",
        news=news_index,
        region=albania.get_parent().specific,
        section=healthcare,
        reader=story("Reader's own article"),
        visible=story("Harbour clinic reopens"),
        hidden=story(hidden_title, **hidden_fields),
        word="harbour",
    )


def draft(request):
    return english_scene(*_english_tree(request), "Harbour draft plans", live=False)


def password_protected(request):
    scene = english_scene(*_english_tree(request), "Harbour password report")
    PageViewRestriction.objects.create(page=scene.hidden, restriction_type="password", password="s3cret")
    return scene


def group_restricted(request):
    scene = english_scene(*_english_tree(request), "Harbour board minutes")
    restriction = PageViewRestriction.objects.create(page=scene.hidden, restriction_type="groups")
    restriction.groups.add(Group.objects.create(name="Board members"))
    return scene


def scheduled(request):
    """Published by an editor with a go-live date next week: Wagtail schedules it and keeps it off the site."""
    scene = english_scene(*_english_tree(request), "Harbour embargoed announcement", live=False)
    story = scene.hidden
    story.go_live_at = timezone.now() + datetime.timedelta(days=7)
    revision = story.save_revision()
    revision.publish()
    story.refresh_from_db()
    revision.refresh_from_db()
    assert not story.live and revision.approved_go_live_at == story.go_live_at
    return scene


def unpublished_translation(request):
    """A live English story whose Turkish translation is saved as a draft, read from the Turkish site."""
    news_index, albania, healthcare = _english_tree(request)
    translate = request.getfixturevalue("translate")
    turkish = {"Albania": "Arnavutluk", "Balkans": "Balkanlar", "Healthcare": "Sağlık"}
    for page in (news_index, albania, healthcare):
        translate(page, "tr", turkish)

    def translated_story(english, turkish_title, publish=True):
        story = factories.NewsPageFactory(parent=news_index, title=english, regions=[albania], sections=[healthcare])
        return translate(story, "tr", {english: turkish_title}, publish=publish)

    hidden = translated_story("Harbour translation pending", "Liman taslak çevirisi", publish=False)
    assert not hidden.live and hidden.locale.language_code == "tr"
    return Scene(
        language="tr",
        news=news_index.get_translation(hidden.locale),
        region=albania.get_parent().get_translation(hidden.locale).specific,
        section=healthcare.get_translation(hidden.locale).specific,
        reader=translated_story("Reader's own article", "Okurun kendi makalesi"),
        visible=translated_story("Harbour clinic reopens", "Liman kliniği yeniden açıldı"),
        hidden=hidden,
        word="liman",
    )


def _english_tree(request):
    return [request.getfixturevalue(name) for name in ("news_index", "albania", "healthcare")]


KINDS = [draft, password_protected, group_restricted, scheduled, unpublished_translation]


# Places ----------------------------------------------------------------------------------------------------


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def feed_titles(client, scene, kind):
    feed = feedparser.parse(client.get(f"{scene.news.url}feed/{kind}/").content)
    assert not feed.bozo
    return [entry.title for entry in feed.entries]


def suggestion_titles(client, scene):
    response = client.get(f"/{scene.language}/search/suggest/", {"q": scene.word[:4]})
    return [item["title"] for item in json.loads(response.content)["results"]]


# Each place gives what a reader sees there, and whether stories show there by title or by address.
PLACES = {
    "listing": (lambda client, scene: html_of(client, scene.news.url), "title"),
    "region_page": (lambda client, scene: html_of(client, scene.region.url), "title"),
    "section_page": (lambda client, scene: html_of(client, scene.section.url), "title"),
    "related_news": (lambda client, scene: html_of(client, scene.reader.url), "title"),
    "rss": (lambda client, scene: feed_titles(client, scene, "rss"), "title"),
    "atom": (lambda client, scene: feed_titles(client, scene, "atom"), "title"),
    "search": (lambda client, scene: html_of(client, f"/{scene.language}/search/?q={scene.word}"), "title"),
    "suggestions": (suggestion_titles, "title"),
    "sitemap": (lambda client, scene: html_of(client, "/sitemap.xml"), "url"),
    "api_news": (lambda client, scene: html_of(client, f"/api/v3/news/?locale={scene.language}"), "title"),
    "api_news_in_region": (
        lambda client, scene: html_of(client, f"/api/v3/news/?locale={scene.language}&region={scene.region.slug}"),
        "title",
    ),
    "api_news_item": (
        lambda client, scene: "\n".join(
            client.get(f"/api/v3/news/{story.pk}/").content.decode() for story in (scene.visible, scene.hidden)
        ),
        "title",
    ),
    "api_translation_links": (
        lambda client, scene: html_of(client, "/api/v3/news/?locale=en&limit=100"),
        "id",
    ),
}

COVERED_IN_TEST_NEWS_LEAKS = {
    (place, kind)
    for place in ("listing", "region_page", "section_page", "related_news", "rss", "atom")
    for kind in ("draft", "password_protected", "group_restricted", "scheduled")
}
CASES = [
    pytest.param(place, kind, id=f"{place}-{kind.__name__}")
    for place in PLACES
    for kind in KINDS
    if (place, kind.__name__) not in COVERED_IN_TEST_NEWS_LEAKS
]


def shown_as(page, how):
    if how == "id":  # in the API: the page's own id, as an item or as a translation link
        return f'"id": {page.pk},'
    return page.title if how == "title" else page.url


@pytest.mark.parametrize("place, make_scene", CASES)
def test_hidden_story_never_reaches_a_reader(client, request, place, make_scene):
    scene = make_scene(request)
    read, how = PLACES[place]
    seen = read(client, scene)
    seen_text = "\n".join(seen) if isinstance(seen, list) else seen
    assert shown_as(scene.visible, how) in seen_text  # the place does list stories like it
    assert shown_as(scene.hidden, how) not in seen_text
