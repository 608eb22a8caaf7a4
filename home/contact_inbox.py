"""Who may read what visitors write through the contact forms: the Contact inbox group and superusers, nobody else.

Out of the box, Wagtail lets anyone who may edit a form page list, export and delete its submissions: every
translator could read the Turkish and Arabic messages, with visitors' names and addresses. Here the submissions
are readable only with Django's `wagtailforms.view_formsubmission` permission (and deleting them also needs
`wagtailforms.delete_formsubmission`); migration home/0005 creates the "Contact inbox" group holding both, and
`wagtail_hooks.py` applies the rule to the Forms menu, the forms listing, the submissions list and its CSV/XLSX
export (Wagtail's `filter_form_submissions_for_user` hook) and, with `views.py`, to the delete view.
"""

from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.forms.utils import get_form_types
from wagtail.models import Page

CONTACT_INBOX_GROUP = "Contact inbox"
READ_SUBMISSIONS = "wagtailforms.view_formsubmission"
DELETE_SUBMISSIONS = "wagtailforms.delete_formsubmission"


def user_can_read_submissions(user):
    return user.is_active and user.has_perm(READ_SUBMISSIONS)


def form_pages_readable_by(user, editable_forms):
    """The `filter_form_submissions_for_user` hook: every form page for the inbox, none for anyone else (Wagtail
    passes the form pages the user may edit, which is not what decides here)."""
    if not user_can_read_submissions(user):
        return editable_forms.none()
    return Page.objects.filter(content_type__in=get_form_types())


class ContactSubmissionsPanel(FormSubmissionsPanel):
    """The count and date of submissions on the page editor, only for those who may open them."""

    class BoundPanel(FormSubmissionsPanel.BoundPanel):
        def is_shown(self):
            return user_can_read_submissions(self.request.user) and super().is_shown()
