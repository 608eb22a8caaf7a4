"""The Translators group: translate and publish pages in every language but the default, never edit the source.

Wagtail page permissions hold per subtree, and each language's pages live under that language's home page (the
translation of the site's root page), so the group gets add, change and publish on each translated home page.
A language whose home page does not exist yet is reported and skipped; running the setup again once that page
exists completes the group.
"""

from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import GroupPagePermission, Locale, Page, Site

TRANSLATORS_GROUP = "Translators"

# (app label, codename): enter the admin, submit and sync translations (which opens the translation editor, PO files
# and machine translation of pages they may edit), and translate the site-wide snippets. Snippet permissions are
# per model, not per language: a translator can edit the English partners too (docs/translation.md).
MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    ("home", "view_partner"),
    ("home", "change_partner"),
    ("home", "view_contactpoint"),
    ("home", "change_contactpoint"),
    ("home", "view_sitesettings"),
    ("home", "change_sitesettings"),
]

# On each translated home page: create translations (add), edit them (change) and publish them.
TRANSLATED_TREE_ACTIONS = ["add", "change", "publish"]

# On the source home page. Wagtail 8 has no view-only page permission, and translators must find a source page in
# the explorer to submit it for translation. "lock" is the one page permission that shows a subtree without
# letting the group edit, publish, move or delete anything in it (they can lock a source page; editors with
# "unlock" can lift it).
SOURCE_TREE_ACTIONS = ["lock"]


@dataclass
class TranslatorsSetup:
    group: Group
    newly_granted: list[str] = field(default_factory=list)
    missing_homes: list[Locale] = field(default_factory=list)
    sites_found: int = 0


def page_permission(action):
    content_type = ContentType.objects.get_for_model(Page)
    return Permission.objects.get(content_type=content_type, codename=f"{action}_page")


def setup_translators_group():
    """Create or complete the Translators group; safe to run any number of times."""
    group, _created = Group.objects.get_or_create(name=TRANSLATORS_GROUP)
    setup = TranslatorsSetup(group=group)

    for app_label, codename in MODEL_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        if not group.permissions.filter(pk=permission.pk).exists():
            group.permissions.add(permission)
            setup.newly_granted.append(f"{app_label}.{codename}")

    default_locale = Locale.get_default()
    other_locales = list(Locale.objects.exclude(pk=default_locale.pk).order_by("language_code"))
    for source_home in source_home_pages(default_locale):
        setup.sites_found += 1
        _grant_on_page(setup, source_home, SOURCE_TREE_ACTIONS)
        for locale in other_locales:
            home = source_home.get_translation_or_none(locale)
            if home is None:
                setup.missing_homes.append(locale)
            else:
                _grant_on_page(setup, home, TRANSLATED_TREE_ACTIONS)
    return setup


def source_home_pages(default_locale):
    """Each site's root page in the default language, once each."""
    homes = {}
    for site in Site.objects.select_related("root_page"):
        root = site.root_page
        home = root if root.locale_id == default_locale.pk else root.get_translation_or_none(default_locale)
        if home is not None:
            homes[home.pk] = home
    return list(homes.values())


def _grant_on_page(setup, page, actions):
    for action in actions:
        _permission, created = GroupPagePermission.objects.get_or_create(
            group=setup.group, page=page, permission=page_permission(action)
        )
        if created:
            setup.newly_granted.append(f"{action} on {page.locale.language_code} page “{page.title}”")
