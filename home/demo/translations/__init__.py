"""Translations of the demo content, one module per language, each {English source string: translation}.

Keys are the English strings exactly as wagtail-localize extracts them: plain text as HTML (`&amp;`, line breaks
as `<br/>`), a rich-text paragraph as its inner HTML. Slugs are not listed: they are made from the translated title.
"""

from . import ar, tr

# Phone numbers, e-mail addresses and a street address read the same in every language.
SAME_IN_EVERY_LANGUAGE = [
    "+00 21 555 0140",
    "+00 21 555 0177",
    "14 Linden Row, 1010 Sampleton",
    "info@openhands.example.org",
]

STRINGS = {
    language: {**{text: text for text in SAME_IN_EVERY_LANGUAGE}, **module.STRINGS}
    for language, module in [("tr", tr), ("ar", ar)]
}
