"""The site shell: home and standard pages, contact form, site settings and snippets."""

from .contact_page import ContactFormField, ContactPage
from .pages import HomePage, StandardPage
from .site_settings import SiteSettings
from .snippets import ContactPoint, Partner

__all__ = [
    "ContactFormField",
    "ContactPage",
    "ContactPoint",
    "HomePage",
    "Partner",
    "SiteSettings",
    "StandardPage",
]
