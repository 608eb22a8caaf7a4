"""Shared by the benchmarks: Django set-up and timing of real requests (stories come from bench/corpus.py)."""

import json
import os
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


def prepare_site():
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115


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


__all__ = ["Client", "measure", "prepare_site", "report"]
