"""Reports › Background jobs (failed jobs, for administrators) and the Releases overview (editors and the lead)."""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from editorial.embargo import may_manage_releases
from editorial.releases import upcoming_releases


class FailedJobsView(ReportView):
    index_url_name = "editorial:failed_jobs"
    index_results_url_name = "editorial:failed_jobs_results"
    page_title = _("Background jobs that failed")
    header_icon = "warning"
    paginate_by = 50
    columns = [
        Column("task_name", label=_("Job")),
        Column("args_kwargs", label=_("Arguments")),
        DateColumn("enqueued_at", label=_("Enqueued")),
        DateColumn("finished_at", label=_("Failed")),
        Column("exception_class_path", label=_("Error")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return DBTaskResult.objects.filter(status="FAILED").order_by("-finished_at")


def releases(request):
    """Upcoming releases: each scheduled source page, its go-live time, and per language ready / in translation /
    missing. Times show in the site's time zone and in the viewer's (Wagtail's account setting, active here)."""
    if not may_manage_releases(request.user):
        raise PermissionDenied
    site_zone = ZoneInfo(settings.TIME_ZONE)
    rows = [
        (release, timezone.localtime(release.go_live_at, site_zone), timezone.localtime(release.go_live_at))
        for release in upcoming_releases()
    ]
    return TemplateResponse(
        request,
        "editorial/releases.html",
        {"rows": rows, "site_zone": settings.TIME_ZONE, "viewer_zone": timezone.get_current_timezone_name()},
    )
