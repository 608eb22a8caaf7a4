"""Admin registration for the shell's snippets."""

from wagtail.snippets.models import register_snippet

from home.models import ContactPoint, Partner, SiteSettings

register_snippet(Partner)
register_snippet(ContactPoint)
register_snippet(SiteSettings)
