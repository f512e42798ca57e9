"""Indonesian that a Jakarta office would write: every command, on the
example workspace, in `--lang id`, as a table and as markdown.

Three things must never reach an Indonesian reader:

- an English issue key (`min_spend`, `partner_share`, ...): the output
  names issues with their labels (`issue.<key>` in the catalogue);
- a signal name of the negotiation analytics (`positional`, `win_lose`, ...);
- a decimal point: Indonesian writes 12,5%; a dot between digits is only a
  thousands separator (Rp450.000, 120.000), and never inside a percentage.

JSON, CSV and the YAML pln writes keep their English keys and decimal
points: they are read by programs, and are not checked here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest
import yaml

from pln_cli.model.terms import ISSUES
from pln_cli.negotiation.analytics import Signal
from tests.conftest import run

SIGNALS = get_args(Signal)
# `voucher` is an issue key and also the word every Indonesian office uses
# for a voucher ("nilai voucher", "voucher yang ditukar"): as a word it proves
# nothing.  It is checked where only the key can stand: before `=` (the --vs
# form), and lowercase at the head of a table cell, a bullet or a line, alone
# or before a colon, a value or a bracket, where the Indonesian output puts
# the issue's label ("nilai voucher Rp25.000").
WORD_TOO = {"voucher"}
KEYS = [k for k in ISSUES if k not in WORD_TOO] + list(SIGNALS)
KEY_WORD = re.compile(r"(?<![\w\-/.`])(" + "|".join(map(re.escape, KEYS)) + r")(?![\w\-/`])")
KEY_ASSIGN = re.compile(r"(?<![\w\-])(" + "|".join(map(re.escape, ISSUES)) + r")=")
CELL_HEAD = re.compile(r"^(?:[-*] |\d+\. )?(" + "|".join(map(re.escape, sorted(WORD_TOO))) + r")(?=$|:| \(| Rp| \d)")
# A file a command names (data/total-spbu-spend-2017q3.csv, offers/x.yaml):
# its name is the data's, not a number pln wrote, so it is taken out before
# the numbers are read.  Dates (2017-10-01) need no rule: they have no dot.
FILE_NAME = re.compile(r"[\w./-]+\.(?:yaml|csv|md|html|pptx|xlsx|ics|json|parquet)\b")
PERCENT = re.compile(r"\d[\d.,]*%")
DOT_BETWEEN_DIGITS = re.compile(r"(?<=\d)\.(?=\d)")
THOUSANDS = re.compile(r"\d{3}(?!\d)")


def data_texts(root: Path) -> list[str]:
    """The free text people wrote into the workspace's files (titles, notes,
    names of at least three words), longest first.  pln shows it as written,
    in whatever language it was written (the examples' notes are English):
    it is the data's, not pln's Indonesian, so it is taken out before the
    checks.  Short values (ids, amounts such as "12.5%", single words) stay
    in: they are too short to tell data from a word pln printed itself."""
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str) and len(node.split()) >= 3:
            found.add(node.strip())

    for path in sorted(root.rglob("*.yaml")):
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            walk(document)
    return sorted(found, key=len, reverse=True)


def cells(line: str) -> list[str]:
    """A line's table cells (two or more spaces apart, or between `|`)."""
    return [c.strip() for c in re.split(r"\s{2,}|\|", line) if c.strip()]


def problems(text: str, data: list[str]) -> list[str]:
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        for quoted in data:
            line = line.replace(quoted, " ")
        if match := KEY_WORD.search(line):
            found.append(f"line {number}: English key {match.group(1)!r}: {line.strip()}")
        if match := KEY_ASSIGN.search(line):
            found.append(f"line {number}: key={match.group(1)!r}: {line.strip()}")
        for cell in cells(line):
            if match := CELL_HEAD.match(cell):
                found.append(f"line {number}: key {match.group(1)!r} heads a cell: {cell}")
        bare = FILE_NAME.sub(" ", line)
        for pct in PERCENT.findall(bare):
            if "." in pct:
                found.append(f"line {number}: a dot inside the percentage {pct}: {line.strip()}")
        for dot in DOT_BETWEEN_DIGITS.finditer(bare):
            if not THOUSANDS.match(bare, dot.end()):
                found.append(f"line {number}: a decimal point: {line.strip()}")
    return found


# --- the checker checks -----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Isu: min_spend Rp450.000",
        "sinyal distributif: positional, pressure",
        "Peringatan: partner_share=12,5%",
        "- voucher: batas mitra belum bisa diperkirakan",
        "voucher_valid_days           30         60",
        "| voucher | lebih rendah |",
        "1  kami  voucher Rp25.000  Rp71.782.812",
        "Tingkat imbalan   49.375%",
        "Sekitar 1 dari 15 transaksi (6.8%)",
        "rata-rata 555.7 transaksi",
        "Porsi 1.2345 dari periode",
    ],
)
def test_the_checker_finds_what_must_not_be_there(line):
    assert problems(line, [])


@pytest.mark.parametrize(
    "line",
    [
        "ambang belanja Rp450.000, nilai voucher Rp25.000, masa berlaku voucher 45 hari",
        "Voucher diterbitkan                     8.204",
        "Transaksi dalam periode 120.000, ROI 20,0%, 12,5% dari Rp1.500.000",
        "Belanja per transaksi   histogram 10 rentang   data: data/total-spbu-spend-2017q3.csv",
        "Periode: 2017-10-01 – 2017-12-31 (92 hari); tier_1_min_spend dan voucher-flight-fanfest",
        "| 2 | kami | voucher yang ditukar | 6,8% |",
    ],
)
def test_the_checker_lets_indonesian_through(line):
    assert problems(line, []) == []


def test_data_text_is_taken_out_and_nothing_else(tmp_path):
    (tmp_path / "deals").mkdir()
    (tmp_path / "deals" / "d.yaml").write_text("notes: Asked for a much larger budget.\nx: budget\n---\nround: 1\n...\n")
    data = data_texts(tmp_path)
    assert data == ["Asked for a much larger budget."]
    assert problems("- Putaran 2 (mitra): Asked for a much larger budget.", data) == []
    assert problems("- Putaran 2 (mitra): budget Rp25.000.000", data)


# --- every command ------------------------------------------------------------------

# (name, commands): each command runs with --lang id, in a fresh copy of the
# examples, in order; the output of every one of them is checked.
CASES = [
    ("check", [["check"]]),
    ("offer simulate", [["offer", "simulate", "offers/total-spbu-2017q4.yaml"]]),
    ("offer simulate markdown", [["offer", "simulate", "total-spbu-2017q4", "-f", "markdown"]]),
    ("offer simulate insurance", [["offer", "simulate", "axa-mandiri-health-2018"]]),
    ("offer simulate happy-fresh", [["offer", "simulate", "happy-fresh-2018q1", "-f", "markdown"]]),
    ("offer simulate hias-hauz", [["offer", "simulate", "hias-hauz-lebaran-2018"]]),
    ("offer simulate uber", [["offer", "simulate", "uber-rides-2018", "-f", "markdown"]]),
    ("offer simulate folder", [["offer", "simulate", "offers"], ["offer", "simulate", "offers", "-f", "markdown"]]),
    ("offer simulate --vs", [["offer", "simulate", "total-spbu-2017q4", "--vs", "min_spend=400rb",
                              "--vs", "min_spend=400rb,voucher=30rb,partner_share=12.5%,voucher_valid_days=45"]]),
    ("offer simulate --vs markdown", [["offer", "simulate", "hias-hauz-lebaran-2018", "--vs", "quota=2000,budget=50jt", "-f", "markdown"]]),
    ("offer simulate --grid", [["offer", "simulate", "total-spbu-2017q4", "--grid", "min_spend=400rb:500rb:50rb",
                                "--grid", "voucher=20rb:30rb:5rb"]]),
    ("offer simulate --grid markdown", [["offer", "simulate", "total-spbu-2017q4", "--grid", "partner_share=0:0.3:0.125",
                                         "--metric", "reward_rate", "-f", "markdown"]]),
    ("offer simulate --uncertainty", [["offer", "simulate", "axa-mandiri-health-2018", "--uncertainty", "--draws", "300"],
                                      ["offer", "simulate", "axa-mandiri-health-2018", "--uncertainty", "--draws", "300", "-f", "markdown"]]),
    ("offer simulate --uncertainty --vs", [["offer", "simulate", "axa-mandiri-health-2018", "--uncertainty", "--draws", "200",
                                            "--vs", "redemption_rate=30%"]]),
    ("offer simulate --uncertainty --grid", [["offer", "simulate", "axa-mandiri-health-2018", "--uncertainty", "--draws", "100",
                                              "--grid", "voucher=20rb:30rb:5rb", "-f", "markdown"]]),
    ("offer new", [["partner", "new", "lazada", "--name", "Lazada Indonesia"],
                   ["offer", "new", "lazada-2018", "--partner", "lazada", "--min-spend", "450rb", "--voucher", "Rp25.000", "--days", "92",
                    "--transactions", "120.000", "--redemption-rate", "35%", "--median", "250rb", "--p90", "600rb"],
                   ["offer", "simulate", "lazada-2018"]]),
    ("deal options", [["deal", "options", "total-spbu-2017", "--partner-margin", "4%"],
                      ["deal", "options", "hias-hauz-lebaran-2018", "--partner-margin", "35%", "-f", "markdown"],
                      ["deal", "options", "happy-fresh-2018", "--partner-margin", "12,5%"]]),
    ("deal list", [["deal", "list"], ["deal", "list", "-f", "markdown"]]),
    ("report", [["report"], ["report", "-f", "markdown"]]),
    ("meeting show", [["meeting", "show", "total-spbu-kickoff", "--today", "2017-09-10"],
                      ["meeting", "show", "total-spbu-launch", "--today", "2017-10-09", "-f", "markdown"]]),
    ("meeting list", [["meeting", "list", "--today", "2017-10-09"], ["meeting", "list", "--today", "2017-10-09", "-f", "markdown"]]),
    ("meeting events", [["meeting", "new", "uber-intro", "--partner", "uber", "--date", "2018-03-10", "--today", "2018-03-01"],
                        ["meeting", "submit", "uber-intro", "--by", "Andi Wijaya", "--today", "2018-03-01"],
                        ["meeting", "reject", "uber-intro", "--by", "Hendra Gunawan", "--note", "Perbaiki nama", "--today", "2018-03-01"],
                        ["meeting", "submit", "uber-intro", "--by", "Andi Wijaya", "--today", "2018-03-02"],
                        ["meeting", "approve", "uber-intro", "--by", "Hendra Gunawan", "--today", "2018-03-02"],
                        ["meeting", "held", "uber-intro", "--date", "2018-03-10", "--today", "2018-03-10"],
                        ["meeting", "cancel", "total-spbu-launch", "--note", "Diundur", "--today", "2017-10-09"]]),
    ("lobby", [["lobby", "log", "total-spbu", "--person", "Budi Santoso", "--step", "self", "--today", "2017-10-10"],
               ["lobby", "map", "total-spbu", "--today", "2017-10-10"],
               ["lobby", "map", "total-spbu", "--today", "2017-10-10", "-f", "markdown"]]),
    ("due", [["due", "--today", "2017-10-09"], ["due", "--today", "2018-03-10", "-f", "markdown"]]),
    ("campaign show", [["campaign", "show", "voucher-flight-fanfest", "--today", "2018-04-20"],
                       ["campaign", "show", "voucher-flight-fanfest", "--today", "2018-04-20", "-f", "markdown"]]),
    ("campaign calendar", [["campaign", "calendar", "voucher-flight-fanfest"],
                           ["campaign", "calendar", "voucher-flight-fanfest", "-f", "markdown"]]),
    ("campaign list", [["campaign", "list", "--today", "2018-04-20"], ["campaign", "list", "--today", "2018-04-20", "-f", "markdown"]]),
    ("campaign events", [["campaign", "new", "pulsa", "--product", "jd_pulsa", "--start", "2018-05-01", "--end", "2018-06-15",
                          "--channels", "facebook,instagram"],
                         ["campaign", "approve", "pulsa", "--by", "Rina (Marketing)", "--channels", "facebook", "--today", "2018-04-20"],
                         ["campaign", "post", "pulsa", "--channel", "facebook", "--date", "2018-05-02"],
                         ["campaign", "track", "pulsa", "p1", "--date", "2018-05-03", "--reach", "12.000", "--likes", "300", "--comments", "40"],
                         ["campaign", "mention", "pulsa", "--where", "Twitter", "--sentiment", "neutral"],
                         ["campaign", "show", "pulsa", "--today", "2018-05-04"]]),
    ("init", [["init", "baru", "--lang", "id"], ["offer", "simulate", "baru/offers/contoh-spbu-voucher.yaml"]]),
    ("deal show", [["deal", "show", d] for d in ("total-spbu-2017", "happy-fresh-2018", "uber-2018")]),
    ("deal show markdown", [["deal", "show", "hias-hauz-lebaran-2018", "-f", "markdown"]]),
    ("deal new", [["deal", "new", "total-spbu-2019", "--partner", "total-spbu", "--offer", "total-spbu-2017q4",
                               "--issue", "min_spend=500rb:420rb:450rb", "--issue", "voucher=25rb:30rb", "--deadline", "3",
                               "--tactic", "boulware"]]),
    ("deal log", [["deal", "log", "happy-fresh-2018", "--by", "kami", "--set", "min_spend=275rb,partner_share=12,5%",
                               "--date", "2018-01-22", "--check", "positional=yes"]]),
    ("deal close", [["deal", "close", "happy-fresh-2018", "agreed", "--set", "min_spend=250rb,partner_share=15%",
                                 "--date", "2018-02-01"]]),
    ("meeting brief", [["meeting", "brief", "total-spbu-kickoff", "--today", "2017-09-10"],
                       ["meeting", "brief", "total-spbu-launch", "--today", "2017-10-09"]]),
]
# Commands with no table or markdown to read: decks are checked below as
# slides; `completion` prints a shell script; `help` has no topics yet.
NOT_TEXT = {("completion",), ("help",), ("offer", "deck"), ("meeting", "deck")}


def _name(case) -> str:
    return case.values[0] if hasattr(case, "values") else case[0]


def _commands(case) -> list[list[str]]:
    return case.values[1] if hasattr(case, "values") else case[1]


@pytest.mark.parametrize(("name", "commands"), CASES, ids=[_name(c) for c in CASES])
def test_indonesian_output_has_no_english_keys_and_no_decimal_points(runner, workspace, name, commands):
    data = data_texts(workspace)
    found = []
    for args in commands:
        result = run(runner, "--lang", "id", *args)
        assert result.exit_code == 0, (args, result.output)
        found += [f"pln {' '.join(args)}: {p}" for p in problems(result.output, data)]
    assert found == []


def test_every_command_is_read():
    import typer.main

    from pln_cli.cli.app import app

    root = typer.main.get_command(app)
    every = set()
    for name, command in root.commands.items():
        subs = getattr(command, "commands", None)
        every |= {(name, sub) for sub in subs} if subs else {(name,)}
    read = {tuple(args[:2]) if tuple(args[:2]) in every else tuple(args[:1]) for case in CASES for args in _commands(case)}
    assert every - read - NOT_TEXT == set()


def test_the_decks_speak_indonesian(runner, workspace):
    """The partner's slides: every text frame and table cell of both decks."""
    pptx = pytest.importorskip("pptx")
    data = data_texts(workspace)
    found = []
    for args in (["offer", "deck", "total-spbu-2017q4", "-o", "decks/offer.pptx", "--date", "2017-09-01"],
                 ["meeting", "deck", "total-spbu-kickoff", "-o", "decks/meeting.pptx"]):
        result = run(runner, "--lang", "id", *args)
        assert result.exit_code == 0, result.output
        texts = []
        for slide in pptx.Presentation(str(workspace / args[args.index("-o") + 1])).slides:
            for shape in slide.shapes:
                if shape.has_text_frame:
                    texts.append(shape.text_frame.text)
                if getattr(shape, "has_table", False) and shape.has_table:
                    texts += [cell.text for row in shape.table.rows for cell in row.cells]
        assert texts
        found += problems("\n".join(texts), data)
    assert found == []


# --- the wording the issue names ------------------------------------------------------


def test_issues_are_named_with_their_labels(runner, workspace):
    """The rounds of a deal, the report and the counter-offers name issues in
    Indonesian; the words of the catalogue, not the keys of the files."""
    report = run(runner, "--lang", "id", "report")
    assert "ambang belanja Rp450.000, nilai voucher Rp25.000, masa berlaku voucher 45 hari" in report.output
    assert "porsi tanggungan mitra 30%" in report.output
    vs = run(runner, "--lang", "id", "offer", "simulate", "total-spbu-2017q4", "--vs", "min_spend=400rb,voucher=30rb")
    assert "ambang belanja Rp400.000, nilai voucher Rp30.000" in vs.output
    english = run(runner, "offer", "simulate", "total-spbu-2017q4", "--vs", "min_spend=400rb,voucher=30rb")
    assert "min_spend=Rp400.000, voucher=Rp30.000" in english.output  # English keeps the --vs words


def test_tier_and_rate_are_two_words_and_the_minimums_are_told_apart(runner, workspace):
    out = run(runner, "--lang", "id", "offer", "simulate", "total-spbu-2017q4").output
    assert "Jenjang      Ambang belanja" in out  # tier: jenjang; the partner's threshold: ambang, as the talking points say
    assert "Tingkat imbalan (jenjang 1)" in out  # rate: tingkat
    assert "min. order di JD.ID Rp100.000" in out  # the voucher's minimum order on JD.ID
    assert "histogram 10 rentang" in out and not re.search(r"\bember\b", out)  # buckets: rentang
    assert "Kuota dan anggaran" in out and "\nBatas " not in out  # caps are not "Batas" (our reservation is)


def test_the_options_chart_marks_kami_and_mitra(runner, workspace):
    out = run(runner, "--lang", "id", "deal", "options", "total-spbu-2017", "--partner-margin", "4%").output
    assert "K = posisi kami, M = posisi mitra" in out
    chart = out.split("Nilai bagi kami terhadap nilai bagi mitra")[1].split("Posisi kedua pihak")[0]
    assert re.search(r"\|[^\n]*[K*]", chart) and "U" not in chart and "T" not in chart.replace("Nilai", "")
