"""The editorial workflow: roles (Writers, Editors, Communications lead), review workflows, releases, embargo links,
background jobs."""

from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = "Editorial workflow"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from editorial import releases  # noqa: F401 - connects the receiver that keeps a release together
