"""Every message exists in English and Indonesian with the same fields."""

from __future__ import annotations

import string

import pytest

from pln_cli.catalog import CATALOG
from pln_cli.i18n import Msg, resolve_lang, tr


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_both_languages_have_the_same_fields(key):
    en, id_ = CATALOG[key]
    assert en.strip() and id_.strip()
    assert _fields(en) == _fields(id_)


@pytest.mark.parametrize("key", sorted(CATALOG))
def test_indonesian_is_a_translation_not_a_copy(key):
    en, id_ = CATALOG[key]
    if len(en) > 25:
        assert en != id_


def test_nested_messages_render_in_the_same_language():
    inner = Msg("yaml.syntax", {"detail": "x"})
    outer = Msg("yaml.torn_unparsable", {"line": 3, "detail": inner})
    assert "YAML tidak valid: x" in outer.render("id")
    assert "invalid YAML: x" in outer.render("en")


def test_language_resolution_order(monkeypatch):
    monkeypatch.delenv("PLN_LANG", raising=False)
    assert resolve_lang(None) == "en"
    assert resolve_lang(None, "id") == "id"
    monkeypatch.setenv("PLN_LANG", "id_ID.UTF-8")
    assert resolve_lang(None, "en") == "id"
    assert resolve_lang("en", "id") == "en"


def test_unknown_key_is_an_error_not_a_bare_key():
    with pytest.raises(KeyError):
        tr("no.such.key")
