"""Card images: one <img> with a srcset of distinct widths, however small the uploaded original is."""

from django import template
from django.utils.html import format_html

register = template.Library()

CARD_RENDITIONS = ("fill-400x225|format-webp", "fill-800x450|format-webp")
CARD_SIZES = "(min-width: 62em) 22rem, (min-width: 40em) 45vw, 92vw"


@register.simple_tag
def card_image(image, alt):
    """Wagtail never upscales, so an original narrower than 800 px gives both renditions one width; a srcset
    with the same width twice is invalid HTML. Keep one candidate per width (renditions come prefetched)."""
    by_width = {}
    for rendition in image.get_renditions(*CARD_RENDITIONS).values():
        by_width.setdefault(rendition.width, rendition)
    smallest = by_width[min(by_width)]
    srcset = ", ".join(f"{rendition.url} {width}w" for width, rendition in sorted(by_width.items()))
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" loading="lazy" alt="{}">',
        smallest.url,
        srcset,
        CARD_SIZES,
        smallest.width,
        smallest.height,
        alt,
    )
