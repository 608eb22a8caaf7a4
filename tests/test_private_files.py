"""Files follow their pages: a document or image used only on private pages reaches only those who may see one.

Through real pages and real HTTP: the rendered page gives the file addresses, the test client fetches them as
an anonymous reader, as a reader who passed the restriction and as an editor. `MEDIA_ROOT` stands for what the
web server exposes at /media/ (docs/security.md, "Private files").
"""

import io
import json
import re
from pathlib import Path

import factory
import pytest
import wagtail_factories
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Collection, PageViewRestriction

from tests import factories

pytestmark = pytest.mark.django_db

RESTRICTIONS = ["password", "login", "groups"]


@pytest.fixture(autouse=True)
def _own_public_media_folder(settings, tmp_path):
    """Each test sees only the public copies it made."""
    settings.MEDIA_ROOT = str(tmp_path / "media")


class DocumentFactory(wagtail_factories.DocumentFactory):
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Annual report {n}")
    file = factory.django.FileField(filename="annual-report.pdf", data=b"%PDF-1.4 report")


def body_using(image, document):
    """A story body with an image block and a paragraph linking the document, as the editor's choosers store them."""
    return json.dumps(
        [
            {"type": "image", "value": {"image": image.pk, "alt_text": "Volunteers", "caption": ""}},
            {"type": "paragraph", "value": f'<p>Read <a linktype="document" id="{document.pk}">the report</a>.</p>'},
        ]
    )


@pytest.fixture
def files():
    """A hero image, a body image and a document, used nowhere yet."""
    return {"hero": factories.ImageFactory(), "body": factories.ImageFactory(), "document": DocumentFactory()}


@pytest.fixture
def story(news_index, files):
    """A live, public story whose hero, body image and document link use the files."""
    return factories.NewsPageFactory(
        parent=news_index,
        title="Clinic opens in Shkodër",
        image=files["hero"],
        body=body_using(files["body"], files["document"]),
    )


def file_urls(html):
    """Every image candidate (src and srcset) and document link on a rendered page."""
    images = re.findall(r'<img [^>]*\bsrc="([^"]+)"', html)
    for srcset in re.findall(r'srcset="([^"]+)"', html):
        images += [candidate.split()[0] for candidate in srcset.split(",")]
    documents = re.findall(r'href="(/documents/[^"]+)"', html)
    return sorted(set(images)), documents


def fetch(client, url):
    response = client.get(url)
    if hasattr(response, "streaming_content"):
        b"".join(response.streaming_content)  # close the file
    return response.status_code


def statuses(client, urls):
    return {fetch(client, url) for url in urls}


def rendered_file_urls(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    images, documents = file_urls(response.content.decode())
    assert images and documents
    return images, documents


def public_copies():
    """Files the web server would serve at /media/ without asking the application."""
    return {path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()}


def restrict(page, kind, group=None):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, password="s3cret-harbour")
    if group is not None:
        restriction.groups.add(group)
    return restriction


@pytest.fixture
def members():
    return Group.objects.create(name="Working group")


@pytest.fixture
def allowed_reader(client, django_user_model, members):
    """Make the client a reader who passes this restriction, the way each reader does on the site."""

    def let_in(restriction, page):
        if restriction.restriction_type == "password":
            with translation.override("en"):
                url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
            response = client.post(url, {"password": "s3cret-harbour", "return_url": page.url})
            assert response.status_code == 302
        else:
            member = django_user_model.objects.create_user("member", password="pw-member-1")
            member.groups.add(members)
            client.force_login(member)
        return client

    return let_in


@pytest.fixture
def editor(django_user_model):
    """A member of Wagtail's Editors group, who may choose any image or document in the admin."""
    user = django_user_model.objects.create_user("editor", password="pw-editor-1")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def private_story(story, kind, members):
    return restrict(story, kind, members if kind == "groups" else None)


@pytest.mark.parametrize("kind", RESTRICTIONS)
def test_private_story_files_are_404_to_anonymous_readers(client, story, members, kind, allowed_reader):
    restriction = private_story(story, kind, members)
    images, documents = rendered_file_urls(allowed_reader(restriction, story), story)
    client.logout()
    client.cookies.clear()

    assert all(url.startswith("/private-media/images/") for url in images)
    assert statuses(client, images + documents) == {404}
    # Nor at the public address the web server answers, nor as the stored originals.
    assert statuses(client, [url.replace("/private-media/", "/media/") for url in images]) == {404}
    assert public_copies() == set()


@pytest.mark.parametrize("kind", RESTRICTIONS)
def test_reader_who_may_see_a_private_story_gets_its_files(client, story, members, kind, allowed_reader):
    restriction = private_story(story, kind, members)
    images, documents = rendered_file_urls(allowed_reader(restriction, story), story)

    assert statuses(client, images + documents) == {200}
    assert public_copies() == set()  # served by the application, never copied where the web server looks


def test_signed_in_reader_outside_the_group_gets_404(client, story, members, django_user_model, allowed_reader):
    restriction = private_story(story, "groups", members)
    images, documents = rendered_file_urls(allowed_reader(restriction, story), story)
    client.force_login(django_user_model.objects.create_user("outsider", password="pw-outsider-1"))

    assert statuses(client, images + documents) == {404}


def test_public_story_files_are_served_and_copied_for_the_web_server(client, story):
    images, documents = rendered_file_urls(client, story)

    assert all(url.startswith("/media/images/") for url in images)
    assert statuses(client, images + documents) == {200}
    assert {f"/media/{path.relative_to(settings.MEDIA_ROOT)}" for path in public_copies()} == set(images)


def test_public_story_render_decides_image_addresses_without_a_query(client, story):
    client.get(story.url)  # warm the per-generation lists and renditions
    with CaptureQueriesContext(connection) as queries:
        assert client.get(story.url).status_code == 200
    touched = " ".join(query["sql"].lower() for query in queries.captured_queries)
    assert "referenceindex" not in touched
    assert "pageviewrestriction" not in touched


def test_file_only_in_an_unpublished_draft_stays_private_and_the_page_still_renders(client, news_index, editor):
    story = factories.NewsPageFactory(parent=news_index, title="Draft adds a report")
    image, document = factories.ImageFactory(), DocumentFactory()
    story.body = body_using(image, document)
    story.save_revision()  # an editor saves a draft; the live story is unchanged

    response = client.get(story.url)
    assert response.status_code == 200
    assert file_urls(response.content.decode()) == ([], [])
    rendition = image.get_rendition("width-640|format-jpeg")
    assert statuses(client, [rendition.url, f"/media/{rendition.file.name}", document.url]) == {404}

    # The editor's view of the draft shows them, at addresses that work for the editor.
    client.force_login(editor)
    draft = client.get(reverse("wagtailadmin_pages:view_draft", args=[story.pk]))
    assert draft.status_code == 200
    images, documents = file_urls(draft.content.decode())
    assert images and documents
    assert statuses(client, images + documents) == {200}


def test_upload_used_nowhere_is_for_editors_only(client, files, editor):
    rendition = files["hero"].get_rendition("max-165x165")
    urls = [rendition.url, files["document"].url, files["hero"].file.url]
    assert statuses(client, urls) == {404}

    client.force_login(editor)
    assert statuses(client, urls) == {200}
    assert client.get(reverse("wagtailimages:index")).status_code == 200


def test_private_story_made_public_again_makes_its_files_reachable(client, story, members):
    restriction = private_story(story, "groups", members)
    restriction.delete()

    images, documents = rendered_file_urls(client, story)
    assert all(url.startswith("/media/images/") for url in images)
    assert statuses(client, images + documents) == {200}


@pytest.mark.parametrize("kind", RESTRICTIONS)
def test_public_story_made_private_protects_its_files(client, story, members, kind):
    images, documents = rendered_file_urls(client, story)
    assert statuses(client, images + documents) == {200}
    assert public_copies()

    private_story(story, kind, members)

    assert public_copies() == set()  # nothing left for the web server to hand out
    assert statuses(client, images + documents) == {404}


def test_unpublished_story_takes_its_files_with_it(client, story):
    images, documents = rendered_file_urls(client, story)
    statuses(client, images)

    story.unpublish()

    assert public_copies() == set()
    assert statuses(client, images + documents) == {404}


def test_story_below_a_restricted_index_protects_its_files(client, story, news_index):
    images, documents = rendered_file_urls(client, story)
    statuses(client, images)

    restrict(news_index, "login")

    assert public_copies() == set()
    assert statuses(client, images + documents) == {404}


def test_story_below_an_unpublished_index_protects_its_files(client, story, news_index):
    images, documents = rendered_file_urls(client, story)
    statuses(client, images)

    news_index.unpublish()  # Wagtail leaves the story live; readers still may not reach it

    assert public_copies() == set()
    assert statuses(client, images + documents) == {404}


def test_file_on_a_public_and_a_private_page_is_public(client, story, news_index, files, members):
    other = factories.NewsPageFactory(
        parent=news_index, title="Members only", body=body_using(files["body"], files["document"])
    )
    restrict(other, "groups", members)

    images, documents = rendered_file_urls(client, story)
    assert statuses(client, images + documents) == {200}
    # Also at the address the private page gives its readers.
    rendition = files["body"].get_rendition("width-640|format-jpeg")
    assert statuses(client, [rendition.url]) == {200}


def test_publishing_a_revision_that_drops_an_image_withdraws_its_public_copy(client, story, news_index, files, members):
    other = factories.NewsPageFactory(parent=news_index, title="Members only", image=files["hero"])
    restrict(other, "groups", members)
    images, _documents = rendered_file_urls(client, story)
    statuses(client, images)
    hero_copies = {path for path in public_copies() if "fill-" in path.name}
    assert hero_copies

    story.image = None
    story.save_revision().publish()

    assert hero_copies.isdisjoint(public_copies())
    rendition = files["hero"].get_rendition("fill-800x450|format-jpeg")
    assert statuses(client, [rendition.url, f"/media/{rendition.file.name}"]) == {404}


def test_partner_logo_in_the_footer_is_public(client, home_page, story):
    logo = factories.ImageFactory()
    factories.PartnerFactory(name="Harbour Trust", logo=logo)

    html = client.get(story.url).content.decode()
    logo_urls = [
        re.search(r'src="([^"]+)"', tag).group(1) for tag in re.findall(r'<img [^>]*"Harbour Trust"[^>]*>', html)
    ]

    assert logo_urls
    assert statuses(client, logo_urls) == {200}


def test_sweep_withdraws_copies_a_change_without_signal_left_behind(client, story):
    images, _documents = rendered_file_urls(client, story)
    statuses(client, images)
    # A restriction written without signals (a bulk import, raw SQL) leaves the copies in place...
    PageViewRestriction.objects.bulk_create([PageViewRestriction(page=story, restriction_type="login")])
    assert public_copies()

    call_command("withdraw_public_copies", stdout=io.StringIO())

    assert public_copies() == set()
    assert statuses(client, images) == {404}
