"""News articles and press releases, and the news index that lists them."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import BasePage

from .queries import NewsPageQuerySet


class NewsIndexPage(BasePage):
    intro = models.TextField(blank=True, max_length=600)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("news index page")

    def get_context(self, request, *args, **kwargs):
        from .listing import paginate_stories

        context = super().get_context(request, *args, **kwargs)
        context["stories_page"] = paginate_stories(request, NewsPage.objects.for_cards(self.locale))
        return context


class NewsPage(BasePage):
    class Kind(models.TextChoices):
        NEWS = "news", _("News")
        PRESS_RELEASE = "press-release", _("Press release")

    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.NEWS)
    display_date = models.DateField(
        null=True,
        blank=True,
        db_index=True,
        verbose_name=_("date"),
        help_text=_("The date readers see; for a press release, its release date. Defaults to first publication."),
    )
    body = StreamField(BodyBlock(), blank=True)
    regions = ParentalManyToManyField(
        "regions.RegionPage",
        blank=True,
        related_name="stories",
        help_text=_("Countries or regions the story is about."),
    )
    sections = ParentalManyToManyField(
        "sections.SectionPage", blank=True, related_name="stories", help_text=_("“What we do” programme areas.")
    )
    press_contact = models.ForeignKey(
        "home.ContactPoint",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown prominently on press releases."),
    )

    objects = PageManager.from_queryset(NewsPageQuerySet)()
    og_type = "article"

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("display_date"), FieldPanel("press_contact")], heading=_("Kind")
        ),
        *BasePage.image_panels,
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("regions"), FieldPanel("sections")], heading=_("Tags")),
        InlinePanel("related_story_picks", label=_("Related stories"), max_num=3),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.FilterField("display_date")]

    class Meta:
        verbose_name = _("news page")

    def save(self, *args, **kwargs):
        if self.display_date is None and self.first_published_at:
            self.display_date = timezone.localdate(self.first_published_at)
        return super().save(*args, **kwargs)

    @property
    def is_press_release(self):
        return self.kind == self.Kind.PRESS_RELEASE

    def get_context(self, request, *args, **kwargs):
        from .related import related_stories

        context = super().get_context(request, *args, **kwargs)
        context["related"] = related_stories(self)
        return context


class RelatedStoryPick(Orderable):
    """An editor's choice of related story, shown before the automatic ones."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_story_picks")
    story = models.ForeignKey(NewsPage, on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("story")]

    class Meta(Orderable.Meta):
        verbose_name = _("related story")
