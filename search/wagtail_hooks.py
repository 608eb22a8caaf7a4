"""Admin report: searches that found nothing, filterable by language."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import UnansweredQuery


class UnansweredQueryViewSet(ModelViewSet):
    model = UnansweredQuery
    icon = "search"
    menu_label = _("Searches without results")
    add_to_reports_menu = True
    list_display = ["query_string", "language_code", "hits", "last_searched_at"]
    list_filter = ["language_code"]
    search_fields = ["query_string"]
    form_fields = ["query_string", "language_code"]


@hooks.register("register_admin_viewset")
def register_unanswered_queries():
    return UnansweredQueryViewSet("unanswered_queries")
