"""Drafts, scheduled and private stories never reach listings, region and section pages, related news or feeds."""

import datetime
import re

import feedparser
import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import PageViewRestriction

from news.related import related_stories
from tests import factories

pytestmark = pytest.mark.django_db

VISIBLE = "Visible story"


def _draft(news_index, albania, healthcare):
    return factories.NewsPageFactory(
        parent=news_index, title="Hidden draft", live=False, regions=[albania], sections=[healthcare]
    )


def _scheduled(news_index, albania, healthcare):
    story = factories.NewsPageFactory(
        parent=news_index, title="Hidden scheduled", live=False, regions=[albania], sections=[healthcare]
    )
    story.go_live_at = timezone.now() + datetime.timedelta(days=3)
    story.save_revision(approved_go_live_at=story.go_live_at)
    return story


def _password_protected(news_index, albania, healthcare):
    story = factories.NewsPageFactory(
        parent=news_index, title="Hidden password", regions=[albania], sections=[healthcare]
    )
    PageViewRestriction.objects.create(page=story, restriction_type="password", password="s3cret")
    return story


def _group_restricted(news_index, albania, healthcare):
    story = factories.NewsPageFactory(parent=news_index, title="Hidden group", regions=[albania], sections=[healthcare])
    restriction = PageViewRestriction.objects.create(page=story, restriction_type="groups")
    restriction.groups.add(Group.objects.create(name="Board members"))
    return story


HIDDEN_KINDS = [_draft, _scheduled, _password_protected, _group_restricted]


@pytest.fixture(params=HIDDEN_KINDS, ids=lambda make: make.__name__.strip("_"))
def hidden_story(request, news_index, albania, healthcare):
    factories.NewsPageFactory(parent=news_index, title=VISIBLE, regions=[albania], sections=[healthcare])
    return request.param(news_index, albania, healthcare)


def test_hidden_story_not_in_listing(client, news_index, hidden_story):
    html = client.get(news_index.url).content.decode()
    assert VISIBLE in html and hidden_story.title not in html
    assert hidden_story.title not in client.get(f"{news_index.url}?region=albania").content.decode()


def test_hidden_story_not_on_region_or_section_pages(client, balkans, healthcare, hidden_story):
    for page in (balkans, healthcare):
        html = client.get(page.url).content.decode()
        assert VISIBLE in html and hidden_story.title not in html


def test_hidden_story_not_in_related_news(client, news_index, albania, healthcare, hidden_story):
    page = factories.NewsPageFactory(parent=news_index, title="Reader's page", regions=[albania], sections=[healthcare])
    titles = [story.title for story in related_stories(page)]
    assert VISIBLE in titles and hidden_story.title not in titles
    assert hidden_story.title not in client.get(page.url).content.decode()


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_hidden_story_not_in_feeds(client, news_index, hidden_story, kind):
    feed = feedparser.parse(client.get(f"{news_index.url}feed/{kind}/").content)
    titles = [entry.title for entry in feed.entries]
    assert VISIBLE in titles and hidden_story.title not in titles


def test_private_story_itself_asks_for_the_password(client, news_index, albania, healthcare):
    story = _password_protected(news_index, albania, healthcare)
    response = client.get(story.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'type="password"' in html and "Summary of Hidden password" not in html
    form_action = re.search(r'<form[^>]* action="([^"]*/_util/authenticate_with_password/[^"]+)"', html).group(1)
    client.post(form_action, {"password": "s3cret", "return_url": story.url})
    assert "Summary of Hidden password" in client.get(story.url).content.decode()  # the right password opens it
