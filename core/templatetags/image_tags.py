"""Responsive images whose srcset lists each width once, however small the uploaded original is.

Wagtail never upscales, so an original narrower than the largest rendition gives several renditions one width,
and a srcset with the same width twice is invalid HTML. These tags keep one candidate per width.

On a public page every image is public, and its URLs lead to the public copies under /media/ that the web server
serves. Anywhere else (a private page, a preview, no page at all) they lead to /private-media/, where the
application checks the reader (core/private_files.py). Deciding costs no query.
"""

from django import template
from django.utils.html import format_html, format_html_join
from wagtail.images.models import Filter, SourceImageIOError

from core.private_files import public_url
from core.renditions import CARD_RENDITIONS
from core.visibility import is_below_unpublished, may_be_restricted

register = template.Library()

CARD_MEDIA_SIZES = "(min-width: 62em) 22rem, (min-width: 40em) 45vw, 92vw"
HERO_SIZES = ("800x450", "1280x720", "1920x1080")
BODY_WIDTHS = (640, 1024, 1400)


# Parsed filter specs, shared by every render: Wagtail parses a spec given as text on each call (a third of a card's
# cost), and a Filter holds nothing that depends on the image.
_filters = {}


def parsed(spec):
    if spec not in _filters:
        _filters[spec] = Filter(spec=spec)
    return _filters[spec]


def distinct_widths(image, specs):
    """Renditions for these filter specs, one per width, narrowest first (renditions come prefetched)."""
    try:
        renditions = image.get_renditions(*[parsed(spec) for spec in specs]).values()
    except SourceImageIOError:  # the original is gone from storage: no image, but never a 500 (as Wagtail's tags)
        return []
    by_width = {}
    for rendition in renditions:
        by_width.setdefault(rendition.width, rendition)
    return [by_width[width] for width in sorted(by_width)]


def is_public_page_view(context):
    """True when this render is a reader's view of a live page that anyone may see: every image it shows (its
    own, and cards of other readable pages) is then public. Answered from the per-generation lists; if they are
    stale, the public URL is refused by the request-time check, so an error costs a broken image, not a leak."""
    request, page = context.get("request"), context.get("page")
    if request is None or getattr(request, "is_preview", False) or not getattr(page, "path", None):
        return False
    if not page.live or page.alias_of_id is not None:
        return False
    return not (may_be_restricted(page.path) or is_below_unpublished(page.path))


def image_urls(context):
    """A function giving a rendition's URL for this render: its public copy, or the checking view's address."""
    if is_public_page_view(context):
        return public_url
    return lambda rendition: rendition.url


@register.simple_tag(takes_context=True)
def rendition_url(context, rendition):
    """The address of a rendition made with Wagtail's `{% image ... as name %}` for this render (og:image)."""
    return image_urls(context)(rendition)


def srcset(renditions, url):
    return ", ".join(f"{url(rendition)} {rendition.width}w" for rendition in renditions)


@register.simple_tag(takes_context=True)
def card_image(context, image, alt):
    renditions = distinct_widths(image, CARD_RENDITIONS)
    if not renditions:
        return ""
    smallest = renditions[0]
    url = image_urls(context)
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" loading="lazy" alt="{}">',
        url(smallest),
        srcset(renditions, url),
        CARD_MEDIA_SIZES,
        smallest.width,
        smallest.height,
        alt,
    )


def picture(context, image, rules, alt, sizes, attributes):
    """A <picture> with WebP and JPEG candidates for these resize rules (e.g. "fill-800x450", "width-640")."""
    webp = distinct_widths(image, [f"{rule}|format-webp" for rule in rules])
    jpeg = distinct_widths(image, [f"{rule}|format-jpeg" for rule in rules])
    if not (webp and jpeg):
        return ""
    fallback = jpeg[0]
    url = image_urls(context)
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}">'
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"{}></picture>',
        srcset(webp, url),
        sizes,
        url(fallback),
        srcset(jpeg, url),
        sizes,
        fallback.width,
        fallback.height,
        alt,
        format_html_join("", ' {}="{}"', attributes),
    )


@register.simple_tag(takes_context=True)
def hero_picture(context, image, alt, sizes, css_class=""):
    """The page's main image: loaded first, as the largest thing above the fold."""
    attributes = [("fetchpriority", "high"), *([("class", css_class)] if css_class else [])]
    return picture(context, image, [f"fill-{size}" for size in HERO_SIZES], alt, sizes, attributes)


@register.simple_tag(takes_context=True)
def body_picture(context, image, alt, sizes):
    """An image in a page's body, at its own aspect ratio, loaded when scrolled near."""
    return picture(context, image, [f"width-{width}" for width in BODY_WIDTHS], alt, sizes, [("loading", "lazy")])
