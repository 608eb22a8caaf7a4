"""Demo images drawn with Pillow: calm landscapes for pages and simple wordmark logos for partners."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Collection

from core.image_sizes import LOGO_COLLECTION

PALETTES = [
    ((250, 214, 165), (214, 112, 78), [(94, 122, 96), (64, 92, 72), (38, 64, 52)]),
    ((196, 224, 240), (120, 170, 210), [(132, 150, 170), (92, 112, 136), (58, 74, 96)]),
    ((255, 236, 200), (240, 170, 110), [(170, 130, 90), (130, 96, 66), (90, 64, 46)]),
    ((220, 236, 226), (150, 196, 180), [(96, 150, 120), (60, 116, 92), (30, 80, 66)]),
    ((235, 225, 245), (176, 150, 210), [(120, 104, 150), (86, 72, 118), (54, 44, 84)]),
    ((210, 232, 245), (250, 250, 250), [(170, 190, 200), (120, 146, 160), (74, 98, 114)]),
]
WIDTH, HEIGHT = 1600, 900


def _landscape(seed):
    rng = random.Random(seed)
    top, bottom, layers = PALETTES[seed % len(PALETTES)]
    image = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(image)
    for y in range(HEIGHT):
        t = y / HEIGHT
        draw.line([(0, y), (WIDTH, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    sun_x, sun_y, radius = rng.randint(200, 1400), rng.randint(120, 320), rng.randint(50, 90)
    draw.ellipse([sun_x - radius, sun_y - radius, sun_x + radius, sun_y + radius], fill=(255, 247, 220))
    for depth, colour in enumerate(layers):
        base = int(HEIGHT * (0.45 + 0.17 * depth))
        points, x = [(0, HEIGHT)], 0
        while x <= WIDTH:
            points.append((x, base - rng.randint(0, 180 - depth * 40)))
            x += rng.randint(80, 220)
        points += [(WIDTH, base), (WIDTH, HEIGHT)]
        draw.polygon(points, fill=colour)
    return image


def _logo(name, seed):
    rng = random.Random(seed)
    colour = (rng.randint(20, 120), rng.randint(60, 140), rng.randint(80, 160))
    image = Image.new("RGB", (480, 160), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse([16, 24, 128, 136], fill=colour)
    initials = "".join(word[0] for word in name.split()[:2]).upper()
    draw.text((72, 80), initials, fill="white", anchor="mm", font=ImageFont.load_default(size=44))
    draw.text((148, 80), name.split()[0], fill=colour, anchor="lm", font=ImageFont.load_default(size=40))
    return image


def _save(pil_image, title, filename, description, image_format):
    Image_ = get_image_model()
    existing = Image_.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    pil_image.save(buffer, format=image_format, quality=82)
    return Image_.objects.create(title=title, description=description, file=ImageFile(buffer, name=filename))


def landscape_image(number, description):
    return _save(_landscape(number), f"Demo landscape {number}", f"demo-landscape-{number}.jpg", description, "JPEG")


def logo_collection():
    """Logos live in a collection of their own: pages refuse them as their image (core/image_sizes.py)."""
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=LOGO_COLLECTION).first()
    return existing or root.add_child(name=LOGO_COLLECTION)


def partner_logo(name, number):
    logo = _save(_logo(name, number), f"Logo: {name}", f"demo-logo-{number}.png", f"{name} logo", "PNG")
    if logo.collection.name != LOGO_COLLECTION:
        logo.collection = logo_collection()
        logo.save(update_fields=["collection"])
    return logo
