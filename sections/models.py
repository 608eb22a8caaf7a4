"""“What we do”: the programme areas (healthcare, education...) that news stories are tagged with."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import BasePage
from core.renditions import renditions_for


class SectionIndexPage(BasePage):
    intro = models.TextField(blank=True, max_length=600)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["sections.SectionPage"]
    max_count_per_parent = 1
    content_panels = [*BasePage.content_panels, *BasePage.image_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("“What we do” index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = (
            SectionPage.objects.child_of(self)
            .readable()
            .select_related("image")
            .prefetch_related(renditions_for("image__renditions"))
        )
        return context


class SectionPage(BasePage):
    intro = models.TextField(blank=True, max_length=600)
    body = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["sections.SectionIndexPage"]
    subpage_types = []
    content_panels = [*BasePage.content_panels, *BasePage.image_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("“What we do” section page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["feed_query"] = f"section={self.slug}"
        return context
