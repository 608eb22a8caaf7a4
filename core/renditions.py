"""Which renditions each use of an image needs, and a prefetch that loads only those.

Every image keeps renditions for all its uses (hero, card, Open Graph, feed enclosure, body widths): prefetching
all of them for a list of cards loads five to ten rows per card that the card never shows. Wagtail looks only in
the prefetched renditions when there are any, and makes a missing one, so the list must name every spec asked for.
"""

from django.db.models import Prefetch
from wagtail.images import get_image_model

CARD_SIZES = ("400x225", "800x450")
CARD_RENDITIONS = tuple(f"fill-{size}|format-webp" for size in CARD_SIZES)


def renditions_for(lookup, specs=CARD_RENDITIONS):
    """Prefetch `lookup` (e.g. "image__renditions") with the renditions of these filter specs only."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    return Prefetch(lookup, queryset=renditions)
