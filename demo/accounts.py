"""The demo's two logins: an editor (a superuser) and a translator in the Translators group."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from localization.translators import TRANSLATORS_GROUP

EDITOR_USERNAME = "editor"
EDITOR_PASSWORD = "editor-demo-password"  # noqa: S105 - documented demo login, development only
TRANSLATOR_USERNAME = "translator"
TRANSLATOR_PASSWORD = "translator-demo-password"  # noqa: S105 - documented demo login, development only


def ensure_translator():
    """A demo translator login in the Translators group (localization/translators.py); returns (username, password)."""
    user, created = get_user_model().objects.get_or_create(
        username=TRANSLATOR_USERNAME, defaults={"email": "translator@example.org"}
    )
    if created:
        user.set_password(TRANSLATOR_PASSWORD)
        user.save()
    user.groups.add(Group.objects.get(name=TRANSLATORS_GROUP))
    return TRANSLATOR_USERNAME, TRANSLATOR_PASSWORD


def ensure_editor():
    """A demo editor login; returns (username, password, created)."""
    user, created = get_user_model().objects.get_or_create(
        username=EDITOR_USERNAME, defaults={"is_staff": True, "is_superuser": True, "email": "editor@example.org"}
    )
    if created:
        user.set_password(EDITOR_PASSWORD)
        user.save()
    return EDITOR_USERNAME, EDITOR_PASSWORD, created
