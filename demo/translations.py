"""Translates the English demo from the PO files in demo/data/locale/<language>/, as a translator uploads them.

Each entry is a string segment as wagtail-localize extracts it (its "Download PO file" writes the same shape):
msgctxt is the segment's context ("title", "body.<block id>.quote"), msgid the English text, and the entry's "#:"
references name the pages and snippets that use it (demo/content.py, `object_key`). For each English snippet and
page and each language, the entries that name it go to `Translation.import_po` (the translation editor's "Upload PO
file") and then `Translation.save_target(publish=True)` (its "Publish" button). Snippets come first so that pages
point at the translated contacts and partners; pages come in tree order so that each parent's translation exists
before its children's.

A segment without an entry is an error that lists the English text: `save_target` itself would quietly publish the
English source in its place. Running this again changes nothing unless an entry's translation did.
"""

from collections import defaultdict

import polib
from django.conf import settings
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    RelatedObjectSegment,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from home.models import ContactPoint, Partner, SiteSettings

from .content import DATA_DIR, object_key

LOCALE_DIR = DATA_DIR / "locale"


class MissingDemoTranslation(Exception):
    """Some English text of the demo has no entry in the PO files of demo/data/locale/."""

    def __init__(self, missing):
        lines = [f"  {language}: {text!r}" for language, texts in missing.items() for text in texts]
        super().__init__(
            "These English strings have no translation in demo/data/locale/<language>/*.po (msgctxt and msgid "
            "exactly as wagtail-localize extracts them, a reference naming the page or snippet):\n" + "\n".join(lines)
        )
        self.missing = missing


def languages():
    """The content languages (in the order of the setting) that the demo has PO files for."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if (LOCALE_DIR / code).is_dir()]


def catalogue(language):
    """{object key: a PO file of the entries whose references name that object}, from all PO files of a language."""
    by_object = defaultdict(lambda: polib.POFile(wrapwidth=200))
    for path in sorted((LOCALE_DIR / language).glob("*.po")):
        for entry in polib.pofile(str(path)):
            for key, _line in entry.occurrences:
                by_object[key].append(entry)
    return by_object


class DemoTranslator:
    def __init__(self):
        self.catalogues = {language: catalogue(language) for language in languages()}
        self.locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in self.catalogues}
        self.published = 0
        self.unused = []  # PO entries that match no segment of the object they name: import_po's warnings

    def translate(self, demo_objects):
        """Translate the demo's English pages and snippets; returns how many translations were (re)published."""

        def pks(model):
            return [obj.pk for obj in demo_objects if isinstance(obj, model)]

        def fresh(model):  # as they are in the database now
            return list(model.objects.filter(pk__in=pks(model)).order_by("pk"))

        pages = list(Page.objects.filter(pk__in=pks(Page)).order_by("path").specific())
        # Snippets that pages link to first, pages parents first, and the site settings last: their donate
        # page is a translated page.
        objects = [*fresh(ContactPoint), *fresh(Partner), *pages, *fresh(SiteSettings)]
        # An existing source is kept as it is: an editor's later changes to a demo page are theirs to send.
        sources = [(object_key(obj), TranslationSource.get_or_create_from_instance(obj)[0]) for obj in objects]
        self.check_catalogues(sources)
        for key, source in sources:
            for language, locale in self.locales.items():
                self.translate_object(key, source, language, locale)
        return self.published

    def check_catalogues(self, sources):
        """Fail before importing anything when a segment of any object has no entry in a language's PO files."""
        missing = defaultdict(list)
        for key, source in sources:
            segments = StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order")
            for language, entries in self.catalogues.items():
                translated = {(entry.msgctxt, entry.msgid) for entry in entries[key]}
                for segment in segments:
                    text = segment.string.data
                    if (segment.context.path, text) not in translated and text not in missing[language]:
                        missing[language].append(text)
        if any(missing.values()):
            raise MissingDemoTranslation({language: texts for language, texts in missing.items() if texts})

    def translate_object(self, key, source, language, locale):
        translation, created = Translation.objects.get_or_create(source=source, target_locale=locale)
        strings = StringTranslation.objects.filter(context__object_id=source.object_id, locale=locale)
        before = set(strings.values_list("pk", "data"))
        warnings = translation.import_po(self.catalogues[language][key], tool_name="PO File")
        self.unused += [f"{language} {key}: {warning!r}" for warning in warnings]
        changed = set(strings.values_list("pk", "data")) != before
        self.check_ready(source, language, locale)
        if created or changed or not self.is_published(source, locale):
            translation.save_target(publish=True)
            self.published += 1

    def check_ready(self, source, language, locale):
        """`save_target` falls back to English for anything missing; make sure nothing is."""
        untranslated = (
            StringSegment.objects.filter(source=source)
            .annotate_translation(locale)
            .filter(translation__isnull=True)
            .values_list("string__data", flat=True)
        )
        if untranslated:
            raise MissingDemoTranslation({language: list(untranslated)})
        for segment in RelatedObjectSegment.objects.filter(source=source).select_related("object"):
            if not segment.object.has_translation(locale):
                linked = segment.object
                raise RuntimeError(
                    f"{source.object_repr} links to {linked.content_type.name} {linked.translation_key}, "
                    f"which has no {language} translation yet: translate it first."
                )

    def is_published(self, source, locale):
        target = source.object.get_instance_or_none(locale)
        if target is None:
            return False
        if isinstance(target, Page):
            scheduled = target.scheduled_revision is not None  # joined to its source's release: published later
            return (target.live or scheduled) and not (target.has_unpublished_changes and not scheduled)
        return True
