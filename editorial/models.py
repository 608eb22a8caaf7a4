"""The press-release sign-off step of the "News review" workflow."""

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
