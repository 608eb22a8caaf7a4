"""The smallest image each use can show sharply (hero, card, logo), and the check editors meet when picking one.

A page's image is its hero and its card, so it must be hero-sized. Logos live in their own collection and are
never a page's image: blown up to a hero they blur.
"""

from django.utils.translation import gettext as _

# Hero renditions go up to 1920×1080, mostly shown at 1280×720; cards at 800×450 (core/templatetags/image_tags).
MINIMUM_SIZES = {"hero": (1280, 720), "card": (800, 450), "logo": (160, 60)}
LOGO_COLLECTION = "Logos"


def image_size_error(image, use):
    """A message for the editor when `image` is too small for `use` (or is a logo used as a page image), else ""."""
    if image is None:
        return ""
    if use != "logo" and image.collection.name == LOGO_COLLECTION:
        return _("This image is in the “%(collection)s” collection: choose a photograph, not a logo.") % {
            "collection": LOGO_COLLECTION
        }
    min_width, min_height = MINIMUM_SIZES[use]
    if image.width < min_width or image.height < min_height:
        return _(
            "This image is %(width)s×%(height)s pixels; here it needs at least %(min_width)s×%(min_height)s "
            "pixels, or it shows blurred. Choose a larger image."
        ) % {"width": image.width, "height": image.height, "min_width": min_width, "min_height": min_height}
    return ""
