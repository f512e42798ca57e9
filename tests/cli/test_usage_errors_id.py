"""Usage errors (exit 2) in Indonesian under --lang id, PLN_LANG=id or pln.yaml.

Every part is checked: the usage line, the "Try ... for help" line, the
panel's title and Click's message, as exact text, and that no English is
left in them; and the English stays exactly as Click and typer draw it.
"""

from __future__ import annotations

import enum
import os
import subprocess
import sys
from pathlib import Path
from typing import Annotated, Optional

import pytest
import typer
from typer.testing import CliRunner

from pln_cli.cli.app import app

ROOT = Path(__file__).resolve().parents[2]
ENGLISH_WORDS = ("Usage", "Try ", "Error", "Missing", "Invalid", "No such", "Did you mean", "Possible", "Got unexpected", "requires", "Option ", "Input should", "not one of", "does not")


def _parts(output: str) -> dict[str, str]:
    """The usage line, the "Try" line, the panel's title and its message (lines joined)."""
    lines = output.splitlines()
    top = next(i for i, line in enumerate(lines) if line.startswith("╭─"))
    bottom = next(i for i, line in enumerate(lines) if line.startswith("╰"))
    title = lines[top].strip("╭─╮ ").split(" ─")[0].strip()
    message = " ".join(line.strip("│").strip() for line in lines[top + 1 : bottom])
    before = lines[:top]
    return {
        "usage": before[0] if len(before) > 0 else "",
        "try": before[1] if len(before) > 1 else "",
        "title": title,
        "message": message,
    }


def _invoke(target, args, env=None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(target, args, env={"COLUMNS": "200", "NO_COLOR": "1", **(env or {})})


def _no_english(parts: dict[str, str]) -> None:
    shown = " ".join(parts.values())
    assert not [word for word in ENGLISH_WORDS if word in shown], shown


# (args, env, usage line, try line, message) -- every kind of Click's usage error pln users meet
PLN_CASES = [
    pytest.param(
        ["offer", "simulate", "--lang", "id"], {},
        "Penggunaan: pln offer simulate [OPSI] {OFFER...}...", "Coba 'pln offer simulate -h' untuk bantuan.",
        "Argumen 'OFFER...' belum diberikan.", id="missing-argument",
    ),
    pytest.param(
        ["offer", "simulate", "x.yaml", "--bogus", "--lang", "id"], {},
        "Penggunaan: pln offer simulate [OPSI] {OFFER...}...", "Coba 'pln offer simulate -h' untuk bantuan.",
        "Opsi --bogus tidak dikenal.", id="no-such-option",
    ),
    pytest.param(
        ["offer", "simulate", "x.yaml", "--drws", "3", "--lang", "id"], {},
        "Penggunaan: pln offer simulate [OPSI] {OFFER...}...", "Coba 'pln offer simulate -h' untuk bantuan.",
        "Opsi --drws tidak dikenal. Maksud Anda --dir, --draws atau --vs?", id="no-such-option-three-possibilities",
    ),
    pytest.param(
        ["deal", "show", "x", "--formt", "xml", "--lang", "id"], {},
        "Penggunaan: pln deal show [OPSI] {DEAL}", "Coba 'pln deal show -h' untuk bantuan.",
        "Opsi --formt tidak dikenal. Maksud Anda --format?", id="no-such-option-one-possibility",
    ),
    pytest.param(
        ["deal", "lg", "--lang", "id"], {},
        "Penggunaan: pln deal [OPSI] PERINTAH [ARGUMEN]...", "Coba 'pln deal -h' untuk bantuan.",
        "Perintah 'lg' tidak dikenal. Maksud Anda 'log'?", id="no-such-command-did-you-mean",
    ),
    pytest.param(
        ["deal", "zzz", "--lang", "id"], {},
        "Penggunaan: pln deal [OPSI] PERINTAH [ARGUMEN]...", "Coba 'pln deal -h' untuk bantuan.",
        "Perintah 'zzz' tidak dikenal.", id="no-such-command",
    ),
    pytest.param(
        ["lbby"], {"PLN_LANG": "id"},
        "Penggunaan: pln [OPSI] PERINTAH [ARGUMEN]...", "Coba 'pln -h' untuk bantuan.",
        "Perintah 'lbby' tidak dikenal. Maksud Anda 'lobby'?", id="no-such-command-root-PLN_LANG",
    ),
    pytest.param(
        ["due", "--within", "abc"], {"PLN_LANG": "id"},
        "Penggunaan: pln due [OPSI]", "Coba 'pln due -h' untuk bantuan.",
        "Nilai untuk '--within' tidak valid: harus berupa bilangan bulat", id="invalid-int",
    ),
    pytest.param(
        ["deal", "options", "x", "--steps", "1.5", "--lang", "id"], {},
        "Penggunaan: pln deal options [OPSI] {DEAL}", "Coba 'pln deal options -h' untuk bantuan.",
        "Nilai untuk '--steps' tidak valid: harus berupa bilangan bulat", id="invalid-int-fraction",
    ),
    pytest.param(
        ["deal", "show", "a", "b", "c", "--lang", "id"], {},
        "Penggunaan: pln deal show [OPSI] {DEAL}", "Coba 'pln deal show -h' untuk bantuan.",
        "Ada argumen yang tidak diharapkan: b c", id="extra-arguments",
    ),
    pytest.param(
        ["--lang", "id", "deal", "show", "x", "--dir"], {},
        "", "",  # Click's parser gives this one no context: no usage line, in English as in Indonesian
        "Opsi '--dir' perlu diberi nilai.", id="option-requires-an-argument",
    ),
    pytest.param(
        ["report", "--strict=3", "--lang", "id"], {},
        "", "",
        "Opsi '--strict' tidak menerima nilai.", id="flag-takes-no-value",
    ),
    pytest.param(
        ["--lang", "id"], {},
        "Penggunaan: pln [OPSI] PERINTAH [ARGUMEN]...", "Coba 'pln -h' untuk bantuan.",
        "Perintah belum diberikan.", id="missing-command",
    ),
    pytest.param(
        ["--lang", "xx", "check"], {"PLN_LANG": "id"},
        "Penggunaan: pln [OPSI] PERINTAH [ARGUMEN]...", "Coba 'pln -h' untuk bantuan.",
        "Nilai untuk --lang tidak valid: --lang harus en atau id, bukan 'xx'", id="bad-root-lang",
    ),
]


@pytest.mark.parametrize(("args", "env", "usage", "try_line", "message"), PLN_CASES)
def test_usage_errors_are_indonesian(args, env, usage, try_line, message, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no pln.yaml above
    result = _invoke(app, args, env)
    assert result.exit_code == 2, result.output
    parts = _parts(result.output)
    assert parts == {"usage": usage, "try": try_line, "title": "Kesalahan", "message": message}
    _no_english(parts)


def test_the_english_is_exactly_clicks(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    _invoke(app, ["offer", "simulate", "--lang", "id"])  # Indonesian first: every swap is put back
    result = _invoke(app, ["offer", "simulate"], {"COLUMNS": "80"})
    assert result.exit_code == 2
    assert result.output == (
        "Usage: pln offer simulate [OPTIONS] {OFFER...}...\n"
        "Try 'pln offer simulate -h' for help.\n"
        "╭─ Error " + "─" * 70 + "╮\n"
        "│ Missing argument 'OFFER...'." + " " * 49 + "│\n"
        "╰" + "─" * 78 + "╯\n"
    )
    expected = {
        ("deal", "lg"): "No such command 'lg'. Did you mean 'log'?",
        ("offer", "simulate", "x", "--drws", "3"): "No such option: --drws (Possible options: --dir, --draws, --vs)",
        ("due", "--within", "abc"): "Invalid value for '--within': Input should be a valid integer, unable to parse string as an integer",
        ("deal", "show", "a", "b"): "Got unexpected extra argument(s) (b)",
        ("deal", "show", "x", "--dir"): "Option '--dir' requires an argument.",
        ("--lang", "xx", "check"): "Invalid value for --lang: --lang must be en or id, not 'xx'",
        ("--lang",): "Option '--lang' requires an argument.",
    }
    for args, message in expected.items():
        result = _invoke(app, list(args))
        parts = _parts(result.output)
        assert result.exit_code == 2 and parts["title"] == "Error" and parts["message"] == message, args
        assert "Kesalahan" not in result.output and "Penggunaan" not in result.output


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["deal", "lg", "--lang", "en"], {"PLN_LANG": "id"}),  # the command's own --lang wins
        (["deal", "lg", "--lang", "xx"], {}),  # a value naming no language is passed over
        (["deal", "lg"], {"PLN_LANG": "klingon"}),
    ],
)
def test_english_where_english_is_asked(args, env, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    parts = _parts(_invoke(app, args, env).output)
    assert parts["title"] == "Error" and parts["message"] == "No such command 'lg'. Did you mean 'log'?"
    assert parts["usage"] == "Usage: pln deal [OPTIONS] COMMAND [ARGS]..."


def test_pln_yaml_language_gives_indonesian_usage_errors(workspace, tmp_path, monkeypatch):
    settings = workspace / "pln.yaml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("language: en", "language: id"), encoding="utf-8")
    parts = _parts(_invoke(app, ["deal", "lg"]).output)
    assert parts["title"] == "Kesalahan" and parts["message"] == "Perintah 'lg' tidak dikenal. Maksud Anda 'log'?"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert _parts(_invoke(app, ["deal", "lg"]).output)["title"] == "Error"
    assert _parts(_invoke(app, ["deal", "lg", "--dir", str(workspace)]).output)["title"] == "Kesalahan"



def test_plns_own_usage_errors_follow_the_commands_language(workspace):
    """pln's own usage errors (not Click's) heed the command's --lang and
    pln.yaml too, before the command has settled its language."""
    wrong_format = _invoke(app, ["deal", "show", "x", "--format", "xml", "--lang", "id"])
    assert wrong_format.exit_code == 2
    assert wrong_format.output == "pln: kesalahan: --format harus salah satu dari table, json, markdown, bukan 'xml'\n"
    english = _invoke(app, ["deal", "show", "x", "--format", "xml"])
    assert english.output == "pln: error: --format must be one of table, json, markdown, not 'xml'\n"
    settings = workspace / "pln.yaml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("language: en", "language: id"), encoding="utf-8")
    missing = _invoke(app, ["offer", "simulate", "nope.yaml"])
    assert missing.exit_code == 2 and missing.output == "pln: kesalahan: nope.yaml: berkas tidak ditemukan\n"
    assert _invoke(app, ["offer", "simulate", "nope.yaml", "--lang", "en"]).output == "pln: error: nope.yaml: no such file\n"

# --- Click's other messages, on a command of their own ---------------------------
#
# pln has no choice, float, checked path, range or required option today;
# the messages Click and typer give for them are translated all the same.


class Colour(str, enum.Enum):
    red = "red"
    green = "green"


toy = typer.Typer(add_completion=False)


@toy.command()
def toy_command(
    colour: Annotated[Colour, typer.Option("--colour")],
    ratio: Annotated[float, typer.Option("--ratio")] = 1.0,
    count: Annotated[int, typer.Option("--count", min=0, max=10)] = 1,
    source: Annotated[Optional[Path], typer.Option("--source", exists=True, dir_okay=False)] = None,
    folder: Annotated[Optional[Path], typer.Option("--folder", file_okay=False)] = None,
    pair: Annotated[Optional[tuple[int, int]], typer.Option("--pair")] = None,
    name: Annotated[Optional[str], typer.Option("--name")] = None,
    lang: Annotated[Optional[str], typer.Option("--lang")] = None,
) -> None:
    if name == "bob":
        raise typer.BadParameter("only Deadpool is allowed", param_hint="'--name'")


@pytest.fixture(autouse=True)
def _localized():
    from pln_cli.cli.helptext import localize_help
    from pln_cli.cli.usage_errors import localize_usage_errors

    localize_help()  # as pln does; both idempotent
    localize_usage_errors()


TOY_CASES = [
    pytest.param(["--lang", "id"], "Opsi '--colour' belum diberikan. Pilih salah satu dari: red, green", id="missing-option-choose-from"),
    pytest.param(
        ["--colour", "pink", "--lang", "id"],
        "Nilai untuk '--colour' tidak valid: 'pink' bukan salah satu dari 'red', 'green'.", id="choice",
    ),
    pytest.param(["--colour", "red", "--ratio", "x", "--lang", "id"], "Nilai untuk '--ratio' tidak valid: harus berupa angka", id="float"),
    pytest.param(["--colour", "red", "--count", "11", "--lang", "id"], "Nilai untuk '--count' tidak valid: harus paling banyak 10", id="range-max"),
    pytest.param(["--colour", "red", "--count", "-1", "--lang", "id"], "Nilai untuk '--count' tidak valid: harus paling sedikit 0", id="range-min"),
    pytest.param(
        ["--colour", "red", "--source", "/no/such/file", "--lang", "id"],
        "Nilai untuk '--source' tidak valid: berkas '/no/such/file' tidak ada.", id="path-missing",
    ),
    pytest.param(["--colour", "red", "--pair", "1", "x", "--lang", "id"], "Nilai untuk '--pair' tidak valid: harus berupa bilangan bulat", id="tuple-item"),
    pytest.param(["--colour", "red", "--lang", "id", "--pair", "1"], "Opsi '--pair' perlu diberi 2 nilai.", id="option-requires-two"),
]


@pytest.mark.parametrize(("args", "message"), TOY_CASES)
def test_clicks_other_messages_are_indonesian(args, message):
    result = _invoke(toy, args)
    assert result.exit_code == 2, result.output
    parts = _parts(result.output)
    assert parts["title"] == "Kesalahan" and parts["message"] == message
    _no_english(parts)


def test_a_checked_path_of_the_wrong_kind(tmp_path):
    a_file = tmp_path / "a.txt"
    a_file.write_text("x", encoding="utf-8")
    is_dir = _parts(_invoke(toy, ["--colour", "red", "--source", str(tmp_path), "--lang", "id"]).output)["message"]
    assert is_dir == f"Nilai untuk '--source' tidak valid: '{tmp_path}' adalah folder, bukan berkas."
    is_file = _parts(_invoke(toy, ["--colour", "red", "--folder", str(a_file), "--lang", "id"]).output)["message"]
    assert is_file == f"Nilai untuk '--folder' tidak valid: '{a_file}' adalah berkas, bukan folder."


def test_a_message_that_cannot_be_read_stays_english():
    # The code's own sentence: the frame is not translated around English either.
    result = _invoke(toy, ["--colour", "red", "--name", "bob", "--lang", "id"])
    parts = _parts(result.output)
    assert result.exit_code == 2
    assert parts["title"] == "Kesalahan" and parts["usage"].startswith("Penggunaan: ")
    assert parts["message"] == "Invalid value for '--name': only Deadpool is allowed"


def test_a_reworded_click_message_is_not_mistranslated():
    from typer._click.exceptions import BadOptionUsage, UsageError

    from pln_cli.cli.usage_errors import usage_error_text

    assert usage_error_text(UsageError("No such command 'lg'.")) == "Perintah 'lg' tidak dikenal."
    assert usage_error_text(UsageError("No such command 'lg'!")) is None
    assert usage_error_text(UsageError("Got unexpected extra argument(s) (a b)")) == "Ada argumen yang tidak diharapkan: a b"
    assert usage_error_text(BadOptionUsage("--x", "Option '--x' requires 3 arguments.")) == "Opsi '--x' perlu diberi 3 nilai."
    assert usage_error_text(BadOptionUsage("--x", "Option '--x' wants an argument.")) is None


def test_a_bound_with_a_fraction_has_the_decimal_comma():
    from typer._click.exceptions import BadParameter

    from pln_cli.cli.usage_errors import usage_error_text

    bad = BadParameter("Input should be greater than 0.5", param_hint="'--share'")
    assert usage_error_text(bad) == "Nilai untuk '--share' tidak valid: harus lebih dari 0,5"


# --- The real entry point, its output piped --------------------------------------


def _pln(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT / "examples", rich: bool = True) -> subprocess.CompletedProcess[str]:
    code = f"import sys\nsys.argv = ['pln', *{list(args)!r}]\nfrom pln_cli.cli.app import main\nmain()\n"
    clean = {k: v for k, v in os.environ.items() if k not in ("PLN_LANG", "PLN_DIR", "FORCE_COLOR", "NO_COLOR", "TYPER_USE_RICH")}
    clean.update({"COLUMNS": "200", **(env or {})})
    if not rich:
        clean["TYPER_USE_RICH"] = "0"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, env=clean)


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["offer", "simulate", "--lang", "id"], {}, "Argumen 'OFFER...' belum diberikan."),
        (["deal", "lg", "--lang", "id"], {}, "Perintah 'lg' tidak dikenal. Maksud Anda 'log'?"),  # main() builds `deal` alone
        (["offer", "simulate", "x.yaml", "--bogus"], {"PLN_LANG": "id"}, "Opsi --bogus tidak dikenal."),
        (["due", "--within", "abc", "--lang", "id"], {}, "Nilai untuk '--within' tidak valid: harus berupa bilangan bulat"),
    ],
)
def test_the_real_command_piped_is_plain_and_indonesian(args, env, message):
    done = _pln(*args, env=env)
    assert done.returncode == 2 and done.stdout == ""
    assert "\x1b[" not in done.stderr  # no terminal: no colour
    parts = _parts(done.stderr)
    assert parts["title"] == "Kesalahan" and parts["message"] == message
    assert parts["usage"].startswith("Penggunaan: pln ") and parts["try"].startswith("Coba 'pln ")
    _no_english(parts)


def test_the_real_command_in_english_is_unchanged():
    done = _pln("deal", "lg")
    assert done.returncode == 2
    assert done.stderr.splitlines()[:2] == ["Usage: pln deal [OPTIONS] COMMAND [ARGS]...", "Try 'pln deal -h' for help."]
    assert _parts(done.stderr)["message"] == "No such command 'lg'. Did you mean 'log'?"


def test_without_rich_the_plain_error_is_indonesian_too():
    done = _pln("deal", "lg", "--lang", "id", rich=False)
    assert done.returncode == 2
    assert done.stderr == (
        "Penggunaan: pln deal [OPSI] PERINTAH [ARGUMEN]...\n"
        "Coba 'pln deal -h' untuk bantuan.\n"
        "\n"
        "Kesalahan: Perintah 'lg' tidak dikenal. Maksud Anda 'log'?\n"
    )
    english = _pln("deal", "lg", rich=False)
    assert english.stderr == (
        "Usage: pln deal [OPTIONS] COMMAND [ARGS]...\n"
        "Try 'pln deal -h' for help.\n"
        "\n"
        "Error: No such command 'lg'. Did you mean 'log'?\n"
    )
