"""The time zones a subscriber can pick, and the one each language suggests."""

from django.utils.translation import gettext_lazy as _

# Where the network's readers are; a short list keeps the form usable on a phone.
TIME_ZONE_CHOICES = [
    ("UTC", _("UTC (Coordinated Universal Time)")),
    ("Europe/London", _("London, Lisbon (UK time)")),
    ("Europe/Berlin", _("Berlin, Paris, Rome (Central European time)")),
    ("Europe/Belgrade", _("Belgrade, Tirana, Pristina, Sarajevo")),
    ("Europe/Athens", _("Athens, Sofia, Bucharest, Kyiv")),
    ("Europe/Istanbul", _("Istanbul, Ankara")),
    ("Asia/Beirut", _("Beirut")),
    ("Asia/Amman", _("Amman, Damascus, Baghdad")),
    ("Africa/Cairo", _("Cairo")),
    ("Asia/Riyadh", _("Riyadh, Kuwait")),
    ("Asia/Tbilisi", _("Tbilisi, Yerevan, Baku")),
    ("America/New_York", _("New York, Toronto (Eastern time)")),
]
TIME_ZONES = {name for name, _label in TIME_ZONE_CHOICES}
DEFAULT_TIME_ZONE_BY_LANGUAGE = {"en": "Europe/London", "tr": "Europe/Istanbul", "ar": "Asia/Amman"}


def default_time_zone(language):
    return DEFAULT_TIME_ZONE_BY_LANGUAGE.get(language, "UTC")
