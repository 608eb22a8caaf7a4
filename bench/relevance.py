"""Relevance of the site's search over the demo content: MRR and nDCG@10 per language.

    python bench/relevance.py [--json] [--show-misses]

Runs every judged query of bench/relevance/judgements.toml through the same search the search page runs
(`search.engine.run_search`, the configured backend of DATABASE_URL or ELASTICSEARCH_URL), in the query's
language, and scores the ranked results against the judgements: grade 2 for `relevant`, 1 for `partly`.
MRR is the mean of 1 / rank of the first judged page; nDCG@10 uses gains 2^grade - 1 and a log2 discount.
Run it on a database holding the demo only (generated bench stories would crowd the rankings).
"""

import argparse
import json
import math
import statistics
import tomllib
from pathlib import Path

from common import prepare_site

JUDGEMENTS = Path(__file__).resolve().parent / "relevance" / "judgements.toml"
CUTOFF = 10


def reciprocal_rank(ranked_grades):
    return next((1 / rank for rank, grade in enumerate(ranked_grades, start=1) if grade > 0), 0.0)


def ndcg(ranked_grades, judged_grades, cutoff=CUTOFF):
    def dcg(grades):
        return sum((2**grade - 1) / math.log2(rank + 1) for rank, grade in enumerate(grades[:cutoff], start=1))

    ideal = dcg(sorted(judged_grades, reverse=True))
    return dcg(ranked_grades) / ideal if ideal else 0.0


def page_ids_by_english_slug(language):
    """English slug → id of the same page (same translation key) in `language`, for the live pages."""
    from wagtail.models import Page

    english = dict(Page.objects.filter(locale__language_code="en").values_list("translation_key", "slug"))
    translated = Page.objects.filter(locale__language_code=language, live=True).values_list("translation_key", "pk")
    return {english[key]: pk for key, pk in translated if key in english}


def ranked_ids(query, language):
    from django.http import QueryDict
    from django.utils import translation
    from wagtail.models import Locale

    from search.engine import run_search
    from search.filters import SearchFilters

    locale = Locale.objects.get(language_code=language)
    with translation.override(language):
        params = QueryDict(mutable=True)
        params["q"] = query
        filters = SearchFilters.from_query(params, locale)
        return run_search(filters, locale).result_ids


def score_language(language, judged):
    ids = page_ids_by_english_slug(language)
    rows = []
    for item in judged:
        grades = {ids[slug]: 2 for slug in item.get("relevant", ()) if slug in ids}
        grades |= {ids[slug]: 1 for slug in item.get("partly", ()) if slug in ids}
        ranked = [grades.get(pk, 0) for pk in ranked_ids(item["query"], language)]
        rows.append(
            {
                "query": item["query"],
                "reciprocal_rank": reciprocal_rank(ranked),
                "ndcg_at_10": ndcg(ranked, list(grades.values())),
                "results": len(ranked),
            }
        )
    return {
        "language": language,
        "queries": len(rows),
        "mrr": statistics.mean(row["reciprocal_rank"] for row in rows),
        "ndcg_at_10": statistics.mean(row["ndcg_at_10"] for row in rows),
        "per_query": rows,
    }


def main():
    parser = argparse.ArgumentParser(description="MRR and nDCG@10 of the site search over the demo content")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show-misses", action="store_true", help="list queries whose nDCG@10 is below 1")
    args = parser.parse_args()
    prepare_site()
    from django.db import connection

    from news.models import NewsPage

    judgements = tomllib.loads(JUDGEMENTS.read_text(encoding="utf-8"))
    scores = [score_language(language, judged) for language, judged in judgements.items()]
    generated = NewsPage.objects.filter(slug__startswith="bench-").count()
    if args.json:
        print(
            json.dumps(
                {"database": connection.vendor, "generated_stories": generated, "languages": scores},
                indent=2,
                ensure_ascii=False,
            )
        )
        return
    if generated:
        print(f"note: {generated} generated bench stories are in this database and take part in the rankings")
    print(f"{'language':<9} {'queries':>7} {'MRR':>6} {'nDCG@10':>8}   ({connection.vendor})")
    for score in scores:
        print(f"{score['language']:<9} {score['queries']:>7} {score['mrr']:>6.3f} {score['ndcg_at_10']:>8.3f}")
        if args.show_misses:
            for row in score["per_query"]:
                if row["ndcg_at_10"] < 1:
                    print(
                        f"    {row['query']!r}: nDCG {row['ndcg_at_10']:.2f}, RR {row['reciprocal_rank']:.2f}, "
                        f"{row['results']} results"
                    )


if __name__ == "__main__":
    main()
