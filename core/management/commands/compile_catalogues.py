"""`manage.py compile_catalogues`: the shipped .po catalogues to .mo, with polib, so no gettext tools are needed.

Django's `compilemessages` calls GNU msgfmt, which a fresh machine with only Python may lack; CI still checks the
catalogues with `msgfmt -c`.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile every locale/<lang>/LC_MESSAGES/*.po under LOCALE_PATHS into .mo files."

    def handle(self, *args, **options):
        compiled = 0
        for locale_path in map(Path, settings.LOCALE_PATHS):
            for po_path in sorted(locale_path.glob("*/LC_MESSAGES/*.po")):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                compiled += 1
        if options["verbosity"] > 1 or compiled:
            self.stdout.write(f"Compiled {compiled} catalogue(s).")
