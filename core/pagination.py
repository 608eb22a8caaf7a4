"""Pagination that never fails: a bad or too-large page number gives the first or the last page."""

from django.core.paginator import Paginator


def requested_page_number(request):
    raw = request.GET.get("page", "1")
    return int(raw) if raw.isdecimal() and len(raw) < 7 else 1  # isdigit() passes "²", int() does not


def paginate(request, items, per_page):
    """The requested page of `items`, or the last one when the number is past the end (never an error)."""
    return Paginator(items, per_page).get_page(requested_page_number(request))
