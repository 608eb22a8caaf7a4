"""Uploads follow their pages: who may fetch a document or image, from where Wagtail's reference index says it is used.

The rule (docs/decisions.md, "Private files"): a file is *public* when a live, public page's live content uses it
(or a snippet every reader meets, PUBLIC_FILE_SOURCES); otherwise only a reader who may see one of the live
pages using it may fetch it (Wagtail's view restrictions on the page and its ancestors, checked with
`accept_request`), and editors who may choose it in the admin. A file used nowhere, or only in drafts, is for
editors only. Everything is read from the database when a file is asked for, in a fixed number of queries.

Files are stored privately (PrivateMediaStorage); only renditions of public images get a copy in the public
media folder, made when first asked for and removed when the image stops being public.
"""

import mimetypes
import os
from collections import defaultdict
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import FileSystemStorage, default_storage, storages
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.http import FileResponse
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex
from wagtail.permissions import policy_registry
from wagtail.signals import page_published, page_unpublished, post_page_move

PRIVATE_MEDIA_URL = "/private-media/"


class PrivateMediaStorage(FileSystemStorage):
    """The default storage: PRIVATE_MEDIA_ROOT, never exposed by a web server; its URLs lead to the application's
    checking view (core.views.private_media). The folder is read from settings on each use, so tests can move it."""

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @cached_property
    def base_url(self):
        return PRIVATE_MEDIA_URL


def public_storage():
    """MEDIA_ROOT, served by the web server at MEDIA_URL: copies of renditions of public images, nothing else."""
    return storages["public"]


def public_url(rendition):
    """The address of a public image's rendition: its copy at /media/ (made on the first request)."""
    return public_storage().url(rendition.file.name)


@dataclass
class FileUses:
    """Where one file is used: by a snippet every reader meets, and by which live pages (as the view restrictions
    on each such page and its ancestors; an empty tuple is a public page)."""

    public_source: bool = False
    restrictions_per_page: list = field(default_factory=list)

    @property
    def public(self):
        return self.public_source or any(not restrictions for restrictions in self.restrictions_per_page)

    def readable_by(self, request):
        return self.public or any(
            all(restriction.accept_request(request) for restriction in restrictions)
            for restrictions in self.restrictions_per_page
        )


def _ancestor_paths(path):
    """The tree paths of a page and its ancestors below the root (the root is never a reader's page)."""
    step = Page.steplen
    return [path[:end] for end in range(2 * step, len(path) + 1, step)]


def uses_of(model, ids):
    """FileUses for each of these images or documents, in at most five queries whatever their number."""
    uses = {int(pk): FileUses() for pk in ids}
    if not uses:
        return uses
    page_type = ContentType.objects.get_for_model(Page)
    public_types = {
        ContentType.objects.get_for_model(apps.get_model(label)).pk for label in settings.PUBLIC_FILE_SOURCES
    }
    pages_by_file = defaultdict(set)
    references = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(model), to_object_id__in=[str(pk) for pk in uses]
    ).values_list("to_object_id", "base_content_type_id", "object_id")
    for file_id, source_type, source_id in references:
        if source_type == page_type.pk:
            pages_by_file[int(file_id)].add(int(source_id))
        elif source_type in public_types:
            uses[int(file_id)].public_source = True
    # Aliases are never shown to readers (they are redirected to the original), so they give no file away.
    page_paths = dict(
        Page.objects.filter(pk__in=set().union(*pages_by_file.values()), live=True, alias_of__isnull=True).values_list(
            "pk", "path"
        )
    )
    if page_paths:
        all_paths = {ancestor for path in page_paths.values() for ancestor in _ancestor_paths(path)}
        offline = set(Page.objects.filter(path__in=all_paths, live=False).values_list("path", flat=True))
        restrictions = defaultdict(list)
        for restriction in (
            PageViewRestriction.objects.filter(page__path__in=all_paths)
            .select_related("page")
            .prefetch_related("groups")
        ):
            restrictions[restriction.page.path].append(restriction)
        for file_id, page_ids in pages_by_file.items():
            for page_id in page_ids & page_paths.keys():
                ancestors = _ancestor_paths(page_paths[page_id])
                if offline.isdisjoint(ancestors):  # a page below an unpublished one is unreadable
                    uses[file_id].restrictions_per_page.append(
                        tuple(restriction for path in ancestors for restriction in restrictions[path])
                    )
    return uses


def is_editor_for(user, obj):
    """An editor who may choose or change this file in the admin (Wagtail's collection permissions)."""
    if not (user.is_authenticated and user.has_perm("wagtailadmin.access_admin")):
        return False
    policy = policy_registry.get_by_type(type(obj))
    return policy.user_has_any_permission_for_instance(user, ["choose", "change"], obj)


def may_read(request, obj):
    """May the reader of this request fetch this image or document? Unknown means no."""
    uses = uses_of(type(obj), [obj.pk])[obj.pk]
    return uses.readable_by(request) or is_editor_for(request.user, obj)


def upload_at(name):
    """The image or document whose file (original or rendition) is stored under this name, or None."""
    Image = get_image_model()
    if name.startswith("images/"):
        return Image.objects.filter(renditions__file=name).first()
    if name.startswith("original_images/"):
        return Image.objects.filter(file=name).first()
    if name.startswith("documents/"):
        return get_document_model().objects.filter(file=name).first()
    return None


def file_response(storage, name, public):
    """The stored file; a shared cache may keep it only when it is public."""
    response = FileResponse(storage.open(name, "rb"), content_type=mimetypes.guess_type(name)[0])
    if not public:
        patch_cache_control(response, private=True, no_cache=True)
    return response


def publish_copy(name):
    """Copy a public image's rendition into MEDIA_ROOT, where the web server finds it next time."""
    public = public_storage()
    if not public.exists(name):
        with default_storage.open(name, "rb") as source:
            saved = public.save(name, source)
        if saved != name:  # another request copied it meanwhile
            public.delete(saved)


def withdraw_public_copies(image_ids):
    """Remove the public copies of those of these images that are no longer public (safe to call for any)."""
    Image = get_image_model()
    private_ids = [pk for pk, uses in uses_of(Image, image_ids).items() if not uses.public]
    public = public_storage()
    for name in Image.get_rendition_model().objects.filter(image_id__in=private_ids).values_list("file", flat=True):
        public.delete(name)  # FileSystemStorage ignores names that are not there


def images_used_by(pages):
    """Ids of the images these pages' indexed content uses."""
    Image = get_image_model()
    return {
        int(pk)
        for pk in ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(pk) for pk in pages.values_list("pk", flat=True)],
            to_content_type=ContentType.objects.get_for_model(Image),
        ).values_list("to_object_id", flat=True)
    }


def withdraw_now_and_on_commit(image_ids):
    """Now, and again when the change commits: until then other requests still see the old state and may copy a
    file out again."""
    if image_ids:
        withdraw_public_copies(image_ids)
        transaction.on_commit(lambda: withdraw_public_copies(image_ids))


def _withdraw_below(page):
    """The page and everything below it may have just become less visible."""
    withdraw_now_and_on_commit(images_used_by(Page.objects.filter(path__startswith=page.path)))


def _on_restriction_saved(sender, instance, **kwargs):
    _withdraw_below(instance.page)


def _on_unpublished_or_moved(sender, instance, **kwargs):
    _withdraw_below(instance)


def _remember_images_before_save(sender, instance, update_fields=None, **kwargs):
    """Before a page's content is written (a publish): the images its live content used until now, which the new
    content may drop. Draft saves write a few named fields only and are skipped."""
    if isinstance(instance, Page) and instance.pk and update_fields is None:
        instance._images_before_save = images_used_by(Page.objects.filter(pk=instance.pk))


def _on_published(sender, instance, **kwargs):
    """Sent once the new content and its references are saved: the images the page used before may be private
    now. (With a queued reference-index task the index may lag; the sweep catches what this misses.)"""
    withdraw_now_and_on_commit(instance.__dict__.pop("_images_before_save", set()))


def _on_page_saved(sender, instance, created=False, update_fields=None, **kwargs):
    """A page taken offline without an unpublish signal (`page.live = False; page.save()`) takes its branch."""
    if isinstance(instance, Page) and not created and not instance.live and update_fields is None:
        _withdraw_below(instance)


def _remember_images_before_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        instance._images_before_delete = images_used_by(Page.objects.filter(pk=instance.pk))


def _on_page_deleted(sender, instance, **kwargs):
    """The page's row is gone, so it no longer counts as a use: the images it used may now be private."""
    withdraw_now_and_on_commit(instance.__dict__.pop("_images_before_delete", set()))


def connect():
    """Keep public copies in step with the pages: a new restriction, an unpublish or a move makes a branch less
    visible; a publish may drop images; a delete may leave them unused. The request-time check never depends on
    these (a missed signal leaves a copy the sweep, `manage.py withdraw_public_copies`, removes)."""
    post_save.connect(_on_restriction_saved, sender=PageViewRestriction, dispatch_uid="files-restriction")
    page_unpublished.connect(_on_unpublished_or_moved, dispatch_uid="files-unpublished")
    post_page_move.connect(_on_unpublished_or_moved, dispatch_uid="files-moved")
    pre_save.connect(_remember_images_before_save, dispatch_uid="files-page-pre-save")
    page_published.connect(_on_published, dispatch_uid="files-published")
    post_save.connect(_on_page_saved, dispatch_uid="files-page-saved")
    pre_delete.connect(_remember_images_before_delete, dispatch_uid="files-page-pre-delete")
    post_delete.connect(_on_page_deleted, dispatch_uid="files-page-deleted")
