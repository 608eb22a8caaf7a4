from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site shell")

    def ready(self):
        from core.signals import invalidate_on_change_of
        from home.models import ContactPoint, Partner, SiteSettings

        invalidate_on_change_of(ContactPoint, Partner, SiteSettings)
