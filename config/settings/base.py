"""Settings shared by every environment; every value that varies comes from the environment here, once."""

import os
from pathlib import Path

import dj_database_url

from .search_backends import backend_by_language, search_backends

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_str(name, default=""):
    return os.environ.get(name, default).strip()


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "news",
    "regions",
    "sections",
    "search",
    "localization",
    "editorial",
    "donations",
    "members",
    "subscriptions",
    "api",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # Outermost, so it compresses what every other middleware wrote; HTML shrinks 4-6x (docs/performance.md).
    "django.middleware.gzip.GZipMiddleware",
    "core.generation.GenerationPerRequestMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.security.SecurityHeadersMiddleware",
    "api.cors.ReadOnlyCorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.locales.LocaleMiddleware",  # Django's, leaving LANGUAGE_NEUTRAL_PATHS alone
    "django.middleware.common.CommonMiddleware",
    "core.sites.KnownSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.page_cache.AnonymousPageCacheMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: an SQLite file in the checkout unless DATABASE_URL names another (dj-database-url syntax).
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(env_str("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (django-redis). Short timeouts and ignored connection errors keep pages
# rendering when Redis is down: every read is then a miss (docs/caching.md). Errors that are not about the
# connection (incr on a missing key) still raise, so counters can tell a lost key from a zero.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "foundation"),
            "TIMEOUT": 600,
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "foundation",
            "TIMEOUT": 600,
        }
    }
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "core.cache_outage"  # one warning a minute while Redis is down (LOGGING below)
# Whole pages for anonymous readers, keyed on the content generation (core/page_cache.py); 0 turns it off.
# It also bounds every cached value that decides visibility: a change no signal announced shows within it.
PAGE_CACHE_SECONDS = int(env_str("PAGE_CACHE_SECONDS", "300"))
# With the page cache off, cached values (menu, restricted paths...) still live at most this long. Without a shared
# cache each process keeps its own copy and never hears of a change made in another (the task worker, a management
# command): a page made private there would stay readable here, so such values live only seconds.
CACHE_GENERATION_SECONDS = 300 if REDIS_URL else 10
# Sessions live in the database so a cache outage never logs editors out or loses their work.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Search: Wagtail's database backend unless ELASTICSEARCH_URL is set; then one Elasticsearch backend per
# language, each with that language's analyzer (search/backends.py).
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
ELASTICSEARCH_INDEX_PREFIX = env_str("ELASTICSEARCH_INDEX_PREFIX", "foundation")
ELASTICSEARCH_MAJOR_VERSION = int(env_str("ELASTICSEARCH_MAJOR_VERSION", "9"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English first and default; the list is one setting, overridable as LANGUAGES=en,tr,ar.
LANGUAGE_NAMES = {
    "en": "English",
    "tr": "Türkçe",
    "ar": "العربية",
    "fr": "Français",
    "es": "Español",
    "ru": "Русский",
    "uk": "Українська",
    "sq": "Shqip",
}
LANGUAGE_CODE = "en"
LANGUAGES = [(code, LANGUAGE_NAMES.get(code, code)) for code in env_list("LANGUAGES", "en,tr,ar")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILSEARCH_BACKENDS = search_backends(
    ELASTICSEARCH_URL,
    ELASTICSEARCH_INDEX_PREFIX,
    [code for code, _name in LANGUAGES],
    LANGUAGE_CODE,
    ELASTICSEARCH_MAJOR_VERSION,
)
SEARCH_BACKEND_BY_LANGUAGE = backend_by_language(ELASTICSEARCH_URL, [code for code, _name in LANGUAGES], LANGUAGE_CODE)
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = env_str("TIME_ZONE", "UTC")
LOCALE_PATHS = [BASE_DIR / "locale"]

# Submitting a live page for translation creates a draft translation; the translator publishes it.
# Publishing untranslated English under /tr/ or /ar/ is what makes multilingual sites look abandoned.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation in the translation editor: DeepL with DEEPL_AUTH_KEY, Google Cloud Translation with
# GOOGLE_TRANSLATE_PROJECT_ID (credentials from GOOGLE_APPLICATION_CREDENTIALS; needs the google-cloud-translate
# package), otherwise wagtail-localize's dummy translator, which only reverses words (development).
DEEPL_AUTH_KEY = env_str("DEEPL_AUTH_KEY")
GOOGLE_TRANSLATE_PROJECT_ID = env_str("GOOGLE_TRANSLATE_PROJECT_ID")
if DEEPL_AUTH_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_AUTH_KEY},
    }
elif GOOGLE_TRANSLATE_PROJECT_ID:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
        "OPTIONS": {"PROJECT_ID": GOOGLE_TRANSLATE_PROJECT_ID},
    }
else:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}

STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploads follow their pages (core/private_files.py, docs/security.md "Private files"). Every upload (documents,
# original images, renditions, avatars) is stored in PRIVATE_MEDIA_ROOT, which no web server may expose: the
# application serves it under /private-media/ after checking who asks. MEDIA_ROOT holds only copies of renditions
# of public images, which the web server serves at /media/ (a miss falls through to the application).
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or BASE_DIR / "media")
MEDIA_URL = "/media/"
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT") or BASE_DIR / "private-media")
STORAGES = {
    "default": {"BACKEND": "core.private_files.PrivateMediaStorage"},
    "public": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Snippets whose uploads every reader meets (partner logos in the footer): a file they use is public.
PUBLIC_FILE_SOURCES = ["home.partner", "members.memberorganisation"]

WAGTAIL_SITE_NAME = env_str("SITE_NAME", "Open Hands Foundation")
# The site's public address: every absolute URL (canonical, feeds, sitemap, e-mails) starts with it (core/seo.py).
PUBLIC_URL = env_str("PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL") or PUBLIC_URL
WAGTAILIMAGES_IMAGE_MODEL = "wagtailimages.Image"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Documents are always served by the application, whose before_serve_document hook checks the reader.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "csv", "txt", "zip"]
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_COMMENTS_ENABLED = True
# Avatars come from our own uploads, never gravatar.com: the admin's policy allows images from 'self' only.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
WAGTAILFORMS_HONEYPOT = True

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Console in development; production sets EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend and EMAIL_HOST.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "website@example.org")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env_str("EMAIL_PORT", "587"))
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = 10
# Workflow e-mails (submitted, approved, changes requested) go to the task's reviewers and the submitter, not to
# every superuser: administrators are not reviewers (docs/editorial.md).
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = env_str("WAGTAILADMIN_NOTIFICATION_FROM_EMAIL") or DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False

# Background jobs (Django's Tasks API through the django-tasks backport): stored in the database, run by
# `manage.py run_worker` (editorial/management/commands/run_worker.py). Tests run them at once.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "once_a_minute": {"()": "core.log_filters.OncePerInterval", "seconds": 60},
        "refused_host": {"()": "core.log_filters.RefusedHostFilter"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    "loggers": {
        # Redis down: one WARNING a minute, not one per cache call (about a hundred a page).
        "core.cache_outage": {"filters": ["once_a_minute"]},
        # A bad Host header: one WARNING line per request, no traceback (Django logs an ERROR with one); still a 400.
        "django.security.DisallowedHost": {"filters": ["refused_host"]},
    },
}

# Abuse protection (core/abuse.py, core/sign_in.py, home/models/contact_page.py; docs/security.md).
# Sign-in, on every path that calls Django's authenticate() (the admin, /<lang>/_util/login/, any later member
# sign-in): django-axes counts failures per username *and* client address, in the database, so a Redis outage
# never reopens guessing and nobody elsewhere can lock an editor out. After LOGIN_FAILURE_LIMIT failures that pair
# gets HTTP 429 for LOGIN_FAILURE_WINDOW seconds, even with the right password (0 turns throttling off).
LOGIN_FAILURE_LIMIT = int(env_str("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_FAILURE_WINDOW = int(env_str("LOGIN_FAILURE_WINDOW", "900"))
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",  # member organisations sign in with their e-mail address
]
AXES_FAILURE_LIMIT = "core.sign_in.sign_in_failure_limit"
AXES_COOLOFF_TIME = "core.sign_in.sign_in_cool_off"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "core.sign_in.normalised_username"
AXES_CLIENT_IP_CALLABLE = "core.sign_in.axes_client_ip"
AXES_LOCKOUT_CALLABLE = "core.sign_in.locked_out_response"
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False  # the pause ends when announced, whatever is tried meanwhile
AXES_ENABLE_ADMIN = False  # no Django admin here; `manage.py axes_reset` unlocks
AXES_VERBOSE = False
# Counters in the cache, per client address (and per e-mail address typed, for resets) and window in seconds:
# wrong page passwords, password-reset requests, searches; past the limit, a 429 page that keeps what was typed.
PAGE_PASSWORD_FAILURE_LIMIT = int(env_str("PAGE_PASSWORD_FAILURE_LIMIT", "10"))
PAGE_PASSWORD_FAILURE_WINDOW = int(env_str("PAGE_PASSWORD_FAILURE_WINDOW", "900"))
PASSWORD_RESET_LIMIT = int(env_str("PASSWORD_RESET_LIMIT", "3"))
PASSWORD_RESET_WINDOW = int(env_str("PASSWORD_RESET_WINDOW", "3600"))
SEARCH_RATE_LIMIT = int(env_str("SEARCH_RATE_LIMIT", "60"))
SEARCH_RATE_WINDOW = int(env_str("SEARCH_RATE_WINDOW", "60"))
# Contact form: stored submissions per address and window, and the longest multi-line answer accepted.
CONTACT_FORM_RATE_LIMIT = int(env_str("CONTACT_FORM_RATE_LIMIT", "5"))
CONTACT_FORM_RATE_WINDOW = int(env_str("CONTACT_FORM_RATE_WINDOW", "600"))
# Form submissions (visitors' names, addresses, messages) are deleted this many days after they were sent.
FORM_RETENTION_DAYS = int(env_str("FORM_RETENTION_DAYS", "365"))
CONTACT_FORM_MAX_TEXT_LENGTH = int(env_str("CONTACT_FORM_MAX_TEXT_LENGTH", "5000"))

# A payment provider's hosted checkout, with {amount}, {currency}, {campaign} and {language} placeholders that the
# donate page fills in (URL-encoded), e.g. https://pay.example.org/give?sum={amount}&cur={currency}. Unset: the donate
# page offers bank transfer only.
DONATION_CHECKOUT_URL = env_str("DONATION_CHECKOUT_URL")
# Client addresses come from REMOTE_ADDR; behind N reverse proxies of our own that append to X-Forwarded-For,
# set TRUSTED_PROXY_COUNT=N. Never set it without such proxies: clients could then choose their own address.
TRUSTED_PROXY_COUNT = int(env_str("TRUSTED_PROXY_COUNT", "0"))
MIDDLEWARE += ["core.sign_in.ThrottleMiddleware", "axes.middleware.AxesMiddleware"]

# Member organisations' accounts (django-allauth, members/; docs/members.md): e-mail and password, a verified address
# before the first sign-in, TOTP as a second factor if the member wants it, and answers that never tell whether an
# address has an account. Sign-in failures are counted by django-axes alone (above) and password resets by
# core/sign_in.py's counters, so allauth's own limits for those two are off: one throttle per path.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if PUBLIC_URL.startswith("https") else "http"
ACCOUNT_RATE_LIMITS = {
    "login_failed": None,  # django-axes
    "reset_password": None,  # core/sign_in.py
    "signup": env_str("SIGNUP_RATE_LIMIT", "5/h/ip"),
    "login": "30/m/ip",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/180s/key",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = env_str("SITE_NAME", "Open Hands Foundation")
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "members:portal"
# Joining the network: the largest logo accepted, and invitations' lifetime.
MEMBER_LOGO_MAX_BYTES = 2 * 1024 * 1024
MEMBER_IMAGE_MAX_BYTES = 8 * 1024 * 1024
MEMBER_INVITATION_DAYS = 7
MEMBER_INVITATION_LIMIT = int(env_str("MEMBER_INVITATION_LIMIT", "10"))
MEMBER_INVITATION_WINDOW = int(env_str("MEMBER_INVITATION_WINDOW", "3600"))
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"  # restricted pages (working groups) send readers to the members sign-in
# Follow by e-mail (docs/digests.md): follow requests per client address, and confirmation e-mails per address.
SUBSCRIBE_RATE_LIMIT = int(env_str("SUBSCRIBE_RATE_LIMIT", "10"))
SUBSCRIBE_RATE_WINDOW = int(env_str("SUBSCRIBE_RATE_WINDOW", "3600"))
SUBSCRIBE_ADDRESS_LIMIT = int(env_str("SUBSCRIBE_ADDRESS_LIMIT", "3"))
SUBSCRIBE_ADDRESS_WINDOW = int(env_str("SUBSCRIBE_ADDRESS_WINDOW", "86400"))

# The open API (docs/api.md): requests per client address and window (seconds).
API_RATE_LIMIT = int(env_str("API_RATE_LIMIT", "120"))
API_RATE_WINDOW = int(env_str("API_RATE_WINDOW", "60"))
LANGUAGE_NEUTRAL_PATHS = ["/api/"]  # never redirected to a language prefix, not even on a 404
