"""Pagination helpers for templates."""

from django import template

register = template.Library()


@register.filter
def elided_pages(page_obj):
    """Page numbers to show around the current one, with ellipses: 1 … 4 5 [6] 7 8 … 20."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
