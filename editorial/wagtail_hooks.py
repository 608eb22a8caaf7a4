from django.apps import apps
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from editorial import sign_off
from editorial.roles import setup_editorial
from editorial.views import FailedJobsView
from news.models import NewsIndexPage

urlpatterns = [
    path("reports/failed-jobs/", FailedJobsView.as_view(), name="failed_jobs"),
    path("reports/failed-jobs/results/", FailedJobsView.as_view(results_only=True), name="failed_jobs_results"),
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
