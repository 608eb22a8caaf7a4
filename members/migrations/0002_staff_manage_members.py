"""Editors and the communications lead decide applications and set posting rights (members.change_memberorganisation)."""

from django.db import migrations

GROUPS = ["Editors", "Communications lead"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    # Permissions are made after the last migration; this one needs it now (the same row, made early).
    content_type = ContentType.objects.get_or_create(app_label="members", model="memberorganisation")[0]
    permission = Permission.objects.get_or_create(
        content_type=content_type,
        codename="change_memberorganisation",
        defaults={"name": "Can change member organisation"},
    )[0]
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0001_initial"),
        ("editorial", "0002_roles_and_workflows"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
