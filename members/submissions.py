"""A member's story: a draft NewsPage in the chosen language's news index, attributed to the organisation, that
enters the editorial workflow the editors already use (editorial/roles.py) according to the posting right:

- new: saved as a draft and submitted for review; readers see it when an editor approves it;
- trusted: published at once and submitted for review, so editors still read it (reviewed after publication);
- suspended: nothing is saved.

A member may edit a submission until it is published; after "changes requested" the edit goes back to review.
"""

import re
from dataclasses import dataclass
from html import unescape

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.blocks import StreamValue
from wagtail.models import Page, TaskState, WorkflowState

from news.models import NewsIndexPage, NewsPage
from regions.models import RegionPage
from sections.models import SectionPage

from .models import MemberOrganisation, Submission


class SubmissionRefused(Exception):
    """The organisation may not post (suspended, not approved), or the language has no news index."""


def paragraphs_html(text):
    """The member's plain text as paragraphs: blank lines part paragraphs, single line breaks stay breaks. Every
    character typed is escaped, so no markup reaches the page."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n") if block.strip()]
    return "".join("<p>" + "<br/>".join(escape(line) for line in block.split("\n")) + "</p>" for block in blocks)


def plain_text_of(page):
    """The body's paragraphs back as the text the member typed (for the edit form)."""
    parts = []
    for block in page.body:
        if block.block_type == "paragraph":
            html = block.value.source
            for paragraph in re.findall(r"<p[^>]*>(.*?)</p>", html, flags=re.S):
                parts.append(unescape(re.sub(r"<br\s*/?>", "\n", paragraph)))
    return "\n\n".join(parts)


def in_locale(pages, model, locale):
    """The pages' translations in `locale` (the page itself when it has none there)."""
    keys = [page.translation_key for page in pages]
    found = {page.translation_key: page for page in model.objects.filter(translation_key__in=keys, locale=locale)}
    return [found.get(page.translation_key, page) for page in pages]


def news_index_for(language_code):
    index = NewsIndexPage.objects.filter(locale__language_code=language_code).order_by("path").first()
    if index is None:
        raise SubmissionRefused(_("Stories cannot be posted in this language yet."))
    return index


def _fill(page, data, image):
    page.title = data["title"]
    page.summary = data["summary"]
    page.image = image
    page.image_alt = data.get("image_alt") or ""
    page.body = StreamValue(
        NewsPage.body.field.stream_block, [("paragraph", paragraphs_html(data["body"]))], is_lazy=False
    )
    locale = page.locale
    # ParentalManyToMany: kept on the page object and saved with it (or with its revision).
    page.regions.set(in_locale(list(data.get("regions") or []), RegionPage, locale))
    page.sections.set(in_locale(list(data.get("sections") or []), SectionPage, locale))


def _unique_slug(parent, title):
    base = slugify(title, allow_unicode=True)[:70] or "story"
    slug, number = base, 1
    while Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1, slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def _submit_for_review(page, user):
    """Into the page's workflow (News review on the news index, or Page review): started, or resumed after
    changes were requested. Without any workflow the page just stays a draft."""
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return
    if state is not None:
        return
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)


@transaction.atomic
def create_submission(organisation, user, data, image):
    if not organisation.may_post:
        raise SubmissionRefused(_("Your organisation cannot post news at the moment."))
    index = news_index_for(data["language"])
    page = NewsPage(slug=_unique_slug(index, data["title"]), locale=index.locale, live=False, owner=user)
    _fill(page, data, image)  # before add_child, which saves the page with its regions and sections
    index.add_child(instance=page)
    revision = page.save_revision(user=user)
    submission = Submission.objects.create(organisation=organisation, page=page, submitted_by=user)
    if organisation.posting_right == MemberOrganisation.PostingRight.TRUSTED:
        # The posting right, set by staff, is the permission here: members hold no page permission in the admin.
        PublishPageRevisionAction(revision, user=user).execute(skip_permission_checks=True)
        page.refresh_from_db()
    _submit_for_review(page, user)
    return submission


@transaction.atomic
def update_submission(submission, user, data, image):
    page = submission.page.specific
    if page.live or not submission.organisation.may_post:
        raise SubmissionRefused(_("This story can no longer be changed here."))
    _fill(page, data, image)
    page.save_revision(user=user)
    _submit_for_review(page, user)
    return submission


@dataclass
class SubmissionState:
    key: str
    label: str
    comment: str = ""

    @property
    def editable(self):
        return self.key in {"draft", "in_review", "changes_requested"}


STATE_LABELS = {
    "draft": _("draft"),
    "in_review": _("in review"),
    "changes_requested": _("changes requested"),
    "published": _("published"),
    "declined": _("declined"),
}


def submission_states(submissions):
    """Each submission's state for its organisation's portal, in three queries whatever their number."""
    pages = {submission.page_id: submission for submission in submissions}
    if not pages:
        return {}
    page_type = ContentType.objects.get_for_model(Page)
    latest = {}
    for state in WorkflowState.objects.filter(
        base_content_type=page_type, object_id__in=[str(pk) for pk in pages]
    ).order_by("created_at"):
        latest[int(state.object_id)] = state
    comments = dict(
        TaskState.objects.filter(
            workflow_state__in=[state.pk for state in latest.values()], status=TaskState.STATUS_REJECTED
        )
        .order_by("finished_at")
        .values_list("workflow_state_id", "comment")
    )
    live = set(Page.objects.filter(pk__in=pages, live=True).values_list("pk", flat=True))
    states = {}
    for page_id, submission in pages.items():
        workflow = latest.get(page_id)
        if page_id in live:
            key = "published"
        elif workflow is None:
            key = "draft"
        elif workflow.status == WorkflowState.STATUS_NEEDS_CHANGES:
            key = "changes_requested"
        elif workflow.status == WorkflowState.STATUS_IN_PROGRESS:
            key = "in_review"
        elif workflow.status == WorkflowState.STATUS_CANCELLED:
            key = "declined"
        else:
            key = "in_review"  # approved but not yet live: scheduled
        comment = comments.get(workflow.pk, "") if workflow is not None and key == "changes_requested" else ""
        states[submission.pk] = SubmissionState(key, STATE_LABELS[key], comment)
    return states
