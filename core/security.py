"""Security headers Django does not set itself: Content-Security-Policy and Permissions-Policy.

Public pages get a strict policy (no inline scripts or styles, nothing from other hosts) and may not be framed.
Wagtail's admin runs inline scripts whose text changes with every form (date pickers, choosers, inline panels, and
scripts inside HTML fragments that its JavaScript inserts), and its rich-text editor and wagtail-localize's editor
insert style elements, so /admin/ keeps 'unsafe-inline' for script and style elements, but no inline event handler
(script-src-attr 'none', the usual vehicle of injected HTML), no eval, no <base>, nothing from another host and no
framing by others (docs/security.md, "The admin's Content-Security-Policy").

A preview (the admin's preview panel, "View draft", the moderators' preview) renders the public page inside a fake
request to its public address, so it is recognised by `request.is_preview`, not by its path: it keeps the public
policy but may be framed by the admin on the same origin.
"""

from urllib.parse import urlsplit

from django.conf import settings

PUBLIC_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
ADMIN_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "script-src-attr 'none'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "frame-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)
PREVIEW_POLICY = PUBLIC_POLICY.replace("frame-ancestors 'none'", "frame-ancestors 'self'")


def with_checkout(policy, checkout_url):
    """The policy with the payment provider's origin allowed as a form's destination: browsers apply `form-action`
    to the redirect that follows a form, and the donate form's answer redirects to the hosted checkout."""
    url = urlsplit(checkout_url)
    if not (url.scheme in ("http", "https") and url.netloc):
        return policy
    return policy.replace("form-action 'self'", f"form-action 'self' {url.scheme}://{url.netloc}")


PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/admin/"
        self.public_policy = with_checkout(PUBLIC_POLICY, settings.DONATION_CHECKOUT_URL)
        self.preview_policy = with_checkout(PREVIEW_POLICY, settings.DONATION_CHECKOUT_URL)

    def __call__(self, request):
        response = self.get_response(request)
        is_admin = request.path.startswith(self.admin_prefix)
        is_preview = getattr(request, "is_preview", False)  # set by Wagtail on its fake preview requests
        policy = ADMIN_POLICY if is_admin else self.preview_policy if is_preview else self.public_policy
        response.setdefault("Content-Security-Policy", policy)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if is_admin or is_preview:
            # Wagtail's preview panel frames the site from the admin on the same origin.
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response
