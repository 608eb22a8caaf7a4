"""Search words marked in result snippets."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe


def highlight(text, terms):
    """Escape the text, then wrap each search word in <mark>."""
    escaped = escape(text)
    if not terms:
        return escaped
    pattern = re.compile("|".join(re.escape(escape(term)) for term in sorted(terms, key=len, reverse=True)), re.I)
    return mark_safe(pattern.sub(lambda match: f"<mark>{match.group(0)}</mark>", escaped))  # noqa: S308
