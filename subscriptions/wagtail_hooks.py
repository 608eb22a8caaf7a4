from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views

urlpatterns = [
    path("reports/subscribers/", admin_views.subscribers_report, name="report"),
    path("reports/subscribers/<int:subscriber_id>/export/", admin_views.export_subscriber, name="export"),
    path("reports/subscribers/<int:subscriber_id>/delete/", admin_views.delete_subscriber, name="delete"),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("", include((urlpatterns, "subscriptions_admin"), namespace="subscriptions_admin"))]


class SubscriberStaffMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_view(request.user)


@hooks.register("register_reports_menu_item")
def register_subscribers_menu_item():
    return SubscriberStaffMenuItem(
        _("Subscribers"), reverse("subscriptions_admin:report"), name="subscribers", icon_name="mail", order=8000
    )
