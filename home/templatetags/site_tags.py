"""Template tags for the site shell: navigation, site settings and footer partners, one query each per page."""

from django import template
from wagtail.models import Page

from core.locales import active_language, locale_home, memoised_on_request
from core.visibility import readable
from home.models import Partner, SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def site_settings(context):
    request = context.get("request")
    return memoised_on_request(request, "site_settings", lambda: SiteSettings.for_language(active_language()))


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
    items = memoised_on_request(request, "menu_items", compute)
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

    return {"partners": memoised_on_request(request, "footer_partners", compute), "request": request}
