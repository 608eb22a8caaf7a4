"""Pagination shared by every list of stories: 12 a page, bad page numbers never raise."""

from django.core.paginator import Paginator

STORIES_PER_PAGE = 12


def requested_page_number(request):
    raw = request.GET.get("page", "1")
    return int(raw) if raw.isdigit() and len(raw) < 7 else 1


def paginate_stories(request, stories, per_page=STORIES_PER_PAGE):
    """The requested page, or the last one when the number is past the end."""
    paginator = Paginator(stories, per_page)
    return paginator.get_page(requested_page_number(request))
