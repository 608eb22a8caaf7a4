"""The open API's endpoints: news, regions, sections (api/pages.py registrations), images and documents.

Images and documents are listed only when a readable page uses them (core/private_files.py, the rule that serves
their files), so a draft's or a private page's upload never appears.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Prefetch
from django.db.models.functions import Cast
from django.http import Http404
from ninja import Field, Query, Router, Schema
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from core.private_files import uses_of
from core.seo import absolute_url
from core.visibility import readable
from news.filters import TopicFilter
from news.models import NewsPage
from regions.models import RegionPage
from sections.models import SectionPage

from .pages import MAX_LIMIT, PageEndpoint, bad_request, register
from .schemas import DocumentItem, ImageItem, NewsItem, Problem, TopicItem

router = Router()


class TopicQuery(Schema):
    """The news listing's topic filter (news/filters.py): the same parameters, the same meaning."""

    region: str | None = Field(None, description="Region slug; includes stories of every region below it")
    section: str | None = Field(None, description="Programme area (section) slug")
    kind: str | None = Field(None, description="news or press-release")
    year: str | None = Field(None, description="Year of the story's date, e.g. 2026")
    date_from: str | None = Field(None, alias="from", description="First date, YYYY-MM-DD")
    date_to: str | None = Field(None, alias="to", description="Last date, YYYY-MM-DD")


def narrow_news(stories, request, locale):
    topic = TopicFilter.from_query(request.GET, locale)
    if topic.notices:
        bad_request(topic.notices)
    return topic.apply(stories)


def topic_refs(pages):
    return [{"id": page.pk, "slug": page.slug, "title": page.title} for page in pages]


def image_ref(image, alt):
    if image is None:
        return None
    return {"id": image.pk, "alt": alt, "url": absolute_url(image.file.url)}


def news_fields(story, request):
    return {
        "kind": story.kind,
        "display_date": story.display_date,
        "summary": story.summary,
        "image": image_ref(story.image, story.image_alt_text),
        "regions": topic_refs(story.regions.all()),
        "sections": topic_refs(story.sections.all()),
    }


def prepare_news(stories):
    topics = ("id", "slug", "title")
    return (
        stories.defer_streamfields()
        .select_related("image")
        .prefetch_related(
            Prefetch("regions", queryset=readable(RegionPage.objects.only(*topics, "path").order_by("path"))),
            Prefetch("sections", queryset=readable(SectionPage.objects.only(*topics, "path").order_by("path"))),
        )
    )


def topic_fields(page, request):
    return {"intro": page.intro}


# Adding a page type is one more registration like these (member organisations are not pages: api/organisations.py).
PAGE_ENDPOINTS = [
    PageEndpoint("news", NewsPage, NewsItem, news_fields, prepare=prepare_news, filters=TopicQuery, narrow=narrow_news),
    PageEndpoint("regions", RegionPage, TopicItem, topic_fields, prepare=lambda pages: pages.defer_streamfields()),
    PageEndpoint("sections", SectionPage, TopicItem, topic_fields, prepare=lambda pages: pages.defer_streamfields()),
]
for endpoint in PAGE_ENDPOINTS:
    register(router, endpoint)


class FileWindow(Schema):
    limit: int = Field(20, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0, le=1_000_000)


def used_by_readable_pages(model):
    """The uploads of this model that a readable page's content refers to (Wagtail's reference index)."""
    page_type = ContentType.objects.get_for_model(Page)
    readable_ids = readable(Page.objects.all()).annotate(key=Cast("pk", CharField())).values("key")
    referenced = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(model),
        base_content_type=page_type,
        object_id__in=readable_ids,
    ).values("to_object_id")
    return model.objects.annotate(key=Cast("pk", CharField())).filter(key__in=referenced).order_by("-pk")


def public_only(model, files):
    """Double-check with the rule that serves the files: anything not public is dropped (fail closed)."""
    uses = uses_of(model, [upload.pk for upload in files])
    return [upload for upload in files if uses[upload.pk].public]


def image_item(image):
    return {
        "id": image.pk,
        "title": image.title,
        "alt": image.default_alt_text or "",
        "width": image.width,
        "height": image.height,
        "url": absolute_url(image.file.url),
    }


def document_item(document):
    return {
        "id": document.pk,
        "title": document.title,
        "file_extension": document.file_extension,
        "url": absolute_url(document.url),
    }


def file_endpoints(name, model, schema, item):
    listing = type(f"{schema.__name__}List", (Schema,), {"__annotations__": {"count": int, "items": list[schema]}})

    @router.get(
        f"/{name}/", response={200: listing, 422: Problem, 429: Problem}, operation_id=f"list_{name}", tags=[name]
    )
    def list_files(request, window: Query[FileWindow]):
        files = used_by_readable_pages(model)
        chosen = public_only(model, list(files[window.offset : window.offset + window.limit]))
        return {"count": files.count(), "items": [item(upload) for upload in chosen]}

    @router.get(
        f"/{name}/{{item_id}}/",
        response={200: schema, 404: Problem, 422: Problem, 429: Problem},
        operation_id=f"get_{name}",
        tags=[name],
    )
    def get_file(request, item_id: int):
        upload = used_by_readable_pages(model).filter(pk=item_id).first() if 0 < item_id < 2**31 else None
        if upload is None or not public_only(model, [upload]):
            raise Http404
        return item(upload)

    list_files.__name__, get_file.__name__ = f"list_{name}", f"get_{name}"


file_endpoints("images", get_image_model(), ImageItem, image_item)
file_endpoints("documents", get_document_model(), DocumentItem, document_item)
