from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LocalizationConfig(AppConfig):
    name = "localization"
    verbose_name = _("Translation tools")

    def ready(self):
        # Replaces Wagtail's page policy for every page decision in the admin (localization/policy.py).
        from wagtail.models import AbstractPage
        from wagtail.permissions import register_permission_policy

        from .policy import LanguagePagePermissionPolicy

        register_permission_policy(AbstractPage, LanguagePagePermissionPolicy())
