"""The members' forms: joining the network, submitting news, inviting a colleague, and staff's decisions.

Every text field has a length cap; uploads are checked by content in uploads.py. Region and section choices are
the pages of the reader's language; a story stores those of its own language (submissions.py).
"""

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from core.image_sizes import MINIMUM_SIZES
from core.visibility import active_locale
from regions.models import RegionPage
from sections.models import SectionPage

from .models import MemberOrganisation
from .uploads import checked_image, save_member_image


class TitledChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class TitledChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        # Countries are indented under their region: "Balkans", "— Albania".
        return ("— " * max(0, obj.depth - 4)) + obj.title


def regions_of_reader():
    return RegionPage.objects.visible(active_locale()).order_by("path")


def sections_of_reader():
    return SectionPage.objects.visible(active_locale()).order_by("path")


class JoinForm(forms.ModelForm):
    website = forms.URLField(label=_("Website"), max_length=300, required=False, assume_scheme="https")
    logo_file = forms.FileField(
        label=_("Logo"),
        required=False,
        help_text=_("A JPEG, PNG or WebP picture, at most 2 MB, at least 160×60 pixels."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    class Meta:
        model = MemberOrganisation
        fields = ["contact_name", "contact_email", "name", "country", "website", "sections", "description"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 6, "maxlength": 2000}),
            "sections": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["country"] = TitledChoice(queryset=regions_of_reader(), label=_("Country or region"))
        self.fields["sections"] = TitledChoiceField(
            queryset=sections_of_reader(),
            required=False,
            label=_("What it works on"),
            widget=forms.CheckboxSelectMultiple,
        )
        if user is not None and user.email:
            self.fields["contact_email"].initial = user.email
            self.fields["contact_email"].disabled = True

    def clean_logo_file(self):
        upload = self.cleaned_data.get("logo_file")
        if not upload:
            return None
        # Checked now, saved only when the whole form is valid (save_logo).
        checked_image(upload, settings.MEMBER_LOGO_MAX_BYTES, MINIMUM_SIZES["logo"])
        upload.seek(0)
        return upload

    def save_logo(self, organisation):
        upload = self.cleaned_data.get("logo_file")
        if upload:
            organisation.application_logo = save_member_image(
                upload,
                f"Logo: {organisation.name}",
                f"{organisation.name} logo",
                settings.MEMBER_LOGO_MAX_BYTES,
                MINIMUM_SIZES["logo"],
                user=self.user,
            )


class DecisionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (sent to the applicant)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 2000}),
    )


class PostingRightForm(forms.ModelForm):
    class Meta:
        model = MemberOrganisation
        fields = ["posting_right"]
        widgets = {"posting_right": forms.RadioSelect}


KEPT_IMAGE_SALT = "members.kept-image"


class SubmitNewsForm(forms.Form):
    """A story as a member writes it. A valid picture is stored as soon as it is checked, and a signed reference to
    it travels with the form, so a form sent back with an error keeps the chosen picture too."""

    title = forms.CharField(label=_("Title"), max_length=200)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=300,
        help_text=_("One or two plain sentences, shown on cards and in feeds."),
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 300}),
    )
    body = forms.CharField(
        label=_("Text"),
        max_length=20000,
        help_text=_("Plain paragraphs: leave an empty line between two paragraphs."),
        widget=forms.Textarea(attrs={"rows": 14, "maxlength": 20000}),
    )
    image_file = forms.FileField(
        label=_("Picture"),
        required=False,
        help_text=_("A landscape JPEG, PNG or WebP photograph, at most 8 MB, at least 1280×720 pixels."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    kept_image = forms.CharField(required=False, widget=forms.HiddenInput, max_length=200)
    image_alt = forms.CharField(
        label=_("Describe the picture"),
        max_length=250,
        required=False,
        help_text=_("For people who cannot see it. Needed when there is a picture."),
    )
    language = forms.ChoiceField(label=_("Language of the story"), choices=settings.LANGUAGES)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["regions"] = TitledChoiceField(
            queryset=regions_of_reader(), label=_("Regions"), widget=forms.CheckboxSelectMultiple, required=False
        )
        self.fields["sections"] = TitledChoiceField(
            queryset=sections_of_reader(), label=_("Sections"), widget=forms.CheckboxSelectMultiple, required=False
        )
        self.order_fields(["title", "summary", "body", "image_file", "image_alt", "regions", "sections", "language"])
        self.image = None
        if self.is_bound:
            self.image = self._kept_image(self.data.get("kept_image"))
        elif self.initial.get("image") is not None:
            self.image = self.initial["image"]
            self.initial["kept_image"] = self.sign_image(self.image)

    def sign_image(self, image):
        return signing.dumps([image.pk, self.user.pk], salt=KEPT_IMAGE_SALT)

    def _kept_image(self, token):
        """The picture stored by an earlier post of this form, when the reference is signed for this user."""
        if not token:
            return None
        try:
            image_id, user_id = signing.loads(token, salt=KEPT_IMAGE_SALT, max_age=24 * 3600)
        except (signing.BadSignature, ValueError, TypeError):
            return None
        if user_id != self.user.pk:
            return None
        return get_image_model().objects.filter(pk=image_id).first()

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("image_file")
        if upload:
            self.image = save_member_image(
                upload,
                cleaned.get("title") or upload.name,
                cleaned.get("image_alt") or "",
                settings.MEMBER_IMAGE_MAX_BYTES,
                MINIMUM_SIZES["hero"],
                user=self.user,
            )
        if self.image is not None:
            # The next rendering (after an error elsewhere) carries the stored picture instead of the file.
            self.data = self.data.copy()
            self.data["kept_image"] = self.sign_image(self.image)
            if not cleaned.get("image_alt"):
                self.add_error("image_alt", _("Describe the picture for people who cannot see it."))
        return cleaned

    def clean_image_file(self):
        upload = self.cleaned_data.get("image_file")
        if upload:
            checked_image(upload, settings.MEMBER_IMAGE_MAX_BYTES, MINIMUM_SIZES["hero"])
            upload.seek(0)
        return upload


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("Colleague's e-mail address"), max_length=254)
