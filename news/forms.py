"""The admin form for stories: region and section choices in the story's own language only, the image checked."""

from core.forms import BasePageForm


class NewsPageForm(BasePageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = getattr(self.instance, "locale_id", None)
        if locale_id:
            for name in ("regions", "sections"):
                field = self.fields.get(name)
                if field is not None:
                    field.queryset = field.queryset.filter(locale_id=locale_id).order_by("path")
