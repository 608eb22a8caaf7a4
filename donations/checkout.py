"""The hand-off to a payment provider's hosted checkout: the gift's amount checked, then the provider's address.

No card data touches the site: the donate page's form comes here with an amount, a currency and maybe a campaign,
and the reader is redirected to `settings.DONATION_CHECKOUT_URL` with those values filled in, URL-encoded.
"""

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from urllib.parse import quote

from django.conf import settings
from django.utils.translation import gettext as _

MINIMUM_AMOUNT = Decimal("1")
MAXIMUM_AMOUNT = Decimal("100000")
MAX_TYPED_LENGTH = 20


def checkout_enabled():
    return bool(settings.DONATION_CHECKOUT_URL)


def parse_amounts(text):
    """Suggested amounts from an editor's "10 25 50" (commas or spaces), skipping anything that is not a number."""
    amounts = []
    for word in text.replace(",", " ").split():
        amount = _decimal(word)
        if amount is not None and MINIMUM_AMOUNT <= amount <= MAXIMUM_AMOUNT:
            amounts.append(format_amount(amount))
    return amounts


def parse_codes(text):
    """Currency codes from an editor's "EUR USD": three letters each, upper case, in the editor's order."""
    return [word.upper() for word in text.replace(",", " ").split() if len(word) == 3 and word.isalpha()]


def format_amount(amount):
    """25 → "25", 25.5 → "25.50": what the provider receives and the form shows again."""
    return str(amount.quantize(Decimal("1"))) if amount == amount.to_integral_value() else f"{amount:.2f}"


def _decimal(text):
    text = text.strip().replace(" ", "")
    if "," in text and "." not in text:  # "25,50" as many readers write it
        text = text.replace(",", ".")
    try:
        amount = Decimal(text)
    except (InvalidOperation, ValueError):
        return None
    return amount if amount.is_finite() else None


@dataclass
class Gift:
    """A gift as the donate form sent it: what was typed, what it means, and what is wrong with it."""

    typed_amount: str = ""
    choice: str = ""
    currency: str = ""
    campaign: str = ""
    amount: Decimal | None = None
    errors: list = field(default_factory=list)

    @classmethod
    def from_query(cls, query, currencies, campaign_codes):
        choice = query.get("amount", "")[:MAX_TYPED_LENGTH]
        typed = query.get("other_amount", "")[:MAX_TYPED_LENGTH].replace("\x00", "")
        gift = cls(typed_amount=typed, choice=choice.replace("\x00", ""))
        raw = typed if (choice in ("", "other") or typed.strip()) else choice
        currency = query.get("currency", "").upper()
        gift.currency = currency if currency in currencies else (currencies[0] if currencies else "")
        campaign = query.get("campaign", "")
        gift.campaign = campaign if campaign in campaign_codes else ""  # an unknown campaign never blocks a gift
        if not raw.strip():
            gift.errors.append(_("Choose an amount or type the amount you want to give."))
            return gift
        amount = _decimal(raw)
        if amount is None or amount.as_tuple().exponent < -2:  # not a number, or finer than cents
            gift.errors.append(_("Type the amount as a number, for example 25 or 25.50."))
        elif not MINIMUM_AMOUNT <= amount <= MAXIMUM_AMOUNT:
            gift.errors.append(
                _("The amount must be between %(minimum)s and %(maximum)s.")
                % {"minimum": format_amount(MINIMUM_AMOUNT), "maximum": format_amount(MAXIMUM_AMOUNT)}
            )
        else:
            gift.amount = amount
        return gift

    def checkout_url(self, language):
        """The provider's address for this gift; every value URL-encoded into its placeholder."""
        values = {
            "amount": format_amount(self.amount),
            "currency": self.currency,
            "campaign": self.campaign,
            "language": language,
        }
        url = settings.DONATION_CHECKOUT_URL
        for name, value in values.items():
            url = url.replace("{" + name + "}", quote(value, safe=""))
        return url
