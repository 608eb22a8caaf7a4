from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from editorial.views import FailedJobsView

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
