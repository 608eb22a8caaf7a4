"""The open API at /api/v3/: the listing's topic filters, languages and translation links, pagination, a fixed
number of queries, read-only CORS, a rate limit, and an OpenAPI 3.1 description that validates."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openapi_spec_validator import validate
from wagtail.models import PageViewRestriction

from tests import factories

pytestmark = pytest.mark.django_db


def titles(client, query=""):
    response = client.get(f"/api/v3/news/{query}")
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


@pytest.fixture
def stories(make_story, albania, kosovo, caucasus, healthcare, education):
    return {
        "albania": make_story(
            "Clinic in Albania", regions=[albania], sections=[healthcare], display_date=datetime.date(2026, 3, 1)
        ),
        "kosovo": make_story(
            "Schools in Kosovo", regions=[kosovo], sections=[education], display_date=datetime.date(2025, 5, 1)
        ),
        "release": make_story(
            "Appeal for the Caucasus", regions=[caucasus], kind="press-release", display_date=datetime.date(2026, 1, 10)
        ),
    }


def test_news_takes_the_listings_topic_filters(client, stories):
    assert set(titles(client, "?region=balkans")) == {"Clinic in Albania", "Schools in Kosovo"}  # regions below
    assert titles(client, "?region=albania") == ["Clinic in Albania"]
    assert titles(client, "?section=education") == ["Schools in Kosovo"]
    assert titles(client, "?kind=press-release") == ["Appeal for the Caucasus"]
    assert set(titles(client, "?from=2026-01-01&to=2026-12-31")) == {"Clinic in Albania", "Appeal for the Caucasus"}
    assert titles(client, "?year=2025") == ["Schools in Kosovo"]


def test_a_bad_filter_is_a_clear_400_never_a_500(client, stories):
    assert client.get("/api/v3/news/?region=%00").status_code == 200  # cleaned to nothing: no filter
    for query in ("?region=atlantis", "?kind=rumour", "?from=yesterday", "?limit=1000", "?locale=xx"):
        response = client.get(f"/api/v3/news/{query}")
        assert response.status_code in (400, 422), query
        assert response["Content-Type"] == "application/problem+json"
    assert "atlantis" in client.get("/api/v3/news/?region=atlantis").json()["detail"]


def test_pagination_counts_everything_and_returns_a_window(client, stories):
    body = client.get("/api/v3/news/?limit=2&offset=1").json()
    assert body["count"] == 3 and len(body["items"]) == 2
    assert client.get("/api/v3/news/?offset=50").json()["items"] == []


def test_items_come_in_the_requested_language_with_links_to_their_translations(client, stories, translate):
    turkish = translate(stories["albania"], "tr", {"Clinic in Albania": "Arnavutluk'ta klinik"})
    (english,) = [item for item in client.get("/api/v3/news/").json()["items"] if item["title"] == "Clinic in Albania"]
    assert english["translations"] == [{"locale": "tr", "id": turkish.pk, "url": f"http://testserver{turkish.url}"}]
    assert titles(client, "?locale=tr") == ["Arnavutluk'ta klinik"]
    item = client.get(f"/api/v3/news/{turkish.pk}/").json()
    assert item["locale"] == "tr" and item["translations"][0]["id"] == stories["albania"].pk
    assert item["regions"] == [{"id": item["regions"][0]["id"], "slug": "albania", "title": "Albania"}]


def queries_of(client, url):
    client.get(url)  # warm the per-generation lists
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_news_list_costs_the_same_queries_for_three_stories_or_twelve(client, stories, make_story, albania):
    three = queries_of(client, "/api/v3/news/")
    for number in range(9):
        make_story(f"More news {number}", regions=[albania])
    assert queries_of(client, "/api/v3/news/") == three <= 8
    assert queries_of(client, "/api/v3/news/?region=balkans&section=healthcare") <= 10


def test_regions_and_sections_list_only_readable_pages(client, albania, caucasus, healthcare, education):
    restriction = PageViewRestriction.objects.create(page=caucasus, restriction_type="groups")
    restriction.groups.add(Group.objects.create(name="Working group"))
    education.unpublish()
    regions = client.get("/api/v3/regions/").json()
    assert {item["slug"] for item in regions["items"]} == {"balkans", "albania"}
    assert client.get(f"/api/v3/regions/{caucasus.pk}/").status_code == 404
    assert [item["slug"] for item in client.get("/api/v3/sections/").json()["items"]] == ["healthcare"]
    assert client.get(f"/api/v3/sections/{education.pk}/").status_code == 404


def test_images_and_documents_of_private_pages_stay_out(client, news_index, albania):
    public_image, private_image = factories.ImageFactory(title="Harbour"), factories.ImageFactory(title="Minutes")
    factories.NewsPageFactory(parent=news_index, title="Open story", image=public_image).save_revision().publish()
    hidden = factories.NewsPageFactory(parent=news_index, title="Board story", image=private_image)
    hidden.save_revision().publish()
    restriction = PageViewRestriction.objects.create(page=hidden, restriction_type="groups")
    restriction.groups.add(Group.objects.create(name="Board"))
    listed = client.get("/api/v3/images/").json()
    assert [item["title"] for item in listed["items"]] == ["Harbour"]
    assert client.get(f"/api/v3/images/{public_image.pk}/").status_code == 200
    assert client.get(f"/api/v3/images/{private_image.pk}/").status_code == 404
    assert client.get("/api/v3/documents/").json() == {"count": 0, "items": []}


def test_reads_are_open_to_every_origin_and_writes_are_refused(client, stories):
    response = client.get("/api/v3/news/", HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    preflight_write = client.options(
        "/api/v3/news/", HTTP_ORIGIN="https://partner.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )
    assert "Access-Control-Allow-Origin" not in preflight_write
    preflight_read = client.options(
        "/api/v3/news/", HTTP_ORIGIN="https://partner.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    assert preflight_read["Access-Control-Allow-Methods"] == "GET, HEAD"
    assert client.post("/api/v3/news/", {}, content_type="application/json").status_code == 405
    assert client.delete(f"/api/v3/news/{stories['release'].pk}/").status_code == 405


def test_a_client_over_the_rate_limit_gets_429(client, stories, settings):
    settings.API_RATE_LIMIT = 3
    codes = [client.get("/api/v3/news/").status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]


def test_the_openapi_description_is_served_and_valid(client):
    document = client.get("/api/v3/openapi.json").json()
    assert document["openapi"].startswith("3.1")
    validate(document)
    parameters = {parameter["name"] for parameter in document["paths"]["/api/v3/news/"]["get"]["parameters"]}
    assert {"locale", "region", "section", "kind", "year", "from", "to", "limit", "offset"} <= parameters
