"""Builds the English demo site from the data files in demo/data/. Idempotent: what exists is left alone."""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from wagtail.blocks import StreamValue
from wagtail.models import Locale, Page, Site

from donations.models import DonatePage, DonationCampaign
from home.models import ContactPage, ContactPoint, HomePage, Partner, SiteSettings, StandardPage
from home.models.contact_page import ContactFormField
from news.models import NewsIndexPage, NewsPage, RelatedStoryPick
from regions.models import RegionIndexPage, RegionPage
from sections.models import SectionIndexPage, SectionPage

from .content import content, object_key, stable_id
from .images import landscape_image, partner_logo

PAGE_TYPES = {
    "standard": StandardPage,
    "contact": ContactPage,
    "news": NewsIndexPage,
    "regions": RegionIndexPage,
    "sections": SectionIndexPage,
    "donate": DonatePage,
}
# Keys of a page's data that are not model fields of the same name: the builder turns them into fields.
NOT_FIELDS = {
    "type",
    "slug",
    "image",
    "body",
    "call_to_action",
    "countries",
    "form_fields",
    "contact_point",
    "date",
    "regions",
    "sections",
    "related",
    "press_contact",
    "release_in_minutes",
    "campaigns",
    "in_menu",
}


def public_address():
    """The host name and port of settings.PUBLIC_URL, which the default Wagtail Site answers to."""
    url = urlsplit(settings.PUBLIC_URL)
    return url.hostname, url.port or (443 if url.scheme == "https" else 80)


class DemoBuilder:
    def __init__(self):
        self.locale = Locale.objects.get_or_create(language_code="en")[0]
        self.images = {
            spec["number"]: landscape_image(spec["number"], spec["description"])
            for spec in content("images")["landscapes"]
        }
        self.contacts, self.partners, self.pages = {}, {}, {}
        # Every page and snippet the demo consists of, new or already there: what demo/translations.py
        # translates. Pages an editor added to a demo database are theirs to translate.
        self.objects = []

    def keep(self, obj):
        self.objects.append(obj)
        return obj

    def picture(self, number):
        """Image fields for a page. The alt text is the page's own, so wagtail-localize translates it with the page."""
        image = self.images[number]
        return {"image": image, "image_alt": image.description}

    def build(self):
        site = content("site")
        self.contact_points(site["contact_points"])
        self.partner_snippets(site["partners"])
        home = self.home_page(content("pages")["home"], site["site"])
        for spec in content("pages")["pages"]:
            page_class = PAGE_TYPES[spec["type"]]
            in_menu = spec.get("in_menu", True)
            self.pages[spec["slug"]] = self.child(home, page_class, spec, show_in_menus=in_menu, **self.form(spec))
        self.child_pages(self.pages["regions"], RegionPage, content("regions")["regions"])
        self.child_pages(self.pages["what-we-do"], SectionPage, content("sections")["sections"])
        self.campaigns(content("pages")["pages"])
        self.calls_to_action(content("pages")["pages"])
        self.stories(self.pages["news"], content("stories")["stories"])
        self.site_settings(site["settings"])
        return home

    # Pages ---------------------------------------------------------------------------------------------

    def fields(self, page_class, key, spec):
        fields = {name: value for name, value in spec.items() if name not in NOT_FIELDS}
        if "image" in spec:
            fields.update(self.picture(spec["image"]))
        if "body" in spec:
            fields["body"] = StreamValue(page_class.body.field.stream_block, self.stream(key, spec["body"]))
        return fields

    def child(self, parent, page_class, spec, **fields):
        """The child page with the spec's slug, created and published if missing."""
        existing = parent.get_children().filter(slug=spec["slug"]).first()
        if existing:
            return self.keep(existing.specific)
        key = object_key(parent) + spec["slug"] + "/"
        page = page_class(slug=spec["slug"], locale=self.locale, **self.fields(page_class, key, spec), **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return self.keep(page)

    def child_pages(self, parent, page_class, specs):
        """Pages below an index, and their own children (a region's countries)."""
        for spec in specs:
            self.child_pages(self.child(parent, page_class, spec), page_class, spec.get("countries", []))

    def home_page(self, spec, site):
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(depth=2, locale=self.locale).first()
        if home is None:
            Page.objects.filter(depth=2, content_type__model="page", slug="home").delete()
            root.refresh_from_db()
            home = HomePage(slug="home", locale=self.locale, **self.fields(HomePage, "/", spec))
            root.add_child(instance=home)
            home.save_revision().publish()
        hostname, port = public_address()
        wanted = {"hostname": hostname, "port": port, "root_page": home, "site_name": site["name"]}
        current = Site.objects.filter(is_default_site=True, **wanted).exists()
        if not current:  # saving a Site starts a new content generation: only when something changed
            Site.objects.update_or_create(is_default_site=True, defaults=wanted)
        return self.keep(home)

    def form(self, spec):
        """A contact page's contact point and form fields, each field with a key stable across databases."""
        if spec["type"] != "contact":
            return {}
        key = "/" + spec["slug"] + "/"
        fields = [
            ContactFormField(
                sort_order=order,
                translation_key=stable_id(key, "form_fields", order),
                label=field["label"],
                field_type=field["field_type"],
                required=field["required"],
                choices="\n".join(field.get("choices", [])),
            )
            for order, field in enumerate(spec["form_fields"])
        ]
        return {"contact_point": self.contacts[spec["contact_point"]], "form_fields": fields}

    def stream(self, key, blocks, start=0):
        """StreamField content from a data file's blocks. Block ids are stable: PO files name them."""
        return [
            (block["type"], self.block_value(block), stable_id(key, "body", start + position))
            for position, block in enumerate(blocks)
        ]

    def block_value(self, block):
        if block["type"] == "paragraph":
            return f"<p>{block['text']}</p>"
        references = {
            "contact": lambda key: self.contacts[key],
            "link_page": lambda slug: self.pages[slug],
            "partners": lambda names: [self.partners[name] for name in names],
        }
        return {
            name: references[name](value) if name in references else value
            for name, value in block.items()
            if name != "type"
        }

    def calls_to_action(self, specs):
        """Add each page's call to action once every page it links to exists.

        The link is a page, never a URL: a page chooser follows the reader's language (the template shows the
        linked page's translation), where a hard-coded "/en/..." path would send Turkish readers to English.
        A call to action from an older demo with such a path is replaced.
        """
        for spec in specs:
            if "call_to_action" not in spec:
                continue
            page = self.pages[spec["slug"]]
            positions = [n for n, child in enumerate(page.body) if child.block_type == "call_to_action"]
            wanted = self.pages[spec["call_to_action"]["link_page"]].pk
            if any(getattr(page.body[n].value["link_page"], "pk", None) == wanted for n in positions):
                continue
            for n in reversed(positions):
                del page.body[n]
            block = {"type": "call_to_action", **spec["call_to_action"]}
            page.body.append(self.stream(object_key(page), [block], start=len(page.body))[0])
            page.save_revision().publish()

    def campaigns(self, specs):
        """The donate page's campaigns, once the regions and sections they are tied to exist."""
        topics = {
            page.slug: page for model in (RegionPage, SectionPage) for page in model.objects.filter(locale=self.locale)
        }
        for spec in specs:
            page = self.pages[spec["slug"]]
            if "campaigns" not in spec or page.campaigns.exists():
                continue
            for order, campaign in enumerate(spec["campaigns"]):
                topic = topics[campaign.get("region") or campaign["section"]]
                field = "region" if isinstance(topic, RegionPage) else "section"
                DonationCampaign.objects.create(page=page, code=campaign["code"], sort_order=order, **{field: topic})
            page.save_revision().publish()

    # News ------------------------------------------------------------------------------------------------

    def stories(self, news_index, specs):
        regions = {page.slug: page for page in RegionPage.objects.filter(locale=self.locale)}
        sections = {page.slug: page for page in SectionPage.objects.filter(locale=self.locale)}
        stories = {}
        for spec in specs:
            if "release_in_minutes" in spec:
                stories[spec["slug"]] = self.scheduled_release(news_index, spec, regions, sections)
                continue
            stories[spec["slug"]] = self.child(
                news_index,
                NewsPage,
                spec,
                display_date=spec["date"],
                press_contact=self.contacts[spec["press_contact"]] if "press_contact" in spec else None,
                regions=[regions[slug] for slug in spec["regions"]],
                sections=[sections[slug] for slug in spec["sections"]],
            )
        for spec in specs:
            story = stories[spec["slug"]]
            if "related" not in spec or story.related_story_picks.exists():
                continue
            for order, slug in enumerate(spec["related"]):
                RelatedStoryPick.objects.create(page=story, story=stories[slug], sort_order=order)

    def scheduled_release(self, news_index, spec, regions, sections):
        """The demo's release, scheduled `release_in_minutes` from now (again when a run finds it neither live nor
        scheduled): the translations that demo/translations.py publishes next join its schedule
        (editorial/releases.py)."""
        go_live_at = timezone.now() + datetime.timedelta(minutes=spec["release_in_minutes"])
        page = news_index.get_children().filter(slug=spec["slug"]).specific().first()
        if page is None:
            key = object_key(news_index) + spec["slug"] + "/"
            page = NewsPage(
                slug=spec["slug"],
                locale=self.locale,
                live=False,
                display_date=go_live_at.date(),
                press_contact=self.contacts[spec["press_contact"]],
                regions=[regions[slug] for slug in spec["regions"]],
                sections=[sections[slug] for slug in spec["sections"]],
                **self.fields(NewsPage, key, spec),
            )
            news_index.add_child(instance=page)
        if not page.live and page.scheduled_revision is None:  # new, or its time passed without a worker
            page.go_live_at = go_live_at
            page.save_revision().publish()
        return self.keep(page)

    # Snippets --------------------------------------------------------------------------------------------

    def contact_points(self, specs):
        for key, spec in specs.items():
            contact, _ = ContactPoint.objects.get_or_create(name=spec["name"], locale=self.locale, defaults=spec)
            self.contacts[key] = self.keep(contact)

    def partner_snippets(self, specs):
        for number, spec in enumerate(specs):
            partner, _ = Partner.objects.get_or_create(
                name=spec["name"],
                locale=self.locale,
                defaults={"url": spec["url"], "logo": partner_logo(spec["name"], number)},
            )
            self.partners[spec["name"]] = self.keep(partner)

    def site_settings(self, spec):
        record, _ = SiteSettings.objects.get_or_create(
            locale=self.locale,
            defaults={
                **spec,
                "contact_point": self.contacts[spec["contact_point"]],
                "donate_page": self.pages[spec["donate_page"]],
                "privacy_page": self.pages[spec["privacy_page"]],
            },
        )
        # Demo databases from before the donate page pointed at "What you can do" (or held a path), and had no
        # privacy page.
        donate, privacy = self.pages[spec["donate_page"]], self.pages[spec["privacy_page"]]
        if record.donate_page_id != donate.pk or record.donate_url.startswith("/") or record.privacy_page_id is None:
            record.donate_url, record.donate_page, record.privacy_page = "", donate, privacy
            record.save(update_fields=["donate_url", "donate_page", "privacy_page"])
        return self.keep(record)
