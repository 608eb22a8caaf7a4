"""Serving rules for readers: no page below an unpublished one; a redirect away from untranslated aliases; documents
only to readers who may see a page that uses them."""

from django.http import Http404
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.models import Page

from core.private_files import may_read
from core.visibility import is_below_unpublished


@hooks.register("before_serve_page")
def send_readers_of_an_alias_to_the_original(page, request, serve_args, serve_kwargs):
    """An alias in another language (wagtail-localize's locale sync makes them) shows untranslated text under,
    say, /ar/: readers go to the original page instead, in its own language, until a translator translates it."""
    if page.alias_of_id is None:
        return None
    original = Page.objects.filter(pk=page.alias_of_id).only("locale_id", "url_path", "path", "depth").first()
    if original is None or original.locale_id == page.locale_id or not original.live:
        return None
    return redirect(original.get_url(request))


@hooks.register("before_serve_page")
def hide_pages_below_an_unpublished_page(page, request, serve_args, serve_kwargs):
    """Wagtail unpublishes a page without its descendants: a story under an unpublished news index stays live,
    and routing finds it. Readers get a 404, as listings already leave it out (core/visibility.py)."""
    if is_below_unpublished(page.path):
        raise Http404
    return None


@hooks.register("before_serve_document")
def serve_documents_to_readers_of_their_pages(document, request):
    """A document linked only from private pages is served only to those who may see one of them (and editors);
    everyone else gets the 404 an unknown document gets (core/private_files.py)."""
    if not may_read(request, document):
        raise Http404
