"""Helpers for the member organisation tests: verified member accounts, organisations and pictures."""

import io

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from members.models import MemberOrganisation, Membership

MEMBER_PASSWORD = "a-long-member-passphrase"


def member_account(email, password=MEMBER_PASSWORD, verified=True):
    user = get_user_model().objects.create_user(username=email.split("@")[0] + email.split("@")[1], email=email)
    user.set_password(password)
    user.save()
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=verified)
    return user


def organisation(country, name="Harbour Aid", status="approved", posting_right="new", people=(), **fields):
    org = MemberOrganisation.objects.create(
        name=name,
        slug=fields.pop("slug", name.lower().replace(" ", "-")),
        country=country,
        description=fields.pop("description", f"{name} works with families."),
        contact_name="Ayşe Demir",
        contact_email=fields.pop("contact_email", "contact@example.org"),
        status=status,
        posting_right=posting_right,
        **fields,
    )
    for number, user in enumerate(people):
        Membership.objects.create(organisation=org, user=user, is_coordinator=number == 0)
    return org


def picture_upload(width=1280, height=720, image_format="JPEG", name="photo.jpg", exif=False):
    image = Image.new("RGB", (width, height), (30, 120, 90))
    out = io.BytesIO()
    kwargs = {}
    if exif:
        data = Image.Exif()
        data[0x010F] = "SecretCamera"  # Make
        data[0x013B] = "Photographer Name"  # Artist
        kwargs["exif"] = data
    image.save(out, format=image_format, **kwargs)
    content_type = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}.get(image_format, "image/gif")
    return SimpleUploadedFile(name, out.getvalue(), content_type=content_type)
