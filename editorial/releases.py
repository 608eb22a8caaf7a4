"""Multilingual releases: a source page and its translations go live at the same instant, never one before.

Wagtail schedules a page by publishing a revision whose go-live time is in the future: the revision keeps it as
`approved_go_live_at` and `publish_scheduled` (our worker, editorial/jobs.py) publishes it once that time has
passed. wagtail-localize knows nothing of it: its "Publish" of a translation publishes at once. So:

- `schedule_release(source, go_live_at, user)` schedules every translation that is ready for the same instant;
  a translation still in translation (wagtail-localize reports untranslated segments) waits and joins later.
- Saving a schedule on the source, moving it or cancelling it (the revision's `approved_go_live_at` changes:
  Wagtail's publish action and its "Cancel scheduled publish" both save that field) moves every language.
- Any new revision of a translation while its source is scheduled carries the source's go-live time, so a
  translator's "Publish" (wagtail-localize's or the page editor's) schedules it instead: it joins the release.

The source of a translation is the page wagtail-localize translated it from (its `TranslationSource`), otherwise
the page of the default language.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.log_actions import log
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import Translation, TranslationSource

SCHEDULE = "editorial.release.schedule"
JOIN = "editorial.release.join"
CANCEL = "editorial.release.cancel"


class Status:
    READY = _("ready")
    IN_TRANSLATION = _("in translation")
    MISSING = _("missing")


def source_of(page):
    """The page a translation was made from: wagtail-localize's source, or the default language's page."""
    source = TranslationSource.objects.filter(object_id=page.translation_key).only("locale_id").first()
    locale_id = source.locale_id if source else Locale.get_default().pk
    if locale_id == page.locale_id:
        return page
    return Page.objects.filter(translation_key=page.translation_key, locale_id=locale_id).first()


def scheduled_at(page):
    """When the page's scheduled revision goes live, or None when nothing of it is waiting for a time."""
    revision = (
        Revision.page_revisions.filter(object_id=str(page.pk), approved_go_live_at__gt=timezone.now())
        .order_by("-pk")
        .first()
    )
    return revision.approved_go_live_at if revision else None


def release_time(page):
    """The go-live time a page must wait for: its source's scheduled time, when its source is scheduled."""
    source = source_of(page)
    if source is None or source.pk == page.pk:
        return None
    return scheduled_at(source)


def localize_translation(source, page):
    return Translation.objects.filter(source__object_id=source.translation_key, target_locale_id=page.locale_id).first()


def is_in_translation(source, page):
    translation = localize_translation(source, page)
    if translation is None:
        return False
    total, translated = translation.get_progress()
    return translated < total


def schedule_release(source, go_live_at, user=None):
    """Schedule every ready translation of `source` for `go_live_at`; returns the language codes scheduled."""
    scheduled = []
    for page in source.get_translations().select_related("locale"):
        if is_in_translation(source, page) or page.get_latest_revision() is None:
            continue
        translation = localize_translation(source, page)
        if translation is not None:
            # The translator's latest strings, as wagtail-localize's "Publish" would take them; the new revision
            # carries the release's time (carry_release_time below).
            translation.save_target(user=user, publish=False)
        schedule_page(page, go_live_at, user)
        scheduled.append(page.locale.language_code)
    log(
        instance=source, action=SCHEDULE, user=user, data={"go_live_at": go_live_at.isoformat(), "languages": scheduled}
    )
    return scheduled


def schedule_page(page, go_live_at, user=None):
    revision = page.get_latest_revision()
    if revision.approved_go_live_at == go_live_at:
        return
    revision.content["go_live_at"] = go_live_at.isoformat()
    revision.save(update_fields=["content"])
    PublishPageRevisionAction(revision, user=user).execute(skip_permission_checks=True)
    Page.objects.filter(pk=page.pk).update(go_live_at=go_live_at)


def cancel_release(source, user=None):
    """The source's schedule was cancelled: no translation of it stays scheduled."""
    cancelled = []
    for page in source.get_translations().select_related("locale"):
        for revision in Revision.page_revisions.filter(object_id=str(page.pk), approved_go_live_at__isnull=False):
            revision.approved_go_live_at = None
            revision.save(user=user, update_fields=["approved_go_live_at"])
            cancelled.append(page.locale.language_code)
        Page.objects.filter(pk=page.pk, live=False).update(go_live_at=None)
    log(instance=source, action=CANCEL, user=user, data={"languages": cancelled})


@dataclass
class Release:
    source: object
    go_live_at: object
    languages: list  # (locale, status, translated page or None)


def upcoming_releases():
    """Every scheduled page of a source language with its languages' readiness, soonest first."""
    revisions = Revision.page_revisions.filter(approved_go_live_at__gt=timezone.now()).order_by("approved_go_live_at")
    pages = Page.objects.in_bulk([int(revision.object_id) for revision in revisions])
    locales = list(Locale.objects.all())
    releases = []
    for revision in revisions:
        source = pages.get(int(revision.object_id))
        if source is None or source_of(source).pk != source.pk:
            continue
        translations = {page.locale_id: page for page in source.get_translations()}
        targets = Translation.objects.filter(source__object_id=source.translation_key)
        targeted = set(targets.values_list("target_locale_id", flat=True))
        languages = []
        for locale in locales:
            if locale.pk == source.locale_id:
                continue
            page = translations.get(locale.pk)
            if page is None:
                status = Status.IN_TRANSLATION if locale.pk in targeted else Status.MISSING
            else:
                status = Status.READY if scheduled_at(page) == revision.approved_go_live_at else Status.IN_TRANSLATION
            languages.append((locale, status, page))
        releases.append(Release(source.specific, revision.approved_go_live_at, languages))
    return releases


def _is_page_revision(revision):
    return revision.base_content_type_id == ContentType.objects.get_for_model(Page).pk


@receiver(post_save, sender=Revision)
def keep_release_together(sender, instance, created, update_fields=None, raw=False, **kwargs):
    if raw or not _is_page_revision(instance):
        return
    if created:
        carry_release_time(instance)
    elif update_fields and "approved_go_live_at" in update_fields:
        page = Page.objects.get(pk=instance.object_id)
        if source_of(page).pk != page.pk:
            return
        if instance.approved_go_live_at and instance.approved_go_live_at > timezone.now():
            schedule_release(page, instance.approved_go_live_at, user=getattr(instance, "user", None))
        elif instance.approved_go_live_at is None and page.get_translations().exists():
            cancel_release(page)


def carry_release_time(revision):
    """A new revision of a translation whose source is scheduled: publishing it will schedule it, not go live."""
    page = Page.objects.get(pk=revision.object_id)
    go_live_at = release_time(page)
    if go_live_at is None:
        return
    revision.content["go_live_at"] = go_live_at.isoformat()
    revision.save(update_fields=["content"])
    Page.objects.filter(pk=page.pk).update(go_live_at=go_live_at)
    log(instance=page, action=JOIN, data={"go_live_at": go_live_at.isoformat()}, revision=revision)
