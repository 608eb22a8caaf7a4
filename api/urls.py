"""The open API at /api/v3/: read-only, rate limited, CORS open for reads; its OpenAPI 3.1 description at
/api/v3/openapi.json (docs/api.md)."""

from django.conf import settings
from ninja import NinjaAPI
from ninja.renderers import JSONRenderer
from ninja.throttling import BaseThrottle
from wagtail.api.v3.errors import register_exception_handlers

from core.abuse import RateLimit, client_ip

from .endpoints import router
from .organisations import router as organisations_router

API_REQUESTS = RateLimit("api-requests", "API_RATE_LIMIT", "API_RATE_WINDOW")


class ClientRateLimit(BaseThrottle):
    """The project's rate limit (core/abuse.py) per client address; a 429 past API_RATE_LIMIT a window."""

    def allow_request(self, request):
        identity = client_ip(request)
        if API_REQUESTS.exceeded(identity):
            return False
        API_REQUESTS.hit(identity)
        return True

    def wait(self):
        return float(API_REQUESTS.window)


class ReadableJSONRenderer(JSONRenderer):
    """Titles in Turkish and Arabic as they are written, not as \\u escapes."""

    json_dumps_params = {"ensure_ascii": False}


api = NinjaAPI(
    title="Open Hands API",
    version="3.0.0",
    description="Read-only news, regions, programme areas, images, documents and member organisations of the site, "
    "in every language. Only live, public content.",
    urls_namespace="open_api",
    openapi_url="/openapi.json",
    docs_url=None,
    throttle=[ClientRateLimit()],
    renderer=ReadableJSONRenderer(),
    servers=[{"url": settings.PUBLIC_URL}],
)
register_exception_handlers(api)
api.add_router("/", router)
api.add_router("/", organisations_router)
