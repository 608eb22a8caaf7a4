"""Page types in the open API: one `PageEndpoint` registration gives a type its list and detail endpoints.

Every query starts from the one visibility rule (core/visibility.py): lists hold the visible pages of the
requested language, details the readable pages of any language; each item links to its readable translations.
A list answers in a fixed number of queries whatever its length.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from django.conf import settings
from django.http import Http404
from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from wagtail.models import Locale, Page

from core.seo import page_absolute_url
from core.visibility import readable

from .schemas import PageItem, Problem

LanguageCode = Literal[tuple(code for code, _name in settings.LANGUAGES)]
MAX_LIMIT = 100


class Window(Schema):
    locale: LanguageCode = Field(settings.LANGUAGE_CODE, description="Language of the items (en, tr, ar…)")
    limit: int = Field(20, ge=1, le=MAX_LIMIT, description="Items per response")
    offset: int = Field(0, ge=0, le=1_000_000, description="Items to skip")


@dataclass
class PageEndpoint:
    """A page type in the API: its path (`news`), model, item schema, the fields beyond PageItem's, and optionally
    the query filters it accepts (a Schema, read by `narrow(pages, request, locale)`)."""

    name: str
    model: type[Page]
    schema: type[PageItem]
    fields: Callable[[Any, Any], dict]
    prepare: Callable[[Any], Any] = lambda pages: pages
    filters: type[Schema] | None = None
    narrow: Callable[[Any, Any, Any], Any] | None = None


def translation_links(pages, request):
    """{translation_key: [links to the readable translations]} for these pages, in one query."""
    links = defaultdict(list)
    keys = {page.translation_key for page in pages}
    if not keys:
        return links
    for other in readable(Page.objects.filter(translation_key__in=keys)).select_related("locale").order_by("pk"):
        url = page_absolute_url(other, request)
        if url:
            links[other.translation_key].append(
                {"locale": other.locale.language_code, "id": other.pk, "url": url, "_page": other.pk}
            )
    return links


def serialise(endpoint, pages, request):
    links = translation_links(pages, request)
    items = []
    for page in pages:
        items.append(
            {
                "id": page.pk,
                "type": endpoint.name,
                "locale": page.locale.language_code,
                "title": page.title,
                "slug": page.slug,
                "url": page_absolute_url(page, request) or "",
                "first_published_at": page.first_published_at,
                "last_published_at": page.last_published_at,
                "translations": [
                    {key: value for key, value in link.items() if key != "_page"}
                    for link in links[page.translation_key]
                    if link["_page"] != page.pk
                ],
                **endpoint.fields(page, request),
            }
        )
    return items


def listing_schema(endpoint):
    return type(
        f"{endpoint.schema.__name__}List",
        (Schema,),
        {"__annotations__": {"count": int, "items": list[endpoint.schema]}},
    )


def register(router: Router, endpoint: PageEndpoint):
    """Add GET /<name>/ (a page of the visible items of one language) and GET /<name>/{id}/ to the router."""
    responses_list = {200: listing_schema(endpoint), 400: Problem, 422: Problem, 429: Problem}

    def page_of(request, window, filters_given):
        locale = Locale.objects.filter(language_code=window.locale).first()
        if locale is None:
            return {"count": 0, "items": []}
        pages = endpoint.model.objects.visible(locale)
        if endpoint.narrow is not None:
            pages = endpoint.narrow(pages, request, locale)
        pages = endpoint.prepare(pages.select_related("locale")).order_by("-first_published_at", "-pk")
        count = pages.count()
        chosen = list(pages[window.offset : window.offset + window.limit])
        return {"count": count, "items": serialise(endpoint, chosen, request)}

    if endpoint.filters is not None:
        filter_schema = endpoint.filters

        def list_items(request, window: Query[Window], filters: Query[filter_schema]):
            return page_of(request, window, filters)

    else:

        def list_items(request, window: Query[Window]):
            return page_of(request, window, None)

    list_items.__name__ = f"list_{endpoint.name}"
    router.get(
        f"/{endpoint.name}/",
        response=responses_list,
        operation_id=f"list_{endpoint.name}",
        summary=f"List {endpoint.name}",
        tags=[endpoint.name],
    )(list_items)

    def get_item(request, item_id: int):
        if not 0 < item_id < 2**31:
            raise Http404
        page = endpoint.prepare(readable(endpoint.model.objects.filter(pk=item_id)).select_related("locale")).first()
        if page is None:
            raise Http404
        return serialise(endpoint, [page], request)[0]

    get_item.__name__ = f"get_{endpoint.name}"
    router.get(
        f"/{endpoint.name}/{{item_id}}/",
        response={200: endpoint.schema, 404: Problem, 422: Problem, 429: Problem},
        operation_id=f"get_{endpoint.name}",
        summary=f"One item of {endpoint.name}",
        tags=[endpoint.name],
    )(get_item)


def bad_request(messages):
    raise HttpError(400, " ".join(str(message) for message in messages))
