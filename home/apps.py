from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Site shell"

    def ready(self):
        from home import signals

        signals.connect()
