"""The site shell: base page, home and standard pages, contact form, site settings and snippets."""

from .base_page import BasePage
from .contact_page import ContactFormField, ContactPage
from .pages import HomePage, StandardPage
from .site_settings import SiteSettings
from .snippets import ContactPoint, Partner

__all__ = [
    "BasePage",
    "ContactFormField",
    "ContactPage",
    "ContactPoint",
    "HomePage",
    "Partner",
    "SiteSettings",
    "StandardPage",
]
