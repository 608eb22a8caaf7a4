"""Shared by the benchmarks: Django set-up, synthetic stories, and timing of real requests."""

import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.bench")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

WORDS = [
    "water",
    "school",
    "clinic",
    "winter",
    "harvest",
    "flood",
    "drought",
    "teachers",
    "midwives",
    "volunteers",
    "pipeline",
    "solar",
    "village",
    "families",
    "children",
    "training",
    "cooperative",
    "shelter",
    "vaccines",
    "library",
    "roads",
    "bridge",
    "seeds",
    "greenhouse",
]


def prepare_site():
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115


def ensure_stories(count, seed=7):
    """Top the demo up with synthetic stories until there are `count` in English; returns seconds spent."""
    from news.models import NewsIndexPage, NewsPage
    from regions.models import RegionPage
    from sections.models import SectionPage

    index = NewsIndexPage.objects.get(locale__language_code="en")
    existing = NewsPage.objects.filter(locale=index.locale).count()
    if existing >= count:
        return 0.0
    rng = random.Random(seed + existing)
    regions = list(RegionPage.objects.filter(locale=index.locale))
    sections = list(SectionPage.objects.filter(locale=index.locale))
    started = time.monotonic()
    for number in range(existing, count):
        title = f"{rng.choice(WORDS).title()} {rng.choice(WORDS)} and {rng.choice(WORDS)} report {number}"
        story = NewsPage(
            title=title,
            slug=f"bench-story-{number}",
            summary=" ".join(rng.choice(WORDS) for _ in range(18)),
            display_date=f"{rng.randint(2015, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            kind=rng.choice(["news", "news", "press-release"]),
            body=[("paragraph", "<p>" + " ".join(rng.choice(WORDS) for _ in range(120)) + "</p>")],
            locale=index.locale,
            first_published_at=django.utils.timezone.now(),
        )
        story.regions.set(rng.sample(regions, rng.randint(1, 2)))
        story.sections.set(rng.sample(sections, rng.randint(1, 2)))
        index.add_child(instance=story)
        if number % 1000 == 999:
            print(f"  {number + 1} stories", file=sys.stderr, flush=True)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # what autovacuum would do after a bulk load
    return time.monotonic() - started


def measure(client, url, repeat=40):
    """Median and p95 milliseconds of `repeat` requests, and the SQL queries of one request."""
    assert client.get(url).status_code == 200, url  # warm-up: renditions, per-process caches
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    executed = []
    with connection.execute_wrapper(lambda execute, *args: executed.append(1) or execute(*args)):
        client.get(url)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1], len(executed)


def report(rows, as_json=False):
    """A table of figures, or with `as_json` one JSON document (for comparing runs by machine)."""
    if as_json:
        figures = [
            {"page": name, "median_ms": round(median, 2), "p95_ms": round(p95, 2), "queries": queries}
            for name, (median, p95, queries) in rows
        ]
        print(json.dumps({"database": connection.vendor, "results": figures}, indent=2))
        return
    print(f"{'page':<44} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    for name, (median, p95, queries) in rows:
        print(f"{name:<44} {median:>10.1f} {p95:>8.1f} {queries:>8}")


__all__ = ["Client", "ensure_stories", "measure", "prepare_site", "report"]
