"""The donate page and the hand-off to the payment provider's hosted checkout."""

from urllib.parse import parse_qs, urlsplit

import pytest
from wagtail.models import Locale

from donations.models import DonationCampaign
from home.models import SiteSettings

from . import factories

CHECKOUT = "https://pay.example.org/checkout?amount={amount}&currency={currency}&campaign={campaign}&lang={language}"


@pytest.fixture
def provider(settings):
    settings.DONATION_CHECKOUT_URL = CHECKOUT


@pytest.fixture
def donate_page(home_page):
    page = factories.DonatePageFactory(parent=home_page)
    SiteSettings.objects.filter(locale=home_page.locale).update(donate_page=page)
    return page


def handed_to(response):
    assert response.status_code == 302, response.content[:500]
    url = urlsplit(response["Location"])
    assert f"{url.scheme}://{url.netloc}{url.path}" == "https://pay.example.org/checkout"
    return {name: values[0] for name, values in parse_qs(url.query, keep_blank_values=True).items()}


def test_header_donate_button_leads_to_the_donate_page(client, donate_page, news_index):
    html = client.get(news_index.url).content.decode()
    assert f'class="button button--donate" href="{donate_page.url}"' in html


def test_donate_page_shows_amounts_impact_and_bank_details(client, provider, donate_page):
    html = client.get(donate_page.url).content.decode()
    assert 'value="25"' in html
    assert "25 keeps a clinic open for a day" in html
    assert 'readonly dir="ltr" value="XX00 1234 5678 9012 3456 78"' in html
    assert f'action="{donate_page.url}give/"' in html


def test_chosen_amount_is_handed_to_the_provider(client, provider, donate_page):
    query = handed_to(client.get(donate_page.url + "give/", {"amount": "25", "currency": "USD"}))
    assert query == {"amount": "25", "currency": "USD", "campaign": "", "lang": "en"}


def test_typed_amount_wins_and_is_url_encoded(client, settings, provider, donate_page):
    settings.DONATION_CHECKOUT_URL = "https://pay.example.org/checkout?x={amount}&c={campaign}"
    response = client.get(donate_page.url + "give/", {"amount": "other", "other_amount": "12,50"})
    assert response["Location"] == "https://pay.example.org/checkout?x=12.50&c="


@pytest.mark.parametrize("typed", ["abc", "0", "-5", "1000001", "12.345", "1e400", "NaN", "\x00"])
def test_bad_amount_shows_the_form_again_with_what_was_typed(client, provider, donate_page, typed):
    response = client.get(donate_page.url + "give/", {"amount": "other", "other_amount": typed})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert 'name="other_amount"' in html
    if typed.isprintable():
        assert f'value="{typed}"' in html


def test_missing_amount_is_a_clear_message_not_an_error(client, provider, donate_page):
    response = client.get(donate_page.url + "give/")
    assert response.status_code == 400
    assert "Choose an amount" in response.content.decode()


def test_unknown_currency_falls_back_to_the_page_default(client, provider, donate_page):
    assert handed_to(client.get(donate_page.url + "give/", {"amount": "10", "currency": "XYZ"}))["currency"] == "EUR"


def test_without_a_provider_the_page_offers_bank_transfer_only(client, settings, donate_page):
    settings.DONATION_CHECKOUT_URL = ""
    html = client.get(donate_page.url).content.decode()
    assert "Bank transfer" in html
    assert "donate-form" not in html
    assert client.get(donate_page.url + "give/", {"amount": "10"}).status_code == 400


def test_campaign_of_a_story_region_rides_on_the_donate_button_and_reaches_the_provider(
    client, provider, donate_page, make_story, albania
):
    DonationCampaign.objects.create(page=donate_page, code="albania-floods", region=albania)
    story = make_story("Floods in the north", regions=[albania])
    html = client.get(story.url).content.decode()
    assert f'href="{donate_page.url}?campaign=albania-floods"' in html
    form = client.get(donate_page.url, {"campaign": "albania-floods"}).content.decode()
    assert '<option value="albania-floods" selected>Albania</option>' in form
    query = handed_to(client.get(donate_page.url + "give/", {"amount": "50", "campaign": "albania-floods"}))
    assert query["campaign"] == "albania-floods"
    assert handed_to(client.get(donate_page.url + "give/", {"amount": "50", "campaign": "nope"}))["campaign"] == ""


@pytest.mark.parametrize("language", ["tr", "ar"])
def test_translated_donate_page_hands_over_its_language_and_campaign(
    client, provider, donate_page, translate, albania, language
):
    DonationCampaign.objects.create(page=donate_page, code="albania-floods", region=albania)
    translated_albania = translate(albania, language)
    translated = translate(donate_page, language)
    assert translated.locale == Locale.objects.get(language_code=language)
    form = client.get(translated.url).content.decode()
    assert f'<option value="albania-floods">{translated_albania.title}</option>' in form
    query = handed_to(client.get(translated.url + "give/", {"amount": "25", "campaign": "albania-floods"}))
    assert query == {"amount": "25", "currency": "EUR", "campaign": "albania-floods", "lang": language}


def test_public_pages_let_the_donate_form_lead_to_the_provider_and_nowhere_else(client, settings, donate_page):
    # Browsers apply form-action to the redirect after a form: without the provider's origin Chromium stops there.
    settings.DONATION_CHECKOUT_URL = CHECKOUT  # before the test client builds the middleware, which reads it
    policy = client.get(donate_page.url)["Content-Security-Policy"]
    assert "form-action 'self' https://pay.example.org;" in policy
