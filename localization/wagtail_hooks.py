"""Admin wiring: the permission guards in front of wagtail-localize's views, and the translation overview report."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import guards
from .overview import TranslationOverviewView
from .permissions import SUBMIT_TRANSLATION

# The guarded views answer at wagtail-localize's own URLs (so its buttons and links reach them). Django resolves
# the first matching pattern, and Wagtail adds hook URLs in hook order: order=-1 puts these ahead of
# wagtail-localize's patterns whatever the order of INSTALLED_APPS. tests/test_translators.py checks it.
urlpatterns = [
    path(
        "localize/submit/page/<int:page_id>/",
        guards.GuardedSubmitPageTranslationView.as_view(),
        name="submit_page_translation",
    ),
    path(
        "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
        guards.GuardedSubmitSnippetTranslationView.as_view(),
        name="submit_snippet_translation",
    ),
    path(
        "localize/update/<int:translation_source_id>/",
        guards.GuardedUpdateTranslationsView.as_view(),
        name="update_translations",
    ),
    path(
        "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
        guards.GuardedSnippetViewSet.as_view({"get": "list"}),
        name="snippets_api_listing",
    ),
    path(
        "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
        guards.GuardedSnippetViewSet.as_view({"get": "retrieve"}),
        name="snippets_api_detail",
    ),
    path("reports/translation-overview/", TranslationOverviewView.as_view(), name="overview"),
    path(
        "reports/translation-overview/results/",
        TranslationOverviewView.as_view(results_only=True),
        name="overview_results",
    ),
]


@hooks.register("register_admin_urls", order=-1)
def register_admin_urls():
    return [path("", include((urlpatterns, "localization"), namespace="localization"))]


class TranslationOverviewMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(SUBMIT_TRANSLATION)


@hooks.register("register_reports_menu_item")
def register_translation_overview_menu_item():
    return TranslationOverviewMenuItem(
        _("Translation overview"),
        reverse("localization:overview"),
        name="translation-overview",
        icon_name="site",
        order=8900,
    )
