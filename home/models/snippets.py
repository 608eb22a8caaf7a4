"""Translatable snippets reused across pages: partner organisations and contact points."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core.forms import LogoForm


class Partner(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(max_length=160)
    logo = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    url = models.URLField(blank=True, verbose_name=_("website"))
    show_in_footer = models.BooleanField(default=True)

    panels = [FieldPanel("name"), FieldPanel("logo"), FieldPanel("url"), FieldPanel("show_in_footer")]
    base_form_class = LogoForm
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("partner organisation")

    def __str__(self):
        return self.name


class ContactPoint(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(max_length=160, help_text=_("A person, office or team, e.g. “Press office”."))
    address = models.TextField(blank=True, max_length=400)
    phone = models.CharField(blank=True, max_length=40)
    email = models.EmailField(blank=True)

    panels = [FieldPanel("name"), FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("contact point")

    def __str__(self):
        return self.name
