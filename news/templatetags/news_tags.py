"""News in templates: the stories of a region or section page, JSON-LD for articles, the feeds' index lookup."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core.seo import absolute_url, page_absolute_url
from news.listing import paginate_stories
from news.models import NewsPage, news_index_in
from regions.models import RegionPage

register = template.Library()

# json.dumps does not escape "<", so "</script>" inside a title could end the block early.
_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def _json_ld(data):
    escaped_json = mark_safe(json.dumps(data).translate(_JSON_ESCAPES))  # noqa: S308 - "<", ">", "&" escaped
    return format_html('<script type="application/ld+json">{}</script>', escaped_json)


def _organisation(site_settings):
    name = getattr(site_settings, "organisation_name", "") or "Open Hands Foundation"
    data = {"@type": "Organization", "name": name, "url": absolute_url("/")}
    if site_settings and site_settings.social_links:
        data["sameAs"] = [url for _, url in site_settings.social_links]
    return data


@register.simple_tag
def organization_jsonld(site_settings):
    return _json_ld({"@context": "https://schema.org", **_organisation(site_settings)})


@register.simple_tag(takes_context=True)
def news_article_jsonld(context, page, site_settings, regions, sections, image_url=""):
    request = context["request"]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.summary,
        "url": page_absolute_url(page, request),
        "inLanguage": get_language(),
        "datePublished": (page.display_date.isoformat() if page.display_date else None),
        "dateModified": page.last_published_at.isoformat() if page.last_published_at else None,
        "publisher": _organisation(site_settings),
        "contentLocation": [{"@type": "Place", "name": region.title} for region in regions],
        "about": [{"@type": "Thing", "name": section.title} for section in sections],
    }
    if image_url:
        data["image"] = [absolute_url(image_url)]
    return _json_ld({key: value for key, value in data.items() if value})


@register.simple_tag
def news_index_for(page):
    """The news index of the page's language (for feed links on region and section pages)."""
    return news_index_in(page.locale_id)


@register.simple_tag(takes_context=True)
def stories_about(context, topic):
    """The requested page of stories tagged with this region (or any region below it) or this section.

    Region and section pages know nothing of news; their templates ask here for their story lists.
    """
    stories = NewsPage.objects.for_cards(topic.locale_id)
    if topic.pk is None:  # previewing a region or section not saved yet: nothing is tagged with it
        stories = stories.none()
    elif isinstance(topic, RegionPage):
        stories = stories.in_region(topic)
    else:
        stories = stories.in_section(topic)
    return paginate_stories(context["request"], stories)
