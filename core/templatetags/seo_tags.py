"""Absolute URLs in templates, from PUBLIC_URL (core/seo.py)."""

from django import template

from core import seo

register = template.Library()


@register.filter
def absolute_url(path):
    """`{{ rendition.url|absolute_url }}`: the public address of a site-relative path."""
    return seo.absolute_url(path)


@register.simple_tag(takes_context=True)
def page_absolute_url(context, page):
    """`{% page_absolute_url page %}`: the page's public address."""
    return seo.page_absolute_url(page, context.get("request")) or ""
