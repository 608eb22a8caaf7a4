"""A realistic, reproducible story corpus for the benchmarks, in English, Turkish and Arabic.

Stories are split 2:1:1 between English, Turkish and Arabic, each under its own language's news index, with
titles and summaries built from templates, bodies of 300 to 600 words drawn from a Zipf-distributed vocabulary of
20,000+ forms (bench/vocabulary.py), and regions and sections tagged in the proportions the demo's own stories
use. Pages are written with bulk inserts (Page rows, then the story rows, then their tags) and indexed in one
pass with a progress line; on the same demo, the same seed gives the same corpus.

    python bench/corpus.py --stories 100000 [--seed 7]
"""

import random
import sys
import time
import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta

from vocabulary import build_vocabulary

LANGUAGE_SHARE = (("en", 2), ("tr", 1), ("ar", 1))
BATCH = 1000
TITLE_TEMPLATES = {
    "en": (
        "{Content} {content} reaches {number} families in {place}",
        "New {content} opens in {place}",
        "{place}: {content} and {content} after the {content}",
        "How {content} keeps {content} going in {place}",
        "Foundation backs {content} {content} in {place}",
        "{number} {content}s trained in {place}",
        "{Content} for {content}: a year in {place}",
    ),
    "tr": (
        "{place}'da {number} aileye {content} {content}",
        "{place}'da yeni {content} {content} açıldı",
        "{Content} ve {content}: {place}'da bir yıl",
        "{place}'da {content} {content} için destek",
        "{number} {content} {place}'da eğitim aldı",
        "{Content} {content} {place}'a ulaştı",
    ),
    "ar": (
        "{content} {content} يصل إلى {number} أسرة في {place}",
        "افتتاح {content} جديد في {place}",
        "{place}: {content} و{content} بعد {content}",
        "دعم {content} {content} في {place}",
        "تدريب {number} {content} في {place}",
        "{content} من أجل {content} في {place}",
    ),
}


def _progress(label, done, total, started):
    width = 30
    filled = int(width * done / total) if total else width
    rate = done / max(time.monotonic() - started, 1e-6)
    sys.stderr.write(f"\r  {label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} ({rate:,.0f}/s)")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def corpus_vocabulary(language, seed=7):
    """The vocabulary the corpus of this seed draws a language's words from (for choosing benchmark queries)."""
    return build_vocabulary(language, seed=random.Random(f"{seed}-{language}").random())


class StoryWriter:
    """Writes one language's stories: titles, summaries and bodies from its vocabulary, tags as in the demo."""

    def __init__(self, language, rng, regions, sections, tag_weights):
        self.language = language
        self.rng = rng
        self.vocabulary = build_vocabulary(language, seed=rng.random())
        self.regions = regions
        self.sections = sections
        self.region_weights = [tag_weights.get(region.translation_key, 0) + 1 for region in regions]
        self.section_weights = [tag_weights.get(section.translation_key, 0) + 1 for section in sections]

    def sentence(self, low, high):
        words = self.vocabulary.sample(self.rng, self.rng.randint(low, high))
        text = " ".join(words)
        return (text[:1].upper() + text[1:] if self.language != "ar" else text) + "."

    def title(self):
        template = self.rng.choice(TITLE_TEMPLATES[self.language])
        content = self.vocabulary.content_words

        def word():
            return self.rng.choice(content)

        place = self.rng.choice(self.regions).title if self.regions else "—"
        while "{content}" in template or "{Content}" in template:
            template = template.replace("{content}", word(), 1)
            capital = word()
            template = template.replace("{Content}", capital[:1].upper() + capital[1:], 1)
        return template.format(place=place, number=self.rng.randint(2, 5000))

    def body(self):
        paragraphs = []
        words_left = self.rng.randint(300, 600)
        while words_left > 0:
            sentences = [self.sentence(8, 24) for _ in range(self.rng.randint(3, 6))]
            paragraph = " ".join(sentences)
            words_left -= paragraph.count(" ") + 1
            paragraphs.append(paragraph)
        return paragraphs

    def tags(self):
        regions = self._weighted_sample(self.regions, self.region_weights, self.rng.choice((0, 1, 1, 1, 2)))
        sections = self._weighted_sample(self.sections, self.section_weights, self.rng.choice((1, 1, 1, 2)))
        return regions, sections

    def _weighted_sample(self, pages, weights, count):
        chosen = {}
        for _ in range(count * 3):
            if len(chosen) >= count or not pages:
                break
            page = self.rng.choices(pages, weights=weights)[0]
            chosen[page.pk] = page
        return list(chosen.values())


def demo_tag_weights():
    """How often the demo's stories use each region and section (keyed by translation key, the same in every
    language), so the corpus spreads its tags as the demo does."""
    from news.models import NewsPage

    counts = Counter()
    for story in NewsPage.objects.exclude(slug__startswith="bench-").prefetch_related("regions", "sections"):
        counts.update(region.translation_key for region in story.regions.all())
        counts.update(section.translation_key for section in story.sections.all())
    return counts


def generate(total, seed=7, index=True):
    """Adds `total` bench stories across the three languages (fewer if some exist); returns (seconds, new ids)."""
    from django.db import connection, transaction

    from news.models import NewsIndexPage, NewsPage

    existing = NewsPage.objects.filter(slug__startswith="bench-").count()
    if existing >= total:
        return 0.0, []
    started = time.monotonic()
    weights = demo_tag_weights()
    shares = sum(share for _language, share in LANGUAGE_SHARE)
    new_ids = []
    with transaction.atomic():
        for language, share in LANGUAGE_SHARE:
            count = total * share // shares
            done = NewsPage.objects.filter(slug__startswith="bench-", locale__language_code=language).count()
            news_index = NewsIndexPage.objects.filter(locale__language_code=language).first()
            if news_index is None or done >= count:
                continue
            new_ids += _insert_stories(news_index, language, done, count, random.Random(f"{seed}-{language}"), weights)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # what autovacuum would do after a bulk load
    inserted = time.monotonic() - started
    print(f"  inserted {len(new_ids)} stories in {inserted:.0f} s", file=sys.stderr)
    if index:
        index_stories(new_ids)
    return time.monotonic() - started, new_ids


def _insert_stories(news_index, language, start, end, rng, weights):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    from news.models import NewsPage
    from regions.models import RegionPage
    from sections.models import SectionPage

    regions = list(RegionPage.objects.filter(locale=news_index.locale).order_by("path"))
    sections = list(SectionPage.objects.filter(locale=news_index.locale).order_by("path"))
    writer = StoryWriter(language, rng, regions, sections, weights)
    content_type = ContentType.objects.get_for_model(NewsPage)
    last_child = news_index.get_last_child()
    next_step = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    depth = news_index.depth + 1
    ids = []
    began = time.monotonic()
    for batch_start in range(start, end, BATCH):
        numbers = range(batch_start, min(batch_start + BATCH, end))
        pages, stories, tags = [], [], []
        for number in numbers:
            title = writer.title()
            slug = f"bench-{language}-{number}"
            published = date(2012, 1, 1) + timedelta(days=rng.randrange(15 * 365))
            moment = datetime(published.year, published.month, published.day, 9, tzinfo=UTC)
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    path=Page._get_path(news_index.path, depth, next_step),
                    depth=depth,
                    numchild=0,
                    url_path=f"{news_index.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=moment,
                    last_published_at=moment,
                    locale_id=news_index.locale_id,
                    translation_key=uuid.UUID(int=rng.getrandbits(128), version=4),
                )
            )
            next_step += 1
            stories.append(
                {
                    "summary": writer.sentence(14, 30)[:300],
                    "display_date": published,
                    "kind": rng.choice(("news", "news", "press-release")),
                    "body": [
                        {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.UUID(int=rng.getrandbits(128)))}
                        for text in writer.body()
                    ],
                }
            )
            tags.append(writer.tags())
        Page.objects.bulk_create(pages)
        if pages[0].pk is None:  # a backend that returns no ids from bulk inserts
            by_path = dict(Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk"))
            for page in pages:
                page.pk = page.id = by_path[page.path]
        rows = [NewsPage(page_ptr_id=page.pk, **fields) for page, fields in zip(pages, stories, strict=True)]
        NewsPage._base_manager._insert(rows, fields=NewsPage._meta.local_concrete_fields, using="default")
        NewsPage.regions.through.objects.bulk_create(
            NewsPage.regions.through(newspage_id=page.pk, regionpage_id=region.pk)
            for page, (story_regions, _sections) in zip(pages, tags, strict=True)
            for region in story_regions
        )
        NewsPage.sections.through.objects.bulk_create(
            NewsPage.sections.through(newspage_id=page.pk, sectionpage_id=section.pk)
            for page, (_regions, story_sections) in zip(pages, tags, strict=True)
            for section in story_sections
        )
        ids += [page.pk for page in pages]
        _progress(f"{language} stories", len(ids), end - start, began)
    Page.objects.filter(pk=news_index.pk).update(numchild=news_index.get_children().count())
    return ids


def index_stories(ids):
    """One indexing pass over the new stories with every configured search backend, in batches."""
    from wagtail.search.backends import get_search_backends

    from news.models import NewsPage

    began = time.monotonic()
    stories = NewsPage.get_indexed_objects().select_related("locale").prefetch_related("regions", "sections")
    for backend in get_search_backends(with_auto_update=False):
        index = backend.get_index_for_model(NewsPage)
        for offset in range(0, len(ids), BATCH):
            batch = list(stories.filter(pk__in=ids[offset : offset + BATCH]))
            index.add_items(NewsPage, batch)
            _progress("indexed", min(offset + BATCH, len(ids)), len(ids), began)
    print(f"  indexed {len(ids)} stories in {time.monotonic() - began:.0f} s", file=sys.stderr)


def main():
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=10000, help="bench stories in all (split 2:1:1 en/tr/ar)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    import common

    common.prepare_site()
    seconds, ids = generate(args.stories, seed=args.seed)
    print(f"{len(ids)} stories generated and indexed in {seconds:.0f} s")


if __name__ == "__main__":
    main()
