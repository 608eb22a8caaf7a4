"""“Did you mean …?”: a query corrected word by word from the words readers can find in their own language.

The vocabulary is the words of the titles and summaries of readable pages (live, public, not aliases) of one
language, kept per content generation: a draft, a private page or another language never lends it a word.
"""

from collections import Counter

from django.apps import apps

from core.generation import cached_for_generation
from core.models import BasePage
from core.search_text import stems, words
from core.visibility import readable

from .engine import search_terms

# Words shorter than this are never corrected: too many neighbours at one edit.
MIN_WORD_LENGTH = 3


def vocabulary(locale):
    """({word: how many times it appears}, {their stems}) in the readable titles and summaries of this language."""

    def compute():
        counts = Counter()
        for model in apps.get_models():
            if issubclass(model, BasePage):
                texts = readable(model.objects.filter(locale=locale)).values_list("title", "summary")
                for title, summary in texts:
                    counts.update(words(f"{title} {summary}", locale.language_code))
        return dict(counts), set(stems(" ".join(counts), locale.language_code))

    return cached_for_generation(f"search-vocabulary:{locale.pk}", compute)


def edit_distance(first, second, limit):
    """Levenshtein distance, or limit + 1 as soon as it must be larger than limit."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    previous = list(range(len(second) + 1))
    for row, char in enumerate(first, start=1):
        current = [row]
        for column, other in enumerate(second, start=1):
            current.append(min(previous[column] + 1, current[-1] + 1, previous[column - 1] + (char != other)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def closest_word(word, known):
    """The most frequent known word at the smallest edit distance (1 for short words, 2 for longer), or None."""
    limit = 1 if len(word) <= 4 else 2
    best = None
    for candidate, count in known.items():
        distance = edit_distance(word, candidate, limit)
        if distance <= limit and (best is None or (distance, -count) < best[0]):
            best = ((distance, -count), candidate)
    return best[1] if best else None


def did_you_mean(query, locale):
    """The query with each unknown word replaced by the closest known one, or None when nothing changes."""
    language = locale.language_code
    known, known_stems = vocabulary(locale)
    corrected, changed = [], False
    for word in words(" ".join(search_terms(query)), language):
        if len(word) >= MIN_WORD_LENGTH and word not in known and not set(stems(word, language)) <= known_stems:
            replacement = closest_word(word, known)
            if replacement:
                word, changed = replacement, True
        corrected.append(word)
    return " ".join(corrected) if changed else None
