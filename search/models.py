"""Searches that found nothing, per language, so editors and translators see what readers miss."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UnansweredQuery(models.Model):
    language_code = models.CharField(_("language"), max_length=20, db_index=True)
    query_string = models.CharField(_("search"), max_length=200)
    hits = models.PositiveIntegerField(_("times searched"), default=0)
    last_searched_at = models.DateTimeField(_("last searched"), default=timezone.now)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        ordering = ["-hits", "-last_searched_at"]
        constraints = [
            models.UniqueConstraint(fields=["language_code", "query_string"], name="unique_unanswered_query")
        ]

    def __str__(self):
        return f"{self.query_string} ({self.language_code})"

    @classmethod
    def record(cls, language_code, query_string):
        entry, _created = cls.objects.get_or_create(
            language_code=language_code, query_string=query_string.lower()[:200]
        )
        cls.objects.filter(pk=entry.pk).update(hits=models.F("hits") + 1, last_searched_at=timezone.now())
