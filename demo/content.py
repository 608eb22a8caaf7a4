"""The demo's English content as the TOML files in demo/data/ hold it, and the stable names of what it builds."""

import tomllib
import uuid
from functools import cache
from pathlib import Path

from django.utils.text import slugify
from wagtail.models import Page

DATA_DIR = Path(__file__).resolve().parent / "data"
# Block ids and form-field keys are part of wagtail-localize's segment contexts (`body.<block id>`), which the PO
# files name: they are derived from the page and position so that every database gets the same ones.
ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://openhands.example.org/demo/")


@cache
def content(name):
    """One data file, e.g. content("stories")["stories"]."""
    with (DATA_DIR / f"{name}.toml").open("rb") as file:
        return tomllib.load(file)


def object_key(obj):
    """How the PO files' references name a demo object: a page by its path below the home page ("/news/<slug>/"),
    a snippet by its model and name ("partner/<name>"), the site settings as "sitesettings"."""
    if isinstance(obj, Page):
        return "/" + "/".join(obj.url_path.split("/")[2:])
    if hasattr(obj, "name"):
        return f"{obj._meta.model_name}/{slugify(obj.name)}"
    return obj._meta.model_name


def stable_id(key, field, position):
    return str(uuid.uuid5(ID_NAMESPACE, f"{key}{field}/{position}"))
