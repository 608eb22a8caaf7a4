"""Admin forms that check a chosen image's size for its use: every page type's, and partner logos'."""

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

from core.image_sizes import image_size_error


class ImageSizeCheck:
    """Adds a clear error to each image field in `image_uses` ({field name: use}) that is too small for its use."""

    image_uses = {}

    def clean(self):
        cleaned_data = super().clean()
        for name, use in self.image_uses.items():
            error = image_size_error(cleaned_data.get(name), use)
            if error:
                self.add_error(name, error)
        return cleaned_data


class BasePageForm(ImageSizeCheck, WagtailAdminPageForm):
    image_uses = {"image": "hero"}  # a page's image is its hero and its card


class LogoForm(ImageSizeCheck, WagtailAdminModelForm):
    """For snippets with a `logo` (partner organisations)."""

    image_uses = {"logo": "logo"}
