"""wagtail-localize's submit and update views behind Wagtail's page permissions.

Upstream, these views check only the global "submit translation" permission, so anyone who holds it could create or
sync a translation of any page by its id. The subclasses here refuse (403, with the reason) unless the user can see
the source and may add or change pages where the translation lives. The snippet API (the translation
editor's snippet chooser reads titles from it) answers only about models the user may see; upstream, any admin user
could list every snippet's title. `wagtail_hooks.py` mounts these views at wagtail-localize's own URLs, ahead of
wagtail-localize's patterns, so every link, form and request of the admin reaches them.
"""

from django import forms
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.views.snippets_api import SnippetViewSet
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitSnippetTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsForm, UpdateTranslationsView

from .permissions import (
    SUBMIT_TRANSLATION,
    user_can_see_page,
    user_can_see_snippet_type,
    user_can_submit_snippet,
    user_can_translate_page_into,
    user_can_update_translations,
)


def refuse(request, reason):
    return render(request, "localization/refused.html", {"reason": reason}, status=403)


def posted_locales(request):
    ids = [value for value in request.POST.getlist("locales") if value.isdigit()]
    return Locale.objects.filter(pk__in=ids)


class GuardedSubmitPageTranslationView(SubmitPageTranslationView):
    def dispatch(self, request, *args, **kwargs):
        # Without the global permission, wagtail-localize's own refusal applies (super().dispatch).
        if request.user.has_perm(SUBMIT_TRANSLATION):
            page = get_object_or_404(Page, id=kwargs["page_id"])
            if not page.is_root():
                if not user_can_see_page(request.user, page):
                    return refuse(request, _("You do not have permission to see this page in the admin."))
                if request.method == "POST":
                    for locale in posted_locales(request):
                        if not user_can_translate_page_into(request.user, page, locale):
                            return refuse(
                                request,
                                _("You do not have permission to add pages in %(language)s.")
                                % {"language": locale.get_display_name()},
                            )
        return super().dispatch(request, *args, **kwargs)

    def get_form(self):
        """Offer only the languages the user may create this page in."""
        form = super().get_form()
        field = form.fields["locales"]
        allowed = [
            locale.pk
            for locale in field.queryset
            if user_can_translate_page_into(self.request.user, self.object, locale)
        ]
        field.queryset = field.queryset.filter(pk__in=allowed)
        if len(allowed) < 2:
            form.fields["select_all"].widget = forms.HiddenInput()
        return form


class GuardedSubmitSnippetTranslationView(SubmitSnippetTranslationView):
    def dispatch(self, request, *args, **kwargs):
        if request.user.has_perm(SUBMIT_TRANSLATION) and not user_can_submit_snippet(request.user, self.get_object()):
            return refuse(request, _("You do not have permission to see this item in the admin."))
        return super().dispatch(request, *args, **kwargs)


class GuardedUpdateTranslationsView(UpdateTranslationsView):
    def dispatch(self, request, *args, **kwargs):
        if request.user.has_perm(SUBMIT_TRANSLATION):
            source = get_object_or_404(TranslationSource, id=kwargs["translation_source_id"])
            publish = False
            if request.method == "POST":
                form = UpdateTranslationsForm(request.POST)
                publish = form.is_valid() and form.cleaned_data["publish_translations"]
            if not user_can_update_translations(request.user, source, publish=publish):
                return refuse(
                    request,
                    _("You need permission to edit and publish every translation of this item.")
                    if publish
                    else _("You need permission to edit every translation of this item."),
                )
        return super().dispatch(request, *args, **kwargs)


class GuardedSnippetViewSet(SnippetViewSet):
    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # has_perm is False for inactive users and True for active superusers.
        if not user_can_see_snippet_type(request.user, self.get_model()):
            raise exceptions.PermissionDenied  # DRF's own, translated message
