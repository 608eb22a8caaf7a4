"""The shipped Turkish and Arabic interface catalogues: complete, valid, up to date, and used by the pages."""

import ast
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import RequestFactory, override_settings
from django.utils import translation

from core.views import server_error
from tests import factories

SHIPPED_LANGUAGES = ("tr", "ar")
LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
PLURAL_COUNTS = {"tr": 2, "ar": 6}
ORGANISATION_NAME = "Open Hands"  # never translated
# What makemessages reads: the project's own Python and templates, not tooling, tests or installed packages.
NOT_SOURCE = {".venv", ".git", "node_modules", "staticfiles", "media", "locale", "tests", "bench", "__pycache__"}
SOURCE_SUFFIXES = {".py", ".html", ".txt"}


def catalogue_path(language):
    return LOCALE_DIR / language / "LC_MESSAGES" / "django.po"


def read_po(path):
    """The entries of a .po file as dicts: msgctxt, msgid, msgid_plural, msgstr (a list), flags, obsolete."""
    entries, entry, field = [], None, None
    for line in [*Path(path).read_text(encoding="utf-8").splitlines(), ""]:
        obsolete = line.startswith("#~")
        line = line[2:].strip() if obsolete else line.strip()
        if not line:
            if entry is not None and "msgid" in entry:
                entries.append(entry)
            entry = None
            continue
        if entry is None:
            entry = {"msgctxt": None, "msgid_plural": None, "msgstr": [], "flags": set(), "obsolete": obsolete}
        if line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            text = ast.literal_eval(line)
            if field == "msgstr":
                entry["msgstr"][-1] += text
            else:
                entry[field] += text
        else:
            keyword, _space, literal = line.partition(" ")
            field = "msgstr" if keyword.startswith("msgstr") else keyword
            if field == "msgstr":
                entry["msgstr"].append(ast.literal_eval(literal))
            else:
                entry[field] = ast.literal_eval(literal)
    return entries


def live_entries(path):
    return [entry for entry in read_po(path) if not entry["obsolete"] and entry["msgid"]]


def header_of(path):
    header = next(entry for entry in read_po(path) if entry["msgid"] == "")
    return dict(line.split(": ", 1) for line in header["msgstr"][0].splitlines() if ": " in line)


def message_key(entry):
    return (entry["msgctxt"], entry["msgid"], entry["msgid_plural"])


def write_mo(po_path, mo_path):
    """Compile a .po file as msgfmt does (GNU .mo, no hash table), so the page tests need no gettext tools."""
    messages = {}
    for entry in read_po(po_path):
        if entry["obsolete"] or "fuzzy" in entry["flags"]:
            continue
        key = entry["msgid"] if entry["msgid_plural"] is None else f"{entry['msgid']}\0{entry['msgid_plural']}"
        if entry["msgctxt"] is not None:
            key = f"{entry['msgctxt']}\x04{key}"
        messages[key.encode()] = "\0".join(entry["msgstr"]).encode()
    keys = sorted(messages)
    originals_at = 28
    translations_at = originals_at + 8 * len(keys)
    data_at = translations_at + 8 * len(keys)
    tables, blob = [[], []], b""
    for table, strings in ((0, keys), (1, [messages[key] for key in keys])):
        for string in strings:
            tables[table].append((len(string), data_at + len(blob)))
            blob += string + b"\0"
    header = struct.pack("<7I", 0x950412DE, 0, len(keys), originals_at, translations_at, 0, data_at)
    table_bytes = b"".join(struct.pack("<2I", *pair) for table in tables for pair in table)
    Path(mo_path).write_bytes(header + table_bytes + blob)


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_catalogue_has_no_untranslated_or_fuzzy_entry(language):
    entries = live_entries(catalogue_path(language))
    assert entries, f"{catalogue_path(language)} has no messages"
    untranslated = [entry["msgid"] for entry in entries if not all(form.strip() for form in entry["msgstr"])]
    fuzzy = [entry["msgid"] for entry in entries if "fuzzy" in entry["flags"]]
    assert not untranslated, f"untranslated in {language}: {untranslated}"
    assert not fuzzy, f"fuzzy in {language}: {fuzzy}"


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_catalogue_gives_every_plural_form_of_its_language(language):
    header = header_of(catalogue_path(language))
    assert header["Language"] == language
    assert "charset=UTF-8" in header["Content-Type"]
    assert header["Plural-Forms"].startswith(f"nplurals={PLURAL_COUNTS[language]};")
    plurals = [entry for entry in live_entries(catalogue_path(language)) if entry["msgid_plural"] is not None]
    assert plurals, "no plural messages to check"
    for entry in plurals:
        assert len(entry["msgstr"]) == PLURAL_COUNTS[language], entry["msgid"]


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_catalogue_passes_msgfmt_checks(language):
    if shutil.which("msgfmt") is None:
        pytest.skip("GNU gettext (msgfmt) is not installed")
    command = ["msgfmt", "--check-format", "-c", "-o", "/dev/null", str(catalogue_path(language))]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def copy_sources(target):
    """The files makemessages reads, without any locale folder (so it cannot touch the shipped catalogues)."""

    def ignored(directory, names):
        return [
            name
            for name in names
            if name in NOT_SOURCE
            or name.startswith(".")
            or ((Path(directory) / name).is_file() and Path(name).suffix not in SOURCE_SUFFIXES)
        ]

    shutil.copytree(settings.BASE_DIR, target, ignore=ignored)


def test_every_interface_string_has_a_shipped_translation(tmp_path, monkeypatch):
    if shutil.which("xgettext") is None:
        pytest.skip("GNU gettext (xgettext) is not installed")
    sources, extracted = tmp_path / "src", tmp_path / "locale"
    copy_sources(sources)
    monkeypatch.chdir(sources)
    with override_settings(LOCALE_PATHS=[str(extracted)]):
        call_command("makemessages", locale=["tr"], verbosity=0)
    wanted = {message_key(entry) for entry in live_entries(extracted / "tr" / "LC_MESSAGES" / "django.po")}
    assert wanted, "makemessages found no strings"
    for language in SHIPPED_LANGUAGES:
        shipped = {message_key(entry) for entry in live_entries(catalogue_path(language))}
        missing = sorted(msgid for _context, msgid, _plural in wanted - shipped)
        assert not missing, (
            f"not in locale/{language}: {missing}; run `manage.py makemessages -l tr -l ar --ignore=.venv "
            "--ignore=node_modules --ignore=staticfiles --ignore=tests --ignore=bench` and translate them"
        )


@pytest.fixture
def compiled_catalogues(tmp_path):
    """The shipped catalogues compiled afresh, so pages render what the .po files say, not a stale build."""
    for language in SHIPPED_LANGUAGES:
        target = tmp_path / language / "LC_MESSAGES"
        target.mkdir(parents=True)
        write_mo(catalogue_path(language), target / "django.mo")
    with override_settings(LOCALE_PATHS=[str(tmp_path)]):
        yield


@pytest.mark.django_db
def test_turkish_news_listing_shows_turkish_interface_words(client, compiled_catalogues, news_index_in):
    index = news_index_in("tr")
    factories.NewsPageFactory(parent=index, title="Vadide yeni okul")
    factories.NewsPageFactory(parent=index, title="Temiz su")
    html = client.get("/tr/news/").content.decode()
    assert '<html lang="tr" dir="ltr">' in html
    assert "Haberleri filtrele" in html  # the filter form's name
    assert "Bölge ya da ülke" in html
    assert "Haberleri göster" in html
    assert "2 haber" in html  # "2 stories"
    assert "Show stories" not in html


@pytest.mark.django_db
def test_arabic_news_listing_shows_arabic_words_and_plural_forms(client, compiled_catalogues, news_index_in):
    index = news_index_in("ar")
    assert "لم تُنشر أي أخبار بعد." in client.get("/ar/news/").content.decode()  # "No stories have been published yet."
    for number in range(3):
        factories.NewsPageFactory(parent=index, title=f"خبر {number}")
    html = client.get("/ar/news/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "عرض الأخبار" in html  # "Show stories"
    assert "كل المناطق" in html  # "All regions"
    assert "3 أخبار" in html  # the plural form for three to ten
    assert "Show stories" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_organisation_name_is_never_translated(client, compiled_catalogues, news_index_in, language):
    """No catalogue message may change the name, and a translated page shows it as it is in the header."""
    for entry in live_entries(catalogue_path(language)):
        if ORGANISATION_NAME in entry["msgid"]:
            assert all(ORGANISATION_NAME in form for form in entry["msgstr"]), entry["msgid"]
    news_index_in(language)
    html = client.get(f"/{language}/news/").content.decode()
    assert f'<span class="site-brand__name">{ORGANISATION_NAME} Foundation</span>' in html


@pytest.mark.django_db
def test_arabic_page_not_found_is_in_arabic(client, compiled_catalogues, home_page):
    response = client.get("/ar/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "الصفحة غير موجودة" in html  # "Page not found"
    assert "Page not found" not in html


def test_turkish_server_error_page_is_in_turkish(compiled_catalogues):
    with translation.override("tr"):
        html = server_error(RequestFactory().get("/tr/")).content.decode()
    assert '<html lang="tr" dir="ltr">' in html
    assert "Bir sorun oluştu" in html  # "Something went wrong"
    assert "Something went wrong" not in html


def test_every_catalogue_under_locale_is_checked_here():
    """A new language's catalogue gets the checks above only once it is listed in SHIPPED_LANGUAGES."""
    catalogues = {path.parent.parent.name for path in LOCALE_DIR.glob("*/LC_MESSAGES/django.po")}
    assert catalogues == set(SHIPPED_LANGUAGES)
    assert set(SHIPPED_LANGUAGES) <= {code for code, _name in settings.LANGUAGES}
