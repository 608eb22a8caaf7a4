"""News articles and press releases, and the news index that lists them."""

from django.db import models
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from core.blocks import BodyBlock
from core.generation import cached_for_generation
from core.localize import localize_page_links, same_locale_ids
from core.models import BasePage
from core.renditions import CARD_RENDITIONS

from .feeds import NewsAtomFeed, NewsRssFeed
from .filters import TopicFilter
from .forms import NewsPageForm
from .kinds import StoryKind
from .listing import filter_choices, paginate_stories
from .queries import NewsPageQuerySet
from .related import related_stories, view_all_query


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news listing with its filters, and the RSS and Atom feeds under it."""

    intro = models.TextField(blank=True, max_length=600)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("news index page")

    def stories(self, renditions=CARD_RENDITIONS):
        """The readable stories of this index's language, ready for cards, newest first."""
        return NewsPage.objects.for_cards(self.locale_id, renditions)

    def filters_for(self, request):
        """The topic filter of a listing or feed request, in this index's language."""
        return TopicFilter.from_query(request.GET, self.locale_id)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = self.filters_for(request)
        context["filters"] = filters
        context["filter_choices"] = cached_for_generation(
            f"news-filter-choices:{self.locale_id}",
            lambda: filter_choices(self.locale_id, NewsPage.objects.visible(self.locale_id)),
        )
        context["stories_page"] = paginate_stories(request, filters.apply(self.stories()))
        return context

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("feed/rss/", name="rss_feed")
    def rss_feed(self, request):
        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        return NewsAtomFeed(self)(request)


class NewsPage(BasePage):
    Kind = StoryKind

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
        help_text=_("Shown at the top of a press release, instead of any contact block in its body."),
    )

    objects = PageManager.from_queryset(NewsPageQuerySet)()
    og_type = "article"
    base_form_class = NewsPageForm

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
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        # Region and section names are indexed with the story: "Kosovo" finds stories tagged Kosovo.
        index.RelatedFields("regions", [index.SearchField("title")]),
        index.RelatedFields("sections", [index.SearchField("title")]),
        index.FilterField("display_date"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("news page")

    def save(self, *args, **kwargs):
        if self.display_date is None and self.first_published_at:
            self.display_date = timezone.localdate(self.first_published_at)
        result = super().save(*args, **kwargs)
        # The search index is written on post_save, before modelcluster commits regions and sections;
        # index again so region and section names are searchable at once.
        index.insert_or_update_object(self)
        return result

    def clean(self):
        super().clean()
        self.localize_links()

    def localize_links(self):
        """Point regions, sections and related picks at this page's language (see core/localize.py)."""
        if self.regions.all():
            self.regions = localize_page_links(self.regions.all(), self.locale_id)
        if self.sections.all():
            self.sections = localize_page_links(self.sections.all(), self.locale_id)
        picks = list(self.related_story_picks.all())
        mapping = same_locale_ids([pick.story_id for pick in picks], self.locale_id)
        if any(mapping.get(pick.story_id, pick.story_id) != pick.story_id for pick in picks):
            self.related_story_picks = [
                RelatedStoryPick(story_id=mapping.get(pick.story_id, pick.story_id), sort_order=pick.sort_order)
                for pick in picks
                if mapping.get(pick.story_id) != self.pk
            ]

    @property
    def is_press_release(self):
        return self.kind == self.Kind.PRESS_RELEASE

    @property
    def body_blocks(self):
        """The body as readers see it. A press release with a press contact shows that contact once, at the top:
        contact blocks in its body are left out rather than repeat it."""
        if self.is_press_release and self.press_contact_id:
            # Chosen from the raw blocks, so the left-out contacts are never loaded (a query per page).
            raw = self.body.raw_data
            return [self.body[index] for index in range(len(raw)) if raw[index]["type"] != "contact"]
        return self.body

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        fields = ("id", "title", "slug", "path", "url_path", "translation_key")
        context["page_regions"] = list(readable_links(self.regions).only(*fields))
        context["page_sections"] = list(readable_links(self.sections).only(*fields))
        live_view = self.live and not getattr(request, "is_preview", False)
        context["related"] = related_stories(
            self, context["page_regions"], context["page_sections"], live_view=live_view
        )
        context["related_view_all_url"] = None  # no live news index (e.g. a preview below a draft one): no link
        news_index = news_index_in(self.locale_id)
        if news_index is not None:
            query = view_all_query(context["page_regions"], context["page_sections"], self.kind, context["related"])
            context["related_view_all_url"] = news_index.get_url(request) + (f"?{query}" if query else "")
        return context


class RelatedStoryPick(Orderable):
    """An editor's choice of related story, shown before the automatic ones."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="related_story_picks")
    story = models.ForeignKey(NewsPage, on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("story")]

    class Meta(Orderable.Meta):
        verbose_name = _("related story")


def readable_links(related):
    """The readable pages among a story's regions or sections, saved or not.

    In a preview or a draft, modelcluster holds the chosen pages in a list-like FakeQuerySet without our
    queryset methods; they are looked up by id, so a preview shows what the published page will show.
    """
    pages = related.all()
    if not isinstance(pages, QuerySet):
        pages = pages.model.objects.filter(pk__in=[page.pk for page in pages])
    return pages.readable()


def news_index_in(locale_id):
    """The live news index of a language, cached until the next publish (region, section and news pages link it)."""

    def compute():
        return NewsIndexPage.objects.readable().filter(locale_id=locale_id).order_by("path").first()

    return cached_for_generation(f"news-index:{locale_id}", compute)
