"""Search words are marked in result snippets without ever corrupting the text's HTML escaping."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from search.highlight import highlight


@pytest.mark.parametrize(
    "text, terms, expected",
    [
        ("AT&T opens a clinic", ["amp"], "AT&amp;T opens a clinic"),
        ("Rates < 5 and > 2", ["lt", "gt"], "Rates &lt; 5 and &gt; 2"),
        ("Write &amp; as text", ["amp"], "Write &amp;<mark>amp</mark>; as text"),
        ("Say \"quot\" & 'apos'", ["quot"], "Say &quot;<mark>quot</mark>&quot; &amp; &#x27;apos&#x27;"),
        ("A clinic & a school", ["clinic", "school"], "A <mark>clinic</mark> &amp; a <mark>school</mark>"),
        ("<script>alert(1)</script>", ["script"], "&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;"),
        ("Pipe, PIPE, pipe", ["pipe"], "<mark>Pipe</mark>, <mark>PIPE</mark>, <mark>pipe</mark>"),
    ],
)  # fmt: skip
def test_english_matches_are_marked_and_entities_left_whole(text, terms, expected):
    assert highlight(text, terms) == expected


@pytest.mark.parametrize(
    "text, terms, expected",
    [
        ("İstanbul'da yeni klinik", ["istanbul"], "<mark>İstanbul</mark>&#x27;da yeni klinik"),
        ("ISPARTA & IĞDIR", ["ığdır"], "ISPARTA &amp; <mark>IĞDIR</mark>"),
        ("Işık & Ilık su", ["ışık", "ILIK"], "<mark>Işık</mark> &amp; <mark>Ilık</mark> su"),
        ("İZMİR'e yardım", ["izmir"], "<mark>İZMİR</mark>&#x27;e yardım"),
        ("Okul < 5 km", ["lt"], "Okul &lt; 5 km"),
    ],
)
def test_turkish_dotted_and_dotless_i_fold_both_ways(text, terms, expected):
    assert highlight(text, terms) == expected


@pytest.mark.parametrize(
    "text, terms, expected",
    [
        ("عيادة جديدة في غزة", ["غزة"], "عيادة جديدة في <mark>غزة</mark>"),
        ("مدرسة & عيادة <جديدة>", ["عيادة", "amp"], "مدرسة &amp; <mark>عيادة</mark> &lt;جديدة&gt;"),
    ],
)
def test_arabic_matches_are_marked(text, terms, expected):
    assert highlight(text, terms) == expected


def test_no_terms_or_no_text_gives_the_escaped_text():
    assert highlight("AT&T", []) == "AT&amp;T"
    assert highlight("", ["clinic"]) == ""
    assert highlight(None, ["clinic"]) == ""


@given(st.text(max_size=60), st.lists(st.text(min_size=1, max_size=6), max_size=3))
def test_removing_the_marks_always_gives_the_escaped_text(text, terms):
    from django.utils.html import escape

    marked = str(highlight(text, terms))
    assert marked.replace("<mark>", "").replace("</mark>", "") == escape(text)


@pytest.mark.django_db
def test_search_page_marks_words_without_breaking_entities(client, make_story):
    make_story("Clinic with AT&T", summary="Clinic & amp room: 3 < 5 lt")

    html = client.get("/en/search/?q=clinic+amp+lt").content.decode()

    assert "<mark>Clinic</mark> &amp; <mark>amp</mark> room: 3 &lt; 5 <mark>lt</mark>" in html
