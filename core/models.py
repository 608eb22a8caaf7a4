"""The abstract page every public page type inherits: the listing contract (summary, image) and SEO fields."""

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from core.forms import BasePageForm
from core.search_text import stems
from core.visibility import SitePageManager, may_be_restricted


class BasePage(Page):
    """Cards, feeds, related news and meta tags read these fields, never the body."""

    summary = models.TextField(
        blank=True,
        max_length=300,
        help_text=_(
            "One or two plain sentences. Used on cards, in feeds, in search results and as the meta description."
        ),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown at the top of the page and on cards. Landscape, at least 1600 pixels wide."),
    )
    image_alt = models.CharField(
        blank=True,
        max_length=250,
        verbose_name=_("image alt text"),
        help_text=_("Describe the image for people who cannot see it. Leave empty to use the image's description."),
    )

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    image_panels = [MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image"))]
    # Title (boost 2, from Page) weighs more than the summary, the summary more than the body. search_stems holds
    # every indexed text of the page as stems of its own language, which is what queries are matched against.
    search_fields = [*Page.search_fields, index.SearchField("summary", boost=1.5), index.SearchField("search_stems")]

    objects = SitePageManager()
    base_form_class = BasePageForm
    og_type = "website"  # Open Graph type; articles say "article"

    class Meta:
        abstract = True

    def search_stems(self):
        """The page's indexed texts (title, summary, body, names of related regions...) as stems of its language
        (core/search_text.py), so that every search backend matches Turkish, Arabic and English words alike."""
        # Backends read this field several times per page while indexing (title, body and autocomplete passes)
        # and extracting and stemming a long body is the expensive part: it is done once per instance and
        # forgotten whenever the page is saved.
        if "_search_stems" not in self.__dict__:
            self._search_stems = " ".join(stems(" ".join(self._indexed_texts()), self.locale.language_code))
        return self._search_stems

    def save(self, *args, **kwargs):
        self.__dict__.pop("_search_stems", None)
        return super().save(*args, **kwargs)

    def _indexed_texts(self):
        for field in self.get_search_fields():
            if isinstance(field, index.RelatedFields):
                related = getattr(self, field.field_name)
                objects = related.all() if hasattr(related, "all") else [related] if related else []
                names = [sub.field_name for sub in field.fields if isinstance(sub, index.SearchField)]
                yield from (str(getattr(obj, name) or "") for obj in objects for name in names)
            elif isinstance(field, index.SearchField) and field.field_name != "search_stems":
                yield _searchable_text(self, field.field_name)

    def get_view_restrictions(self):
        """Wagtail checks restrictions on every request with two queries; most pages have none, and the cached
        lists of restricted and alias paths (core/visibility.py) say so without a query."""
        if not may_be_restricted(self.path):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def serve_preview(self, request, mode_name):
        """A preview shows a draft or unsaved changes: no cache, shared or private, may keep it."""
        response = super().serve_preview(request, mode_name)
        add_never_cache_headers(response)
        return response

    @property
    def image_alt_text(self):
        if self.image_alt:
            return self.image_alt
        return getattr(self.image, "description", "") if self.image else ""

    @property
    def meta_description(self):
        return self.search_description or self.summary


def _searchable_text(page, field_name):
    """A field's words without markup: StreamField and rich text blocks give their searchable content."""
    value = getattr(page, field_name, "")
    try:
        model_field = page._meta.get_field(field_name)
    except FieldDoesNotExist:
        model_field = None
    if value and hasattr(model_field, "get_searchable_content"):
        return " ".join(str(text) for text in model_field.get_searchable_content(value))
    return str(value or "")
