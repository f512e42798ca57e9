"""Help that reads well: every command starts with an example, no `<bool>`, choices named."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from pln_cli.catalog import tr
from pln_cli.cli.app import app


def _commands(command=None, path=()):
    command = command or typer.main.get_command(app)
    subs = getattr(command, "commands", None)
    if subs is None:
        yield path
        return
    yield path  # the group itself: its help must read well too
    for name, sub in subs.items():
        yield from _commands(sub, (*path, name))


PATHS = list(_commands())


def test_the_tree_is_walked():
    assert ("deal", "log") in PATHS and ("offer", "simulate") in PATHS and ("check",) in PATHS


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "pln")
def test_help_reads_well(path):
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "100", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert "<bool>" not in result.output
    assert "<list[" not in result.output or "paths..." in result.output


def _leaf_paths():
    root = typer.main.get_command(app)
    out = []
    for path in PATHS:
        command = root
        for name in path:
            command = command.commands[name]
        if not hasattr(command, "commands"):
            out.append((path, command))
    return out


@pytest.mark.parametrize(("path", "command"), _leaf_paths(), ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_every_command_starts_with_an_example_in_both_languages(path, command):
    key = "help.example." + ".".join(path)
    assert command.help.startswith(tr(key, "en") + "\n\n")
    assert tr(key, "en").startswith("Example: pln " + " ".join(path))
    assert tr(key, "id").startswith("Contoh: pln " + " ".join(path))
    assert command.short_help and not command.short_help.startswith("Example")
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    lines = [line.strip() for line in result.output.splitlines() if line.strip()]
    assert lines[1] == tr(key, "en")  # first line after Usage


def test_check_names_every_checklist_item():
    from pln_cli.cli.deal import CHECK_ITEMS
    from pln_cli.model.deal import CHECKLIST_KEYS

    assert CHECK_ITEMS == CHECKLIST_KEYS
    result = CliRunner().invoke(app, ["deal", "log", "--help"], env={"COLUMNS": "300", "NO_COLOR": "1"})
    for item in CHECKLIST_KEYS:
        assert item in result.output
    assert "us|them" in result.output  # --by names its values


# --- --help in Indonesian ----------------------------------------------------------

BOX = str.maketrans({c: " " for c in "│╭╮╰╯─"})


def _flat(text: str) -> str:
    """Help output or text as one line of words: the panels' borders and the
    wrapping at the terminal's width taken away."""
    return " ".join(text.translate(BOX).split())


def _command(path):
    command = typer.main.get_command(app)
    for name in path:
        command = command.commands[name]
    return command


def _params(path):
    command = _command(path)
    ctx = typer.Context(command)
    return [p for p in command.get_params(ctx) if getattr(p, "help", None)]


def _help(args, env=None):
    result = CliRunner().invoke(app, args, env={"COLUMNS": "400", "NO_COLOR": "1", **(env or {})})
    assert result.exit_code == 0, result.output
    return result.output


def test_every_command_and_option_has_indonesian_help():
    from pln_cli.cli.helptext import translated_command, translated_param

    missing = []
    for path in PATHS:
        command = _command(path)
        if translated_command(path, command.help) is None:
            missing.append(f"helpid.cmd.{'.'.join(path) or 'pln'}: {command.help!r}")
        for param in _params(path):
            if translated_param(path, param.name, param.help) is None:
                missing.append(f"helpid.opt.{'.'.join(path) or 'pln'}.{param.name}: {param.help!r}")
    # An entry missing, or one whose English no longer reads as the code's:
    # add or update it in catalog/helpid.py.
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("path", PATHS, ids=lambda p: " ".join(p) or "pln")
def test_indonesian_help_shows_every_text_in_indonesian(path):
    from pln_cli.catalog import tr
    from pln_cli.cli.helptext import translated_command, translated_param

    english = _flat(_help([*path, "--help"]))
    shown = _flat(_help(["--lang", "id", *path, "--help"]))
    assert shown.startswith(f"Penggunaan: pln {' '.join(path)}".strip())
    assert " Usage:" not in f" {shown}" and " Options " not in f" {shown} "
    assert "Opsi" in shown
    for param in _params(path):
        indonesian = translated_param(path, param.name, param.help)
        assert _flat(indonesian) in shown, (param.name, indonesian)
        assert _flat(param.help) not in shown or _flat(param.help) == _flat(indonesian), param.name
        assert _flat(param.help) in english, param.name
    description = translated_command(path, _command(path).help)
    first = description.split("\n\n")[1 if path and description.startswith("Contoh:") else 0]
    assert _flat(first) in shown
    key = "help.example." + ".".join(path)
    if path and _command(path).help.startswith("Example:"):
        assert _flat(tr(key, "id")) in shown and _flat(tr(key, "en")) not in shown


def test_english_help_is_unchanged_by_a_help_in_indonesian(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no pln.yaml above
    before = {path: _help([*path, "--help"]) for path in [(), ("deal",), ("deal", "log"), ("offer", "simulate")]}
    command = _command(("deal", "log"))
    texts = (command.help, command.short_help, [p.help for p in _params(("deal", "log"))])
    for path in before:
        _help(["--lang", "id", *path, "--help"])
    assert {path: _help([*path, "--help"]) for path in before} == before
    assert (command.help, command.short_help, [p.help for p in _params(("deal", "log"))]) == texts
    shown = _flat(before[("deal", "log")])
    assert shown.startswith("Usage: pln deal log [OPTIONS] {DEAL}")
    assert "Who made this offer: us or them (kami or mitra)." in shown and "Arguments" in shown and "[required]" in shown


def test_the_group_listing_shows_the_indonesian_summaries():
    shown = _flat(_help(["--help"], {"PLN_LANG": "id"}))
    assert shown.startswith("Penggunaan: pln [OPSI] PERINTAH [ARGUMEN]...")
    assert "Perintah" in shown and "Commands" not in shown
    # a sub-command's summary is its first paragraph after the example, never the example
    assert "deal Log kesepakatan: catat setiap putaran negosiasi, lihat posisi Anda." in shown
    assert "check Periksa berkas mitra, penawaran dan kesepakatan;" in shown and "check Contoh:" not in shown
    listing = _flat(_help(["deal", "--help"], {"PLN_LANG": "id"}))
    assert "show Posisi negosiasi saat ini: putaran-putarannya dan biaya tiap konsesi," in listing


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["--lang", "id", "deal", "show", "--help"], {}),  # the root's --lang
        (["deal", "show", "--lang", "id", "--help"], {}),  # the command's own
        (["deal", "show", "--help", "--lang", "id"], {}),  # after --help, which is eager
        (["deal", "show", "--help", "--lang=indonesia"], {}),  # an alias, with =
        (["deal", "show", "--help"], {"PLN_LANG": "id"}),
        (["--lang", "en", "deal", "show", "--lang", "id", "--help"], {}),  # the command's own wins
    ],
)
def test_the_help_language_is_settled_like_the_commands(args, env, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    shown = _flat(_help(args, env))
    assert "Id kesepakatan di ruang kerja, atau path berkas kesepakatan. [wajib]" in shown
    assert "Contoh: pln deal show total-spbu-2017" in shown


def test_english_wins_where_english_is_asked_and_a_bad_value_is_passed_over(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert "A deal id in the workspace" in _flat(_help(["deal", "show", "--lang", "en", "--help"], {"PLN_LANG": "id"}))
    assert "A deal id in the workspace" in _flat(_help(["deal", "show", "--lang", "xx", "--help"]))
    assert "A deal id in the workspace" in _flat(_help(["deal", "show", "--help"], {"PLN_LANG": "klingon"}))


def test_pln_yaml_language_gives_indonesian_help(workspace, tmp_path, monkeypatch):
    settings = workspace / "pln.yaml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("language: en", "language: id"), encoding="utf-8")
    assert "Id kesepakatan di ruang kerja" in _flat(_help(["deal", "show", "--help"]))
    (workspace / "deals").mkdir(exist_ok=True)
    monkeypatch.chdir(workspace / "deals")  # found upward, as for the commands
    assert "Opsi" in _help(["offer", "simulate", "--help"])
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert "Options" in _help(["offer", "simulate", "--help"])
    assert "Opsi" in _help(["offer", "simulate", "--dir", str(workspace), "--help"])
    assert "Opsi" in _help(["offer", "simulate", "--help"], {"PLN_DIR": str(workspace)})
    assert "Options" in _help(["offer", "simulate", "--lang", "en", "--dir", str(workspace), "--help"])


def test_a_broken_pln_yaml_never_breaks_the_help(workspace):
    (workspace / "pln.yaml").write_text("language: [id\n", encoding="utf-8")
    assert "Options" in _help(["deal", "show", "--help"])


def test_a_group_without_arguments_shows_its_help_in_indonesian(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["deal"], env={"COLUMNS": "300", "NO_COLOR": "1", "PLN_LANG": "id"})
    assert "Log kesepakatan: catat setiap putaran negosiasi, lihat posisi Anda." in _flat(result.output)


def test_a_stale_translation_falls_back_to_english(monkeypatch):
    from pln_cli.catalog import catalog
    from pln_cli.cli.helptext import translated_param

    assert translated_param(("deal", "log"), "note", "What happened in the meeting.") == "Apa yang terjadi di meeting."
    assert translated_param(("deal", "log"), "note", "What was said in the meeting.") is None  # English changed
    assert translated_param(("report",), "dir", "Workspace folder (default: PLN_DIR, or found from the current folder).")
    monkeypatch.delitem(catalog(), "helpid.opt.deal.log.note")
    assert translated_param(("deal", "log"), "note", "What happened in the meeting.") is None
