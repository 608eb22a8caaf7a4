"""The contact form page (wagtail.contrib.forms), protected against spam without losing a genuine message.

- A honeypot field, hidden from people, catches bots: their submissions get the thank-you page and are dropped.
  Wagtail 8 has no honeypot of its own; WAGTAILFORMS_HONEYPOT (default True) switches this one.
- Each address may send CONTACT_FORM_RATE_LIMIT messages per CONTACT_FORM_RATE_WINDOW seconds; past that the
  form comes back with what the visitor typed, a notice and status 429.
- Multi-line answers are capped at CONTACT_FORM_MAX_TEXT_LENGTH characters, with a form error that says so.
- A submission is stored before any e-mail is attempted, and a failing mail server is logged, never shown.
"""

import logging

from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, FormMixin
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.abuse import CONTACT_SUBMISSIONS, client_ip
from core.models import BasePage
from home.contact_inbox import ContactSubmissionsPanel

logger = logging.getLogger(__name__)

# The honeypot's name: a field a bot would fill in, unlikely to be chosen by an editor for a real question.
HONEYPOT_FIELD = "contact_fax"


class ContactFormBuilder(FormBuilder):
    def create_multiline_field(self, field, options):
        limit = settings.CONTACT_FORM_MAX_TEXT_LENGTH
        options["max_length"] = limit
        options["error_messages"] = {
            "max_length": _(
                "Please shorten this to %(limit_value)d characters or fewer (it has %(show_value)d). "
                "Longer documents are welcome by e-mail."
            )
        }
        form_field = super().create_multiline_field(field, options)
        # No maxlength attribute: browsers cut pasted text there without a word; the error above says what to do.
        form_field.widget.attrs.pop("maxlength", None)
        return form_field


class ContactFormField(TranslatableMixin, AbstractFormField):
    """Translatable, so wagtail-localize offers labels, help texts and choices to translators with the page."""

    page = ParentalKey("home.ContactPage", on_delete=models.CASCADE, related_name="form_fields")

    # The storage key (clean_name) stays the source's, so answers line up across languages.
    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]


class ContactPage(AbstractEmailForm, BasePage):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])
    thank_you_text = RichTextField(blank=True, features=["bold", "italic", "link"])
    contact_point = models.ForeignKey(
        "home.ContactPoint",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Address and phone shown beside the form."),
    )

    form_builder = ContactFormBuilder
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    content_panels = [
        *BasePage.content_panels,
        ContactSubmissionsPanel(),
        FieldPanel("intro"),
        FieldPanel("contact_point"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
        ),
    ]

    class Meta:
        verbose_name = _("contact page")

    @staticmethod
    def honeypot_enabled():
        return getattr(settings, "WAGTAILFORMS_HONEYPOT", True)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["honeypot_field"] = HONEYPOT_FIELD if self.honeypot_enabled() else ""
        return context

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        if self.honeypot_enabled() and request.POST.get(HONEYPOT_FIELD):
            logger.info("Contact form %s: honeypot filled in, submission dropped", self.pk)
            return self.render_landing_page(request, None, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        address = client_ip(request)
        if CONTACT_SUBMISSIONS.exceeded(address):
            response = self.render_form(request, form, status=429, rate_limited=True)
            response["Retry-After"] = str(CONTACT_SUBMISSIONS.window)
            return response
        if form.is_valid():
            CONTACT_SUBMISSIONS.hit(address)
            submission = self.process_form_submission(form)
            return self.render_landing_page(request, submission, *args, **kwargs)
        return self.render_form(request, form)

    def render_form(self, request, form, status=200, **extra_context):
        context = self.get_context(request)
        context.update(form=form, **extra_context)
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def process_form_submission(self, form):
        # Store first (FormMixin's part), then notify: the message survives a mail server that is down.
        submission = FormMixin.process_form_submission(self, form)
        if self.to_address:
            self.send_mail(form)
        return submission

    def send_mail(self, form):
        try:
            super().send_mail(form)
        except Exception:  # noqa: BLE001 - the submission is stored; any mail failure is for the logs, not the visitor
            logger.exception("Contact form %s: e-mail to %s failed; the submission is stored", self.pk, self.to_address)
