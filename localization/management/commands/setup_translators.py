"""`manage.py setup_translators`: create or complete the Translators group (idempotent)."""

from django.core.management.base import BaseCommand

from localization.translators import setup_translators_group


class Command(BaseCommand):
    help = (
        "Create the Translators group: translate and publish pages in every language but the default one, "
        "never edit the source. Run it again after adding a language's home page."
    )

    def handle(self, *args, **options):
        setup = setup_translators_group()
        for grant in setup.newly_granted:
            self.stdout.write(f"  granted {grant}")
        if not setup.sites_found:
            self.stdout.write(
                self.style.WARNING("No site with a home page in the default language yet: no page permissions given.")
            )
        for locale in setup.missing_homes:
            self.stdout.write(
                self.style.WARNING(
                    f"No home page in {locale.get_display_name()} ({locale.language_code}) yet: translate the home "
                    "page into it, then run setup_translators again to let translators work there."
                )
            )
        summary = f"{len(setup.newly_granted)} new permissions" if setup.newly_granted else "nothing new to grant"
        self.stdout.write(self.style.SUCCESS(f"Group “{setup.group.name}” ready ({summary})."))
