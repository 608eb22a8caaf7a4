"""Responsive images whose srcset lists each width once, however small the uploaded original is.

Wagtail never upscales, so an original narrower than the largest rendition gives several renditions one width,
and a srcset with the same width twice is invalid HTML. These tags keep one candidate per width.
"""

from django import template
from django.utils.html import format_html, format_html_join
from wagtail.images.models import SourceImageIOError

register = template.Library()

CARD_SIZES = ("400x225", "800x450")
CARD_MEDIA_SIZES = "(min-width: 62em) 22rem, (min-width: 40em) 45vw, 92vw"
HERO_SIZES = ("800x450", "1280x720", "1920x1080")
BODY_WIDTHS = (640, 1024, 1400)


def distinct_widths(image, specs):
    """Renditions for these filter specs, one per width, narrowest first (renditions come prefetched)."""
    try:
        renditions = image.get_renditions(*specs).values()
    except SourceImageIOError:  # the original is gone from storage: no image, but never a 500 (as Wagtail's tags)
        return []
    by_width = {}
    for rendition in renditions:
        by_width.setdefault(rendition.width, rendition)
    return [by_width[width] for width in sorted(by_width)]


def srcset(renditions):
    return ", ".join(f"{rendition.url} {rendition.width}w" for rendition in renditions)


@register.simple_tag
def card_image(image, alt):
    renditions = distinct_widths(image, [f"fill-{size}|format-webp" for size in CARD_SIZES])
    if not renditions:
        return ""
    smallest = renditions[0]
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" loading="lazy" alt="{}">',
        smallest.url,
        srcset(renditions),
        CARD_MEDIA_SIZES,
        smallest.width,
        smallest.height,
        alt,
    )


def picture(image, rules, alt, sizes, attributes):
    """A <picture> with WebP and JPEG candidates for these resize rules (e.g. "fill-800x450", "width-640")."""
    webp = distinct_widths(image, [f"{rule}|format-webp" for rule in rules])
    jpeg = distinct_widths(image, [f"{rule}|format-jpeg" for rule in rules])
    if not (webp and jpeg):
        return ""
    fallback = jpeg[0]
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}">'
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"{}></picture>',
        srcset(webp),
        sizes,
        fallback.url,
        srcset(jpeg),
        sizes,
        fallback.width,
        fallback.height,
        alt,
        format_html_join("", ' {}="{}"', attributes),
    )


@register.simple_tag
def hero_picture(image, alt, sizes, css_class=""):
    """The page's main image: loaded first, as the largest thing above the fold."""
    attributes = [("fetchpriority", "high"), *([("class", css_class)] if css_class else [])]
    return picture(image, [f"fill-{size}" for size in HERO_SIZES], alt, sizes, attributes)


@register.simple_tag
def body_picture(image, alt, sizes):
    """An image in a page's body, at its own aspect ratio, loaded when scrolled near."""
    return picture(image, [f"width-{width}" for width in BODY_WIDTHS], alt, sizes, [("loading", "lazy")])
