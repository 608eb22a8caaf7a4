"""Abuse protection through the public surface: admin sign-in throttling, contact-form spam defences, upload limits."""

import io
import os
import smtplib
import time
import types

import pytest
from django.core import mail
from django.core.cache.backends import base as cache_base
from django.core.cache.backends import locmem
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail.backends.base import BaseEmailBackend
from django.test import RequestFactory, override_settings
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

from core.abuse import client_ip
from home.models.contact_page import HONEYPOT_FIELD
from tests import factories

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"
PASSWORD = "right-horse-battery-staple"
ATTACKER, OFFICE = "203.0.113.7", "198.51.100.20"


@pytest.fixture
def time_travel(monkeypatch):
    """Move the local-memory cache's clock forward, so counters expire as they would in real time."""

    def travel(seconds):
        clock = types.SimpleNamespace(time=lambda: time.time() + seconds)
        monkeypatch.setattr(locmem, "time", clock)
        monkeypatch.setattr(cache_base, "time", clock)

    return travel


@pytest.mark.parametrize(
    "proxies, forwarded, expected",
    [
        (0, "6.6.6.6", "10.0.0.1"),  # no trusted proxy: the header is the client's own claim
        (1, "6.6.6.6, 203.0.113.7", "203.0.113.7"),  # one proxy: the entry it appended
        (2, "6.6.6.6, 203.0.113.7, 10.0.0.9", "203.0.113.7"),
        (1, "", "10.0.0.1"),
    ],
)
def test_client_address_trusts_forwarded_for_only_from_configured_proxies(proxies, forwarded, expected):
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    with override_settings(TRUSTED_PROXY_COUNT=proxies):
        assert client_ip(request) == expected


# Contact form -----------------------------------------------------------------------------------------------

MESSAGE = "We would like to volunteer at the spring clinic."


@pytest.fixture
def contact_page(home_page):
    page = factories.ContactPageFactory(parent=home_page, slug="contact")
    page.form_fields.create(label="Your name", field_type="singleline", required=True)
    page.form_fields.create(label="Your e-mail", field_type="email", required=True)
    page.form_fields.create(label="Your message", field_type="multiline", required=True)
    page.save()
    return page


def submit(client, page, address=OFFICE, **fields):
    data = {"your_name": "Ana Hoxha", "your_e_mail": "ana@example.org", "your_message": MESSAGE, **fields}
    return client.post(page.url, data, REMOTE_ADDR=address)


def test_the_form_carries_a_honeypot_hidden_from_people(client, contact_page):
    html = client.get(contact_page.url).content.decode()
    trap = html[html.index('class="form__trap"') :].split("</div>", 1)[0]
    assert " hidden>" in trap and f'name="{HONEYPOT_FIELD}"' in trap and 'tabindex="-1"' in trap


def test_honeypot_submission_is_thanked_but_neither_stored_nor_mailed(client, contact_page):
    response = submit(client, contact_page, **{HONEYPOT_FIELD: "https://cheap-pills.example"})
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_genuine_submission_is_stored_and_mailed(client, contact_page):
    response = submit(client, contact_page, **{HONEYPOT_FIELD: ""})
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    submission = FormSubmission.objects.get(page=contact_page)
    assert submission.form_data["your_message"] == MESSAGE
    assert len(mail.outbox) == 1 and MESSAGE in mail.outbox[0].body


@override_settings(WAGTAILFORMS_HONEYPOT=False)
def test_honeypot_can_be_switched_off(client, contact_page):
    assert HONEYPOT_FIELD not in client.get(contact_page.url).content.decode()
    submit(client, contact_page, **{HONEYPOT_FIELD: "anything"})
    assert FormSubmission.objects.count() == 1


def test_sixth_message_in_ten_minutes_is_refused_and_keeps_what_was_typed(client, contact_page):
    for _message in range(5):
        assert submit(client, contact_page).status_code == 200
    refused = submit(client, contact_page, your_message="My sixth message, which must not be lost.")
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "Please wait a little" in html
    assert "My sixth message, which must not be lost." in html and 'value="Ana Hoxha"' in html
    assert FormSubmission.objects.count() == 5 and len(mail.outbox) == 5
    # Someone else, from another address, can still write.
    assert submit(client, contact_page, address="192.0.2.44").status_code == 200
    assert FormSubmission.objects.count() == 6


def test_invalid_attempts_do_not_count_towards_the_limit(client, contact_page):
    for _attempt in range(6):
        assert submit(client, contact_page, your_e_mail="not an address").status_code == 200
    assert submit(client, contact_page).status_code == 200
    assert FormSubmission.objects.count() == 1


def test_sending_works_again_after_the_window(client, contact_page, time_travel):
    for _message in range(5):
        submit(client, contact_page)
    assert submit(client, contact_page).status_code == 429
    time_travel(10 * 60 + 1)
    assert submit(client, contact_page).status_code == 200


def test_over_long_message_gets_a_clear_error_and_keeps_the_text(client, contact_page):
    long_text = "Word " * 1000 + "end"
    response = submit(client, contact_page, your_message=long_text)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Please shorten this to 5000 characters or fewer (it has 5003)" in html
    textarea = html[html.index("<textarea") :].split(">", 1)[0]
    assert "maxlength" not in textarea  # browsers would cut pasted text without a word
    assert long_text in html
    assert not FormSubmission.objects.exists()
    assert submit(client, contact_page, your_message="x" * 5000).status_code == 200
    assert FormSubmission.objects.count() == 1


class FailingEmailBackend(BaseEmailBackend):
    """A mail server that refuses every message; it notes whether the submission was stored before it was asked."""

    submissions_when_called = []

    def send_messages(self, email_messages):
        FailingEmailBackend.submissions_when_called.append(FormSubmission.objects.count())
        raise smtplib.SMTPException("451 temporary failure")


@override_settings(EMAIL_BACKEND="tests.test_abuse.FailingEmailBackend")
def test_failing_mail_server_loses_nothing_and_shows_no_error(client, contact_page, caplog):
    FailingEmailBackend.submissions_when_called = []
    response = submit(client, contact_page)
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    assert FormSubmission.objects.get().form_data["your_message"] == MESSAGE
    assert FailingEmailBackend.submissions_when_called == [1]  # stored before the e-mail was attempted
    assert "e-mail to office@example.org failed" in caplog.text


# Uploads through the admin ----------------------------------------------------------------------------------


def png_bytes(width, height, noise=True):
    """A real PNG: random noise does not compress, so its size follows its dimensions."""
    if noise:
        image = PILImage.frombytes("RGB", (width, height), os.urandom(width * height * 3))
    else:
        image = PILImage.new("1", (width, height))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def upload(admin_client, kind, filename, content, multiple=False):
    collection = Collection.get_first_root_node()
    name = f"wagtail{kind}:{'add_multiple' if multiple else 'add'}"
    field = "files[]" if multiple else "file"
    data = {"title": "Upload", "collection": collection.pk, field: SimpleUploadedFile(filename, content)}
    return admin_client.post(reverse(name), data)


def refusal(response, multiple):
    """The error an editor sees: the form again with its error, or the multiple uploader's message."""
    assert response.status_code < 500
    if multiple:
        data = response.json()
        assert data["success"] is False
        return str(data.get("error_message", "")) + str(data.get("form", ""))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("multiple", [False, True], ids=["single", "multiple"])
@override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=20_000)
def test_oversized_image_is_refused(admin_client, multiple):
    content = png_bytes(200, 200)
    assert len(content) > 20_000
    message = refusal(upload(admin_client, "images", "big.png", content, multiple), multiple)
    assert "This file is too big" in message
    assert not Image.objects.exists()


@pytest.mark.parametrize("multiple", [False, True], ids=["single", "multiple"])
def test_non_image_named_png_is_refused(admin_client, multiple):
    content = b"MZ\x90\x00" + b"\x00" * 2000  # a Windows program, renamed
    message = refusal(upload(admin_client, "images", "holiday.png", content, multiple), multiple)
    assert "Upload a valid image" in message or "Not a valid" in message
    assert not Image.objects.exists()


def test_image_with_too_many_pixels_is_refused(admin_client):
    content = png_bytes(8000, 6000, noise=False)  # 48 megapixels, a few kilobytes compressed
    message = refusal(upload(admin_client, "images", "bomb.png", content), multiple=False)
    assert "too many pixels" in message
    assert not Image.objects.exists()


@pytest.mark.parametrize("multiple", [False, True], ids=["single", "multiple"])
def test_executable_document_is_refused(admin_client, multiple):
    message = refusal(upload(admin_client, "docs", "setup.exe", b"MZ\x90\x00" * 100, multiple), multiple)
    assert "File extension “exe” is not allowed" in message
    assert not Document.objects.exists()


@pytest.mark.parametrize("multiple", [False, True], ids=["single", "multiple"])
@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1_000)
def test_oversized_document_is_refused(admin_client, multiple):
    message = refusal(
        upload(admin_client, "docs", "annual-report.pdf", b"%PDF-1.7\n" + b"0" * 5_000, multiple), multiple
    )
    assert "This file is too big" in message
    assert not Document.objects.exists()


def test_documents_have_a_size_limit_by_default(settings):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * 1024 * 1024  # Wagtail's default is no limit at all
