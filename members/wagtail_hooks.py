from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import ReferenceIndex

from . import admin_views
from .models import MemberOrganisation

# Approved organisations' logos are shown to every reader; core/private_files.py learns of them from the index.
ReferenceIndex.register_model(MemberOrganisation)

urlpatterns = [
    path("", admin_views.organisations, name="organisations"),
    path("<int:organisation_id>/", admin_views.organisation, name="organisation"),
    path("<int:organisation_id>/approve/", admin_views.decide, {"decision": "approve"}, name="approve"),
    path("<int:organisation_id>/decline/", admin_views.decide, {"decision": "decline"}, name="decline"),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("members/", include((urlpatterns, "members_admin"), namespace="members_admin"))]


class MemberStaffMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_manage_members(request.user)


@hooks.register("register_admin_menu_item")
def register_members_menu_item():
    return MemberStaffMenuItem(
        _("Member organisations"), reverse("members_admin:organisations"), name="members", icon_name="group", order=260
    )
