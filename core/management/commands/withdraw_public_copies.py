"""Remove public copies (MEDIA_ROOT) of images that are no longer public: the sweep for changes no signal announced.

Run it from cron as often as a stale copy may live (e.g. every 5 minutes, as PAGE_CACHE_SECONDS); the signals in
core/private_files.py withdraw copies at once for publishing, unpublishing, moving, deleting and restricting.
"""

from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from core.private_files import public_storage, uses_of


class Command(BaseCommand):
    help = "Delete copies under MEDIA_ROOT of renditions whose image is no longer public (or no longer exists)."

    def handle(self, *args, **options):
        public = public_storage()
        names = public.listdir("images")[1] if public.exists("images") else []
        image_by_name = dict(
            get_image_model()
            .get_rendition_model()
            .objects.filter(file__in=[f"images/{name}" for name in names])
            .values_list("file", "image_id")
        )
        uses = uses_of(get_image_model(), set(image_by_name.values()))
        withdrawn = 0
        for name in names:
            image_id = image_by_name.get(f"images/{name}")
            if image_id is None or not uses[image_id].public:
                public.delete(f"images/{name}")
                withdrawn += 1
        self.stdout.write(f"Withdrew {withdrawn} of {len(names)} public copies.")
