"""Search understands each language: Turkish case folding, Arabic letter forms and diacritics, English stems."""

import pytest

from core.search_text import normalise, stems
from tests import factories

pytestmark = pytest.mark.django_db


def found(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    return html.split('id="fallback-heading"')[0]  # only the reader's own language


@pytest.fixture
def story_in(news_index_in):
    """story_in("tr", "Title", body="...") publishes a story in that language's news index."""
    indexes = {}

    def make(language, title, body=""):
        if language not in indexes:
            indexes[language] = news_index_in(language)
        paragraphs = [("paragraph", f"<p>{body}</p>")] if body else []
        return factories.NewsPageFactory(parent=indexes[language], title=title, summary="", body=paragraphs)

    return make


def test_turkish_folding_follows_turkish_rules():
    assert normalise("İKLİM Işık", "tr") == "iklim ışık"
    assert normalise("ISTANBUL", "tr") == "ıstanbul"  # a capital I is a dotless ı in Turkish
    assert normalise("ISTANBUL", "en") == "istanbul"


def test_arabic_letter_forms_and_marks_are_unified():
    assert normalise("الأُسَرِ", "ar") == normalise("الاسر", "ar") == "الاسر"
    assert normalise("إٱآ ؤ ئ ة ى ـ\u0670", "ar") == "ااا و ي ه ي "
    assert stems("الأسرة", "ar") == stems("الاسره", "ar")


def test_turkish_query_finds_title_with_dotted_capital_i(client, story_in):
    story_in("tr", "İklim değişikliği köylere ulaştı")
    for query in ("iklim", "İKLİM", "iklimi", "İklim"):
        assert "İklim değişikliği köylere ulaştı" in found(client, "tr", query), query


def test_istanbul_and_dotless_i_behave_per_turkish_rules(client, story_in):
    story_in("tr", "İstanbul'da gönüllüler buluştu")
    story_in("tr", "Işık festivali başladı")
    for query in ("istanbul", "İSTANBUL", "İstanbul'da"):
        assert "İstanbul&#x27;da gönüllüler buluştu" in found(client, "tr", query), query
    assert "Işık festivali başladı" in found(client, "tr", "IŞIK")
    assert "Işık festivali başladı" in found(client, "tr", "ışık")
    # In Turkish a capital I lowers to ı: ISTANBUL is "ıstanbul", another word than İstanbul.
    assert "gönüllüler buluştu" not in found(client, "tr", "ISTANBUL")


def test_arabic_query_without_hamza_or_with_diacritics_finds_the_page(client, story_in):
    story_in("ar", "دعم الأسر النازحة في الشتاء")
    for query in ("الاسر", "الأسر", "الأُسَر", "النازحه"):
        assert "دعم الأسر النازحة في الشتاء" in found(client, "ar", query), query


def test_arabic_page_written_with_diacritics_is_found_without_them(client, story_in):
    story_in("ar", "مدرسة جديدة", body="تعليم الأُسَرِ في القُرى")
    assert "مدرسة جديدة" in found(client, "ar", "الأسر")
    assert "مدرسة جديدة" in found(client, "ar", "القري")


def test_english_singular_finds_the_plural(client, make_story):
    make_story("Volunteers rebuild the school", summary="")
    make_story("Clinic opens", summary="", body=[("paragraph", "<p>Nurses trained by volunteering doctors.</p>")])
    html = found(client, "en", "volunteer")
    assert "Volunteers rebuild the school" in html and "Clinic opens" in html
    assert html.index("Volunteers rebuild the school") < html.index("Clinic opens")  # title beats body


def test_language_rules_stay_inside_the_language(client, story_in, make_story):
    story_in("tr", "İklim raporu")
    make_story("Climate report", summary="")
    assert "İklim raporu" not in found(client, "en", "iklim")
    assert "Climate report" not in found(client, "tr", "climate")


def test_a_page_saved_again_is_found_by_its_new_words(client, story_in):
    """Stems are worked out once per page object while it is indexed; saving the same object must not keep them."""
    from news.models import NewsPage

    story = NewsPage.objects.get(pk=story_in("tr", "Gönüllüler fidan dikti").pk)
    assert stems("fidan", "tr")[0] in story.search_stems().split()  # as the indexer reads it
    assert "Gönüllüler fidan dikti" in found(client, "tr", "fidan")
    story.title = "Gönüllüler köprü onardı"
    story.save()
    assert "Gönüllüler köprü onardı" in found(client, "tr", "köprü")
    assert "Gönüllüler" not in found(client, "tr", "fidan")
