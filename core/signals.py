"""Signal wiring: any change to what is public starts a new content generation (core/generation.py).

Changes no signal announces (queryset updates, bulk_create, raw SQL) show once the generation expires, within
PAGE_CACHE_SECONDS (docs/caching.md).
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core import private_files
from core.generation import invalidate_page_cache


def connect():
    private_files.connect()
    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
        signal.connect(invalidate_page_cache, dispatch_uid=f"page-cache-{signal!r}")
    post_delete.connect(_invalidate_on_page_delete, dispatch_uid="page-cache-page-delete")
    # Aliases (wagtail-localize's locale sync) and pages a script or an import adds are created live without a
    # publish signal; a script may take a page offline with `page.live = False; page.save()`, which sends no
    # unpublish signal.
    post_save.connect(_invalidate_on_page_save, dispatch_uid="page-cache-page-save")
    # A new or removed view restriction changes what is public everywhere (listings, search, feeds).
    for signal in (post_save, post_delete):
        signal.connect(invalidate_page_cache, sender=PageViewRestriction, dispatch_uid=f"restriction-{signal!r}")
    invalidate_on_change_of(Site)  # the site of each host name is kept per generation (core/sites.py)


def invalidate_on_change_of(*models):
    """Saving or deleting any of these models (snippets shown on every page) empties the page cache."""
    for model in models:
        post_save.connect(invalidate_page_cache, sender=model, dispatch_uid=f"page-cache-save-{model.__name__}")
        post_delete.connect(invalidate_page_cache, sender=model, dispatch_uid=f"page-cache-delete-{model.__name__}")


def _invalidate_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate_page_cache()


def _invalidate_on_page_save(sender, instance, created, update_fields=None, **kwargs):
    if not isinstance(instance, Page):
        return
    created_live = created and (instance.live or instance.alias_of_id is not None)
    # A draft saved with its revision fields only is not a change readers see; a full save of a page that is
    # not live may have just taken it offline.
    taken_offline = not created and not instance.live and (update_fields is None or "live" in update_fields)
    if created_live or taken_offline:
        invalidate_page_cache()
