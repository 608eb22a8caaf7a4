from django.apps import apps
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from editorial import embargo, releases, sign_off
from editorial.roles import setup_editorial
from editorial.views import FailedJobsView
from editorial.views import releases as releases_view
from news.models import NewsIndexPage

urlpatterns = [
    path("reports/failed-jobs/", FailedJobsView.as_view(), name="failed_jobs"),
    path("reports/failed-jobs/results/", FailedJobsView.as_view(results_only=True), name="failed_jobs_results"),
    path("releases/", releases_view, name="releases"),
    path("releases/pages/<int:page_id>/embargo-links/", embargo.embargo_links, name="embargo_links"),
    path("releases/embargo-links/<int:link_id>/revoke/", embargo.revoke_embargo_link, name="revoke_embargo_link"),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("", include((urlpatterns, "editorial"), namespace="editorial"))]


class AdministratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_reports_menu_item")
def register_failed_jobs_menu_item():
    return AdministratorsMenuItem(
        _("Background jobs"), reverse("editorial:failed_jobs"), name="failed-jobs", icon_name="warning", order=9000
    )


class ReleaseManagersMenuItem(MenuItem):
    def is_shown(self, request):
        return embargo.may_manage_releases(request.user)


@hooks.register("register_admin_menu_item")
def register_releases_menu_item():
    return ReleaseManagersMenuItem(
        _("Releases"), reverse("editorial:releases"), name="releases", icon_name="date", order=250
    )


@hooks.register("register_page_header_buttons")
def embargo_links_button(page, user, view_name, next_url=None):
    if embargo.may_manage_releases(user) and page.depth > 2:
        yield Button(
            _("Embargo links"), reverse("editorial:embargo_links", args=[page.pk]), icon_name="link", priority=70
        )


@hooks.register("before_create_page")
def press_release_publish_needs_sign_off_on_create(request, parent_page, page_class):
    sign_off.publish_becomes_draft(request, None)


@hooks.register("before_edit_page")
def press_release_publish_needs_sign_off_on_edit(request, page):
    sign_off.publish_becomes_draft(request, page)


@hooks.register("construct_page_action_menu")
def press_release_menu_without_publish(menu_items, request, context):
    sign_off.hide_publish(menu_items, request, context.get("page"))


@hooks.register("before_bulk_action")
def press_release_bulk_publish_needs_sign_off(request, action_type, objects, action_class_instance):
    if action_type == "publish":
        return sign_off.refuse_bulk_publish(request, objects)
    return None


@hooks.register("after_create_page")
def news_index_gets_writers_and_news_review(request, page):
    """A news index made in the admin after the migrations ran gets the Writers' grants and "News review" at once."""
    if isinstance(page.specific, NewsIndexPage):
        setup_editorial(apps)


# Site history (Reports › Site history): what releases and embargo links did, beside Wagtail's own workflow and
# scheduling entries (wagtail.workflow.*, wagtail.publish.schedule, wagtail.schedule.cancel, wagtail.publish.scheduled).
LOG_ACTIONS = [
    (releases.SCHEDULE, _("Release scheduled"), _("Release scheduled in every ready language")),
    (releases.JOIN, _("Joined a release"), _("Translation joined its source's release")),
    (releases.CANCEL, _("Release cancelled"), _("Release cancelled in every language")),
    (embargo.CREATE, _("Embargo link created"), _("Embargo link created")),
    (embargo.REVOKE, _("Embargo link revoked"), _("Embargo link revoked")),
    (embargo.VIEW, _("Embargo link viewed"), _("Embargo link viewed")),
]


@hooks.register("register_log_actions")
def register_release_and_embargo_log_actions(actions):
    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)
