"""Page permissions that hold only in the languages a user works in: Wagtail's page permission policy, narrowed.

A user works in a language when they may add, edit or publish pages of that language (a grant on the tree's root
covers every language). Any other page permission they hold in another language shows them those pages in the
explorer and choosers but lets them do nothing there: no lock, unlock, edit, publish, move, delete or copy.
That is how the Translators group sees the English tree: Wagtail 8 has no view-only page permission, so the group
holds "lock" on the English home page (localization/translators.py), and this policy turns that grant into
browsing only, so a translator can no longer lock English pages and block the editors.

Wagtail asks the policy registered for pages for every page decision (the permission tester behind every view,
button and bulk action, the forms listing, reports, the dashboard), so registering this one in
`LocalizationConfig.ready()` is the single place the rule lives. Browsing (the explorer, choosers, the admin API)
keeps every grant.
"""

from wagtail.permission_policies.pages import PagePermissionPolicy

# Holding one of these on a page of a language (or on the root, for all) is what "works in that language" means.
WORKING_ACTIONS = ("add", "change", "publish")


class BrowsingPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's own rules, with every grant: what the user may find in the explorer and choosers."""

    permission_cache_name = "_page_browsing_permission_cache"
    _explorable_root_instance_cache_name = "_page_browsing_explorable_root_cache"


class LanguagePagePermissionPolicy(PagePermissionPolicy):
    permission_cache_name = "_page_language_permission_cache"

    def __init__(self, model=None):
        super().__init__(model)
        self.browsing = BrowsingPagePermissionPolicy(model)

    def get_all_permissions_for_user(self, user):
        grants = list(self.browsing.get_cached_permissions_for_user(user))
        working = {self._get_permission_codename(action) for action in WORKING_ACTIONS}
        working_grants = [grant for grant in grants if grant.permission.codename in working]
        if any(grant.page.depth == 1 for grant in working_grants):  # the root: every language
            return grants
        languages = {grant.page.locale_id for grant in working_grants}
        return [grant for grant in grants if grant.page.locale_id in languages]

    # Finding pages is browsing: every grant counts.

    def explorable_instances(self, user):
        return self.browsing.explorable_instances(user)

    def explorable_root_instance(self, user):
        return self.browsing.explorable_root_instance(user)

    def instances_with_direct_explore_permission(self, user):
        return self.browsing.instances_with_direct_explore_permission(user)

    def user_can_browse(self, user, page):
        """True when some grant of the user's covers the page: it shows in their explorer."""
        if not user.is_active:
            return False
        if user.is_superuser:
            return True
        return any(
            page.path.startswith(grant.page.path) for grant in self.browsing.get_cached_permissions_for_user(user)
        )
