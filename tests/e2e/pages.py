"""Finds one URL of each page type on the running demo site, by following its own links."""

import re
import urllib.request

# English, and Arabic for the right-to-left layout.
LANGUAGES = ("en", "ar")


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - our own local server
        return response.read().decode()


def first_link_below(base_url, listing_path):
    """The first link in <main> to a page one level below listing_path (e.g. an article under /en/news/)."""
    html = fetch(base_url + listing_path)
    main = html[html.find("<main") :]
    pattern = re.escape(listing_path) + r"[a-z0-9-]+/"
    match = re.search(r'href="(' + pattern + r')"', main)
    if not match:
        raise AssertionError(f"no link below {listing_path} on {listing_path}")
    return match.group(1)


def pages_to_check(base_url, language):
    prefix = f"/{language}/"
    return {
        "home": prefix,
        "news listing": f"{prefix}news/",
        "article": first_link_below(base_url, f"{prefix}news/"),
        "region": first_link_below(base_url, f"{prefix}regions/"),
        "section": first_link_below(base_url, f"{prefix}what-we-do/"),
        "search results": f"{prefix}search/?q=water",
        "contact form": f"{prefix}contact/",
        "sign in": f"{prefix}_util/login/",
        "not found": f"{prefix}no-such-page/",
    }
