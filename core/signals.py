"""Signal wiring: any change to what is public moves the content generation on (core/generation.py)."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core.generation import invalidate_page_cache


def connect():
    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(invalidate_page_cache, dispatch_uid=f"page-cache-{signal!r}")
    post_delete.connect(_invalidate_on_page_delete, dispatch_uid="page-cache-page-delete")
    # Aliases (wagtail-localize's locale sync) are created live without a publish signal.
    post_save.connect(_invalidate_on_alias_created, dispatch_uid="page-cache-alias-created")
    # A new or removed view restriction changes what is public everywhere (listings, search, feeds).
    for signal in (post_save, post_delete):
        signal.connect(invalidate_page_cache, sender=PageViewRestriction, dispatch_uid=f"restriction-{signal!r}")


def invalidate_on_change_of(*models):
    """Saving or deleting any of these models (snippets shown on every page) empties the page cache."""
    for model in models:
        post_save.connect(invalidate_page_cache, sender=model, dispatch_uid=f"page-cache-save-{model.__name__}")
        post_delete.connect(invalidate_page_cache, sender=model, dispatch_uid=f"page-cache-delete-{model.__name__}")


def _invalidate_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate_page_cache()


def _invalidate_on_alias_created(sender, instance, created, **kwargs):
    if created and getattr(instance, "alias_of_id", None) is not None:
        invalidate_page_cache()
