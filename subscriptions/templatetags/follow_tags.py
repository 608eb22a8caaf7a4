"""`{% follow_form feed_query %}`: the "Follow by e-mail" form for a topic, on region, section and listing pages."""

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.images.models import SourceImageIOError

from core.private_files import public_url

from ..follows import consent_text
from ..forms import SubscribeForm
from ..time_zones import default_time_zone

register = template.Library()


@register.inclusion_tag("subscriptions/follow_form.html")
def follow_form(feed_query=""):
    # Built without the database: the form adds no query to the page it sits on.
    form = SubscribeForm(initial={"topic": feed_query, "time_zone": default_time_zone(get_language())})
    return {"form": form, "consent_text": consent_text()}


@register.simple_tag
def email_image(image, alt):
    """A story's picture in an e-mail: a JPEG (every mail client shows it) at its public, absolute address; the
    digest holds only readable stories, whose images are public."""
    try:
        rendition = image.get_rendition("fill-600x338|format-jpeg")
    except SourceImageIOError:
        return ""
    return format_html(
        '<img src="{}{}" width="{}" height="{}" alt="{}" style="display:block;max-width:100%;height:auto;border:0;">',
        settings.PUBLIC_URL,
        public_url(rendition),
        rendition.width,
        rendition.height,
        alt,
    )
