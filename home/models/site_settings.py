"""Site-wide details (organisation, contacts, social links, donate link), one record per language.

Wagtail's settings models cannot be translated (wagtail/wagtail#11508), so the site's settings are a
translatable snippet: wagtail-localize translates it like any other snippet and each locale reads its own.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

SOCIAL_FIELDS = ["facebook_url", "instagram_url", "linkedin_url", "mastodon_url", "youtube_url"]


class SiteSettings(TranslatableMixin, models.Model):
    organisation_name = models.CharField(max_length=160)
    tagline = models.CharField(max_length=200, blank=True)
    contact_point = models.ForeignKey(
        "home.ContactPoint", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    donate_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("donate page"),
        help_text=_("The site's own page on giving. Translations link to that page's translation."),
    )
    donate_url = models.URLField(
        blank=True,
        verbose_name=_("external donate link"),
        help_text=_("A donation platform's address, used when no donate page is chosen."),
    )
    donate_label = models.CharField(max_length=40, blank=True, default="Donate")
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("privacy page"),
        help_text=_("What the site stores about readers; linked from every page's footer."),
    )
    facebook_url = models.URLField(blank=True)
    instagram_url = models.URLField(blank=True)
    linkedin_url = models.URLField(blank=True)
    mastodon_url = models.URLField(blank=True)
    youtube_url = models.URLField(blank=True)

    # wagtail-localize would synchronise the donate page (one page for every language); translating it makes each
    # language's settings point at that language's donate page.
    translatable_fields = [
        TranslatableField("organisation_name"),
        TranslatableField("tagline"),
        TranslatableField("contact_point"),
        TranslatableField("donate_page"),
        SynchronizedField("donate_url", overridable=True),
        TranslatableField("donate_label"),
        TranslatableField("privacy_page"),
        *(SynchronizedField(name) for name in SOCIAL_FIELDS),
    ]

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("tagline"),
        FieldPanel("contact_point"),
        FieldPanel("privacy_page"),
        MultiFieldPanel(
            [FieldPanel("donate_page"), FieldPanel("donate_url"), FieldPanel("donate_label")], heading=_("Donations")
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("mastodon_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social media"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")

    def __str__(self):
        return f"{self.organisation_name} ({self.locale})"

    @classmethod
    def for_language(cls, language_code):
        """The record in this language, else the default language's, else None. One query."""
        codes = {language_code, settings.LANGUAGE_CODE}
        rows = cls.objects.filter(locale__language_code__in=codes).select_related(
            "locale", "contact_point", "donate_page", "privacy_page"
        )
        by_language = {row.locale.language_code: row for row in rows}
        return by_language.get(language_code) or by_language.get(settings.LANGUAGE_CODE)

    @property
    def donate_link(self):
        """The donate page's URL, else the external link. The page is fetched with the settings (no query)."""
        page = self.donate_page
        if page is not None and page.live:
            return page.url
        return self.donate_url

    @property
    def privacy_link(self):
        """The privacy page's URL when it is live (fetched with the settings: no query)."""
        page = self.privacy_page
        return page.url if page is not None and page.live else ""

    @property
    def social_links(self):
        names = [
            ("Facebook", self.facebook_url),
            ("Instagram", self.instagram_url),
            ("LinkedIn", self.linkedin_url),
            ("Mastodon", self.mastodon_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in names if url]
