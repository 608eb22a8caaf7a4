"""Press releases go live through the communications lead's sign-off, never by an editor's "Publish".

Wagtail lets whoever holds "publish" publish without review. For press releases only the Communications lead (and
administrators) keep that: anyone else's "Publish" or "Schedule" on a press release, in the page editor or the
bulk action, saves a draft instead and says why, and the action menu does not offer it. Editors still approve the
first step of "News review"; the sign-off step then waits for the lead (editorial/models.py).
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from editorial.models import is_press_release
from editorial.roles import COMMS_LEAD
from news.kinds import StoryKind

PUBLISH = "action-publish"


def may_publish_press_releases(user):
    return user.is_superuser or user.groups.filter(name=COMMS_LEAD).exists()


def is_or_becomes_press_release(request, page):
    """The page as the editor sees it (Wagtail passes its latest revision) or as they are about to save it."""
    return request.POST.get("kind") == StoryKind.PRESS_RELEASE or is_press_release(page)


def publish_becomes_draft(request, page):
    """Turn a refused "Publish" of a press release into "Save draft", so nothing the editor typed is lost."""
    if request.method != "POST" or PUBLISH not in request.POST or may_publish_press_releases(request.user):
        return
    if not is_or_becomes_press_release(request, page):
        return
    data = request.POST.copy()
    del data[PUBLISH]
    request.POST = data
    messages.warning(
        request,
        _("Saved as a draft: a press release goes live with the communications lead's sign-off. Submit it for review."),
    )


def hide_publish(menu_items, request, page):
    if page is None or may_publish_press_releases(request.user) or not is_or_becomes_press_release(request, page):
        return
    menu_items[:] = [item for item in menu_items if item.name != PUBLISH]


def refuse_bulk_publish(request, pages):
    if may_publish_press_releases(request.user):
        return None
    if any(is_press_release(page.specific_deferred) for page in pages):
        messages.error(request, _("Press releases go live with the communications lead's sign-off."))
        return redirect(request.GET.get("next") or "wagtailadmin_explore_root")
    return None
