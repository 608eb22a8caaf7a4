"""Factories for every page type and snippet; tests build the content they need with these."""

import datetime
import uuid

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from wagtail.models import Collection, Locale

from donations.models import DonatePage
from home.models import ContactPage, ContactPoint, HomePage, Partner, SiteSettings, StandardPage
from news.models import NewsIndexPage, NewsPage
from regions.models import RegionIndexPage, RegionPage
from sections.models import SectionIndexPage, SectionPage


class LocaleFactory(factory.django.DjangoModelFactory):
    language_code = "en"

    class Meta:
        model = Locale
        django_get_or_create = ("language_code",)


class ImageFactory(wagtail_factories.ImageFactory):
    # In the root collection, as the admin's uploader puts it (wagtail-factories makes a new root per upload, on
    # which no group has permissions).
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Photo {n}")
    description = factory.LazyAttribute(lambda obj: f"Description of {obj.title}")


class BasePageFactory(wagtail_factories.PageFactory):
    summary = factory.LazyAttribute(lambda obj: f"Summary of {obj.title}.")

    class Meta:
        abstract = True


class HomePageFactory(BasePageFactory):
    title = "Home"
    slug = "home"
    hero_heading = "Standing with communities"
    intro = "We support people through crises and beyond."

    class Meta:
        model = HomePage


class StandardPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = "An introduction to this page."

    class Meta:
        model = StandardPage


class ContactPageFactory(BasePageFactory):
    title = "Contact"
    to_address = "office@example.org"
    from_address = "website@example.org"
    subject = "Website message"

    class Meta:
        model = ContactPage


class DonatePageFactory(BasePageFactory):
    title = "Donate"
    slug = "donate"
    intro = "Every gift reaches a programme chosen with the people it serves."
    suggested_amounts = "10 25 50"
    currencies = "EUR USD"
    impact_lines = "25 keeps a clinic open for a day\n50 buys a school bag and books"
    bank_account_holder = "Open Hands Foundation"
    iban = "XX00 1234 5678 9012 3456 78"
    bic = "OPENXX22"

    class Meta:
        model = DonatePage


class NewsIndexPageFactory(BasePageFactory):
    title = "News"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Story number {n}")
    kind = NewsPage.Kind.NEWS
    display_date = factory.Sequence(lambda n: datetime.date(2026, 6, 30) - datetime.timedelta(days=n))

    class Meta:
        model = NewsPage
        skip_postgeneration_save = True

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if create and extracted:
            self.regions.set(extracted)
            self.save()

    @factory.post_generation
    def sections(self, create, extracted, **kwargs):
        if create and extracted:
            self.sections.set(extracted)
            self.save()


class RegionIndexPageFactory(BasePageFactory):
    title = "Regions"
    slug = "regions"

    class Meta:
        model = RegionIndexPage


class RegionPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Region {n}")

    class Meta:
        model = RegionPage


class SectionIndexPageFactory(BasePageFactory):
    title = "What we do"
    slug = "what-we-do"

    class Meta:
        model = SectionIndexPage


class SectionPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Section {n}")

    class Meta:
        model = SectionPage


class ContactPointFactory(factory.django.DjangoModelFactory):
    name = "Press office"
    address = "12 Harbour Street\nSampletown"
    phone = "+00 100 200 300"
    email = "press@example.org"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = ContactPoint


class PartnerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Partner organisation {n}")
    url = "https://partner.example.org/"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Partner


class SiteSettingsFactory(factory.django.DjangoModelFactory):
    organisation_name = "Open Hands Foundation"
    tagline = "Together through crisis and recovery"
    contact_point = factory.SubFactory(ContactPointFactory, name="Head office")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = SiteSettings


def admin_group(name, *permissions):
    """A group holding model permissions named "app_label.codename" (and no page permission)."""
    group = Group.objects.create(name=name)
    for permission in permissions:
        app_label, codename = permission.split(".")
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return group


def staff_user(username, *groups):
    """A staff user with the password "pw" in the given groups."""
    user = get_user_model().objects.create_user(username=username, password="pw", is_staff=True)
    user.groups.add(*groups)
    return user


def bulk_stories(news_index, count, regions=(), sections=()):
    """`count` live stories under `news_index` in a few bulk inserts (a factory builds one in ~0.2 s): tagged in
    turn with `regions` and `sections`, dated one a day back from 2020. No search index entries."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    last_child = news_index.get_last_child()
    step = Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child else 1
    depth, content_type = news_index.depth + 1, ContentType.objects.get_for_model(NewsPage)
    pages = []
    for number in range(count):
        slug = f"bulk-story-{step + number}"
        pages.append(
            Page(
                title=f"Archive story {number}",
                draft_title=f"Archive story {number}",
                slug=slug,
                content_type=content_type,
                path=Page._get_path(news_index.path, depth, step + number),
                depth=depth,
                url_path=f"{news_index.url_path}{slug}/",
                live=True,
                first_published_at=timezone.now(),
                last_published_at=timezone.now(),
                locale_id=news_index.locale_id,
                translation_key=uuid.uuid4(),
            )
        )
    Page.objects.bulk_create(pages)
    by_path = dict(Page.objects.filter(path__in=[page.path for page in pages]).values_list("path", "pk"))
    ids = [by_path[page.path] for page in pages]
    stories = [
        NewsPage(
            page_ptr_id=pk,
            summary="An older story from the archive.",
            display_date=datetime.date(2020, 1, 1) - datetime.timedelta(days=number),
            kind=NewsPage.Kind.PRESS_RELEASE if number % 3 == 0 else NewsPage.Kind.NEWS,
            body=[],
        )
        for number, pk in enumerate(ids)
    ]
    NewsPage._base_manager._insert(stories, fields=NewsPage._meta.local_concrete_fields, using="default")
    if regions:
        NewsPage.regions.through.objects.bulk_create(
            NewsPage.regions.through(newspage_id=pk, regionpage_id=regions[number % len(regions)].pk)
            for number, pk in enumerate(ids)
        )
    if sections:
        NewsPage.sections.through.objects.bulk_create(
            NewsPage.sections.through(newspage_id=pk, sectionpage_id=sections[number % len(sections)].pk)
            for number, pk in enumerate(ids)
        )
    Page.objects.filter(pk=news_index.pk).update(numchild=news_index.get_children().count())
    return ids
