"""URL map: language-neutral endpoints first, then every public page under its language prefix."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from api.urls import api
from core.sitemap import sitemap_view
from core.views import private_media, public_media, robots_txt
from editorial.embargo import embargo_preview

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v3/", api.urls),
    path("sitemap.xml", sitemap_view, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # Uploads (docs/security.md, "Private files"): the web server serves public copies under /media/ itself and
    # passes a miss on; /private-media/ always comes here.
    path("media/<path:path>", public_media, name="public_media"),
    path("private-media/<path:path>", private_media, name="private_media"),
]

urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("embargo/<str:token>/", embargo_preview, name="embargo_preview"),
    path("accounts/", include("allauth.urls")),
    path("", include("members.urls")),
    path("follow/", include("subscriptions.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
