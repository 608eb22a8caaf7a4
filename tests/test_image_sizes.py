"""Images are checked for size when an editor picks one: a page's image (hero and card) and a partner's logo."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Collection
from wagtail.test.utils.form_data import querydict_from_html
from wagtail.users.models import UserProfile

from home.models import Partner

from . import factories

pytestmark = pytest.mark.django_db


def save_with_image(client, page, image):
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(client.get(edit_url).content.decode(), form_id="page-edit-form")
    data.setdefault("body-count", "0")
    data["image"] = str(image.pk)
    return client.post(edit_url, data)


def field_errors(response, name):
    return [str(error) for error in response.context["form"].errors.get(name, [])]


@pytest.mark.parametrize("page_fixture", ["story", "standard"])
def test_too_small_page_image_is_refused_with_its_size_and_the_minimum(
    admin_client, make_story, home_page, page_fixture
):
    page = make_story("Story") if page_fixture == "story" else factories.StandardPageFactory(parent=home_page)
    response = save_with_image(admin_client, page, factories.ImageFactory(file__width=480, file__height=160))
    assert response.status_code == 200
    assert field_errors(response, "image") == [
        "This image is 480×160 pixels; here it needs at least 1280×720 pixels, or it shows blurred. "
        "Choose a larger image."
    ]


def test_large_enough_page_image_is_accepted(admin_client, make_story):
    story = make_story("Story")
    response = save_with_image(admin_client, story, factories.ImageFactory(file__width=1600, file__height=900))
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.get_latest_revision_as_object().image.width == 1600


def test_a_logo_is_never_a_page_image_whatever_its_size(admin_client, make_story):
    logos = Collection.get_first_root_node().add_child(name="Logos")
    big_logo = factories.ImageFactory(file__width=2000, file__height=1200, collection=logos)
    response = save_with_image(admin_client, make_story("Story"), big_logo)
    assert field_errors(response, "image") == [
        "This image is in the “Logos” collection: choose a photograph, not a logo."
    ]


@pytest.mark.parametrize(("language", "words"), [("tr", "piksel"), ("ar", "بكسل")], ids=["tr", "ar"])
def test_the_message_is_in_the_editor_language(admin_client, admin_user, make_story, language, words):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = language
    profile.save()
    response = save_with_image(
        admin_client, make_story("Story"), factories.ImageFactory(file__width=480, file__height=160)
    )
    (message,) = field_errors(response, "image")
    assert words in message and "480×160" in message


def test_too_small_partner_logo_is_refused(admin_client):
    url = reverse("wagtailsnippets_home_partner:add")
    tiny = factories.ImageFactory(file__width=40, file__height=20)
    with translation.override("en"):
        response = admin_client.post(url, {"name": "Tiny Ltd", "logo": tiny.pk, "url": "", "show_in_footer": "on"})
    assert response.status_code == 200
    assert "needs at least 160×60 pixels" in str(response.context["form"].errors["logo"])
    assert not Partner.objects.filter(name="Tiny Ltd").exists()
