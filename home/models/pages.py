"""The home page and the standard content page (who we are, what you can do, the network...)."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from core.blocks import BodyBlock
from core.models import BasePage
from news.models import NewsIndexPage, NewsPage


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
        "donations.DonatePage",
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

    def route(self, request, path_components):
        """Find the deepest page matching the path in one query, instead of one query per path segment.

        The rest of the path (e.g. `feed/rss/` under the news index) goes to that page's own `route`.
        """
        if not path_components:
            return super().route(request, path_components)
        prefixes = [self.url_path + "/".join(path_components[:end]) + "/" for end in range(1, len(path_components) + 1)]
        match = Page.objects.filter(url_path__in=prefixes).order_by("-depth").only("id", "content_type").first()
        if match is None:
            raise Http404
        model = match.specific_class or Page
        specific = model.objects.filter(pk=match.pk)
        if issubclass(model, BasePage):
            specific = specific.select_related("image")  # every page shows its image: fetch it with the page
        deepest = specific.get()
        remaining = path_components[deepest.depth - self.depth :]
        if remaining:
            return deepest.route(request, remaining)
        if not deepest.live:
            raise Http404
        return RouteResult(deepest)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_stories"] = NewsPage.objects.for_cards(self.locale_id)[:6]
        news_index = NewsIndexPage.objects.child_of(self).readable().only("id", "url_path", "path").first()
        context["news_index_url"] = news_index.get_url(request) if news_index else None
        return context


class StandardPage(BasePage):
    intro = models.TextField(blank=True, max_length=600)
    body = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.ContactPage", "members.WorkingGroupPage"]
    content_panels = [*BasePage.content_panels, *BasePage.image_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")
