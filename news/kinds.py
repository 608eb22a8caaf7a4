"""The kinds of story: a news article or a press release."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class StoryKind(models.TextChoices):
    NEWS = "news", _("News")
    PRESS_RELEASE = "press-release", _("Press release")
