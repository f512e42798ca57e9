"""`pln init`, `pln partner new`, `pln offer new`: from an empty folder to a
first simulation, a negotiation log and a silent `pln check`, in both
languages; and nothing is ever overwritten."""

from __future__ import annotations

import json
import os
import string
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from pln_cli.cli.common import State
from pln_cli.cli.start import init, offer_new, partner_app
from tests.conftest import run

ENV = {"COLUMNS": "100", "NO_COLOR": "1"}


@pytest.fixture(autouse=True)
def _fresh_language(monkeypatch):
    monkeypatch.setattr(State, "lang", None)
    monkeypatch.setattr(State, "language", None)


def start_app() -> typer.Typer:
    """`init`, `partner new` and `offer new` as the root app will hold them."""
    app = typer.Typer()
    app.command("init")(init)
    app.add_typer(partner_app, name="partner")
    offers = typer.Typer()
    offers.command("new")(offer_new)
    app.add_typer(offers, name="offer")
    return app


def start(*args: str, input: str | None = None):
    return CliRunner().invoke(start_app(), list(args), input=input, env=ENV)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


SAMPLES = {
    "en": ("example-fuel", "example-fuel-voucher", "example-fuel-deal"),
    "id": ("contoh-spbu", "contoh-spbu-voucher", "contoh-spbu-kesepakatan"),
}
OFFER = ["--partner", "total-spbu", "--min-spend", "450rb", "--voucher", "Rp25.000", "--days", "92",
         "--transactions", "120.000", "--redemption-rate", "35%", "--median", "250rb", "--p90", "600rb"]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_from_an_empty_folder_to_a_silent_check(tmp_path, monkeypatch, lang):
    runner = CliRunner()
    monkeypatch.chdir(tmp_path)
    result = start("init", "ws", "--lang", lang, "--name", "Tim Kemitraan: Jakarta #1")
    assert result.exit_code == 0, result.output
    ws = tmp_path / "ws"
    partner, offer, deal = SAMPLES[lang]
    assert f"pln offer simulate {offer}" in result.output and "cd ws" in result.output
    assert ("Next steps:" if lang == "en" else "Langkah berikutnya:") in result.output
    for folder in ("partners", "offers", "deals", "meetings", "lobby", "campaigns", "data", "decks"):
        assert (ws / folder).is_dir()
    assert f"language: {lang}" in (ws / "pln.yaml").read_text()
    monkeypatch.chdir(ws)

    check = run(runner, "check")
    assert (check.exit_code, check.output) == (0, "")
    # The sample simulates, in the workspace's language, and its deal can be shown and logged.
    simulated = run(runner, "offer", "simulate", offer)
    assert simulated.exit_code == 0, simulated.output
    assert ("Talking points" if lang == "en" else "Poin pembicaraan") in simulated.output
    assert run(runner, "deal", "show", deal).exit_code == 0
    logged = run(runner, "deal", "log", deal, "--by", "them", "--set", "min_spend=400rb", "--date", "2030-01-02")
    assert logged.exit_code == 0, logged.output
    assert "# " in (ws / "deals" / f"{deal}.yaml").read_text().split("round: 2")[0]  # the comments stay

    made = start("partner", "new", "total-spbu", "--name", "TOTAL SPBU Indonesia", "--sector", "Fuel: retail", "--size", "larger")
    assert made.exit_code == 0, made.output
    made = start("offer", "new", "total-spbu-q4", *OFFER, "--title", "TOTAL x JD.ID: spend Rp450.000, get Rp25.000")
    assert made.exit_code == 0, made.output
    simulated = run(runner, "offer", "simulate", "total-spbu-q4", "-f", "json")
    assert simulated.exit_code == 0, simulated.output
    data = json.loads(simulated.output)
    assert (data["tiers"][0]["min_spend"], data["tiers"][0]["voucher"], data["period_days"], data["transactions"]) == (450000, 25000, 92, 120000)

    steps = [
        ("deal", "new", "total-spbu-2030", "--partner", "total-spbu", "--offer", "total-spbu-q4", "--issue", "min_spend=450rb:400rb", "--issue", "voucher=25rb:30rb"),
        ("deal", "log", "total-spbu-2030", "--by", "us", "--set", "min_spend=450rb,voucher=25rb", "--date", "2030-01-02"),
        ("deal", "log", "total-spbu-2030", "--by", "them", "--set", "min_spend=350rb,voucher=30rb", "--date", "2030-01-09"),
        ("deal", "show", "total-spbu-2030"),
    ]
    for step in steps:
        result = run(runner, *step, "--lang", lang)
        assert result.exit_code == 0, (step, result.output)
    check = run(runner, "check")
    assert (check.exit_code, check.output) == (0, "")


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_field_is_explained_in_the_chosen_language(tmp_path, lang):
    assert start("init", str(tmp_path), "--lang", lang).exit_code == 0
    partner, offer, deal = SAMPLES[lang]
    texts = {kind: (tmp_path / kind / f"{name}.yaml").read_text() for kind, name in (("partners", partner), ("offers", offer), ("deals", deal))}
    fields = {
        "partners": ["id", "name", "fictional", "sector", "size", "background", "people", "lobby_class", "influence", "stance",
                     "their_interests", "our_interests", "notes"],
        "offers": ["id", "partner", "title", "notes", "period", "start", "end", "days", "scheme", "tiers", "stacking",
                   "max_vouchers_per_transaction", "voucher", "product", "min_order", "valid_days", "funding", "partner_share",
                   "billing", "caps", "quota", "budget", "assumptions", "transactions", "spend", "redemption_rate",
                   "new_customer_share", "avg_order_value", "gross_margin", "partner_margin", "upsell", "window", "take_up"],
        "deals": ["deal", "partner", "offer", "title", "deadline", "tactic", "batna", "issues", "target", "reservation",
                  "their_reservation", "better", "round", "date", "by", "terms", "checklist", "outcome"],
    }
    for kind, names in fields.items():
        comments = "\n".join(line for line in texts[kind].splitlines() if line.lstrip().startswith("#"))
        for name in names:
            assert f"{name}" in comments, (kind, name)
    word = {"en": "the partner's", "id": "mitra"}[lang]
    assert word in texts["partners"]
    if lang == "id":
        assert "Penawaran: satu skema voucher-untuk-belanja" in texts["offers"] and "the partner" not in texts["offers"]
    assert all(len(line) <= 79 for text in texts.values() for line in text.splitlines() if line.lstrip().startswith("#"))


def test_init_in_the_current_folder_says_nothing_about_cd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = start("init", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "cd " not in result.output and (tmp_path / "pln.yaml").is_file()


def test_init_asks_the_language_on_a_terminal(tmp_path, monkeypatch):
    monkeypatch.setattr("pln_cli.cli.start.stdin_is_terminal", lambda: True)
    result = start("init", str(tmp_path / "ws"), input="id\n")
    assert result.exit_code == 0, result.output
    assert "language: id" in (tmp_path / "ws" / "pln.yaml").read_text()
    assert "Ruang kerja pln dibuat" in result.output


def test_init_without_a_terminal_takes_pln_lang(tmp_path, monkeypatch):
    monkeypatch.setenv("PLN_LANG", "id")
    result = CliRunner().invoke(start_app(), ["init", str(tmp_path)], env={**ENV, "PLN_LANG": "id"})
    assert result.exit_code == 0, result.output
    assert "language: id" in (tmp_path / "pln.yaml").read_text()


def test_init_never_overwrites_a_workspace(tmp_path):
    assert start("init", str(tmp_path), "--lang", "en").exit_code == 0
    before = snapshot(tmp_path)
    again = start("init", str(tmp_path), "--lang", "id")
    assert again.exit_code == 2 and "sudah merupakan ruang kerja pln (pln.yaml sudah ada)" in again.output
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("marker", ["pln.yaml", "partners", "deals", "campaigns"])
def test_init_refuses_a_folder_that_looks_like_a_workspace(tmp_path, marker):
    (tmp_path / marker).mkdir() if "." not in marker else (tmp_path / marker).write_text("language: en\n")
    before = snapshot(tmp_path) | {"dirs": str(sorted(os.listdir(tmp_path))).encode()}
    assert start("init", str(tmp_path), "--lang", "en").exit_code == 2
    assert snapshot(tmp_path) | {"dirs": str(sorted(os.listdir(tmp_path))).encode()} == before


def test_init_writes_nothing_when_one_of_its_files_exists(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "example-fuel-spend.csv").write_text("mine\n")
    (tmp_path / "notes.txt").write_text("a folder with things in it is fine\n")
    result = start("init", str(tmp_path), "--lang", "en")
    assert result.exit_code == 2 and "example-fuel-spend.csv" in result.output
    assert sorted(os.listdir(tmp_path)) == ["data", "notes.txt"] and os.listdir(tmp_path / "data") == ["example-fuel-spend.csv"]
    assert (tmp_path / "data" / "example-fuel-spend.csv").read_text() == "mine\n"


def test_init_removes_what_it_wrote_when_writing_fails(tmp_path, monkeypatch):
    from pln_cli.api import start as api_start

    real, calls = api_start.create_exclusive, []

    def failing(path, text):
        calls.append(path)
        if len(calls) == 4:
            raise OSError(28, "No space left on device", str(path))
        real(path, text)

    monkeypatch.setattr(api_start, "create_exclusive", failing)
    result = start("init", str(tmp_path / "new" / "ws"), "--lang", "en")
    assert result.exit_code == 1 and "No space left on device" in result.output
    assert os.listdir(tmp_path) == []


def test_init_refuses_a_file_for_a_folder(tmp_path):
    (tmp_path / "ws").write_text("x")
    assert start("init", str(tmp_path / "ws"), "--lang", "en").exit_code == 2
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "decks").write_text("not a folder")
    assert start("init", str(tmp_path / "other"), "--lang", "en").exit_code == 2
    assert sorted(os.listdir(tmp_path / "other")) == ["decks"]


def test_init_refuses_a_language_it_does_not_speak(tmp_path):
    result = start("init", str(tmp_path), "--lang", "fr")
    assert result.exit_code == 2 and os.listdir(tmp_path) == []


@pytest.fixture
def fresh(tmp_path, monkeypatch) -> Path:
    """An initialised English workspace, the current folder."""
    assert start("init", str(tmp_path), "--lang", "en").exit_code == 0
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_partner_new_never_overwrites(fresh):
    path = fresh / "partners" / "example-fuel.yaml"
    before = path.read_bytes()
    result = start("partner", "new", "example-fuel", "--name", "Another")
    assert result.exit_code == 2 and "exists already" in result.output
    assert path.read_bytes() == before


def test_partner_new_quotes_what_yaml_would_misread(fresh):
    from pln_cli.load.workspace import load_partner

    names = {"a": "Tim: #1 'SPBU'", "b": "yes", "c": "450.000", "d": "- dash", "e": "Hias & Hauz"}
    for id_, name in names.items():
        assert start("partner", "new", id_, "--name", name, "--sector", name).exit_code == 0
        model = load_partner(fresh / "partners" / f"{id_}.yaml").model
        assert (model.name, model.sector) == (name, name)
    assert run(CliRunner(), "check").output == ""


def test_partner_new_refuses_bad_input_and_writes_nothing(fresh):
    before = snapshot(fresh)
    assert start("partner", "new", "Total SPBU", "--name", "x").exit_code == 2
    assert start("partner", "new", "total").exit_code == 2  # no name, no terminal
    assert "--name" in start("partner", "new", "total").output
    assert start("partner", "new", "total", "--name", "x", "--size", "huge").exit_code == 2
    assert start("partner", "new", "total", "--name", "x\x1b[2J").exit_code == 2
    assert snapshot(fresh) == before


def test_partner_new_asks_on_a_terminal(fresh, monkeypatch):
    monkeypatch.setattr("pln_cli.cli.start.stdin_is_terminal", lambda: True)
    result = start("partner", "new", "uber", input="Uber Indonesia\nRide hailing\nlarger\n")
    assert result.exit_code == 0, result.output
    text = (fresh / "partners" / "uber.yaml").read_text()
    assert "name: Uber Indonesia" in text and "sector: Ride hailing" in text and "\nsize: larger" in text


def test_offer_new_never_overwrites(fresh):
    path = fresh / "offers" / "example-fuel-voucher.yaml"
    before = path.read_bytes()
    result = start("offer", "new", "example-fuel-voucher", *OFFER[2:], "--partner", "example-fuel")
    assert result.exit_code == 2 and "exists already" in result.output
    assert path.read_bytes() == before


def test_offer_new_names_every_missing_option(fresh):
    result = start("offer", "new", "x", "--partner", "example-fuel", "--min-spend", "450rb")
    assert result.exit_code == 2
    for option in ("--voucher", "--days", "--transactions", "--redemption-rate", "--median", "--p90"):
        assert option in result.output
    assert "--days (or --start and --end)" in result.output and "--p90 (or --mean)" in result.output
    assert not (fresh / "offers" / "x.yaml").exists()


def test_offer_new_names_the_alternatives_in_indonesian(fresh):
    result = start("offer", "new", "x", "--partner", "example-fuel", "--lang", "id")
    assert result.exit_code == 2
    assert "--days (atau --start dan --end)" in result.output and "--p90 (atau --mean)" in result.output
    assert " or " not in result.output


def test_offer_new_refuses_bad_values_naming_the_option(fresh):
    before = snapshot(fresh)
    args = ["offer", "new", "x", "--partner", "example-fuel", "--voucher", "25rb", "--days", "90", "--transactions", "1000",
            "--redemption-rate", "35%", "--median", "250rb", "--p90", "600rb"]
    result = start(*args, "--min-spend", "450.5")
    assert result.exit_code == 2 and "--min-spend" in result.output and "hint" in result.output
    assert start(*args, "--min-spend", "450rb", "--partner", "nobody").exit_code == 2
    bad_p90 = ["--p90" if a == "--p90" else a for a in args]
    bad_p90[bad_p90.index("--p90") + 1] = "100rb"  # below the median: the model's own check
    result = start(*bad_p90, "--min-spend", "450rb")
    assert result.exit_code == 1 and "not written" in result.output
    assert snapshot(fresh) == before


def test_offer_new_with_a_histogram_and_dates(fresh):
    result = start("offer", "new", "example-fuel-2030", "--partner", "example-fuel", "--min-spend", "450rb", "--voucher", "25rb",
                   "--start", "2030-01-01", "--end", "2030-03-31", "--transactions", "120000", "--redemption-rate", "0,35",
                   "--histogram", "data/example-fuel-spend.csv")
    assert result.exit_code == 0, result.output
    text = (fresh / "offers" / "example-fuel-2030.yaml").read_text()
    assert "histogram: ../data/example-fuel-spend.csv" in text and "start: 2030-01-01" in text
    assert run(CliRunner(), "check").output == ""
    simulated = run(CliRunner(), "offer", "simulate", "example-fuel-2030", "-f", "json")
    assert json.loads(simulated.output)["period_days"] == 90
    both = start("offer", "new", "y", "--partner", "example-fuel", "--histogram", "data/example-fuel-spend.csv", "--median", "250rb")
    assert both.exit_code == 2


def test_offer_new_asks_on_a_terminal(fresh, monkeypatch):
    monkeypatch.setattr("pln_cli.cli.start.stdin_is_terminal", lambda: True)
    answers = "\n".join(["", "400rb", "20rb", "", "50000", "30%", "200rb", "500rb"]) + "\n"
    result = start("offer", "new", "example-fuel-small", input=answers)
    assert result.exit_code == 0, result.output
    text = (fresh / "offers" / "example-fuel-small.yaml").read_text()
    assert "partner: example-fuel" in text and "min_spend: Rp400.000" in text and "days: 90" in text and "p90: Rp500.000" in text
    assert run(CliRunner(), "check").output == ""


def test_offer_new_with_no_partner_says_how_to_start(tmp_path, monkeypatch):
    (tmp_path / "offers").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("pln_cli.cli.start.stdin_is_terminal", lambda: True)
    result = start("offer", "new", "x", input="\n")
    assert result.exit_code == 2 and "pln partner new" in result.output


def test_outside_a_workspace_partner_new_refuses(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert start("partner", "new", "x", "--name", "X").exit_code == 2
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("args", [["init"], ["partner", "new"], ["offer", "new"]])
def test_help_starts_with_an_example(args):
    result = start(*args, "--help")
    assert result.exit_code == 0
    body = result.output.split("Usage:", 1)[1].split("\n", 2)[2].strip()
    assert body.startswith("Example: pln " + " ".join(args))


def test_the_start_catalogue_is_complete():
    """Both languages, the same fields; every key the new modules use exists."""
    import ast
    import re

    from pln_cli.catalog import CATALOG
    from pln_cli.catalog.start import ENTRIES

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key, (en, id_) in ENTRIES.items():
        assert en.strip() and id_.strip() and fields(en) == fields(id_), key
        assert len(en) <= 25 or en != id_, key
    package = Path(__file__).resolve().parents[2] / "src" / "pln_cli"
    for module in ("api/start.py", "api/templates.py", "cli/start.py", "render/xlsx.py"):
        for node in ast.walk(ast.parse((package / module).read_text())):
            if isinstance(node, ast.Call) and node.args and getattr(node.func, "id", getattr(node.func, "attr", None)) in ("Msg", "tr", "usage"):
                first = node.args[0]
                if isinstance(first, ast.Constant):
                    assert first.value in CATALOG, (module, first.value)
                elif isinstance(first, ast.JoinedStr):
                    pattern = "".join(re.escape(v.value) if isinstance(v, ast.Constant) else "[a-z0-9_.]+" for v in first.values)
                    assert any(re.fullmatch(pattern, k) for k in CATALOG), (module, pattern)
