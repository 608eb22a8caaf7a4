"""RSS 2.0 and Atom feeds of a news index, in its language, with the listing's filters."""

from django.contrib.syndication.views import Feed
from django.templatetags.static import static
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, Stylesheet
from django.utils.translation import gettext as _
from django.utils.xmlutils import SimplerXMLGenerator
from wagtail.images.models import SourceImageIOError

from core.private_files import public_url
from core.seo import absolute_url, page_absolute_url

FEED_LENGTH = 20
ENCLOSURE_RENDITION = "fill-1200x630|format-jpeg"


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, news_index):
        super().__init__()
        self.news_index = news_index

    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.filters = self.news_index.filters_for(request)
        self.language = self.news_index.locale.language_code
        return self.news_index

    def title(self, index):
        described = self.filters.description()
        return f"{index.title} · {described}" if described else index.title

    # Every address is absolute from PUBLIC_URL (core/seo.py): Django's Feed would otherwise prefix the
    # request's Host header.
    def link(self, index):
        query = self.filters.as_query()
        return page_absolute_url(index, self.request) + (f"?{query}" if query else "")

    def feed_url(self, index):
        query = self.filters.as_query()
        return absolute_url(self.request.path) + (f"?{query}" if query else "")

    def stylesheets(self):
        """A stylesheet of our own (same origin) so that a browser shows a readable page; feed readers ignore it."""
        return [Stylesheet(static("feeds/feed.css"), mimetype="text/css")]

    def description(self, index):
        return index.summary or index.intro or _("News and press releases")

    def items(self, index):
        stories = self.filters.apply(index.stories(renditions=[ENCLOSURE_RENDITION]).with_topics())
        return list(stories[:FEED_LENGTH])

    def item_title(self, story):
        return story.title

    def item_description(self, story):
        return story.summary

    def item_link(self, story):
        return page_absolute_url(story, self.request)

    def item_guid(self, story):
        return page_absolute_url(story, self.request)

    def item_pubdate(self, story):
        date = story.display_date or timezone.localdate(story.first_published_at)
        return timezone.make_aware(timezone.datetime.combine(date, timezone.datetime.min.time()))

    def item_updateddate(self, story):
        return story.last_published_at

    def item_categories(self, story):
        return [page.title for page in (*story.regions.all(), *story.sections.all())]

    def item_enclosure_url(self, story):
        enclosure = self._enclosure(story)
        return enclosure[0] if enclosure else None

    def item_enclosure_length(self, story):
        enclosure = self._enclosure(story)
        return enclosure[1] if enclosure else None

    def item_enclosure_mime_type(self, story):
        return "image/jpeg" if self._enclosure(story) else None

    def _enclosure(self, story):
        """(absolute URL, size) of the story's image, or None without an image or when its file is gone from
        storage: a lost file costs the item its enclosure, not the feed a 500. Feeds list readable stories only, so
        the image is public and its copy at /media/ is what feed readers fetch."""
        if not story.image:
            return None
        if not hasattr(story, "_feed_enclosure"):
            try:
                rendition = story.image.get_rendition(ENCLOSURE_RENDITION)
                story._feed_enclosure = (absolute_url(public_url(rendition)), rendition.file.size)
            except (SourceImageIOError, OSError):
                story._feed_enclosure = None
        return story._feed_enclosure


class StyledAtom1Feed(Atom1Feed):
    """Atom with the feed's stylesheets: Django writes them for RSS only."""

    def write(self, outfile, encoding):
        handler = SimplerXMLGenerator(outfile, encoding, short_empty_elements=True)
        handler.startDocument()
        for stylesheet in self.feed["stylesheets"] or []:
            handler.processingInstruction("xml-stylesheet", stylesheet)
        handler.startElement("feed", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        handler.endElement("feed")


class NewsAtomFeed(NewsRssFeed):
    feed_type = StyledAtom1Feed
    subtitle = NewsRssFeed.description
