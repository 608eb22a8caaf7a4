"""`manage.py setup_editorial`: create or complete the editorial roles and workflows (editorial/roles.py)."""

from django.apps import apps
from django.core.management.base import BaseCommand

from editorial.roles import setup_editorial


class Command(BaseCommand):
    help = "Create or complete the Writers, Editors and Communications lead groups and the review workflows."

    def handle(self, *args, **options):
        groups = setup_editorial(apps)
        self.stdout.write(f"Editorial roles ready: {', '.join(groups)}.")
