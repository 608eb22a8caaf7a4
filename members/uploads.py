"""Images members upload (logos, a story's picture): checked by their content, never by their name, and re-encoded
so nothing but pixels survives (EXIF: camera, place, time). They go to a collection of their own."""

import io
import os

from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from wagtail.images import get_image_model
from wagtail.models import Collection

MEMBER_COLLECTION = "Member uploads"
# Pillow's format name → what we save it as (and its file extension).
ALLOWED_FORMATS = {"JPEG": ("JPEG", "jpg"), "PNG": ("PNG", "png"), "WEBP": ("WEBP", "webp")}
MAX_PIXELS = 40_000_000


def checked_image(upload, max_bytes, min_size):
    """The uploaded file re-encoded without metadata, as (bytes, extension, width, height); ValidationError when the
    content is not a JPEG, PNG or WebP picture, is too large, or smaller than min_size (width, height)."""
    if upload.size > max_bytes:
        raise ValidationError(
            _("This file is %(size)s MB; the largest accepted is %(limit)s MB.")
            % {"size": round(upload.size / 1024 / 1024, 1), "limit": round(max_bytes / 1024 / 1024, 1)}
        )
    data = upload.read()
    try:
        with PILImage.open(io.BytesIO(data)) as probe:
            probe.verify()
        picture = PILImage.open(io.BytesIO(data))
        if picture.format not in ALLOWED_FORMATS:
            raise UnidentifiedImageError(picture.format)
        if picture.width * picture.height > MAX_PIXELS:
            raise UnidentifiedImageError("too many pixels")
        picture.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, PILImage.DecompressionBombError) as error:
        raise ValidationError(_("This file is not a JPEG, PNG or WebP picture.")) from error
    min_width, min_height = min_size
    if picture.width < min_width or picture.height < min_height:
        raise ValidationError(
            _("This picture is %(width)s×%(height)s pixels; it needs at least %(min_width)s×%(min_height)s pixels.")
            % {"width": picture.width, "height": picture.height, "min_width": min_width, "min_height": min_height}
        )
    save_format, extension = ALLOWED_FORMATS[picture.format]
    if save_format == "JPEG" and picture.mode not in ("RGB", "L"):
        picture = picture.convert("RGB")
    elif picture.mode not in ("RGB", "RGBA", "L", "LA"):
        picture = picture.convert("RGBA")
    # A fresh image from the pixels alone: no EXIF, XMP, ICC text or comments are carried over.
    clean = PILImage.new(picture.mode, picture.size)
    clean.paste(picture)
    out = io.BytesIO()
    clean.save(out, format=save_format, **({"quality": 88} if save_format == "JPEG" else {}))
    return out.getvalue(), extension, clean.width, clean.height


def member_collection():
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=MEMBER_COLLECTION).first()
    return existing or root.add_child(name=MEMBER_COLLECTION)


def save_member_image(upload, title, description, max_bytes, min_size, user=None):
    """A Wagtail image from a member's upload, checked and cleaned (see checked_image)."""
    data, extension, width, height = checked_image(upload, max_bytes, min_size)
    stem = os.path.splitext(os.path.basename(upload.name or "upload"))[0][:60] or "upload"
    image = get_image_model()(
        title=title[:255],
        description=description[:255],
        collection=member_collection(),
        uploaded_by_user=user,
    )
    image.file = ImageFile(io.BytesIO(data), name=f"{stem}.{extension}")
    image.width, image.height = width, height
    image.save()
    return image
