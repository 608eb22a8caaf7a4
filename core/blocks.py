"""StreamField blocks shared by every page type; each renders with its own template in templates/components/blocks/."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
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


class MediaLinkBlock(blocks.StructBlock):
    """A video or audio link. Rendered as a link, never an iframe: the site loads nothing from other hosts."""

    media = EmbedBlock(help_text=_("Address of a video or audio page, e.g. a YouTube or Vimeo link."))
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
