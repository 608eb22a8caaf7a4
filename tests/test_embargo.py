"""Embargo links: an editor sends a journalist a signed link to a scheduled press release; it shows the scheduled
version with a banner, is never indexed or cached, logs each view, and gives 404 once expired, revoked or live."""

import datetime
import io
import re

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from wagtail.models import PageLogEntry

from editorial.embargo import public_path, token_for
from editorial.models import EmbargoLink, EmbargoLinkView
from editorial.roles import EDITORS, WRITERS
from localization.translators import TRANSLATORS_GROUP
from tests import factories
from tests.test_releases import NINE, SLUGS, TITLES, at, schedule, strings

pytestmark = pytest.mark.django_db


@pytest.fixture
def release(news_index, translate):
    """A press release scheduled for 09:00 with its Turkish translation joined; its English text was changed in
    the scheduled revision."""
    with at(minutes=-60):
        source = factories.NewsPageFactory(
            parent=news_index, title=TITLES["en"], summary="Summary.", kind="press-release", live=False
        )
        source.save_revision()
        translate(source, "tr", strings("tr"), publish=False)
        schedule(source, NINE)
    return source


@pytest.fixture
def editor():
    call_command("setup_editorial", stdout=io.StringIO())
    return factories.staff_user("editor", Group.objects.get(name=EDITORS))


def make_link(client, page, editor, expires_at=""):
    client.force_login(editor)
    url = reverse("editorial:embargo_links", args=[page.pk])
    data = {"recipient_name": "Ayşe Reporter", "recipient_email": "ayse@example.org", "expires_at": expires_at}
    return client.post(url, data)


@override_settings(PAGE_CACHE_SECONDS=300)
def test_a_journalist_reads_the_scheduled_release_with_a_banner_uncached_and_unindexed(client, release, editor):
    with at(minutes=-30):
        assert make_link(client, release, editor).status_code == 302
        link = EmbargoLink.objects.get()
        assert link.expires_at == NINE  # empty: at go-live
        client.logout()
        path = public_path(link)
        assert path.startswith("/en/embargo/")
        for _view in range(2):
            response = client.get(path)
            assert response.status_code == 200
            html = response.content.decode()
            assert TITLES["en"] in html and "Embargoed" in html and "Not for publication before 1 July 2026" in html
            assert '<meta name="robots" content="noindex, nofollow">' in html
            assert response["Cache-Control"] == "private, no-store"
            assert response["X-Robots-Tag"] == "noindex, nofollow"
            assert "X-Page-Cache" not in response
        assert client.get(release.url).status_code == 404  # the public address stays closed
    assert EmbargoLinkView.objects.filter(link=link).count() == 2
    assert PageLogEntry.objects.filter(page=release, action="editorial.embargo.view").count() == 2


def test_a_link_to_the_turkish_translation_opens_in_turkish_only(client, release, editor):
    turkish = release.get_translation(factories.LocaleFactory(language_code="tr"))
    with at(minutes=-30):
        make_link(client, turkish, editor)
        link = EmbargoLink.objects.get()
        client.logout()
        response = client.get(public_path(link))
        assert response.status_code == 200
        assert TITLES["tr"] in response.content.decode() and 'lang="tr"' in response.content.decode()
        assert client.get(f"/en/embargo/{token_for(link)}/").status_code == 404
    assert SLUGS["tr"] in turkish.url_path


def test_an_expired_revoked_or_released_link_gives_404(client, release, editor):
    with at(minutes=-40):
        make_link(client, release, editor, expires_at="2026-07-01 08:30")
        early = EmbargoLink.objects.get()
        make_link(client, release, editor)
        revoked = EmbargoLink.objects.exclude(pk=early.pk).get()
        assert client.post(reverse("editorial:revoke_embargo_link", args=[revoked.pk])).status_code == 302
        make_link(client, release, editor)
        until_go_live = EmbargoLink.objects.exclude(pk__in=[early.pk, revoked.pk]).get()
        client.logout()
        assert client.get(public_path(early)).status_code == 200
        assert client.get(public_path(revoked)).status_code == 404
        assert client.get(public_path(until_go_live)).status_code == 200
    with at(minutes=-20):
        assert client.get(public_path(early)).status_code == 404
    with time_machine.travel(NINE + datetime.timedelta(seconds=1), tick=False):
        assert client.get(public_path(until_go_live)).status_code == 404
    assert client.get("/en/embargo/not-a-token/").status_code == 404
    forged = re.sub(r":[^:]+$", ":forged", token_for(until_go_live))
    assert client.get(f"/en/embargo/{forged}/").status_code == 404


def test_a_link_cannot_outlive_go_live(client, release, editor):
    with at(minutes=-30):
        response = make_link(client, release, editor, expires_at="2026-07-01 09:30")
    assert response.status_code == 200
    assert "expires at go-live or earlier" in response.content.decode()
    assert not EmbargoLink.objects.exists()


def test_only_editors_and_the_lead_manage_embargo_links(client, release, editor, translate, home_page):
    writer = factories.staff_user("writer", Group.objects.get(name=WRITERS))
    call_command("setup_translators", stdout=io.StringIO())
    translator = factories.staff_user("translator", Group.objects.get(name=TRANSLATORS_GROUP))
    with at(minutes=-30):
        for person in (writer, translator):
            assert make_link(client, release, person).status_code in (302, 403)
            assert client.get(reverse("editorial:releases")).status_code in (302, 403)
        assert not EmbargoLink.objects.exists()
        client.force_login(editor)
        edit = client.get(reverse("wagtailadmin_pages:edit", args=[release.pk])).content.decode()
        assert reverse("editorial:embargo_links", args=[release.pk]) in edit


def test_embargo_links_show_in_site_history(admin_client, client, release, editor):
    with at(minutes=-30):
        make_link(client, release, editor)
        link = EmbargoLink.objects.get()
        client.post(reverse("editorial:revoke_embargo_link", args=[link.pk]))
    actions = set(PageLogEntry.objects.filter(page=release).values_list("action", flat=True))
    assert {"editorial.embargo.create", "editorial.embargo.revoke", "wagtail.publish.schedule"} <= actions
    assert "editorial.release.schedule" in actions
    history = admin_client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Embargo link created" in history and "Embargo link revoked" in history and "Release scheduled" in history
