"""`manage.py load_demo`: the demo site with its content; safe to run again (it changes nothing the second time)."""

import time

from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail.models import Page

from home.demo.builder import DemoBuilder, ensure_editor
from home.models import Partner
from news.models import NewsPage
from regions.models import RegionPage
from sections.models import SectionPage


class Command(BaseCommand):
    help = "Create the demo site (pages, stories, regions, sections, partners, images). Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("--with-editor", action="store_true", help="Create the demo editor login outside DEBUG.")

    def handle(self, *args, with_editor=False, **options):
        started = time.monotonic()
        DemoBuilder(log=self.stdout.write).build()
        self.stdout.write(
            f"Demo site ready in {time.monotonic() - started:.1f} s: {Page.objects.live().count()} live pages, "
            f"{NewsPage.objects.count()} stories, {RegionPage.objects.count()} regions and countries, "
            f"{SectionPage.objects.count()} sections, {Partner.objects.count()} partners."
        )
        if settings.DEBUG or with_editor:
            username, password, _ = ensure_editor()
            self.stdout.write(f"Editor login at /admin/: username {username!r}, password {password!r}")
