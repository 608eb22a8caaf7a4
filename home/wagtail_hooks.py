"""Admin registration for the shell's snippets, and the contact inbox (home/contact_inbox.py) in front of Wagtail's
form submission views."""

from django.contrib.auth.models import Permission
from django.urls import include, path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from home import views
from home.contact_inbox import form_pages_readable_by
from home.models import ContactPoint, Partner, SiteSettings

register_snippet(Partner)
register_snippet(ContactPoint)
register_snippet(SiteSettings)

hooks.register("filter_form_submissions_for_user", form_pages_readable_by)

# At wagtail.contrib.forms' own URLs, ahead of them (order=-1: Django resolves the first matching pattern), so every
# link in the admin reaches these views. tests/test_admin_privileges.py checks it.
contact_inbox_urls = [
    path("forms/", views.ContactInboxFormsView.as_view(), name="index"),
    path("forms/results/", views.ContactInboxFormsView.as_view(results_only=True), name="index_results"),
    path("forms/submissions/<int:page_id>/delete/", views.ContactInboxDeleteView.as_view(), name="delete_submissions"),
]


@hooks.register("register_admin_urls", order=-1)
def register_contact_inbox_urls():
    return [path("", include((contact_inbox_urls, "contact_inbox"), namespace="contact_inbox"))]


@hooks.register("register_permissions")
def register_form_submission_permissions():
    """Lets administrators give the inbox's rights to other groups under Settings › Groups."""
    return Permission.objects.filter(
        content_type__app_label="wagtailforms", codename__in=["view_formsubmission", "delete_formsubmission"]
    )
