"""The press-release sign-off step of the "News review" workflow, and embargo links with their views."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import TaskState
from wagtail.models.workflows import AbstractGroupApprovalTask

from news.kinds import StoryKind


def is_press_release(page):
    return getattr(page, "kind", None) == StoryKind.PRESS_RELEASE


class PressReleaseSignOffTask(AbstractGroupApprovalTask):
    """A group approval that only press releases wait for.

    News articles and press releases are one page type (`NewsPage.kind`) under one news index, and Wagtail picks a
    workflow by the page's place in the tree, so the second step decides by the kind of the revision under review:
    a press release waits for the group (the communications lead); any other page passes this step at once, with
    no e-mail to the group. Wagtail moves on when a task's `start` returns a finished task state.
    """

    def start(self, workflow_state, user=None):
        revision = workflow_state.content_object.get_latest_revision()
        if revision is None or is_press_release(revision.as_object()):
            return super().start(workflow_state, user=user)
        task_state = self.get_task_state_class()(
            workflow_state=workflow_state,
            task=self,
            revision=revision,
            status=TaskState.STATUS_APPROVED,
            finished_at=timezone.now(),
            comment="Not a press release: no sign-off needed.",
        )
        task_state.save()
        return task_state

    class Meta:
        verbose_name = _("Press release sign-off")
        verbose_name_plural = _("Press release sign-offs")


class EmbargoLink(models.Model):
    """A signed preview link to a scheduled page for one named recipient, until go-live at the latest
    (editorial/embargo.py). The token is the link's id signed with the secret key: nothing secret is stored."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="embargo_links")
    recipient_name = models.CharField(_("recipient's name"), max_length=200)
    recipient_email = models.EmailField(_("recipient's e-mail"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    expires_at = models.DateTimeField(_("expires at"))
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.recipient_name} <{self.recipient_email}>"


class EmbargoLinkView(models.Model):
    """One opening of an embargo link: which link and when; no address or browser is kept."""

    link = models.ForeignKey(EmbargoLink, on_delete=models.CASCADE, related_name="views")
    viewed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-viewed_at"]

    def __str__(self):
        return f"{self.link} {self.viewed_at:%Y-%m-%d %H:%M}"
