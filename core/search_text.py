"""Words as the search index sees them, the same for pages and for queries: Turkish case folding, Arabic
normalisation and Snowball stems per language, so every search backend (SQLite, PostgreSQL, Elasticsearch)
matches alike. Pages index the result as one extra field (`BasePage.search_stems`); the search engine turns the
reader's query into stems of the same language before it reaches the backend."""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# Snowball algorithms by language code; a language without one is only normalised.
STEMMER_NAMES = {"en": "english", "tr": "turkish", "ar": "arabic"}
# A word, with the marks written on it (combining accents, harakat, tatweel), which \w alone would split on.
WORD = re.compile(r"(?:\w|[\u0300-\u036f\u0640\u064b-\u065f\u0670])+")
# Turkish has two i's: dotted İ/i and dotless I/ı. str.casefold would turn I into i and İ into "i" + a dot.
_TURKISH_CAPITAL_I = str.maketrans({"İ": "i", "I": "ı"})
# Arabic letters written in several forms: alef with hamza or madda or wasla, hamza on waw and yaa,
# taa marbuta and alef maqsura.
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ة": "ه", "ى": "ي"})
# Harakat (tanween, fatha, damma, kasra, shadda, sukun), the superscript alef and tatweel (kashida).
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")


def normalise(text, language):
    """Lower case by the rules of the language, Arabic letter forms and marks unified (in any language, since
    an Arabic name can appear on any page)."""
    text = unicodedata.normalize("NFC", text or "")
    if language == "tr":
        text = text.translate(_TURKISH_CAPITAL_I)
    text = _ARABIC_MARKS.sub("", text.casefold())
    return text.translate(_ARABIC_LETTERS)


@lru_cache(maxsize=8)
def _stemmer(language):
    name = STEMMER_NAMES.get(language)
    return snowballstemmer.stemmer(name) if name else None


def words(text, language):
    """The normalised words of a text, in order."""
    return WORD.findall(normalise(text, language))


@lru_cache(maxsize=200_000)
def _stem(word, language):
    # The Snowball stemmers are pure Python (about 0.1 ms a word); a page of results repeats most words.
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word


def stems(text, language):
    """The stems of a text's words, in order: "Volunteers" and "volunteer" give "volunt" in English."""
    return [_stem(word, language) for word in words(text, language)]
