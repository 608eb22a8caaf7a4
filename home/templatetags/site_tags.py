"""Template tags for the site shell: navigation, site settings and footer partners, one query each per page."""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Page, Site

from home.models import Partner, SiteSettings
from home.page_cache import cached_for_generation
from home.queries import readable

register = template.Library()


def _memoised_on_request(request, name, compute):
    """Once per request (header and footer ask alike) and once per content generation across requests."""
    name = f"{name}:{active_language()}"
    if request is None:
        return cached_for_generation(name, compute)
    memo = request.__dict__.setdefault("_site_tags_cache", {})
    if name not in memo:
        memo[name] = cached_for_generation(name, compute)
    return memo[name]


def active_language():
    return translation.get_language() or settings.LANGUAGE_CODE


def locale_home(request):
    """The home page of the reader's language (the site root's translation), or the site root."""

    def compute():
        site = Site.find_for_request(request) if request else Site.objects.filter(is_default_site=True).first()
        if site is None:
            return None
        language = active_language()
        root = site.root_page
        home = (
            Page.objects.filter(translation_key=root.translation_key, locale__language_code=language, live=True)
            .only("id", "path", "depth", "url_path", "locale_id", "title", "translation_key")
            .first()
        )
        return home or root

    return _memoised_on_request(request, "locale_home", compute)


@register.simple_tag(takes_context=True)
def site_settings(context):
    request = context.get("request")
    return _memoised_on_request(request, "site_settings", lambda: SiteSettings.for_language(active_language()))


@register.simple_tag(takes_context=True)
def home_url(context):
    home = locale_home(context.get("request"))
    return home.get_url(context.get("request")) if home else "/"


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    home = locale_home(request)

    def compute():
        if home is None:
            return []
        return list(readable(Page.objects.child_of(home).in_menu().only("id", "title", "url_path", "path", "depth")))

    current_path = getattr(context.get("page"), "path", "")
    items = _memoised_on_request(request, "menu_items", compute)
    return {
        "request": request,
        "menu_items": [(item, bool(current_path) and current_path.startswith(item.path)) for item in items],
    }


@register.inclusion_tag("components/footer_partners.html", takes_context=True)
def footer_partners(context):
    request = context.get("request")

    def compute():
        partners = Partner.objects.filter(locale__language_code=active_language(), show_in_footer=True)
        return list(partners.select_related("logo").prefetch_related("logo__renditions"))

    return {"partners": _memoised_on_request(request, "footer_partners", compute), "request": request}


@register.filter
def elided_pages(page_obj):
    """Page numbers to show around the current one, with ellipses: 1 … 4 5 [6] 7 8 … 20."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
