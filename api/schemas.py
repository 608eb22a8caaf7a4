"""What the open API returns: pydantic schemas (django-ninja), which the OpenAPI 3.1 description is made from."""

import datetime

from ninja import Schema


class TranslationLink(Schema):
    locale: str
    id: int
    url: str


class TopicRef(Schema):
    id: int
    slug: str
    title: str


class PageItem(Schema):
    id: int
    type: str
    locale: str
    title: str
    slug: str
    url: str
    first_published_at: datetime.datetime | None
    last_published_at: datetime.datetime | None
    translations: list[TranslationLink]


class ImageRef(Schema):
    id: int
    alt: str
    url: str


class NewsItem(PageItem):
    kind: str
    display_date: datetime.date | None
    summary: str
    image: ImageRef | None
    regions: list[TopicRef]
    sections: list[TopicRef]


class TopicItem(PageItem):
    """A region (its stories include those of the regions below it) or a programme area."""

    intro: str


class ImageItem(Schema):
    id: int
    title: str
    alt: str
    width: int
    height: int
    url: str


class DocumentItem(Schema):
    id: int
    title: str
    file_extension: str
    url: str


class LogoRef(Schema):
    url: str
    alt: str


class OrganisationItem(Schema):
    """A member organisation's public profile: approved organisations only, never their contact details."""

    id: int
    name: str
    slug: str
    description: str
    website: str
    country: TopicRef | None
    sections: list[TopicRef]
    logo: LogoRef | None
    profile_url: str


class Problem(Schema):
    type: str
    title: str
    status: int
    detail: str = ""
