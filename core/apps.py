from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every page needs and no domain knows about: visibility, caching, abuse limits, headers, SEO."""

    name = "core"

    def ready(self):
        from core import abuse, signals  # noqa: F401 - abuse registers its sign-in receivers

        signals.connect()
