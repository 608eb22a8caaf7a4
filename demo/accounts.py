"""The demo's logins: an administrator called "editor" (a superuser), a translator in the Translators group, and one
login per editorial role (editorial/roles.py): a writer, a reviewing editor and the communications lead."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial.roles import COMMS_LEAD, EDITORS, WRITERS
from localization.translators import TRANSLATORS_GROUP

EDITOR_USERNAME = "editor"
EDITOR_PASSWORD = "editor-demo-password"  # noqa: S105 - documented demo login, development only
TRANSLATOR_USERNAME = "translator"
TRANSLATOR_PASSWORD = "translator-demo-password"  # noqa: S105 - documented demo login, development only
# (username, password, group): documented demo logins, development only (README, "Two commands").
ROLE_LOGINS = [
    ("writer", "writer-demo-password", WRITERS),
    ("reviewer", "reviewer-demo-password", EDITORS),
    ("commslead", "commslead-demo-password", COMMS_LEAD),
]


def ensure_role_logins():
    """One demo login per editorial role, in its group; returns [(username, password, group name)]."""
    for username, password, group_name in ROLE_LOGINS:
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"is_staff": True, "email": f"{username}@example.org"}
        )
        if created:
            user.set_password(password)
            user.save()
        user.groups.add(Group.objects.get(name=group_name))
    return ROLE_LOGINS


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
