"""Contact form fields become translatable: each existing field takes its page's locale and a translation key."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def give_fields_their_page_locale(apps, schema_editor):
    ContactFormField = apps.get_model("home", "ContactFormField")
    # Values, not instances: the historical ContactPage cannot be instantiated (FormMixin needs its template).
    for field_id, locale_id in ContactFormField.objects.values_list("id", "page__locale_id"):
        ContactFormField.objects.filter(id=field_id).update(locale_id=locale_id, translation_key=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_site_settings_donate_page"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="contactformfield",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="contactformfield",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(give_fields_their_page_locale, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="contactformfield",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="contactformfield",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(name="contactformfield", unique_together={("translation_key", "locale")}),
    ]
