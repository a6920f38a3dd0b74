"""Every interface string has its Dutch translation."""

from pathlib import Path

from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parents[2] / "locale"


def test_dutch_catalog_is_complete():
    with open(LOCALE / "nl" / "LC_MESSAGES" / "django.po", "rb") as handle:
        catalog = read_po(handle, locale="nl")

    untranslated = [m.id for m in catalog if m.id and not m.string]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert len(catalog) > 0
    assert untranslated == []
    assert fuzzy == []


def test_english_catalog_exists_for_the_same_strings():
    def ids(lang):
        with open(LOCALE / lang / "LC_MESSAGES" / "django.po", "rb") as handle:
            return {m.id for m in read_po(handle) if m.id}

    assert ids("en") == ids("nl")
