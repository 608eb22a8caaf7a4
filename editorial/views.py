"""Reports › Background jobs: the jobs that failed, newest first, for administrators (superusers)."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView


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
