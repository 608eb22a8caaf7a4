"""The donate page, one per language, and the campaigns a gift can be given to."""

from django.core.exceptions import ValidationError
from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.generation import cached_for_generation
from core.models import BasePage

from .checkout import Gift, checkout_enabled, parse_amounts, parse_codes


class DonatePage(RoutablePageMixin, BasePage):
    """Ways to give: online through the provider's hosted checkout, bank transfer, regular giving, in kind."""

    intro = models.TextField(blank=True, max_length=600)
    suggested_amounts = models.CharField(
        max_length=100,
        default="10 25 50 100",
        help_text=_("Amounts offered on the form, separated by spaces, e.g. “10 25 50 100”. Each language may differ."),
    )
    currencies = models.CharField(
        max_length=40,
        default="EUR",
        help_text=_("Currency codes readers may give in, the first is the default, e.g. “EUR USD”."),
    )
    impact_lines = models.TextField(
        blank=True,
        max_length=1500,
        verbose_name=_("what a gift does"),
        help_text=_("One line each, e.g. “25 € keeps a mobile clinic on the road for a day”."),
    )
    bank_account_holder = models.CharField(max_length=160, blank=True)
    bank_name = models.CharField(max_length=160, blank=True)
    iban = models.CharField(max_length=42, blank=True, verbose_name=_("IBAN"))
    bic = models.CharField(max_length=11, blank=True, verbose_name=_("BIC / SWIFT"))
    bank_reference = models.CharField(
        max_length=160, blank=True, help_text=_("What donors should write as the transfer's reference.")
    )
    regular_giving = models.TextField(blank=True, max_length=1000)
    in_kind = models.TextField(blank=True, max_length=1000, verbose_name=_("giving in kind"))

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    content_panels = [
        *BasePage.content_panels,
        *BasePage.image_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "Online gifts go to the payment provider set in DONATION_CHECKOUT_URL. Without it, the "
                        "page shows the bank details only."
                    )
                ),
                FieldPanel("suggested_amounts"),
                FieldPanel("currencies"),
            ],
            heading=_("Giving online"),
        ),
        FieldPanel("impact_lines"),
        MultiFieldPanel(
            [
                FieldPanel("bank_account_holder"),
                FieldPanel("bank_name"),
                FieldPanel("iban"),
                FieldPanel("bic"),
                FieldPanel("bank_reference"),
            ],
            heading=_("Bank transfer"),
        ),
        FieldPanel("regular_giving"),
        FieldPanel("in_kind"),
        InlinePanel("campaigns", label=_("Campaigns")),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("regular_giving")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        SynchronizedField("image"),
        TranslatableField("image_alt"),
        TranslatableField("intro"),
        SynchronizedField("suggested_amounts", overridable=True),
        SynchronizedField("currencies", overridable=True),
        TranslatableField("impact_lines"),
        SynchronizedField("bank_account_holder"),
        SynchronizedField("bank_name"),
        SynchronizedField("iban"),
        SynchronizedField("bic"),
        TranslatableField("bank_reference"),
        TranslatableField("regular_giving"),
        TranslatableField("in_kind"),
        SynchronizedField("campaigns"),
    ]

    class Meta:
        verbose_name = _("donate page")

    @property
    def amounts(self):
        return parse_amounts(self.suggested_amounts)

    @property
    def currency_codes(self):
        return parse_codes(self.currencies) or ["EUR"]

    @property
    def impact(self):
        return [line.strip() for line in self.impact_lines.splitlines() if line.strip()]

    @property
    def has_bank_details(self):
        return bool(self.iban or self.bank_account_holder)

    def campaign_choices(self):
        """(code, title in this page's language) of each campaign, from the region or section it is tied to."""
        campaigns = list(self.campaigns.select_related("region", "section"))
        keys = [c.topic.translation_key for c in campaigns if c.topic is not None]
        localized = {
            page.translation_key: page.title
            for model in (type(c.topic) for c in campaigns if c.topic is not None)
            for page in model.objects.filter(translation_key__in=keys, locale_id=self.locale_id).only(
                "translation_key", "title"
            )
        }
        return [(c.code, localized.get(c.topic.translation_key, c.topic.title)) for c in campaigns if c.topic]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["checkout_enabled"] = checkout_enabled()
        context["campaigns"] = self.campaign_choices()
        context.setdefault("gift", Gift(campaign=request.GET.get("campaign", "")[:60]))
        return context

    @path("")
    def donate(self, request):
        return self.render(request)

    @path("give/", name="give")
    def give(self, request):
        """Check the gift and hand the reader to the provider; the form again, with what was typed, if wrong."""
        codes = [code for code, _title in self.campaign_choices()]
        gift = Gift.from_query(request.GET, self.currency_codes, codes)
        if not checkout_enabled():
            gift.errors = [_("Giving online is not available at the moment. Please use a bank transfer.")]
        if gift.errors:
            response = self.render(request, context_overrides={"gift": gift})
            response.status_code = 400
            return response
        return redirect(gift.checkout_url(self.locale.language_code))


class DonationCampaign(Orderable):
    """A campaign readers can give to, tied to a region or a section: the donate button on its stories and on its
    page carries the campaign's code. One list for every language; the code is what the provider receives."""

    page = ParentalKey(DonatePage, on_delete=models.CASCADE, related_name="campaigns")
    code = models.SlugField(max_length=60, help_text=_("Sent to the payment provider, e.g. “balkans-floods”."))
    region = models.ForeignKey("regions.RegionPage", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    section = models.ForeignKey(
        "sections.SectionPage", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("code"), FieldPanel("region"), FieldPanel("section")]

    class Meta(Orderable.Meta):
        verbose_name = _("campaign")

    @property
    def topic(self):
        return self.region or self.section

    def clean(self):
        if (self.region_id is None) == (self.section_id is None):
            raise ValidationError(_("Tie the campaign to one region or one section."))


def campaign_by_topic():
    """{translation key of a region or section: campaign code}, the same in every language; cached per generation."""

    def compute():
        rows = DonationCampaign.objects.select_related("region", "section").order_by("page_id", "sort_order")
        codes = {}
        for campaign in rows:
            if campaign.topic is not None:
                codes.setdefault(str(campaign.topic.translation_key), campaign.code)
        return codes

    return cached_for_generation("donation-campaigns", compute)
