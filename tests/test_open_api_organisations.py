"""Member organisations in the open API: approved ones only, in the requested language, filtered like the
directory, never with their contact details, in a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.members_helpers import organisation

pytestmark = pytest.mark.django_db

SECRET_EMAIL = "private.contact@example.org"


@pytest.fixture
def organisations(albania, caucasus, healthcare, education):
    approved = organisation(
        albania, "Tirana Clinics", website="https://tirana.example.org", logo=factories.ImageFactory(title="Logo")
    )
    approved.sections.add(healthcare)
    schools = organisation(caucasus, "Mountain Schools")
    schools.sections.add(education)
    pending = organisation(albania, "Waiting Group", status="pending", contact_email=SECRET_EMAIL)
    declined = organisation(
        albania, "Refused Group", status="declined", contact_email=SECRET_EMAIL, decline_reason="Not a member"
    )
    return {"approved": approved, "schools": schools, "pending": pending, "declined": declined}


def names(client, query=""):
    response = client.get(f"/api/v3/organisations/{query}")
    assert response.status_code == 200, response.content
    return [item["name"] for item in response.json()["items"]]


def test_an_approved_organisation_is_its_public_profile_and_nothing_more(client, organisations, albania, healthcare):
    org = organisations["approved"]
    item = client.get(f"/api/v3/organisations/{org.pk}/").json()
    assert item == {
        "id": org.pk,
        "name": "Tirana Clinics",
        "slug": "tirana-clinics",
        "description": "Tirana Clinics works with families.",
        "website": "https://tirana.example.org",
        "country": {"id": albania.pk, "slug": "albania", "title": "Albania"},
        "sections": [{"id": healthcare.pk, "slug": "healthcare", "title": "Healthcare"}],
        "logo": {"url": f"http://testserver{org.logo.file.url}", "alt": "Tirana Clinics logo"},
        "profile_url": "http://testserver/en/the-network/members/tirana-clinics/",
    }
    assert client.get(item["profile_url"].removeprefix("http://testserver")).status_code == 200
    assert client.get("/api/v3/organisations/").json()["items"][1] == item  # the list holds the same items


def test_pending_and_declined_organisations_never_appear(client, organisations):
    assert names(client) == ["Mountain Schools", "Tirana Clinics"]
    assert client.get("/api/v3/organisations/").json()["count"] == 2
    for hidden in (organisations["pending"], organisations["declined"]):
        response = client.get(f"/api/v3/organisations/{hidden.pk}/")
        assert response.status_code == 404
        assert response["Content-Type"] == "application/problem+json"
        assert hidden.name not in response.content.decode()


def test_contact_details_posting_rights_and_decline_reasons_are_never_sent(client, organisations):
    for org in organisations.values():
        org.contact_email = SECRET_EMAIL
        org.save()
    every = [
        client.get(url).content.decode()
        for url in (
            "/api/v3/organisations/",
            "/api/v3/organisations/?limit=100&locale=tr",
            *(f"/api/v3/organisations/{org.pk}/" for org in organisations.values()),
        )
    ]
    for body in every:
        for secret in (SECRET_EMAIL, "Ayşe Demir", "Not a member", "posting", "trusted", "application_logo"):
            assert secret not in body


def test_the_logo_is_only_the_approved_one(client, organisations):
    org = organisations["schools"]
    org.application_logo = factories.ImageFactory(title="Waiting logo")
    org.save()
    item = client.get(f"/api/v3/organisations/{org.pk}/").json()
    assert item["logo"] is None
    assert org.application_logo.file.url not in client.get("/api/v3/organisations/").content.decode()


def test_the_list_filters_by_region_below_and_by_section_like_the_directory(client, organisations, balkans):
    assert names(client, "?region=balkans") == ["Tirana Clinics"]
    assert names(client, "?region=south-caucasus") == ["Mountain Schools"]
    assert names(client, "?section=education") == ["Mountain Schools"]
    assert names(client, "?region=balkans&section=education") == []
    assert names(client, "?region=%00") == ["Mountain Schools", "Tirana Clinics"]  # cleaned to nothing
    for query in ("?region=atlantis", "?section=magic", "?limit=0", "?limit=1000", "?locale=xx", "?offset=-1"):
        response = client.get(f"/api/v3/organisations/{query}")
        assert response.status_code in (400, 422), query
        assert response["Content-Type"] == "application/problem+json"
    assert "atlantis" in client.get("/api/v3/organisations/?region=atlantis").json()["detail"]
    for bad in ("0", "-1", "99999999999", "tirana-clinics"):
        assert client.get(f"/api/v3/organisations/{bad}/").status_code in (404, 422), bad


def test_pagination_counts_everything_and_returns_a_window(client, organisations):
    body = client.get("/api/v3/organisations/?limit=1&offset=1").json()
    assert body["count"] == 2 and [item["name"] for item in body["items"]] == ["Tirana Clinics"]
    assert client.get("/api/v3/organisations/?offset=50").json()["items"] == []


def test_countries_and_sections_come_in_the_requested_language(client, organisations, albania, healthcare, translate):
    turkish_albania = translate(albania, "tr", {"Albania": "Arnavutluk"})
    turkish_health = translate(healthcare, "tr", {"Healthcare": "Sağlık"})
    (item,) = [
        item
        for item in client.get("/api/v3/organisations/?locale=tr").json()["items"]
        if item["name"] == "Tirana Clinics"
    ]
    assert item["country"] == {"id": turkish_albania.pk, "slug": turkish_albania.slug, "title": "Arnavutluk"}
    assert item["sections"] == [{"id": turkish_health.pk, "slug": turkish_health.slug, "title": "Sağlık"}]
    assert item["profile_url"] == "http://testserver/tr/the-network/members/tirana-clinics/"
    assert item["logo"]["alt"] == "Tirana Clinics logosu"
    assert names(client, f"?locale=tr&region={turkish_albania.slug}") == ["Tirana Clinics"]


def test_an_unpublished_country_or_section_is_left_out(client, organisations, caucasus, education):
    caucasus.unpublish()
    education.unpublish()
    item = client.get(f"/api/v3/organisations/{organisations['schools'].pk}/").json()
    assert item["country"] is None and item["sections"] == []


def queries_of(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_list_costs_the_same_queries_for_two_organisations_or_eight(client, albania, healthcare):
    def add(number):
        for index in range(number):
            org = organisation(albania, f"Org {number}-{index}", logo=factories.ImageFactory())
            org.sections.add(healthcare)

    url = "/api/v3/organisations/?region=balkans&section=healthcare&limit=100"
    add(2)
    small = queries_of(client, url)
    add(6)
    assert len(client.get(url).json()["items"]) == 8
    assert queries_of(client, url) == small
    assert small <= 12


def test_no_api_response_holds_a_contact_e_mail(client, organisations, make_story, albania):
    make_story("Clinic opens", regions=[albania])
    paths = client.get("/api/v3/openapi.json").json()["paths"]
    ids = [org.pk for org in organisations.values()]
    for path in paths:
        urls = [path.replace("{item_id}", str(pk)) for pk in ids] if "{item_id}" in path else [path + "?limit=100"]
        for url in urls:
            for locale in ("en", "tr", "ar"):
                body = client.get(f"{url}{'&' if '?' in url else '?'}locale={locale}").content.decode()
                assert SECRET_EMAIL not in body and "contact@example.org" not in body, url
