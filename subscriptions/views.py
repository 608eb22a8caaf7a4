"""Follow by e-mail: the form's answer, the confirmation, the preferences page and one-click unsubscribe.

Every page here is reached through a link only its address's owner has, or answers the same for every address;
none of them is cached or indexed.
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from core.abuse import client_ip, wait_message
from core.visibility import active_locale
from news.filters import TopicFilter

from . import follows as following
from . import links
from .forms import PreferencesForm, SubscribeForm
from .jobs import send_confirmation
from .models import Follow
from .time_zones import default_time_zone


def _topic_label(topic):
    return topic.description() if topic else ""


# A follow form's CSRF token would sit in a page cached for every reader; a forged request can do no more than ask
# for a confirmation e-mail, which the per-address limit caps.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def follow(request):
    """GET: the form on a page of its own (?region=…&section=…&kind=…). POST: record the request and answer
    "check your inbox", the same whether or not the address is known."""
    language = get_language()
    locale = active_locale()
    if request.method == "GET":
        topic_query = TopicFilter.from_query(request.GET, locale).as_query()
        form = SubscribeForm(initial={"topic": topic_query, "time_zone": default_time_zone(language)})
        topic = following.topic_from_query(topic_query, locale)
        return render(request, "subscriptions/follow.html", _context(form, topic))
    form = SubscribeForm(request.POST)
    topic = following.topic_from_query(request.POST.get("topic", "")[:400], locale)
    if topic is None:
        form.add_error(None, _("This topic is no longer on the site; choose another on the news page."))
    client = client_ip(request)
    if following.REQUESTS_FROM_CLIENT.exceeded(client):
        form.add_error(
            None,
            _("Too many requests from your connection.") + " " + wait_message(following.REQUESTS_FROM_CLIENT.window),
        )
        return render(request, "subscriptions/follow.html", _context(form, topic), status=429)
    if not form.is_valid():
        return render(request, "subscriptions/follow.html", _context(form, topic), status=400)
    following.REQUESTS_FROM_CLIENT.hit(client)
    requested = following.request_follow(
        email=form.cleaned_data["email"],
        topic=topic,
        language=language,
        time_zone=form.cleaned_data["time_zone"],
        frequency=form.cleaned_data["frequency"],
        releases_at_once=form.cleaned_data["releases_at_once"],
    )
    if requested is not None:
        send_confirmation.enqueue(requested.pk, language)
    return notice(
        request,
        _("Check your inbox"),
        _(
            "If this address can receive our e-mails, a message with a link is on its way. Open it to confirm; until "
            "then we send nothing else. The link works for seven days."
        ),
        topic_label=_topic_label(topic),
    )


def _context(form, topic):
    return {"form": form, "topic_label": _topic_label(topic), "consent_text": following.consent_text()}


def notice(request, title, text, status=200, topic_label=""):
    """A short page that says what happened (and, after a follow request, for which topic)."""
    context = {"title": title, "text": text, "topic_label": topic_label}
    return render(request, "subscriptions/notice.html", context, status=status)


def _invalid_link(request):
    return notice(
        request,
        _("This link does not work"),
        _(
            "It may be incomplete, older than seven days, or for an address that has unsubscribed. You can follow a "
            "topic again from any region, programme or news page."
        ),
        status=404,
    )


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button (mail scanners follow links; only a person presses it); POST confirms."""
    follow = links.follow_for_confirm_token(token)
    if follow is None:
        return _invalid_link(request)
    if request.method == "POST":
        following.confirm(follow)
        messages.success(
            request, _("Thank you: you now follow %(topic)s.") % {"topic": follow.topic_label() or _("All news")}
        )
        return redirect(links.manage_url(follow.subscriber))
    return render(request, "subscriptions/confirm.html", {"follow": follow})


@never_cache
@require_http_methods(["GET", "POST"])
def preferences(request, token):
    subscriber = links.subscriber_for_token(token, links.MANAGE_SALT)
    if subscriber is None:
        return _invalid_link(request)
    confirmed = [follow for follow in subscriber.follows.select_related("region", "section") if follow.confirmed_at]
    initial = {
        "frequency": subscriber.frequency,
        "language": subscriber.language,
        "time_zone": subscriber.time_zone,
        "follows": [str(follow.pk) for follow in confirmed],
    }
    form = PreferencesForm(request.POST or None, initial=initial, follows=confirmed)
    if request.method == "POST" and form.is_valid():
        kept = set(form.cleaned_data["follows"])
        Follow.objects.filter(subscriber=subscriber, confirmed_at__isnull=False).exclude(pk__in=kept).delete()
        subscriber.frequency = form.cleaned_data["frequency"]
        subscriber.language = form.cleaned_data["language"]
        subscriber.time_zone = form.cleaned_data["time_zone"]
        subscriber.save(update_fields=["frequency", "language", "time_zone"])
        messages.success(request, _("Your preferences are saved."))
        return redirect(links.manage_url(subscriber))
    return render(
        request,
        "subscriptions/preferences.html",
        {"form": form, "subscriber": subscriber, "unsubscribe_url": links.unsubscribe_url(subscriber)},
        status=400 if form.errors else 200,
    )


# RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click" to the header's address, without cookies or token.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    subscriber = links.subscriber_for_token(token, links.UNSUBSCRIBE_SALT)
    if request.method == "POST":
        if subscriber is not None:
            subscriber.delete()
        return notice(
            request,
            _("You are unsubscribed"),
            _("We will send no more e-mails to this address, and we have deleted it with its preferences."),
        )
    if subscriber is None:
        return _invalid_link(request)
    return render(request, "subscriptions/unsubscribe.html", {"subscriber": subscriber})
