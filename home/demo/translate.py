"""Translates the English demo into Turkish and Arabic through wagtail-localize, as a translator would.

For each English snippet and page: its TranslationSource, a Translation per language, a StringTranslation for
every string segment (text from home/demo/translations/), then `Translation.save_target(publish=True)`, which is
what the translation editor's "Publish" button calls. Snippets come first so that pages point at the translated
contacts and partners; pages come in tree order so that each parent's translation exists before its children's.

A string without a translation is an error that lists the English text: `save_target` itself would quietly publish
the English source in its place. Running this again changes nothing unless a translation in the dictionaries did.
"""

from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    RelatedObjectSegment,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from home.models import ContactPoint, Partner, SiteSettings
from news.models import NewsIndexPage
from regions.models import RegionIndexPage
from sections.models import SectionIndexPage

from .translations import STRINGS

# Turkish slugs are made from the Turkish title. Other languages keep the English slug: wagtail-localize reduces a
# translated slug to ASCII, so an Arabic one would come out empty. Index pages keep theirs in every language: the
# public URL contract (/<lang>/news/, its feeds, /<lang>/regions/...) is the same in all of them.
CONTRACT_SLUG_MODELS = (NewsIndexPage, RegionIndexPage, SectionIndexPage)
SLUGS_FROM_TITLE = {"tr"}
SLUG_LENGTH = 80  # as the English stories' slugs
TURKISH_LETTERS_WITHOUT_ASCII_FORM = str.maketrans({"ı": "i", "İ": "I"})


class MissingDemoTranslation(Exception):
    """Some English text of the demo has no translation in home/demo/translations/."""

    def __init__(self, missing):
        lines = [f"  {language}: {text!r}" for language, texts in missing.items() for text in texts]
        super().__init__(
            "These English strings have no translation in home/demo/translations/<language>.py "
            "(keys exactly as wagtail-localize extracts them):\n" + "\n".join(lines)
        )
        self.missing = missing


def translated_slug(language, english_slug, translated_title):
    if language not in SLUGS_FROM_TITLE:
        return english_slug
    return slugify(translated_title.translate(TURKISH_LETTERS_WITHOUT_ASCII_FORM))[:SLUG_LENGTH].strip("-")


class DemoTranslator:
    def __init__(self, languages=tuple(STRINGS)):
        self.locales = {language: Locale.objects.get_or_create(language_code=language)[0] for language in languages}
        self.published = 0

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
        self.check_dictionaries(objects)
        for obj in objects:
            for language, locale in self.locales.items():
                self.translate_object(obj, language, locale)
        return self.published

    def check_dictionaries(self, objects):
        """Fail before writing anything when a string of any object is missing from a dictionary."""
        missing = {}
        for obj in objects:
            for segment in extract_segments(obj):
                if not isinstance(segment, StringSegmentValue) or segment.path == "slug":
                    continue
                for language in self.locales:
                    text = segment.string.data
                    if text not in STRINGS[language] and text not in missing.setdefault(language, []):
                        missing[language].append(text)
        missing = {language: texts for language, texts in missing.items() if texts}
        if missing:
            raise MissingDemoTranslation(missing)

    def translate_object(self, obj, language, locale):
        source, _ = TranslationSource.get_or_create_from_instance(obj)
        translation, created = Translation.objects.get_or_create(source=source, target_locale=locale)
        changed = self.fill_strings(source, language, locale, keep_slug=isinstance(obj, CONTRACT_SLUG_MODELS))
        self.check_ready(source, language, locale)
        if created or changed or not self.is_published(source, locale):
            translation.save_target(publish=True)
            self.published += 1

    def fill_strings(self, source, language, locale, keep_slug=False):
        """A StringTranslation for each string segment, as the editor saves them; True if any was added or changed."""
        strings = STRINGS[language]
        segments = list(source.stringsegment_set.select_related("string", "context").order_by("order"))
        title = next((strings.get(s.string.data) for s in segments if s.context.path == "title"), None)
        changed = False
        for segment in segments:
            english = segment.string.data
            if segment.context.path == "slug" and title:
                text = english if keep_slug else translated_slug(language, english, title)
            elif english in strings:
                text = strings[english]
            else:
                raise MissingDemoTranslation({language: [english]})
            string_translation, created = StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )
            if created:
                changed = True
            elif string_translation.data != text or string_translation.has_error:
                string_translation.data = text
                string_translation.translation_type = StringTranslation.TRANSLATION_TYPE_MANUAL
                string_translation.has_error = False
                string_translation.field_error = ""
                string_translation.save()
                changed = True
        return changed

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
                raise RuntimeError(
                    f"{source.object_repr} links to {segment.object.content_type.name} {segment.object.translation_key}, "
                    f"which has no {language} translation yet: translate it first."
                )

    def is_published(self, source, locale):
        target = source.object.get_instance_or_none(locale)
        if target is None:
            return False
        if isinstance(target, Page):
            return target.live and not target.has_unpublished_changes
        return True


def translate_demo(demo_objects):
    """Translate the pages and snippets DemoBuilder made (its `objects`) into every language of translations/."""
    return DemoTranslator().translate(demo_objects)
