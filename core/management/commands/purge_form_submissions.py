"""`manage.py purge_form_submissions`: delete form submissions older than FORM_RETENTION_DAYS (the worker does it
every hour)."""

from django.core.management.base import BaseCommand

from core.retention import purge_expired_form_submissions


class Command(BaseCommand):
    help = "Delete form submissions older than FORM_RETENTION_DAYS days."

    def handle(self, *args, **options):
        deleted = purge_expired_form_submissions()
        self.stdout.write(f"Deleted {deleted} form submissions.")
