"""What each kind of page costs the origin to render: `python bench/render_cost.py --stories 10000 [--json]`.

Every page kind readers reach (home, listing, filtered listing, article, press release, region, section, search,
feed, sitemap) is requested warm through Django's test client with production-like settings and the page cache
off (config/settings/bench.py). Per kind it prints the server CPU milliseconds per request (median and p95 of
`--repeat`, process time, so a busy machine's waiting does not count), the SQL query count and the SQL time of
one request. `--profile FILE` writes a cProfile of the slowest kind (read it with `python -m pstats FILE`).
Uses DATABASE_URL (an SQLite file by default); `--stories` tops the corpus up to that many (bench/corpus.py).
"""

import argparse
import cProfile
import json
import statistics
import time

from common import Client, prepare_site
from corpus import generate
from django.db import connection


def page_kinds():
    """One URL per page kind, taken from the demo content (the newest English stories carry the most tags)."""
    from news.models import NewsPage
    from regions.models import RegionPage
    from sections.models import SectionPage

    english = NewsPage.objects.live().public().filter(locale__language_code="en")
    article = english.filter(kind=NewsPage.Kind.NEWS).exclude(slug__startswith="bench-").order_by("-pk").first()
    release = english.filter(kind=NewsPage.Kind.PRESS_RELEASE).order_by("-pk").first()
    region = RegionPage.objects.live().filter(locale__language_code="en", depth__gt=4).order_by("path").first()
    section = SectionPage.objects.live().filter(locale__language_code="en").order_by("path").first()
    return {
        "home": "/en/",
        "listing": "/en/news/",
        "listing, filtered": f"/en/news/?region={region.get_parent().slug}&kind=news",
        "article": article.url,
        "press release": release.url,
        "region": region.get_parent().url,
        "section": section.url,
        "search": "/en/search/?q=water",
        "feed (RSS)": "/en/news/feed/rss/",
        "sitemap": "/sitemap.xml",
    }


def cost(client, url, repeat):
    """CPU milliseconds of `repeat` warm requests (median, p95), and the queries and SQL milliseconds of one."""
    for _ in range(3):  # warm-up: renditions, compiled templates, per-process caches
        assert client.get(url).status_code == 200, url
    timings = []
    for _ in range(repeat):
        started = time.process_time()
        client.get(url)
        timings.append((time.process_time() - started) * 1000)
    sql = []

    def timed(execute, *args):
        started = time.perf_counter()
        try:
            return execute(*args)
        finally:
            sql.append(time.perf_counter() - started)

    with connection.execute_wrapper(timed):
        client.get(url)
    timings.sort()
    return {
        "cpu_median_ms": round(statistics.median(timings), 2),
        "cpu_p95_ms": round(timings[max(int(len(timings) * 0.95) - 1, 0)], 2),
        "queries": len(sql),
        "sql_ms": round(sum(sql) * 1000, 2),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=0, help="top the bench corpus up to this many stories")
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--profile", metavar="FILE", help="write a cProfile of the slowest page kind here")
    args = parser.parse_args()
    prepare_site()
    if args.stories:
        generate(args.stories)

    from news.models import NewsPage

    client = Client()
    results = {kind: {"url": url, **cost(client, url, args.repeat)} for kind, url in page_kinds().items()}
    slowest = max(results, key=lambda kind: results[kind]["cpu_median_ms"])
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.repeat):
            client.get(results[slowest]["url"])
        profiler.disable()
        profiler.dump_stats(args.profile)

    stories = NewsPage.objects.count()
    if args.json:
        print(json.dumps({"database": connection.vendor, "stories": stories, "results": results}, indent=2))
        return
    print(f"{connection.vendor}, {stories} stories, {args.repeat} warm requests per kind (CPU time per request)")
    print(f"{'page kind':<20} {'median ms':>10} {'p95 ms':>8} {'queries':>8} {'SQL ms':>8}  url")
    for kind, row in results.items():
        print(
            f"{kind:<20} {row['cpu_median_ms']:>10.1f} {row['cpu_p95_ms']:>8.1f} {row['queries']:>8}"
            f" {row['sql_ms']:>8.1f}  {row['url']}"
        )
    if args.profile:
        print(f"profile of the slowest kind ({slowest}) written to {args.profile}")


if __name__ == "__main__":
    main()
