"""Joining the network: a signed-in person applies for an organisation, staff approve or decline it in the admin
(an e-mail in the applicant's language either way), and approval publishes the profile in the members' directory."""

import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image
from wagtail.images import get_image_model

from members.models import MemberOrganisation
from tests import factories
from tests.members_helpers import member_account, organisation, picture_upload

pytestmark = pytest.mark.django_db

JOIN = "/en/portal/join/"


@pytest.fixture
def staff(roles):
    return roles["editor"]


def application(country, section, **overrides):
    data = {
        "contact_name": "Ayşe Demir",
        "name": "Valley Water Trust",
        "country": country.pk,
        "website": "valley-water.example.org",
        "sections": [section.pk],
        "description": "Clean water for villages in the valley.",
    }
    return {**data, **overrides}


def test_an_application_waits_for_staff_and_approval_publishes_the_profile(
    client, albania, healthcare, staff, django_capture_on_commit_callbacks
):
    applicant = member_account("ayse@example.org")
    client.force_login(applicant)
    logo = picture_upload(320, 120, "PNG", "logo.png")
    response = client.post("/tr/portal/join/", {**application(albania, healthcare), "logo_file": logo})
    assert response.status_code == 302
    applied = MemberOrganisation.objects.get()
    assert (applied.status, applied.language, applied.contact_email) == ("pending", "tr", "ayse@example.org")
    assert applied.website == "https://valley-water.example.org"
    assert applied.logo is None and applied.application_logo is not None
    assert applied.memberships.get().is_coordinator

    # Not in the directory, no profile, while it waits.
    client.logout()
    assert "Valley Water Trust" not in client.get("/en/the-network/members/").content.decode()
    assert client.get(f"/en/the-network/members/{applied.slug}/").status_code == 404

    client.force_login(staff)
    listing = client.get("/admin/members/").content.decode()
    assert "Valley Water Trust" in listing
    assert "Clean water for villages" in client.get(f"/admin/members/{applied.pk}/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(f"/admin/members/{applied.pk}/approve/", {"reason": ""}).status_code == 302
    applied.refresh_from_db()
    assert applied.status == "approved" and applied.logo_id == applied.application_logo_id

    # The e-mail goes out in the applicant's language, with the Turkish profile's address.
    (message,) = mail.outbox
    assert message.to == ["ayse@example.org"] and "Ağa hoş geldiniz" in message.subject
    assert f"/tr/the-network/members/{applied.slug}/" in message.body

    client.logout()
    directory = client.get("/en/the-network/members/").content.decode()
    assert "Valley Water Trust" in directory and "Albania" in directory
    profile = client.get(f"/en/the-network/members/{applied.slug}/").content.decode()
    assert "Clean water for villages in the valley." in profile and "Healthcare" in profile
    assert "https://valley-water.example.org" in profile


def test_declining_tells_the_applicant_why_in_their_language(
    client, albania, healthcare, staff, django_capture_on_commit_callbacks
):
    applied = organisation(albania, "Quiet Hands", status="pending", language="ar", contact_email="q@example.org")
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/members/{applied.pk}/decline/", {"reason": "Outside our regions."})
    applied.refresh_from_db()
    assert applied.status == "declined" and applied.decline_reason == "Outside our regions."
    (message,) = mail.outbox
    assert "Outside our regions." in message.body and "طلب" in message.subject
    assert client.get(f"/en/the-network/members/{applied.slug}/").status_code == 404
    # A decided application is not decided again.
    client.post(f"/admin/members/{applied.pk}/approve/", {"reason": ""})
    applied.refresh_from_db()
    assert applied.status == "declined" and len(mail.outbox) == 1


def test_only_staff_who_manage_members_open_the_applications(client, albania, roles):
    applied = organisation(albania, status="pending")
    client.force_login(roles["writer"])
    assert client.get("/admin/members/").status_code in (302, 403)
    assert client.post(f"/admin/members/{applied.pk}/approve/").status_code in (302, 403)
    applied.refresh_from_db()
    assert applied.status == "pending"


def test_a_form_with_an_error_keeps_what_was_typed(client, albania, healthcare):
    client.force_login(member_account("ayse@example.org"))
    response = client.post(JOIN, application(albania, healthcare, name="", description="x" * 2001))
    html = response.content.decode()
    assert response.status_code == 200 and MemberOrganisation.objects.count() == 0
    assert 'value="Ayşe Demir"' in html and "valley-water.example.org" in html
    assert "at most 2000 characters" in html


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("logo.png", b"<?php echo 'hi'; ?>", content_type="image/png"), "not a JPEG, PNG or WebP"),
        (picture_upload(320, 120, "GIF", "logo.png"), "not a JPEG, PNG or WebP"),
        (picture_upload(40, 20, "PNG", "logo.png"), "at least 160×60"),
    ],
)
def test_logos_are_checked_by_their_content_not_their_name(client, albania, healthcare, upload, message):
    client.force_login(member_account("ayse@example.org"))
    response = client.post(JOIN, {**application(albania, healthcare), "logo_file": upload})
    assert response.status_code == 200 and message in response.content.decode()
    assert MemberOrganisation.objects.count() == 0 and get_image_model().objects.count() == 0


def test_uploaded_pictures_lose_their_exif_data(client, albania, healthcare):
    client.force_login(member_account("ayse@example.org"))
    upload = picture_upload(320, 120, "JPEG", "logo.jpg", exif=True)
    assert b"SecretCamera" in upload.read()
    upload.seek(0)
    client.post(JOIN, {**application(albania, healthcare), "logo_file": upload})
    logo = MemberOrganisation.objects.get().application_logo
    with logo.file.open("rb") as stored:
        data = stored.read()
    assert b"SecretCamera" not in data
    assert not Image.open(io.BytesIO(data)).getexif()


def test_anonymous_visitors_are_sent_to_sign_up_first(client, home_page):
    response = client.get(JOIN)
    assert response.status_code == 302 and response["Location"].startswith("/en/accounts/signup/")


def test_the_directory_filters_by_region_including_the_countries_below_and_by_section(
    client, balkans, albania, caucasus, healthcare, education
):
    organisation(albania, "Tirana Clinics").sections.add(healthcare)
    organisation(caucasus, "Mountain Schools").sections.add(education)
    organisation(albania, "Waiting Group", status="pending")

    def names(query=""):
        html = client.get("/en/the-network/members/" + query).content.decode()
        return [name for name in ("Tirana Clinics", "Mountain Schools", "Waiting Group") if name in html]

    assert names() == ["Tirana Clinics", "Mountain Schools"]
    assert names("?region=balkans") == ["Tirana Clinics"]
    assert names("?region=south-caucasus") == ["Mountain Schools"]
    assert names("?section=education") == ["Mountain Schools"]
    assert names("?region=nowhere&section=%00") == ["Tirana Clinics", "Mountain Schools"]  # ignored, never a 500


def test_the_profile_lists_only_the_organisations_published_news(client, albania, news_index, make_story):
    org = organisation(albania, "Tirana Clinics")
    published = make_story("Clinic opens in the north")
    draft = make_story("Draft about the clinic")
    draft.unpublish()
    other = make_story("Somebody else's story")
    for page in (published, draft):
        org.submissions.create(page=page)
    html = client.get(f"/en/the-network/members/{org.slug}/").content.decode()
    assert "Clinic opens in the north" in html
    assert "Draft about the clinic" not in html and other.title not in html


def test_directory_and_profile_take_a_fixed_number_of_queries(client, albania, healthcare, news_index, make_story):
    def add(number):
        for index in range(number):
            org = organisation(albania, f"Org {number}-{index}", logo=factories.ImageFactory())
            org.sections.add(healthcare)
            org.submissions.create(page=make_story(f"Story {number}-{index}"))

    def count(url):
        client.get(url)  # renditions of new logos are made once, on the first view
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    add(2)
    small = (count("/en/the-network/members/"), count("/en/the-network/members/org-2-0/"))
    add(6)
    assert (count("/en/the-network/members/"), count("/en/the-network/members/org-2-0/")) == small
    assert max(small) <= 15


def test_staff_set_each_organisations_posting_right(client, albania, roles):
    org = organisation(albania, "Harbour Aid")
    client.force_login(roles["writer"])
    client.post(f"/admin/members/{org.pk}/", {"posting_right": "trusted"})
    org.refresh_from_db()
    assert org.posting_right == "new"
    client.force_login(roles["editor"])
    for right in ("trusted", "suspended", "new"):
        assert client.post(f"/admin/members/{org.pk}/", {"posting_right": right}).status_code == 302
        org.refresh_from_db()
        assert org.posting_right == right
    assert client.post(f"/admin/members/{org.pk}/", {"posting_right": "admin"}).status_code == 200
