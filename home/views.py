"""The contact inbox's admin views: Wagtail's forms listing and submission deletion behind home.contact_inbox."""

from django.core.exceptions import PermissionDenied
from wagtail.contrib.forms.views import DeleteSubmissionsView, FormPagesListView

from home.contact_inbox import DELETE_SUBMISSIONS, user_can_read_submissions


class ContactInboxFormsView(FormPagesListView):
    """Wagtail's forms listing, open to the inbox even without any page permission (Wagtail asks for one)."""

    any_permission_required = None

    def dispatch(self, request, *args, **kwargs):
        if not user_can_read_submissions(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ContactInboxDeleteView(DeleteSubmissionsView):
    def dispatch(self, request, *args, **kwargs):
        if not (user_can_read_submissions(request.user) and request.user.has_perm(DELETE_SUBMISSIONS)):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
