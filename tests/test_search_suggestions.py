"""“Did you mean …?”: corrections come from the reader's language and from pages readers may see, and work."""

import html as html_module
import re

import pytest
from wagtail.models import Locale, PageViewRestriction

from search.suggestions import did_you_mean, edit_distance, vocabulary
from tests import factories

pytestmark = pytest.mark.django_db
SUGGESTION_LINK = re.compile(r'<p class="did-you-mean">.*?<a href="([^"]+)">([^<]+)</a>', re.S)


def suggested(client, url):
    """(link, corrected query) offered on the search page at this URL, or None."""
    response = client.get(url)
    assert response.status_code == 200
    match = SUGGESTION_LINK.search(response.content.decode())
    return (html_module.unescape(match[1]), match[2]) if match else None


def test_edit_distance_counts_insertions_deletions_and_substitutions():
    assert edit_distance("volunters", "volunteers", 2) == 1
    assert edit_distance("glacier", "glaceir", 2) == 2
    assert edit_distance("water", "bakery", 2) > 2  # more than the limit


def test_misspelt_query_offers_the_correction_and_its_link_finds_the_story(client, make_story):
    make_story("Volunteers rebuild the school", summary="Glacier melt floods the valley.")
    link, corrected = suggested(client, "/en/search/?q=volnteers+glaceir")
    assert corrected == "volunteers glacier"
    assert link.startswith("?") and "q=volunteers+glacier" in link
    html = client.get("/en/search/" + link).content.decode()
    assert "Volunteers rebuild the school" in html
    assert 'class="did-you-mean"' not in html  # a query that finds something offers nothing


def test_known_words_and_other_forms_of_them_are_not_corrected(client, make_story):
    make_story("Volunteers rebuild the school", summary="")
    assert suggested(client, "/en/search/?q=volunteer") is None
    assert suggested(client, "/en/search/?q=zzzzzzzz") is None  # nothing close: no suggestion


def test_suggestion_is_translated_and_stays_in_the_language(client, news_index_in, make_story):
    make_story("Climate report", summary="")
    index = news_index_in("tr")
    factories.NewsPageFactory(parent=index, title="İklim raporu yayımlandı", summary="")
    response = client.get("/tr/search/", {"q": "iklm"})
    assert "Bunu mu demek istediniz" in response.content.decode()
    assert suggested(client, "/tr/search/?q=iklm")[1] == "iklim"
    assert suggested(client, "/tr/search/?q=climte") is None  # an English word is not in the Turkish vocabulary


def test_arabic_misspelling_is_corrected(client, news_index_in):
    index = news_index_in("ar")
    factories.NewsPageFactory(parent=index, title="دعم الأسر النازحة", summary="")
    assert suggested(client, "/ar/search/?q=النازجة")[1] == "النازحه"


def test_vocabulary_never_holds_drafts_private_pages_or_other_languages(make_story, news_index_in):
    make_story("Glacier water", summary="Public summary words.")
    make_story("Secretdraft plan", summary="Draftsummary.", live=False)
    private = make_story("Privatetitle story", summary="Privatesummary.")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    factories.NewsPageFactory(parent=news_index_in("tr"), title="Gizlikelime haber", summary="")
    english, _stems = vocabulary(Locale.objects.get(language_code="en"))
    assert {"glacier", "public", "summary"} <= set(english)
    forbidden = {"secretdraft", "draftsummary", "privatetitle", "privatesummary", "gizlikelime"}
    assert not forbidden & set(english)
    assert did_you_mean("privatetitl", Locale.objects.get(language_code="en")) is None
