"""Regions and countries: a nestable tree (Balkans > Albania) that news stories are tagged with."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import BasePage
from core.renditions import renditions_for


class RegionIndexPage(BasePage):
    intro = models.TextField(blank=True, max_length=600)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["regions.RegionPage"]
    max_count_per_parent = 1
    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("region index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["regions"] = (
            RegionPage.objects.child_of(self)
            .readable()
            .select_related("image")
            .prefetch_related(renditions_for("image__renditions"))
        )
        return context


class RegionPage(BasePage):
    """A region or a country. A story tagged with a country also belongs to every region above it."""

    intro = models.TextField(blank=True, max_length=600)
    body = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["regions.RegionIndexPage", "regions.RegionPage"]
    subpage_types = ["regions.RegionPage"]
    content_panels = [*BasePage.content_panels, *BasePage.image_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("region page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["child_regions"] = RegionPage.objects.child_of(self).readable()
        context["feed_query"] = f"region={self.slug}"
        return context
