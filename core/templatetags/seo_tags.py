"""Absolute URLs in templates, from PUBLIC_URL (core/seo.py)."""

from urllib.parse import quote, urlencode

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


# Plain share addresses of the main networks: links only, no script, image or request to them until a reader
# follows one.
SHARE_ADDRESSES = (
    ("Facebook", "https://www.facebook.com/sharer/sharer.php", lambda url, title: {"u": url}),
    ("X", "https://x.com/intent/post", lambda url, title: {"url": url, "text": title}),
    ("LinkedIn", "https://www.linkedin.com/sharing/share-offsite/", lambda url, title: {"url": url}),
    ("WhatsApp", "https://wa.me/", lambda url, title: {"text": f"{title} {url}"}),
    ("Bluesky", "https://bsky.app/intent/compose", lambda url, title: {"text": f"{title} {url}"}),
)


@register.inclusion_tag("components/share_links.html", takes_context=True)
def share_links(context, page):
    """E-mail (mailto) and the networks' share addresses for the page's public address."""
    url = seo.page_absolute_url(page, context.get("request")) or ""
    title = page.title
    links = [(name, f"{base}?{urlencode(query(url, title))}") for name, base, query in SHARE_ADDRESSES]
    mailto = "mailto:?" + urlencode({"subject": title, "body": url}, quote_via=quote)
    return {"mailto": mailto, "links": links, "url": url}
