"""Writers, Editors and Communications lead, and the "News review" and "Page review" workflows (editorial/roles.py).

Idempotent, by name. On a fresh database no news index exists yet: `manage.py setup_editorial` (run by load_demo)
completes the Writers' permissions and the news workflow once it does."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

from editorial.roles import setup_editorial


def create_roles(apps, schema_editor):
    # Django creates model permissions after the last migration (post_migrate); a fresh database needs them now.
    for label in ("wagtailadmin", "wagtailcore", "wagtailimages", "wagtaildocs"):
        create_permissions(global_apps.get_app_config(label), apps=apps, verbosity=0)
    setup_editorial(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("news", "0002_embeds_fetched_on_save"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
