"""CORS for the open API: any origin may read (GET, HEAD, and the preflight OPTIONS); nothing else is allowed
cross-origin, and no credentials are ever shared (no Allow-Credentials)."""

from django.http import HttpResponse

API_PREFIX = "/api/"
READS = ("GET", "HEAD")


class ReadOnlyCorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        if request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META:
            response = HttpResponse(status=204)
            if request.META["HTTP_ACCESS_CONTROL_REQUEST_METHOD"] in READS:
                response["Access-Control-Allow-Origin"] = "*"
                response["Access-Control-Allow-Methods"] = ", ".join(READS)
                response["Access-Control-Max-Age"] = "86400"
            return response
        response = self.get_response(request)
        if request.method in READS:
            response["Access-Control-Allow-Origin"] = "*"
        return response
