"""Search at scale: `python bench/search_bench.py --stories 10000` (PostgreSQL via DATABASE_URL for real figures).

Prints the indexing time and median / p95 of one-word, two-word and filtered searches, through the search page.
"""

import argparse
import time

from common import WORDS, Client, ensure_stories, measure, prepare_site, report


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--stories", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--reindex", action="store_true", help="time a full `update_index` too")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    prepare_site()
    ensure_stories(args.stories)
    if args.reindex:
        from django.core.management import call_command

        started = time.monotonic()
        call_command("update_index", stdout=open("/dev/null", "w"))  # noqa: SIM115
        print(f"update_index: {time.monotonic() - started:.0f} s")
    client = Client()
    one, two = WORDS[0], f"{WORDS[1]} {WORDS[2]}"
    searches = {
        f"one word ({one})": f"/en/search/?q={one}",
        f"two words ({two})": f"/en/search/?q={two.replace(' ', '+')}",
        "filtered (region, section, dates)": f"/en/search/?q={one}&region=balkans&section=healthcare&from=2018-01-01",
        "newest first": f"/en/search/?q={one}&sort=newest",
        "suggestions": f"/en/search/suggest/?q={one[:4]}",
    }
    report([(name, measure(client, url, args.repeat)) for name, url in searches.items()], as_json=args.json)


if __name__ == "__main__":
    main()
