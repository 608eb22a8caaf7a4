"""StreamField blocks shared by every page type; each renders with its own template in templates/components/blocks/."""

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds import embeds
from wagtail.embeds.blocks import EmbedBlock, EmbedValue
from wagtail.embeds.exceptions import EmbedException, EmbedUnsupportedProviderException
from wagtail.embeds.models import Embed
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "blockquote"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=120, help_text=_("A short heading for the part of the page that follows."))
    level = blocks.ChoiceBlock(choices=[("h2", _("Level 2")), ("h3", _("Level 3"))], default="h2")

    class Meta:
        icon = "title"
        template = "components/blocks/heading.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=800)
    attribution = blocks.CharBlock(required=False, max_length=160, help_text=_("Who said it, and their role."))

    class Meta:
        icon = "openquote"
        template = "components/blocks/quote.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        help_text=_("Describe the image for people who cannot see it. Leave empty to use the image's description."),
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "components/blocks/image.html"


class StoredEmbedValue(EmbedValue):
    """An embed as stored when the editor saved (wagtail.embeds' Embed): reading it never asks the provider."""

    @cached_property
    def stored(self):
        """The stored Embed (title, provider name...), or None when nothing was fetched for this address."""
        key = embeds.get_embed_hash(self.url, self.max_width, self.max_height)
        return Embed.objects.filter(hash=key).first()

    @cached_property
    def html(self):
        return self.stored.html if self.stored else ""


class StoredEmbedBlock(EmbedBlock):
    """Wagtail's EmbedBlock fetches from the provider whenever a value's HTML is read, which can make a reader wait
    on a third-party host. This one fetches (and stores) when the editor saves, with a clear message when that
    fails, and the page renders from what was stored."""

    def _stored(self, value):
        if isinstance(value, EmbedValue) and not isinstance(value, StoredEmbedValue):
            return StoredEmbedValue(value.url, value.max_width, value.max_height)
        return value

    def get_default(self):
        return self._stored(super().get_default())

    def to_python(self, value):
        return self._stored(super().to_python(value))

    def value_from_form(self, value):
        return self._stored(super().value_from_form(value))

    def normalize(self, value):
        return self._stored(super().normalize(value))

    def clean(self, value):
        if isinstance(value, EmbedValue) and value.url:
            try:
                embeds.get_embed(value.url, value.max_width, value.max_height)  # stores it for the page to read
            except EmbedUnsupportedProviderException as error:
                raise ValidationError(
                    _("Media from this website cannot be embedded. Use a link to YouTube, Vimeo or another video site.")
                ) from error
            except (EmbedException, OSError, ValueError) as error:
                raise ValidationError(
                    _("This address could not be fetched from its website. Check the link, or try again later.")
                ) from error
        # Skip EmbedBlock.clean: it fetches again through the value's HTML.
        return super(EmbedBlock, self).clean(value)


class MediaLinkBlock(blocks.StructBlock):
    """A video or audio link. Rendered as a link, never an iframe: the site loads nothing from other hosts."""

    media = StoredEmbedBlock(help_text=_("Address of a video or audio page, e.g. a YouTube or Vimeo link."))
    title = blocks.CharBlock(max_length=160, help_text=_("What the recording is, shown as the link text."))

    class Meta:
        icon = "media"
        label = _("Embedded media (link)")
        template = "components/blocks/media_link.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120)
    text = blocks.TextBlock(required=False, max_length=400)
    link_page = blocks.PageChooserBlock(required=False)
    link_url = blocks.URLBlock(required=False, help_text=_("Used when no page is chosen."))
    link_label = blocks.CharBlock(max_length=60)

    class Meta:
        icon = "pick"
        template = "components/blocks/call_to_action.html"


class ContactBlock(blocks.StructBlock):
    contact = SnippetChooserBlock("home.ContactPoint")
    heading = blocks.CharBlock(required=False, max_length=120, help_text=_("Defaults to “Contact”."))

    class Meta:
        icon = "mail"
        template = "components/blocks/contact.html"


class PartnerLogosBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120)
    partners = blocks.ListBlock(SnippetChooserBlock("home.Partner"))

    class Meta:
        icon = "group"
        template = "components/blocks/partner_logos.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, icon="pilcrow")
    quote = QuoteBlock()
    image = CaptionedImageBlock()
    embed = MediaLinkBlock()
    call_to_action = CallToActionBlock()
    contact = ContactBlock()
    partner_logos = PartnerLogosBlock()
