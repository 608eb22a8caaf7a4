"""The donate link that carries the campaign of the page being read (its region or section, or a story's)."""

from django import template
from django.utils.http import urlencode

from donations.models import campaign_by_topic

register = template.Library()


def _topics(context):
    page = context.get("page")
    yield from context.get("page_regions") or []
    yield from context.get("page_sections") or []
    if page is not None and page._meta.model_name in {"regionpage", "sectionpage"}:
        yield page


@register.simple_tag(takes_context=True)
def donate_link(context, url):
    """`url` with `?campaign=<code>` when the page, or a story's first region or section, has a campaign."""
    if not url:
        return url
    codes = campaign_by_topic()
    if not codes:
        return url
    for topic in _topics(context):
        code = codes.get(str(topic.translation_key))
        if code:
            return url + ("&" if "?" in url else "?") + urlencode({"campaign": code})
    return url
