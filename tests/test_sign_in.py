"""Every way in is throttled (docs/security.md): the admin's sign-in, Wagtail's front-end sign-in, page passwords,
password resets, and search. Limits are per client; an editor is never locked out by guesses from elsewhere, and
no answer tells whether an account exists. Run on SQLite and PostgreSQL; counters run on local memory, the
machine's Redis and a Redis server of the test's own."""

import re
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.db.models import F
from django.test import override_settings
from wagtail.models import PageViewRestriction

from tests import factories, redis_server
from tests.redis_server import dead_redis_config

cache_backend, locmem_cache, machine_redis, own_redis = (
    redis_server.cache_backend,
    redis_server.locmem_cache,
    redis_server.machine_redis,
    redis_server.own_redis,
)

pytestmark = pytest.mark.django_db

ADMIN_LOGIN, SITE_LOGIN = "/admin/login/", "/en/_util/login/"
PASSWORD = "right-horse-battery-staple"
ATTACKER, OFFICE = "203.0.113.7", "198.51.100.20"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", PASSWORD)


def sign_in(client, username, password=PASSWORD, address=ATTACKER, url=ADMIN_LOGIN):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address)


def fail(client, username, times, address=ATTACKER, url=ADMIN_LOGIN, locks=True):
    """Wrong passwords: each is answered with the form and its error; with `locks`, the last locks the pair."""
    statuses = [sign_in(client, username, "wrong password", address, url).status_code for _ in range(times)]
    assert statuses == [200] * (times - 1) + [429 if locks else 200]


def without_tokens(html, *typed):
    """A page as a guesser compares it: without the CSRF token and what they typed themselves."""
    for text in typed:
        html = html.replace(text, "")
    return re.sub(r"[A-Za-z0-9]{32,}", "", html)


def is_signed_in(client):
    return "_auth_user_id" in client.session


# Sign-in: django-axes on every path through authenticate() ----------------------------------------------------


def test_after_five_failures_even_the_right_password_is_refused(client, editor):
    fail(client, "editor", times=5)
    response = sign_in(client, "editor")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many failed sign-in attempts" in html and "please wait 15 minutes" in html.lower()
    assert response["Retry-After"] == "900"
    assert 'value="editor"' in html  # the username typed is kept in the form
    assert PASSWORD not in html
    assert not is_signed_in(client)


@pytest.mark.parametrize(
    "failures_at, then_at",
    [(ADMIN_LOGIN, SITE_LOGIN), (SITE_LOGIN, ADMIN_LOGIN), (SITE_LOGIN, SITE_LOGIN)],
    ids=["admin-then-site", "site-then-admin", "site"],
)
def test_the_front_end_sign_in_shares_the_admin_sign_in_count(client, editor, failures_at, then_at):
    fail(client, "editor", times=5, url=failures_at)
    response = sign_in(client, "editor", url=then_at)
    assert response.status_code == 429
    assert not is_signed_in(client)
    assert client.get("/admin/").status_code == 302  # still sent to the sign-in page


def test_front_end_refusal_is_the_sites_own_page_in_the_readers_language(client, editor):
    fail(client, "editor", times=5, url="/ar/_util/login/")
    response = sign_in(client, "editor", url="/ar/_util/login/")
    html = response.content.decode()
    assert response.status_code == 429 and 'lang="ar"' in html and 'dir="rtl"' in html
    assert 'value="editor"' in html and 'class="skip-link"' in html  # the site's layout, what was typed kept


def test_an_editor_is_not_locked_out_by_guesses_from_another_address(client, editor):
    fail(client, "Editor", times=5, address=ATTACKER)  # case makes no new username
    assert sign_in(client, "editor", address=ATTACKER).status_code == 429
    response = sign_in(client, "editor", address=OFFICE)
    assert response.status_code == 302 and is_signed_in(client)


def test_the_answers_do_not_tell_whether_an_account_exists(client, editor):
    fail(client, "editor", times=5)
    fail(client, "nobody-by-this-name", times=5)
    existing = sign_in(client, "editor")
    missing = sign_in(client, "nobody-by-this-name")
    assert existing.status_code == missing.status_code == 429
    assert without_tokens(existing.content.decode(), "editor") == without_tokens(
        missing.content.decode(), "nobody-by-this-name"
    )


def test_sign_in_works_again_when_the_window_has_passed(client, editor):
    fail(client, "editor", times=5)
    assert sign_in(client, "editor").status_code == 429
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=15, seconds=1))
    response = sign_in(client, "editor")
    assert response.status_code == 302 and is_signed_in(client)


@override_settings(LOGIN_FAILURE_LIMIT=3, LOGIN_FAILURE_WINDOW=120)
def test_limit_and_window_are_settings(client, editor):
    fail(client, "editor", times=3)
    response = sign_in(client, "editor")
    assert response.status_code == 429 and "please wait 2 minutes" in response.content.decode().lower()


def test_a_successful_sign_in_clears_the_failures(client, editor):
    fail(client, "editor", times=4, locks=False)
    assert sign_in(client, "editor").status_code == 302
    client.logout()
    fail(client, "editor", times=4 + 1)  # counted from zero again: the fifth since the success locks


def test_throttling_holds_when_redis_is_down(client, editor):
    # Failures are counted in the database: a cache outage does not reopen guessing.
    with override_settings(CACHES={"default": dead_redis_config()}):
        fail(client, "editor", times=5)
        assert sign_in(client, "editor").status_code == 429


# Page passwords ---------------------------------------------------------------------------------------------

STORY_TITLE = "Minutes of the closed board meeting"


@pytest.fixture
def private_story(news_index):
    story = factories.NewsPageFactory(parent=news_index, title=STORY_TITLE)
    restriction = PageViewRestriction.objects.create(
        page=story, restriction_type=PageViewRestriction.PASSWORD, password="board-only"
    )
    return story, restriction


def try_password(client, story, restriction, password, address=ATTACKER):
    url = f"/en/_util/authenticate_with_password/{restriction.id}/{story.id}/"
    return client.post(url, {"password": password, "return_url": story.url}, REMOTE_ADDR=address)


@override_settings(PAGE_PASSWORD_FAILURE_LIMIT=10)
def test_page_password_is_refused_after_ten_wrong_guesses(client, private_story, cache_backend):
    story, restriction = private_story
    for _guess in range(10):
        assert try_password(client, story, restriction, "guess").status_code == 200
    response = try_password(client, story, restriction, "board-only")
    assert response.status_code == 429 and response["Retry-After"] == "900"
    html = response.content.decode()
    assert "Too many wrong passwords" in html and f'value="{story.url}"' in html  # the return address is kept
    assert STORY_TITLE not in client.get(story.url).content.decode()  # the story is still locked

    # Another reader, elsewhere, with the password, is let in.
    assert try_password(client, story, restriction, "board-only", address=OFFICE).status_code == 302
    assert STORY_TITLE in client.get(story.url).content.decode()


def test_right_page_password_is_not_counted(client, private_story, settings):
    settings.PAGE_PASSWORD_FAILURE_LIMIT = 2
    story, restriction = private_story
    for _visit in range(3):
        assert try_password(client, story, restriction, "board-only").status_code == 302


# Password reset ---------------------------------------------------------------------------------------------

RESET_URL = "/admin/password_reset/"


def ask_reset(client, email, address=ATTACKER):
    return client.post(RESET_URL, {"email": email}, REMOTE_ADDR=address)


@override_settings(PASSWORD_RESET_LIMIT=3)
def test_password_reset_is_limited_per_client_address(client, editor, cache_backend):
    for _request in range(3):
        assert ask_reset(client, "editor@example.org").status_code == 302
    assert len(mail.outbox) == 3
    refused = ask_reset(client, "someone-else@example.org")
    assert refused.status_code == 429 and "Too many password reset requests" in refused.content.decode()
    assert 'value="someone-else@example.org"' in refused.content.decode()  # what was typed is kept
    assert len(mail.outbox) == 3


@override_settings(PASSWORD_RESET_LIMIT=3)
def test_password_reset_is_limited_per_account_whatever_the_address(client, editor):
    for number in range(3):
        assert ask_reset(client, "Editor@Example.org", address=f"192.0.2.{number}").status_code == 302
    assert ask_reset(client, "editor@example.org", address=OFFICE).status_code == 429
    assert len(mail.outbox) == 3
    assert ask_reset(client, "other@example.org", address=OFFICE).status_code == 302  # others are unaffected


@override_settings(PASSWORD_RESET_LIMIT=2)
def test_password_reset_answers_the_same_whether_the_account_exists(client, editor):
    def answers(email):
        statuses = [ask_reset(client, email, address=email).status_code for _request in range(3)]
        return statuses, without_tokens(ask_reset(client, email, address=email).content.decode(), email)

    assert answers("editor@example.org") == answers("nobody@example.org")


# Search -----------------------------------------------------------------------------------------------------


@override_settings(SEARCH_RATE_LIMIT=3)
def test_search_is_limited_per_client_and_keeps_the_query(client, home_page, cache_backend):
    for _search in range(3):
        assert client.get("/en/search/", {"q": "water"}, REMOTE_ADDR=ATTACKER).status_code == 200
    refused = client.get("/en/search/", {"q": "clean water"}, REMOTE_ADDR=ATTACKER)
    html = refused.content.decode()
    assert refused.status_code == 429 and refused["Retry-After"] == "60"
    assert 'value="clean water"' in html and "You have searched many times" in html
    assert client.get("/en/search/", {"q": "water"}, REMOTE_ADDR=OFFICE).status_code == 200
    assert client.get("/en/search/", REMOTE_ADDR=ATTACKER).status_code == 200  # the empty form is not counted


@override_settings(SEARCH_RATE_LIMIT=1)
def test_search_refusal_is_in_the_readers_language(client, home_page):
    client.get("/ar/search/", {"q": "ماء"}, REMOTE_ADDR=ATTACKER)
    refused = client.get("/ar/search/", {"q": "ماء"}, REMOTE_ADDR=ATTACKER)
    html = refused.content.decode()
    assert refused.status_code == 429 and 'lang="ar"' in html
    assert "You have searched many times" not in html  # translated
