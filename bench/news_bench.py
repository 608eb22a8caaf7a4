"""News pages at scale: `python bench/news_bench.py --stories 10000` (uses DATABASE_URL; SQLite file by default).

The stories come from bench/corpus.py: `--stories` counts all three languages (half of them English).

Prints median and p95 render time and the SQL query count for the listing (plain and filtered), an article
with related news, and a region page. Full requests through Django's test client, no page cache.
"""

import argparse

from common import Client, measure, prepare_site, report
from corpus import generate


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    prepare_site()
    seconds, _ids = generate(args.stories)
    if seconds and not args.json:
        print(f"generated stories up to {args.stories} in {seconds:.0f} s")

    from news.models import NewsPage

    article = NewsPage.objects.live().filter(slug__startswith="bench-en-").order_by("-pk").first()
    client = Client()
    pages = {
        "listing /en/news/": "/en/news/",
        "listing filtered region+section+year": "/en/news/?region=balkans&section=healthcare&year=2024",
        "listing page 40": "/en/news/?page=40",
        "article with related news": article.url,
        "region page /en/regions/balkans/": "/en/regions/balkans/",
        "country page /en/regions/balkans/albania/": "/en/regions/balkans/albania/",
        "RSS feed filtered by region": "/en/news/feed/rss/?region=balkans",
    }
    if not args.json:
        print(f"{NewsPage.objects.count()} stories")
    report([(name, measure(client, url, args.repeat)) for name, url in pages.items()], as_json=args.json)


if __name__ == "__main__":
    main()
