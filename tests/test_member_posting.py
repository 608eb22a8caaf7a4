"""Posting through the network: a member's story is a draft news page attributed to the organisation that enters
the editors' review (new), is published at once and still reviewed (trusted), or is refused (suspended). Members
edit a story until it is published, keep what they typed after an error, and reach nothing of another
organisation's, whatever id they swap in."""

import pytest
from django.core import mail, signing
from wagtail.images import get_image_model
from wagtail.models import WorkflowState

from members.forms import KEPT_IMAGE_SALT
from members.models import Invitation, Membership, Submission
from news.models import NewsPage
from tests.members_helpers import member_account, organisation, picture_upload

pytestmark = pytest.mark.django_db

SUBMIT, PORTAL = "/en/portal/news/new/", "/en/portal/"


@pytest.fixture
def member(albania):
    return member_account("member@example.org")


@pytest.fixture
def org(albania, member):
    return organisation(albania, "Harbour Aid", people=[member])


def story(albania, healthcare, **overrides):
    data = {
        "title": "Wells repaired before winter",
        "summary": "Three villages have water again.",
        "body": "First paragraph.\n\nSecond <b>paragraph</b>.",
        "image_alt": "",
        "regions": [albania.pk],
        "sections": [healthcare.pk],
        "language": "en",
    }
    return {**data, **overrides}


def post_story(client, member, data):
    client.force_login(member)
    return client.post(SUBMIT, data)


def test_a_new_organisations_story_waits_for_the_editors(client, roles, org, member, albania, healthcare):
    response = post_story(client, member, story(albania, healthcare))
    assert response.status_code == 302
    submission = Submission.objects.get()
    page = submission.page.specific
    assert submission.organisation == org and not page.live and page.owner == member
    assert page.get_parent().specific_class.__name__ == "NewsIndexPage"
    assert list(page.regions.all()) == [albania] and list(page.sections.all()) == [healthcare]
    # What the member typed is text, never markup.
    assert "&lt;b&gt;paragraph&lt;/b&gt;" in page.body[0].value.source
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.current_workflow_state.workflow.name == "News review"
    assert "editor@example.org" in {address for message in mail.outbox for address in message.to}

    portal = client.get(PORTAL).content.decode()
    assert "Wells repaired before winter" in portal and "in review" in portal
    client.logout()
    assert "Wells repaired before winter" not in client.get("/en/news/").content.decode()


def test_a_trusted_organisations_story_is_published_at_once_and_still_reviewed(
    client, roles, org, member, albania, healthcare
):
    org.posting_right = "trusted"
    org.save()
    post_story(client, member, story(albania, healthcare))
    page = Submission.objects.get().page.specific
    assert page.live and page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert "published" in client.get(PORTAL).content.decode()
    client.logout()
    assert "Wells repaired before winter" in client.get("/en/news/").content.decode()
    profile = client.get(f"/en/the-network/members/{org.slug}/").content.decode()
    assert "Wells repaired before winter" in profile


def test_a_suspended_organisation_cannot_post(client, roles, org, member, albania, healthcare):
    org.posting_right = "suspended"
    org.save()
    client.force_login(member)
    assert client.get(SUBMIT).status_code == 302
    post_story(client, member, story(albania, healthcare))
    assert not Submission.objects.exists() and not NewsPage.objects.filter(title__startswith="Wells").exists()
    assert "Posting is suspended" in client.get(PORTAL).content.decode()


def test_an_application_still_waiting_cannot_post(client, roles, albania, healthcare):
    waiting = member_account("waiting@example.org")
    organisation(albania, "Not Yet", status="pending", people=[waiting])
    post_story(client, waiting, story(albania, healthcare))
    assert not Submission.objects.exists()


def test_changes_requested_show_the_reviewers_comment_and_an_edit_goes_back_to_review(
    client, roles, org, member, albania, healthcare
):
    post_story(client, member, story(albania, healthcare))
    submission = Submission.objects.get()
    page = submission.page.specific
    page.current_workflow_task_state.reject(user=roles["editor"], comment="Please name the villages.")
    portal = client.get(PORTAL).content.decode()
    assert "changes requested" in portal and "Please name the villages." in portal

    edit = f"/en/portal/news/{submission.pk}/"
    form = client.get(edit).content.decode()
    assert "Wells repaired before winter" in form and "Second &lt;b&gt;paragraph&lt;/b&gt;." in form
    response = client.post(edit, story(albania, healthcare, title="Wells repaired in Shkodër villages"))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Wells repaired in Shkodër villages"
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert "in review" in client.get(PORTAL).content.decode()


def test_a_published_story_can_no_longer_be_edited_by_the_member(client, roles, org, member, albania, healthcare):
    org.posting_right = "trusted"
    org.save()
    post_story(client, member, story(albania, healthcare))
    submission = Submission.objects.get()
    response = client.post(f"/en/portal/news/{submission.pk}/", story(albania, healthcare, title="Changed"))
    assert response.status_code == 302
    assert submission.page.get_latest_revision_as_object().title == "Wells repaired before winter"


def test_a_form_with_an_error_keeps_everything_typed_including_the_picture(
    client, roles, org, member, albania, healthcare
):
    first = post_story(client, member, {**story(albania, healthcare, title=""), "image_file": picture_upload()})
    html = first.content.decode()
    assert first.status_code == 200 and not Submission.objects.exists()
    assert "Three villages have water again." in html and "Second &lt;b&gt;paragraph&lt;/b&gt;." in html
    assert "Chosen picture (kept)" in html
    kept = html.split('name="kept_image" value="')[1].split('"')[0]
    assert "Describe the picture for people who cannot see it." in html  # the picture needs its alt text

    second = client.post(
        SUBMIT, story(albania, healthcare, kept_image=kept, image_alt="A repaired well in a village square")
    )
    assert second.status_code == 302
    page = Submission.objects.get().page.specific.get_latest_revision_as_object()
    assert page.image is not None and page.image_alt == "A repaired well in a village square"
    assert get_image_model().objects.count() == 1


def test_pictures_for_stories_must_be_large_photographs(client, roles, org, member, albania, healthcare):
    response = post_story(
        client, member, {**story(albania, healthcare, image_alt="x"), "image_file": picture_upload(400, 300)}
    )
    assert response.status_code == 200 and "at least 1280×720" in response.content.decode()
    assert get_image_model().objects.count() == 0


# Another organisation's things, whatever id is swapped in --------------------------------------------------


@pytest.fixture
def rival(albania):
    person = member_account("rival@example.org")
    colleague = member_account("rival-colleague@example.org")
    rival_org = organisation(albania, "Rival Relief", people=[person, colleague])
    return rival_org, person, colleague


def test_members_reach_nothing_of_another_organisation_by_swapping_ids(
    client, roles, org, member, rival, albania, healthcare
):
    rival_org, rival_person, rival_colleague = rival
    post_story(client, rival_person, story(albania, healthcare, title="Rival draft"))
    rival_submission = Submission.objects.get()
    rival_image = get_image_model().objects.create(title="rival", width=1, height=1, file="x.jpg")

    client.force_login(member)
    edit = f"/en/portal/news/{rival_submission.pk}/"
    assert client.get(edit).status_code == 404
    assert client.post(edit, story(albania, healthcare, title="Hijacked")).status_code == 404
    other_membership = Membership.objects.get(user=rival_colleague)
    assert client.post(f"/en/portal/people/{other_membership.pk}/remove/").status_code == 404
    assert Membership.objects.filter(pk=other_membership.pk).exists()
    assert "Rival draft" not in client.get(PORTAL).content.decode()

    # A signed picture reference made for another account is ignored.
    forged = signing.dumps([rival_image.pk, rival_person.pk], salt=KEPT_IMAGE_SALT)
    client.post(SUBMIT, story(albania, healthcare, title="Mine", kept_image=forged, image_alt="x"))
    mine = Submission.objects.get(organisation=org).page.specific.get_latest_revision_as_object()
    assert mine.image is None
    assert rival_submission.page.get_latest_revision_as_object().title == "Rival draft"


def test_only_the_coordinator_invites_and_removes_people(client, roles, rival):
    rival_org, coordinator, colleague = rival
    client.force_login(colleague)
    assert client.post("/en/portal/people/invite/", {"email": "new@example.org"}).status_code == 404
    assert client.post(f"/en/portal/people/{coordinator.membership.pk}/remove/").status_code == 404
    assert Membership.objects.filter(organisation=rival_org).count() == 2
    client.force_login(coordinator)
    client.post(f"/en/portal/people/{colleague.membership.pk}/remove/")
    assert Membership.objects.filter(organisation=rival_org).count() == 1


def test_an_invitation_brings_a_colleague_in_and_its_link_expires(client, roles, org, member, settings):
    client.force_login(member)
    client.post("/tr/portal/people/invite/", {"email": "Colleague@Example.org"})
    (message,) = mail.outbox
    assert message.to == ["colleague@example.org"] and "davet" in message.subject.lower()
    link = message.body.split("http://testserver")[1].split()[0]
    assert link.startswith("/tr/portal/invitations/")

    colleague = member_account("colleague@example.org")
    client.force_login(colleague)
    assert client.get(link).status_code == 200
    client.post(link)
    assert colleague.membership.organisation == org and not colleague.membership.is_coordinator
    assert client.get(link).status_code == 410  # used once

    Invitation.objects.update(accepted_at=None, expires_at="2020-01-01T00:00Z")
    client.force_login(member_account("late@example.org"))
    assert client.get(link).status_code == 410
    assert client.get("/en/portal/invitations/not-a-token/").status_code == 404


def test_invitations_are_rate_limited_and_answer_the_same_for_known_addresses(client, roles, org, member, settings):
    settings.MEMBER_INVITATION_LIMIT = 2
    member_account("known@example.org")
    client.force_login(member)
    known = client.post("/en/portal/people/invite/", {"email": "known@example.org"}, follow=True)
    unknown = client.post("/en/portal/people/invite/", {"email": "unknown@example.org"}, follow=True)
    assert "The invitation is on its way." in known.content.decode()
    assert "The invitation is on its way." in unknown.content.decode()
    refused = client.post("/en/portal/people/invite/", {"email": "third@example.org"}, follow=True)
    assert "Too many invitations" in refused.content.decode()
    assert len(mail.outbox) == 2
