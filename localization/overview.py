"""Pages × languages: the translation status of every source page in every other language, as an admin report.

Statuses are computed in the database (one annotation per language), so the report costs the same few queries
at any number of pages: one for the languages, one for the counts, two for the paginated rows.
"""

from urllib.parse import urlencode

import django_filters
from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Case, Count, F, OuterRef, Q, Subquery, Value, When
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, get_page_models
from wagtail_localize.models import Translation

from .permissions import SUBMIT_TRANSLATION


class Status(models.TextChoices):
    MISSING = "missing", _("Missing")
    ALIAS = "alias", _("Alias")
    IN_PROGRESS = "in_progress", _("In progress")
    PUBLISHED = "published", _("Published")
    OUT_OF_DATE = "out_of_date", _("Out of date")


def status_field(locale):
    return f"status_{locale.pk}"


def translated_page_field(locale):
    return f"translated_page_{locale.pk}"


def ordered_locales():
    """Every locale, in the order of the LANGUAGES setting (one query)."""
    order = {code: index for index, (code, _name) in enumerate(settings.WAGTAIL_CONTENT_LANGUAGES)}
    return sorted(Locale.objects.all(), key=lambda locale: (order.get(locale.language_code, len(order)), locale.pk))


def default_language_code():
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def source_pages(default_locale):
    """Pages of the default language, the sources translations are made from (aliases are not sources)."""
    return Page.objects.filter(locale=default_locale, depth__gt=1, alias_of__isnull=True)


def with_translation_status(pages, locales):
    """Annotate each page with status_<locale id> (a Status) and translated_page_<locale id> (its translation's id).

    missing      no page with the same translation key in that locale
    alias        the page there is an alias (it shows the source text)
    in progress  not live, or has unpublished changes, or wagtail-localize synced new source text after it was last
                 published (the translator has strings to translate)
    out of date  published, but the source page was published again after its text was last sent for translation
                 (the source's TranslationSource.last_updated_at): it needs a "Sync translated pages"
    published    everything else
    """
    for locale in locales:
        prefix = f"_tr{locale.pk}"
        translated = Page.objects.filter(translation_key=OuterRef("translation_key"), locale_id=locale.pk)
        translation = Translation.objects.filter(
            source__object_id=OuterRef("translation_key"), target_locale_id=locale.pk, enabled=True
        )
        pages = pages.alias(
            **{
                f"{prefix}_alias_of": Subquery(translated.values("alias_of_id")[:1]),
                f"{prefix}_live": Subquery(translated.values("live")[:1]),
                f"{prefix}_changed": Subquery(translated.values("has_unpublished_changes")[:1]),
                f"{prefix}_published_at": Subquery(translated.values("last_published_at")[:1]),
                f"{prefix}_synced_at": Subquery(translation.values("source__last_updated_at")[:1]),
            }
        ).annotate(**{translated_page_field(locale): Subquery(translated.values("pk")[:1])})
        pages = pages.annotate(
            **{
                status_field(locale): Case(
                    When(**{f"{translated_page_field(locale)}__isnull": True}, then=Value(Status.MISSING)),
                    When(**{f"{prefix}_alias_of__isnull": False}, then=Value(Status.ALIAS)),
                    When(
                        Q(**{f"{prefix}_live": False})
                        | Q(**{f"{prefix}_changed": True})
                        | Q(**{f"{prefix}_synced_at__gt": F(f"{prefix}_published_at")}),
                        then=Value(Status.IN_PROGRESS),
                    ),
                    When(**{f"{prefix}_synced_at__lt": F("last_published_at")}, then=Value(Status.OUT_OF_DATE)),
                    default=Value(Status.PUBLISHED),
                    output_field=models.CharField(),
                )
            }
        )
    return pages


def status_counts(pages, locales):
    """{locale id: {status: number of pages}}, every status present, in one GROUP BY query."""
    counts = {locale.pk: dict.fromkeys(Status.values, 0) for locale in locales}
    if not locales:
        return counts
    fields = [status_field(locale) for locale in locales]
    for row in pages.order_by().values(*fields).annotate(pages=Count("pk")):
        for locale in locales:
            counts[locale.pk][row[status_field(locale)]] += row["pages"]
    return counts


def page_type_choices():
    models_ = [model for model in get_page_models() if model is not Page]
    return sorted(
        ((model._meta.label_lower, capfirst(model._meta.verbose_name)) for model in models_),
        key=lambda choice: str(choice[1]),
    )


class TranslationOverviewFilterSet(WagtailFilterSet):
    locale = django_filters.ChoiceFilter(label=_("Language"), empty_label=_("All languages"), widget=forms.RadioSelect)
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Status.choices, empty_label=_("Any status"), widget=forms.RadioSelect
    )
    page_type = django_filters.ChoiceFilter(label=_("Page type"), choices=page_type_choices, empty_label=_("All"))

    class Meta:
        model = Page
        fields = []

    def __init__(self, *args, locales=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.locales = list(locales)
        self.filters["locale"].extra["choices"] = [
            (locale.language_code, locale.get_display_name()) for locale in self.locales
        ]

    def cleaned(self, name):
        return self.form.cleaned_data.get(name) if self.is_valid() else None

    @property
    def chosen_locales(self):
        """The languages to show: the one chosen, else all of them."""
        code = self.cleaned("locale")
        return [locale for locale in self.locales if locale.language_code == code] or self.locales

    def filter_by_page_type(self, queryset):
        label = self.cleaned("page_type")
        if not label:
            return queryset
        app_label, model = label.split(".")
        return queryset.filter(content_type__app_label=app_label, content_type__model=model)

    def filter_queryset(self, queryset):
        """Page type narrows the rows; status keeps pages with that status in the chosen language (or in any)."""
        queryset = self.filter_by_page_type(queryset)
        status = self.cleaned("status")
        if status:
            has_status = Q()
            for locale in self.chosen_locales:
                has_status |= Q(**{status_field(locale): status})
            queryset = queryset.filter(has_status)
        return queryset


class TranslationOverviewView(ReportView):
    template_name = "localization/overview.html"
    results_template_name = "localization/overview_results.html"
    index_url_name = "localization:overview"
    index_results_url_name = "localization:overview_results"
    page_title = _("Translation overview")
    header_icon = "site"
    filterset_class = TranslationOverviewFilterSet
    paginate_by = 50
    verbose_name_plural = _("pages")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(SUBMIT_TRANSLATION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def locales(self):
        return ordered_locales()

    @cached_property
    def default_locale(self):
        code = default_language_code()
        return next((locale for locale in self.locales if locale.language_code == code), None)

    @cached_property
    def target_locales(self):
        return [locale for locale in self.locales if locale != self.default_locale]

    @cached_property
    def shown_locales(self):
        return self.filters.chosen_locales if self.filters else self.target_locales

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "locales": self.target_locales}

    def annotated_pages(self):
        if self.default_locale is None:
            return Page.objects.none()
        pages = source_pages(self.default_locale).select_related("content_type").order_by("path")
        return with_translation_status(pages, self.target_locales)

    def get_queryset(self):
        return self.filter_queryset(self.annotated_pages())

    def get_filtered_queryset(self):
        # ReportView would filter twice (get_queryset already does).
        return self.get_queryset()

    def decorate_paginated_queryset(self, pages):
        return [self.row(page) for page in pages]

    def row(self, page):
        cells = []
        for locale in self.shown_locales:
            status = Status(getattr(page, status_field(locale)))
            translated_id = getattr(page, translated_page_field(locale))
            if status == Status.MISSING:
                url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
                url += "?" + urlencode({"select_locale": locale.language_code})
            else:
                url = reverse("wagtailadmin_pages:edit", args=[translated_id])
            cells.append({"locale": locale, "status": status, "url": url})
        model = page.content_type.model_class()
        page_type = capfirst(model._meta.verbose_name) if model else page.content_type.model
        return {"page": page, "page_type": page_type, "cells": cells}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pages = self.annotated_pages()
        if self.filters:
            pages = self.filters.filter_by_page_type(pages)
        counts = status_counts(pages, self.shown_locales)
        context["shown_locales"] = self.shown_locales
        context["count_rows"] = [
            {
                "locale": locale,
                "counts": [
                    {"status": status, "count": counts[locale.pk][status], "url": self.filter_url(locale, status)}
                    for status in Status
                ],
            }
            for locale in self.shown_locales
        ]
        context["statuses"] = list(Status)
        return context

    def filter_url(self, locale, status):
        query = {"locale": locale.language_code, "status": status.value}
        page_type = self.filters.cleaned("page_type") if self.filters else None
        if page_type:
            query["page_type"] = page_type
        return f"{self.index_url}?{urlencode(query)}"
