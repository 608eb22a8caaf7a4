"""Who may translate what: Wagtail's page and snippet permissions applied to wagtail-localize's actions.

wagtail-localize's submit and update views check only the global "submit translation" permission. These
functions answer the questions those views leave open; `localization.guards` asks them before every request.
"""

from django.core.exceptions import ObjectDoesNotExist
from wagtail.models import DraftStateMixin, Page
from wagtail.permissions import policy_registry
from wagtail.snippets.permissions import get_permission_name

# wagtail-localize's one global permission: submit and sync translations, and see the translation overview.
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"


def page_policy():
    """The page permission policy Wagtail uses: ours, which holds permissions to the user's languages."""
    return policy_registry.get_by_type(Page)


def user_can_see_page(user, page):
    """True when the page shows in the user's admin explorer: any page permission on it or an ancestor
    (add, change, publish, lock...), or edit access through a workflow task. Wagtail has no view-only page
    permission, so this is what "can see the page in the admin" means."""
    return page_policy().user_can_browse(user, page) or page.permissions_for_user(user).can_edit()


def user_can_see_snippet_type(user, model):
    return any(user.has_perm(get_permission_name(action, model)) for action in ("view", "change", "add"))


def translation_parent(page, locale):
    """Where wagtail-localize adds the page's translation in locale: under the translation of the page's nearest
    ancestor that has one, else under the root (it copies untranslated ancestors on the way down)."""
    ancestors = page.get_ancestors().filter(depth__gt=1).values("translation_key")
    translated = Page.objects.filter(translation_key__in=ancestors, locale=locale).order_by("-depth").first()
    return translated or Page.get_first_root_node()


def user_can_translate_page_into(user, page, locale):
    """May the user create the page's translation in locale? Add permission where the translation will be
    created; an alias already there becomes the translation, so that needs edit permission on the alias."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.permissions_for_user(user).can_edit()
    return page_policy().user_has_permission_for_instance(user, "add", translation_parent(page, locale))


def user_can_submit_snippet(user, snippet):
    return user.is_active and (user.is_superuser or user_can_see_snippet_type(user, type(snippet)))


def user_can_update_translations(user, source, publish=False):
    """May the user sync (and with publish=True, publish) every translation made from this TranslationSource?
    They must see the source, and be able to edit (and publish) each translated page or snippet."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    try:
        instance = source.get_source_instance()
    except ObjectDoesNotExist:
        return False
    if isinstance(instance, Page):
        if not user_can_see_page(user, instance):
            return False
    elif not user_can_see_snippet_type(user, type(instance)):
        return False

    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist:
            continue  # the update view skips translations whose target is gone
        if not _user_can_change(user, target, publish):
            return False
    return True


def _user_can_change(user, instance, publish):
    if isinstance(instance, Page):
        tester = instance.permissions_for_user(user)
        return tester.can_edit() and (not publish or tester.can_publish())
    model = type(instance)
    if not user.has_perm(get_permission_name("change", model)):
        return False
    return not (publish and isinstance(instance, DraftStateMixin)) or user.has_perm(
        get_permission_name("publish", model)
    )
