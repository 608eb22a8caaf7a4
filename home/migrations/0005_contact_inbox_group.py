"""The "Contact inbox" group: the only non-superusers who may read, export and delete contact-form submissions
(home/contact_inbox.py). Add the people who answer visitors' messages to it under Settings › Users."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Contact inbox"
PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtailforms", "view_formsubmission"),
    ("wagtailforms", "delete_formsubmission"),
]


def create_contact_inbox(apps, schema_editor):
    # Django creates model permissions after the last migration (post_migrate); a fresh database needs them now.
    create_permissions(global_apps.get_app_config("wagtailforms"), apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=GROUP)
    for app_label, codename in PERMISSIONS:
        group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def remove_contact_inbox(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_embeds_fetched_on_save"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailforms", "0005_alter_formsubmission_form_data"),
    ]

    operations = [migrations.RunPython(create_contact_inbox, remove_contact_inbox)]
