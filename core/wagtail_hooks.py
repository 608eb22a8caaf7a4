"""Readers' redirect away from untranslated aliases (they show another language's text)."""

from django.shortcuts import redirect
from wagtail import hooks
from wagtail.models import Page


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
