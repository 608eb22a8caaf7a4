"""The "Follow by e-mail" form and the preferences form."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Frequency
from .time_zones import TIME_ZONE_CHOICES


class SubscribeForm(forms.Form):
    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    time_zone = forms.ChoiceField(
        label=_("Your time zone"),
        choices=TIME_ZONE_CHOICES,
        help_text=_("Digests arrive at 09:00 in this time zone."),
    )
    frequency = forms.ChoiceField(
        label=_("How often"), choices=Frequency.choices, initial=Frequency.DAILY, widget=forms.RadioSelect
    )
    releases_at_once = forms.BooleanField(
        label=_("Also send me press releases on this topic as soon as they are published"), required=False
    )
    consent = forms.BooleanField(label=_("I agree to the terms above"))
    # The topic's canonical query (region=…&section=…&kind=…), as the page showed it.
    topic = forms.CharField(widget=forms.HiddenInput, required=False, max_length=400)

    def __init__(self, *args, **kwargs):
        # Its own id prefix: the form sits on pages that have other forms.
        kwargs.setdefault("auto_id", "follow_%s")
        super().__init__(*args, **kwargs)


class PreferencesForm(forms.Form):
    frequency = forms.ChoiceField(label=_("How often"), choices=Frequency.choices, widget=forms.RadioSelect)
    language = forms.ChoiceField(label=_("Language of the e-mails"), choices=())
    time_zone = forms.ChoiceField(label=_("Your time zone"), choices=TIME_ZONE_CHOICES)
    follows = forms.MultipleChoiceField(
        label=_("Topics you follow"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Untick a topic to stop following it."),
    )

    def __init__(self, *args, follows=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [(code, _(name)) for code, name in settings.LANGUAGES]
        self.fields["follows"].choices = [(str(follow.pk), follow.topic_label() or _("All news")) for follow in follows]
