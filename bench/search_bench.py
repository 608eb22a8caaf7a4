"""Search at scale: `python bench/search_bench.py --stories 10000 [--json]` (PostgreSQL via DATABASE_URL).

Generates the corpus (bench/corpus.py) if it is not there yet, then times the search page per language and per
query class: a frequent word, a rare word, two words, a quoted phrase, a word with region, section and date
filters, newest first, and the suggestions endpoint. Prints median and p95 milliseconds, SQL queries per search,
how many results the query had, and the size of the search index.
"""

import argparse
import json
from urllib.parse import urlencode

from common import Client, measure, prepare_site
from corpus import corpus_vocabulary, generate
from django.db import connection

LANGUAGES = ("en", "tr", "ar")


def busiest_tag(model, locale_code):
    """The region or section with the most stories in a language (the filter a reader most likely picks)."""
    from django.db.models import Count

    return (
        model.objects.filter(locale__language_code=locale_code)
        .annotate(story_count=Count("stories"))
        .order_by("-story_count", "path")
        .values_list("slug", flat=True)
        .first()
    )


def query_classes(language, seed):
    """One search per class, with words taken from the corpus's own vocabulary at fixed ranks."""
    from regions.models import RegionPage
    from sections.models import SectionPage

    vocabulary = corpus_vocabulary(language, seed)
    content = [word for word in vocabulary.words[:3000] if word in set(vocabulary.content_words)]
    frequent, middle, other = content[0], content[40], content[90]
    rare = vocabulary.words[15_000]
    region = busiest_tag(RegionPage, language)
    section = busiest_tag(SectionPage, language)
    path = f"/{language}/search/?"
    return {
        f"frequent word ({frequent})": path + urlencode({"q": frequent}),
        f"rare word ({rare})": path + urlencode({"q": rare}),
        f"two words ({middle} {other})": path + urlencode({"q": f"{middle} {other}"}),
        f'quoted phrase ("{frequent} {middle}")': path + urlencode({"q": f'"{frequent} {middle}"'}),
        "word + region + section + date": path
        + urlencode({"q": frequent, "region": region, "section": section, "from": "2018-01-01"}),
        "newest first": path + urlencode({"q": frequent, "sort": "newest"}),
        "suggestions": f"/{language}/search/suggest/?" + urlencode({"q": middle[:4]}),
    }


def index_size():
    """Bytes of the search index table with its indexes (PostgreSQL), or None where it cannot be read."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_total_relation_size('wagtailsearch_indexentry')")
        return cursor.fetchone()[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--stories", type=int, default=10000, help="bench stories in all languages (2:1:1)")
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    prepare_site()
    generate(args.stories, seed=args.seed)
    client = Client()
    rows = []
    for language in LANGUAGES:
        for name, url in query_classes(language, args.seed).items():
            median, p95, queries = measure(client, url, args.repeat)
            rows.append(
                {
                    "language": language,
                    "class": name,
                    "url": url,
                    "median_ms": round(median, 2),
                    "p95_ms": round(p95, 2),
                    "queries": queries,
                }
            )
    size = index_size()
    if args.json:
        print(
            json.dumps(
                {"database": connection.vendor, "stories": args.stories, "index_bytes": size, "results": rows},
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    print(f"{'lang':<5} {'query class':<52} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    for row in rows:
        print(
            f"{row['language']:<5} {row['class'][:52]:<52} {row['median_ms']:>10.1f} {row['p95_ms']:>8.1f} "
            f"{row['queries']:>8}"
        )
    if size is not None:
        print(f"search index: {size / 1024 / 1024:.0f} MB")


if __name__ == "__main__":
    main()
