"""A comma inside {...} that cuts free text: the hint says so and how to quote."""

from __future__ import annotations

from tests.conftest import run


def test_a_comma_in_free_text_inside_braces(workspace, runner):
    partner = workspace / "partners" / "uber.yaml"
    text = partner.read_text(encoding="utf-8")
    assert "stance: neutral}" in text
    partner.write_text(text.replace("stance: neutral}", "stance: neutral, notes: ex-banker, wants numbers}", 1), encoding="utf-8")
    result = run(runner, "check")
    assert result.exit_code == 1
    assert 'unknown field "wants numbers"' in result.output
    assert 'the text of "notes" was cut at the comma' in result.output
    assert 'notes: "ex-banker, wants numbers"' in result.output
    assert "remove it or fix its spelling" not in result.output
    result = run(runner, "check", "--lang", "id")
    assert 'teks "notes" terpotong di koma' in result.output


def test_a_misspelt_field_keeps_its_own_hint(workspace, runner):
    partner = workspace / "partners" / "uber.yaml"
    text = partner.read_text(encoding="utf-8")
    partner.write_text(text.replace("stance: neutral}", "stance: neutral, notez: fine}", 1), encoding="utf-8")
    result = run(runner, "check")
    assert result.exit_code == 1
    assert "cut at the comma" not in result.output
