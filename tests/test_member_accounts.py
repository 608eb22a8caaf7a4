"""Member organisations' accounts (django-allauth) on the public site: joining with a verified address, sign-in
throttled by django-axes like every other sign-in, resets counted like the admin's, answers that never tell
whether an address has an account, no way into the admin, and the "For organisations" box on every page."""

import re

import pytest
from django.core import mail
from django.test import override_settings

from tests.members_helpers import MEMBER_PASSWORD, member_account
from tests.test_sign_in import without_tokens

pytestmark = pytest.mark.django_db

LOGIN, SIGNUP, RESET = "/en/accounts/login/", "/en/accounts/signup/", "/en/accounts/password/reset/"
ATTACKER = "203.0.113.9"


def sign_in(client, email, password=MEMBER_PASSWORD, address=ATTACKER):
    return client.post(LOGIN, {"login": email, "password": password}, REMOTE_ADDR=address)


def signed_in(client):
    return "_auth_user_id" in client.session


def sign_up(client, email, address=ATTACKER):
    return client.post(
        SIGNUP, {"email": email, "password1": MEMBER_PASSWORD, "password2": MEMBER_PASSWORD}, REMOTE_ADDR=address
    )


def link_in(message):
    return re.search(r"http://testserver(/\S+)", message.body).group(1)


def test_signing_up_needs_the_address_verified_before_the_first_sign_in(client, home_page):
    response = sign_up(client, "new@example.org")
    assert response.status_code == 302 and not signed_in(client)
    assert response["Location"].startswith("/en/accounts/confirm-email/")
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["new@example.org"]
    assert sign_in(client, "new@example.org").status_code == 302 and not signed_in(client)

    confirm = link_in(mail.outbox[0])
    assert confirm.startswith("/en/accounts/confirm-email/")
    assert client.get(confirm).status_code == 200
    client.post(confirm)
    assert sign_in(client, "new@example.org").status_code == 302 and signed_in(client)


def test_passwords_meet_djangos_validators(client, home_page):
    response = client.post(SIGNUP, {"email": "weak@example.org", "password1": "12345678", "password2": "12345678"})
    assert response.status_code == 200 and "too common" in response.content.decode()
    assert 'value="weak@example.org"' in response.content.decode()  # what was typed is kept
    assert mail.outbox == []


def test_signing_up_with_a_known_address_answers_like_a_new_one(client, home_page):
    member_account("known@example.org")
    known = sign_up(client, "known@example.org")
    fresh = sign_up(client, "fresh@example.org", address="198.51.100.3")
    assert (known.status_code, known["Location"]) == (fresh.status_code, fresh["Location"])
    # The owner of the known address is told by e-mail; the page says nothing.
    assert {tuple(message.to) for message in mail.outbox} == {("known@example.org",), ("fresh@example.org",)}


@override_settings(LOGIN_FAILURE_LIMIT=5)
def test_member_sign_in_is_locked_by_django_axes_after_five_failures(client, home_page):
    member_account("member@example.org")
    statuses = [sign_in(client, "member@example.org", "wrong").status_code for _attempt in range(5)]
    assert statuses == [200, 200, 200, 200, 429]
    refused = sign_in(client, "Member@Example.org ")
    assert refused.status_code == 429 and not signed_in(client)
    assert "Too many failed sign-in attempts" in refused.content.decode()
    # Counted per e-mail address and client: the same client may still sign in to another account.
    member_account("colleague@example.org")
    assert sign_in(client, "colleague@example.org").status_code == 302 and signed_in(client)
    client.logout()
    # Another address is not locked out by the guesser.
    assert sign_in(client, "member@example.org", address="198.51.100.20").status_code == 302 and signed_in(client)


@override_settings(LOGIN_FAILURE_LIMIT=3)
def test_sign_in_answers_the_same_whether_the_account_exists(client, home_page):
    member_account("member@example.org")

    def answers(email):
        statuses = [sign_in(client, email, "wrong", address=email).status_code for _attempt in range(3)]
        page = sign_in(client, email, "wrong", address=email)
        return statuses, page.status_code, without_tokens(page.content.decode(), email)

    assert answers("member@example.org") == answers("nobody@example.org")


@override_settings(PASSWORD_RESET_LIMIT=3)
def test_member_password_reset_is_limited_and_never_tells_whether_the_account_exists(client, home_page):
    member_account("member@example.org")

    def ask(email, address=ATTACKER):
        return client.post(RESET, {"email": email}, REMOTE_ADDR=address)

    known, unknown = ask("member@example.org"), ask("nobody@example.org")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    ask("member@example.org")
    refused = ask("someone@example.org")
    assert refused.status_code == 429 and 'value="someone@example.org"' in refused.content.decode()
    assert len(mail.outbox) == 3


def test_a_member_never_opens_the_admin(client, home_page):
    member = member_account("member@example.org")
    client.force_login(member)
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    client.logout()
    # The admin's own sign-in form with the member's right password does not open it either.
    client.post("/admin/login/", {"username": member.username, "password": MEMBER_PASSWORD})
    for url in ("/admin/", "/admin/pages/", "/admin/members/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_the_for_organisations_box_is_on_every_page(client, home_page, news_index):
    html = client.get("/en/").content.decode()
    assert "For organisations" in html
    for url in (LOGIN, RESET, "/en/portal/join/"):
        assert f'href="{url}"' in html
    client.force_login(member_account("member@example.org"))
    html = client.get("/en/news/").content.decode()
    assert 'href="/en/portal/"' in html and "My organisation" in html


def test_account_pages_are_in_the_readers_language_and_right_to_left_in_arabic(client, home_page):
    html = client.get("/ar/accounts/login/").content.decode()
    assert 'lang="ar" dir="rtl"' in html
    assert "تسجيل الدخول" in html
    assert 'class="site-header"' in html  # the site's own layout
    assert "<label" in html  # every field has a visible label
