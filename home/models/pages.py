"""The home page and the standard content page (who we are, what you can do, the network...)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import BodyBlock

from .base_page import BasePage


class HomePage(BasePage):
    """One per language; the root of a locale's tree."""

    hero_heading = models.CharField(max_length=160, blank=True, help_text=_("Large text over the home page image."))
    intro = models.TextField(blank=True, max_length=600)
    body = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "regions.RegionIndexPage",
        "sections.SectionIndexPage",
        "home.StandardPage",
        "home.ContactPage",
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("hero_heading"),
        *BasePage.image_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from news.models import NewsIndexPage, NewsPage

        context = super().get_context(request, *args, **kwargs)
        context["latest_stories"] = NewsPage.objects.for_cards(self.locale_id)[:6]
        news_index = NewsIndexPage.objects.child_of(self).live().public().only("id", "url_path", "path").first()
        context["news_index_url"] = news_index.get_url(request) if news_index else None
        return context


class StandardPage(BasePage):
    intro = models.TextField(blank=True, max_length=600)
    body = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.ContactPage"]
    content_panels = [*BasePage.content_panels, *BasePage.image_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")
