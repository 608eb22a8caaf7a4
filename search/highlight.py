"""Search words marked in result snippets.

Matches are found in the raw text and each piece is escaped on its own, so a search for "amp" or "lt" can never
mark the inside of `&amp;` or `&lt;`. Matching folds case the way readers expect in every language the site
speaks, Turkish included: "istanbul" marks "İstanbul" and "ışık" marks "IŞIK".
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

# Dotted İ and dotless ı fold to a plain i (str.casefold turns İ into "i" plus a combining dot).
_TURKISH_I = str.maketrans({"İ": "i", "ı": "i"})


def _fold(text):
    return text.translate(_TURKISH_I).casefold()


def _match_spans(text, terms):
    """(start, end) of each match in `text`, in order and never overlapping."""
    words = sorted({_fold(term) for term in terms if term}, key=len, reverse=True)
    if not words or not text:
        return []
    # Folding can lengthen a character (ß → ss): remember which character each folded one came from.
    folded, origin = [], []
    for index, char in enumerate(text):
        for piece in _fold(char):
            folded.append(piece)
            origin.append(index)
    pattern = re.compile("|".join(re.escape(word) for word in words))
    spans = []
    for match in pattern.finditer("".join(folded)):
        start, end = origin[match.start()], origin[match.end() - 1] + 1
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


def highlight(text, terms):
    """The text, HTML-escaped, with each occurrence of a search word wrapped in <mark>."""
    text = text or ""
    pieces, done = [], 0
    for start, end in _match_spans(text, terms):
        pieces += [escape(text[done:start]), "<mark>", escape(text[start:end]), "</mark>"]
        done = end
    pieces.append(escape(text[done:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of the text is escaped above
