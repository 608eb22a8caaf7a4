"""Builds the demo site from home/demo/structure.py and stories.py. Idempotent: what exists is left alone."""

import datetime

from django.contrib.auth import get_user_model
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site

from home.models import ContactPage, ContactPoint, HomePage, Partner, SiteSettings, StandardPage
from news.models import NewsIndexPage, NewsPage, RelatedStoryPick
from regions.models import RegionIndexPage, RegionPage
from sections.models import SectionIndexPage, SectionPage

from . import stories, structure
from .images import landscape_image, partner_logo

EDITOR_USERNAME = "editor"
EDITOR_PASSWORD = "editor-demo-password"  # noqa: S105 - documented demo login, development only
TRANSLATOR_USERNAME = "translator"
TRANSLATOR_PASSWORD = "translator-demo-password"  # noqa: S105 - documented demo login, development only
SCENES = [
    "Hills at sunrise above a river valley",
    "Snow-capped mountains under a pale sky",
    "A terraced hillside in warm evening light",
    "Green pastures rolling towards distant peaks",
    "Violet mountains at dusk",
    "Morning mist over a quiet valley",
]


def paragraph(text):
    return ("paragraph", f"<p>{text}</p>")


class DemoBuilder:
    def __init__(self, log=print):
        self.log = log
        self.locale = Locale.objects.get_or_create(language_code="en")[0]
        self.images = [landscape_image(n, SCENES[n % len(SCENES)]) for n in range(12)]
        # Every page and snippet the demo consists of, new or already there: what home/demo/translate.py
        # translates. Pages an editor added to a demo database are theirs to translate.
        self.objects = []

    def keep(self, obj):
        self.objects.append(obj)
        return obj

    def image(self, number):
        return self.images[number % len(self.images)]

    def picture(self, number):
        """Image fields for a page. The alt text is the page's own, so wagtail-localize translates it with the page."""
        image = self.image(number)
        return {"image": image, "image_alt": image.description}

    # Pages ---------------------------------------------------------------------------------------------

    def child(self, parent, page_class, slug, **fields):
        """The child page with this slug, created and published if missing."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing:
            return self.keep(existing.specific)
        page = page_class(slug=slug, locale=self.locale, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return self.keep(page)

    def build(self):
        contacts = self.contact_points()
        partners = self.partners()
        home = self.home_page()
        pages = {}
        for slug in structure.MENU_ORDER:
            pages[slug] = getattr(self, "page_" + slug.replace("-", "_"), None)
            pages[slug] = pages[slug](home, contacts, partners) if pages[slug] else self.standard_page(home, slug)
        self.calls_to_action(pages)
        self.stories(pages["news"], contacts["press-office"])
        self.site_settings(contacts["head-office"], pages["what-you-can-do"])
        return home

    def home_page(self):
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(depth=2, locale=self.locale).first()
        if home is None:
            Page.objects.filter(depth=2, content_type__model="page", slug="home").delete()
            root.refresh_from_db()
            home = HomePage(
                title=structure.HOME["title"],
                slug="home",
                locale=self.locale,
                hero_heading=structure.HOME["hero_heading"],
                intro=structure.HOME["intro"],
                summary=structure.HOME["summary"],
                **self.picture(3),
            )
            root.add_child(instance=home)
            home.save_revision().publish()
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Open Hands Foundation"},
        )
        return self.keep(home)

    def standard_page(self, home, slug, contacts=None, partners=None):
        spec = next(item for item in structure.STANDARD_PAGES if item["slug"] == slug)
        body = [paragraph(text) for text in spec["paragraphs"]]
        if slug == "the-network" and partners:
            body.append(("partner_logos", {"heading": "Members and partners", "partners": partners}))
        return self.child(
            home,
            StandardPage,
            slug,
            title=spec["title"],
            summary=spec["summary"],
            intro=spec["intro"],
            body=body,
            show_in_menus=True,
            **self.picture(len(slug)),
        )

    def calls_to_action(self, pages):
        """Add each standard page's call to action once every page it links to exists.

        The link is a page, never a URL: a page chooser follows the reader's language (the template shows the
        linked page's translation), where a hard-coded "/en/..." path would send Turkish readers to English.
        A call to action from an older demo with such a path is replaced.
        """
        for spec in structure.STANDARD_PAGES:
            if "cta" not in spec:
                continue
            page = pages[spec["slug"]]
            heading, text, label, target = spec["cta"]
            block = (
                "call_to_action",
                {"heading": heading, "text": text, "link_label": label, "link_page": pages[target]},
            )
            positions = [n for n, child in enumerate(page.body) if child.block_type == "call_to_action"]
            if any(page.body[n].value["link_page"] for n in positions):
                continue
            for n in reversed(positions):
                del page.body[n]
            page.body.append(block)
            page.save_revision().publish()

    def page_who_we_are(self, home, contacts, partners):
        return self.standard_page(home, "who-we-are")

    def page_what_you_can_do(self, home, contacts, partners):
        return self.standard_page(home, "what-you-can-do")

    def page_the_network(self, home, contacts, partners):
        return self.standard_page(home, "the-network", partners=partners)

    def page_what_we_do(self, home, contacts, partners):
        index = self.child(
            home,
            SectionIndexPage,
            "what-we-do",
            title="What we do",
            show_in_menus=True,
            intro="Six programme areas, each run with local partners who know what their communities need.",
            summary="Our programmes: health, education, water, livelihoods, emergencies and climate.",
        )
        for number, (slug, title, summary) in enumerate(structure.SECTIONS):
            self.child(
                index,
                SectionPage,
                slug,
                title=title,
                summary=summary,
                intro=summary,
                **self.picture(number + 4),
                body=[paragraph(f"{summary} Read the latest stories from our {title.lower()} work below.")],
            )
        return index

    def page_regions(self, home, contacts, partners):
        index = self.child(
            home,
            RegionIndexPage,
            "regions",
            title="Where we work",
            show_in_menus=True,
            intro="Eleven countries in four regions, each with partners who live and work there.",
            summary="The regions and countries where Open Hands Foundation works.",
        )
        for number, region in enumerate(structure.REGIONS):
            region_page = self.child(
                index,
                RegionPage,
                region["slug"],
                title=region["title"],
                summary=region["summary"],
                intro=region["summary"],
                **self.picture(number),
            )
            for slug, title, summary in region["countries"]:
                self.child(region_page, RegionPage, slug, title=title, summary=summary, intro=summary)
        return index

    def page_news(self, home, contacts, partners):
        return self.child(
            home,
            NewsIndexPage,
            "news",
            title="News",
            show_in_menus=True,
            intro="Stories and press releases from our programmes and the network.",
            summary="News and press releases from Open Hands Foundation.",
        )

    def page_contact(self, home, contacts, partners):
        spec = structure.CONTACT_PAGE
        existing = home.get_children().filter(slug=spec["slug"]).first()
        if existing:
            return self.keep(existing.specific)
        page = ContactPage(
            slug=spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            intro=spec["intro"],
            thank_you_text=spec["thank_you"],
            contact_point=contacts["head-office"],
            show_in_menus=True,
            to_address="info@openhands.example.org",
            from_address="website@openhands.example.org",
            subject="Message from the website",
            locale=self.locale,
        )
        fields = [
            ("Your name", "singleline", True, ""),
            ("Your e-mail address", "email", True, ""),
            ("What is it about?", "dropdown", True, "\n".join(spec["subjects"])),
            ("Your message", "multiline", True, ""),
        ]
        for order, (label, field_type, required, choices) in enumerate(fields):
            page.form_fields.add(
                page.form_fields.model(
                    sort_order=order, label=label, field_type=field_type, required=required, choices=choices
                )
            )
        home.add_child(instance=page)
        page.save_revision().publish()
        return self.keep(page)

    # News ------------------------------------------------------------------------------------------------

    def stories(self, news_index, press_office):
        regions = {page.slug: page for page in RegionPage.objects.filter(locale=self.locale)}
        sections = {page.slug: page for page in SectionPage.objects.filter(locale=self.locale)}
        by_title = {}
        for number, (date, kind, title, region_slugs, section_slugs, summary, texts, quote) in enumerate(
            stories.STORIES
        ):
            slug = slugify(title)[:80]
            existing = news_index.get_children().filter(slug=slug).first()
            if existing:
                by_title[title] = self.keep(existing.specific)
                continue
            body = [paragraph(texts[0])]
            if quote:
                body.append(("quote", {"quote": quote[0], "attribution": quote[1]}))
            body += [paragraph(text) for text in texts[1:]]
            if kind == stories.PRESS:
                body.append(("contact", {"contact": press_office, "heading": "Media enquiries"}))
            story = NewsPage(
                slug=slug,
                title=title,
                kind=kind,
                summary=summary,
                locale=self.locale,
                display_date=datetime.date.fromisoformat(date),
                **self.picture(number),
                body=body,
                press_contact=press_office if kind == stories.PRESS else None,
            )
            story.regions.set([regions[s] for s in region_slugs])
            story.sections.set([sections[s] for s in section_slugs])
            news_index.add_child(instance=story)
            story.save_revision().publish()
            by_title[title] = self.keep(story)
        for title, pick_titles in stories.RELATED_PICKS.items():
            story = by_title[title]
            if story.related_story_picks.exists():
                continue
            for order, pick_title in enumerate(pick_titles):
                RelatedStoryPick.objects.create(page=story, story=by_title[pick_title], sort_order=order)

    # Snippets --------------------------------------------------------------------------------------------

    def contact_points(self):
        return {
            key: self.keep(ContactPoint.objects.get_or_create(name=spec["name"], locale=self.locale, defaults=spec)[0])
            for key, spec in structure.CONTACT_POINTS.items()
        }

    def partners(self):
        partners = []
        for number, (name, url) in enumerate(structure.PARTNERS):
            partner, _ = Partner.objects.get_or_create(
                name=name, locale=self.locale, defaults={"url": url, "logo": partner_logo(name, number)}
            )
            partners.append(self.keep(partner))
        return partners

    def site_settings(self, head_office, give_page):
        record, _ = SiteSettings.objects.get_or_create(
            locale=self.locale,
            defaults={
                "organisation_name": "Open Hands Foundation",
                "tagline": "Standing with communities through crisis and recovery.",
                "contact_point": head_office,
                "donate_page": give_page,
                "donate_label": "Donate",
                "facebook_url": "https://social.example.org/openhands",
                "mastodon_url": "https://social.example.org/@openhands",
                "youtube_url": "https://video.example.org/openhands",
            },
        )
        if record.donate_url.startswith("/"):  # demo databases from before the donate page chooser held a path
            record.donate_url, record.donate_page = "", give_page
            record.save(update_fields=["donate_url", "donate_page"])
        return self.keep(record)


def ensure_translator():
    """A demo translator login in the Translators group (localization/translators.py); returns (username, password)."""
    from django.contrib.auth.models import Group

    from localization.translators import TRANSLATORS_GROUP

    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=TRANSLATOR_USERNAME, defaults={"email": "translator@example.org"}
    )
    if created:
        user.set_password(TRANSLATOR_PASSWORD)
        user.save()
    user.groups.add(Group.objects.get(name=TRANSLATORS_GROUP))
    return TRANSLATOR_USERNAME, TRANSLATOR_PASSWORD


def ensure_editor():
    """A demo editor login; returns (username, password, created)."""
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=EDITOR_USERNAME, defaults={"is_staff": True, "is_superuser": True, "email": "editor@example.org"}
    )
    if created:
        user.set_password(EDITOR_PASSWORD)
        user.save()
    return EDITOR_USERNAME, EDITOR_PASSWORD, created
