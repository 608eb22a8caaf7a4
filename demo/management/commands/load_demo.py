"""`manage.py load_demo`: the demo site in English, Turkish and Arabic; safe to run again (it changes nothing then)."""

import io
import time
from contextlib import contextmanager

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings
from wagtail.models import Locale, Page

from demo.accounts import ensure_editor, ensure_role_logins, ensure_translator
from demo.loader import DemoBuilder
from demo.members import build_member_organisations, build_working_group, ensure_member_login
from demo.translations import DemoTranslator
from home.models import ContactPoint, Partner, SiteSettings
from news.models import NewsPage
from regions.models import RegionPage
from sections.models import SectionPage


class Command(BaseCommand):
    help = (
        "Create the demo site (pages, stories, regions, sections, partners, images) and its Turkish and Arabic "
        "translations through wagtail-localize, from the data files in demo/data/. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("--with-editor", action="store_true", help="Create the demo editor login outside DEBUG.")

    def handle(self, *args, with_editor=False, **options):
        started = time.monotonic()
        # One transaction: all or nothing, and faster on SQLite than a commit per save. wagtail-localize
        # publishes the translations when it commits.
        pages_before = Page.objects.count()
        with search_index_paused(), transaction.atomic():
            builder = DemoBuilder()
            builder.build()
            built = time.monotonic()
            organisations = build_member_organisations(builder.locale)
            build_working_group(builder.locale)
            translator = DemoTranslator()
            published = translator.translate(builder.objects)
            # wagtail-localize publishes on commit, from revisions saved before their children existed, and a
            # published revision carries the tree counts of its time: recount children after those publishes.
            if published:
                transaction.on_commit(Page.fix_tree)
        if published or Page.objects.count() != pages_before:  # the index of a big site takes minutes to rebuild
            call_command("update_index", verbosity=0)
        self.stdout.write(
            f"Demo site ready in {time.monotonic() - started:.1f} s (English {built - started:.1f} s, "
            f"translations and search index {time.monotonic() - built:.1f} s; "
            f"{published} translations published this run):"
        )
        for warning in translator.unused:
            self.stderr.write(f"PO entry that matches no text of the page or snippet it names: {warning}")
        for locale in Locale.objects.order_by("pk"):
            self.stdout.write(f"  {locale.language_code}: {language_counts(locale)}")
        call_command("setup_translators", stdout=io.StringIO())  # after the commit: the translated homes exist
        call_command("setup_editorial", stdout=io.StringIO())  # the news index exists: Writers and "News review"
        if settings.DEBUG or with_editor:
            username, password, _ = ensure_editor()
            self.stdout.write(f"Editor login at /admin/: username {username!r}, password {password!r}")
            username, password = ensure_translator()
            self.stdout.write(
                f"Translator login (Turkish and Arabic only): username {username!r}, password {password!r}"
            )
            for username, password, group_name in ensure_role_logins():
                self.stdout.write(f"{group_name} login: username {username!r}, password {password!r}")
            email, password = ensure_member_login(organisations)
            self.stdout.write(f"Member organisation login at /en/accounts/login/: {email!r}, password {password!r}")


@contextmanager
def search_index_paused():
    """No indexing on save; the command indexes once at the end.

    A page is saved four to six times while it is created, translated and published, and indexing each save was a
    third of the command's time.
    """
    paused = {name: {**conf, "AUTO_UPDATE": False} for name, conf in settings.WAGTAILSEARCH_BACKENDS.items()}
    with override_settings(WAGTAILSEARCH_BACKENDS=paused):
        yield


def language_counts(locale):
    return (
        f"{Page.objects.filter(locale=locale, depth__gt=1).live().count()} live pages, "
        f"{NewsPage.objects.filter(locale=locale).count()} stories, "
        f"{RegionPage.objects.filter(locale=locale).count()} regions and countries, "
        f"{SectionPage.objects.filter(locale=locale).count()} sections, "
        f"{Partner.objects.filter(locale=locale).count()} partners, "
        f"{ContactPoint.objects.filter(locale=locale).count()} contact points, "
        f"{SiteSettings.objects.filter(locale=locale).count()} site settings"
    )
