"""Site search: live, public pages of the reader's language only."""

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page

MAX_QUERY_LENGTH = 200


def clean_query(raw):
    return raw.replace("\x00", "").strip()[:MAX_QUERY_LENGTH]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results_page = None
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
        results_page = Paginator(pages, 10).get_page(request.GET.get("page"))
    return render(request, "search/search.html", {"query": query, "results_page": results_page})
