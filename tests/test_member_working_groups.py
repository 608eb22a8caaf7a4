"""Working groups: pages under the network page that only their members and staff may read. Nothing of them
reaches public listings, search, feeds, the sitemap or the API; members ask to join in the portal and the group's
coordinator, and nobody else, answers. Also: the portal asks for a verified address, two-factor set-up opens."""

import pytest
from wagtail.models import PageViewRestriction

from members.models import JoinRequest, WorkingGroupPage
from tests import factories
from tests.members_helpers import member_account, organisation

pytestmark = pytest.mark.django_db

SECRET = "Cash transfer standards"


@pytest.fixture
def network(home_page):
    return factories.StandardPageFactory(parent=home_page, title="The network", slug="the-network")


@pytest.fixture
def people(albania):
    coordinator, member, outsider = (member_account(f"{name}@example.org") for name in ("coord", "member", "outsider"))
    organisation(albania, "Harbour Aid", people=[coordinator, member])
    organisation(albania, "Other Aid", people=[outsider])
    return coordinator, member, outsider


@pytest.fixture
def working_group(network, people, roles):
    page = WorkingGroupPage(title=SECRET, slug="cash-transfers", intro="Drafting a common standard.")
    page.coordinator = people[0]
    network.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    people[0].groups.add(page.group)
    return page


def test_a_working_group_is_restricted_to_its_members_and_staff(client, working_group, people, roles):
    restriction = PageViewRestriction.objects.get(page=working_group)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert {group.name for group in restriction.groups.all()} >= {working_group.group.name, "Editors"}
    url = "/en/the-network/cash-transfers/"
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/en/accounts/login/")
    client.force_login(people[1])  # not (yet) in the group
    assert client.get(url).status_code == 302
    client.force_login(people[0])
    assert SECRET in client.get(url).content.decode()
    client.force_login(roles["editor"])
    assert client.get(url).status_code == 200


def test_nothing_of_a_working_group_reaches_public_listings_search_feeds_or_the_sitemap(
    client, working_group, news_index
):
    for url in (
        "/en/",
        "/en/the-network/",
        "/en/search/?q=cash+transfer+standards",
        "/sitemap.xml",
        "/en/news/feed/rss/",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert SECRET not in response.content.decode() and "cash-transfers" not in response.content.decode(), url


def test_members_ask_to_join_and_only_the_coordinator_answers(client, working_group, people):
    coordinator, member, outsider = people
    client.force_login(member)
    portal = client.get("/en/portal/").content.decode()
    assert SECRET in portal and "Ask to join" in portal
    client.post(f"/en/portal/groups/{working_group.pk}/ask/")
    join_request = JoinRequest.objects.get(user=member)

    for someone in (member, outsider):  # the asker and another member cannot answer it
        client.force_login(someone)
        assert client.post(f"/en/portal/groups/requests/{join_request.pk}/accept/").status_code == 404
    assert not member.groups.filter(pk=working_group.group_id).exists()

    client.force_login(coordinator)
    assert member.email in client.get("/en/portal/").content.decode()
    client.post(f"/en/portal/groups/requests/{join_request.pk}/accept/")
    assert member.groups.filter(pk=working_group.group_id).exists()
    client.force_login(member)
    assert client.get("/en/the-network/cash-transfers/").status_code == 200
    assert 'href="/en/the-network/cash-transfers/"' in client.get("/en/portal/").content.decode()


def test_the_portal_asks_for_a_verified_address(client, home_page):
    unverified = member_account("unverified@example.org", verified=False)
    client.force_login(unverified)
    for url in ("/en/portal/", "/en/portal/join/", "/en/portal/news/new/"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"] == "/en/accounts/email/", url


def test_two_factor_set_up_opens_in_the_sites_layout(client, home_page):
    client.force_login(member_account("member@example.org"))
    html = client.get("/ar/accounts/2fa/").content.decode()
    assert 'dir="rtl"' in html and 'class="site-header"' in html
    totp = client.get("/en/accounts/2fa/totp/activate/")
    assert totp.status_code in (200, 302)


def test_a_member_can_turn_on_an_authenticator_app_and_then_needs_its_code(client, home_page):
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import (
        SECRET_SESSION_KEY,
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    def current_code(secret):
        return format_hotp_value(hotp_value(secret, next(iter(yield_hotp_counters_from_time()))))

    member = member_account("member@example.org")
    login = {"login": "member@example.org", "password": "a-long-member-passphrase"}
    assert client.post("/en/accounts/login/", login).status_code == 302
    # Turning it on asks for the password again.
    reauthenticate = client.get("/en/accounts/2fa/totp/activate/")
    assert reauthenticate["Location"].startswith("/en/accounts/reauthenticate/")
    client.post(reauthenticate["Location"], {"password": login["password"]})
    assert client.get("/en/accounts/2fa/totp/activate/").status_code == 200
    secret = client.session[SECRET_SESSION_KEY]
    client.post("/en/accounts/2fa/totp/activate/", {"code": current_code(secret)})
    assert Authenticator.objects.filter(user=member, type=Authenticator.Type.TOTP).exists()

    client.logout()
    response = client.post("/en/accounts/login/", login)
    assert response.status_code == 302 and response["Location"] == "/en/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session  # the password alone does not sign in any more
    client.post("/en/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert "_auth_user_id" in client.session
