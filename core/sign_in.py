"""Every way in is throttled: sign-in through django-axes, page passwords and password resets through counters.

django-axes hooks into Django's `authenticate()`, so the Wagtail admin's sign-in, Wagtail's front-end sign-in
(`/<lang>/_util/login/`) and any later sign-in form share one count, kept per username *and* client address: a
guesser elsewhere can never lock an editor out. Page passwords and password resets do not go through
`authenticate()`; `ThrottleMiddleware` counts them per client (core/abuse.py). Every refusal is the same form
again with status 429, a message in the reader's language, `Retry-After`, and what was typed (never a password).
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext
from django.views.generic.edit import FormMixin
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Page, PageViewRestriction

from .abuse import (
    PAGE_PASSWORD_FAILURES,
    PASSWORD_RESETS_FOR_ACCOUNT,
    PASSWORD_RESETS_FROM_ADDRESS,
    client_ip,
    wait_message,
)

logger = logging.getLogger(__name__)

# Fields whose values are never sent back to the browser in a refused form.
SECRET_FIELDS = {"password", "password1", "password2", "csrfmiddlewaretoken"}


def sign_in_cool_off(request=None):
    """AXES_COOLOFF_TIME: how long a username and address stay locked out after too many failures."""
    return timedelta(seconds=settings.LOGIN_FAILURE_WINDOW)


def sign_in_failure_limit(request=None, credentials=None):
    """AXES_FAILURE_LIMIT, read at each attempt; LOGIN_FAILURE_LIMIT = 0 turns the lockout off."""
    return settings.LOGIN_FAILURE_LIMIT or 2**31


def normalised_username(request, credentials):
    """One count for "Editor" and "editor ": axes keys its records on what this returns. Member organisations sign
    in with their e-mail address (django-allauth passes it as `email`), which is counted the same way."""
    credentials = credentials or {}
    return str(credentials.get("username") or credentials.get("email") or "").strip().casefold()


def axes_client_ip(request):
    return client_ip(request)


def _retry_after(response, seconds):
    response["Retry-After"] = str(int(seconds))
    return response


def refused_form_response(request, message, retry_after):
    """The class-based form view that was asked for, shown again with status 429: nothing posted is checked or
    acted on, what was typed is kept as initial values. Views that are not forms get a plain 429."""
    match = getattr(request, "resolver_match", None)
    view_class = getattr(getattr(match, "func", None), "view_class", None)
    if view_class is None or not issubclass(view_class, FormMixin):
        return _retry_after(HttpResponse(message, status=429, content_type="text/plain; charset=utf-8"), retry_after)

    class RefusedFormView(view_class):
        def post(self, request, *args, **kwargs):
            return self.get(request, *args, **kwargs)

        def get_form_kwargs(self):
            kwargs = super().get_form_kwargs()
            kwargs.pop("data", None)
            kwargs.pop("files", None)
            typed = {key: value for key, value in self.request.POST.items() if key not in SECRET_FIELDS}
            kwargs["initial"] = {**kwargs.get("initial", {}), **typed}
            return kwargs

        def render_to_response(self, context, **response_kwargs):
            response_kwargs["status"] = 429
            return _retry_after(super().render_to_response(context, **response_kwargs), retry_after)

    messages.error(request, message)
    response = RefusedFormView.as_view(**match.func.view_initkwargs)(request, *match.args, **match.kwargs)
    # Rendered here: a middleware answers with it, after the handler has rendered what views return.
    return response.render() if hasattr(response, "render") else response


def locked_out_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the sign-in form again, refused. The same answer whether the account exists."""
    logger.warning("Sign-in locked out for address %s", client_ip(request))
    message = (
        gettext("Too many failed sign-in attempts. For your security, signing in is paused.")
        + " "
        + wait_message(settings.LOGIN_FAILURE_WINDOW)
    )
    return refused_form_response(request, message, settings.LOGIN_FAILURE_WINDOW)


def _refused_page_password(request, restriction_id, page_id):
    """Wagtail's password form for the private page, with status 429; the return address typed is kept."""
    restriction = get_object_or_404(PageViewRestriction, id=restriction_id)
    page = get_object_or_404(Page, id=page_id).specific
    form = PasswordViewRestrictionForm(instance=restriction, initial={"return_url": request.POST.get("return_url")})
    messages.error(
        request,
        gettext("Too many wrong passwords. For your security, this page is locked for a while.")
        + " "
        + wait_message(PAGE_PASSWORD_FAILURES.window),
    )
    action_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
    response = page.serve_password_required_response(request, form, action_url)
    response.status_code = 429
    return _retry_after(response, PAGE_PASSWORD_FAILURES.window)


def _throttle_page_password(request, view_func, view_args, view_kwargs):
    address = client_ip(request)
    if PAGE_PASSWORD_FAILURES.exceeded(address):
        logger.warning("Page password throttled for address %s", address)
        return _refused_page_password(request, view_kwargs["page_view_restriction_id"], view_kwargs["page_id"])
    response = view_func(request, *view_args, **view_kwargs)
    if response.status_code == 200:  # the form again: a wrong password (a right one redirects)
        PAGE_PASSWORD_FAILURES.hit(address)
    return response


def _throttle_password_reset(request, view_func, view_args, view_kwargs):
    # Counted per address and per address typed, whether or not an account has it: the answer never tells.
    address = client_ip(request)
    account = f"email:{request.POST.get('email', '').strip().casefold()}"
    if PASSWORD_RESETS_FROM_ADDRESS.exceeded(address) or PASSWORD_RESETS_FOR_ACCOUNT.exceeded(account):
        logger.warning("Password reset throttled for address %s", address)
        message = (
            gettext("Too many password reset requests. For your security, they are paused.")
            + " "
            + wait_message(PASSWORD_RESETS_FROM_ADDRESS.window)
        )
        return refused_form_response(request, message, PASSWORD_RESETS_FROM_ADDRESS.window)
    response = view_func(request, *view_args, **view_kwargs)
    if response.status_code == 302:  # a valid request: an e-mail went out if the account exists
        PASSWORD_RESETS_FROM_ADDRESS.hit(address)
        PASSWORD_RESETS_FOR_ACCOUNT.hit(account)
    return response


THROTTLED_POSTS = {
    "wagtailcore_authenticate_with_password": _throttle_page_password,
    "wagtailadmin_password_reset": _throttle_password_reset,
    "account_reset_password": _throttle_password_reset,  # members' reset (django-allauth), counted in the same place
}


class ThrottleMiddleware:
    """Counts and refuses POSTs to the views in THROTTLED_POSTS, which are Wagtail's and not ours to decorate.

    Runs as process_view, after CsrfViewMiddleware, so a forged post is refused before it is counted.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        throttle = THROTTLED_POSTS.get(getattr(match, "url_name", None))
        if request.method != "POST" or throttle is None:
            return None
        return throttle(request, view_func, view_args, view_kwargs)
