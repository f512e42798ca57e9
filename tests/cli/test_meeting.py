"""`pln meeting`: new, submit, approve, reject, held, cancel, show, list.

Goldens cover every status (not_submitted, awaiting, changes_requested,
approved, stale, overdue, held, cancelled) and every readiness level
(ready, partly, missing) in both languages; every refusal leaves the file
byte for byte as it was.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import golden, run

TODAY = "2018-03-01"
PITCH = "meetings/hf-pitch.yaml"
INTRO = "meetings/uber-intro.yaml"


def ok(result):
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def pitch(runner, workspace) -> Path:
    """A Happy Fresh pitch whose four preparations are each partly ready (a
    deal without a BATNA, an untested aid and a material not there yet, a
    misspelt audience name, a venue checked only for power), and an Uber
    intro with nothing prepared."""
    ok(run(runner, "deal", "new", "happy-fresh-2019", "--partner", "happy-fresh", "--offer", "happy-fresh-2018q1", "--issue", "min_spend=300rb:250rb"))
    ok(run(runner, "meeting", "new", "hf-pitch", "--partner", "happy-fresh", "--deal", "happy-fresh-2019", "--date", "2018-03-06",
           "--time", "10:00", "--objective", "Agree on the family-basket threshold", "--presenter", "Andi Wijaya",
           "--audience", "Yoga Pratama, Lina Kusumah", "--material", "Deck=../decks/hf-pitch.pptx", "--aid", "projector=yes",
           "--aid", "tablet with the app demo=partly", "--place", "Happy Fresh office, Jakarta", "--checked", "power", "--today", TODAY))
    ok(run(runner, "meeting", "new", "uber-intro", "--partner", "uber", "--date", "2018-03-10", "--today", TODAY))
    return workspace


def show(runner, meeting: str, lang: str, today: str = TODAY):
    return ok(run(runner, "meeting", "show", meeting, "--today", today, "--lang", lang))


# --- every status and readiness level, in both languages ---------------------------------


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_status_in_both_languages(runner, pitch, lang):
    # not submitted; all four preparations missing
    golden(f"meeting/not_submitted.{lang}.txt", show(runner, "uber-intro", lang).output)
    # awaiting; all four partly
    ok(run(runner, "meeting", "submit", "hf-pitch", "--by", "Andi Wijaya", "--to", "Hendra Gunawan", "--today", TODAY))
    golden(f"meeting/awaiting.{lang}.txt", show(runner, "hf-pitch", lang).output)
    ok(run(runner, "meeting", "reject", "hf-pitch", "--by", "Hendra Gunawan", "--note", "Lina's name is misspelt", "--today", TODAY))
    golden(f"meeting/changes_requested.{lang}.txt", show(runner, "hf-pitch", lang).output)
    ok(run(runner, "meeting", "submit", "hf-pitch", "--by", "Andi Wijaya", "--note", "Deck follows tomorrow", "--today", TODAY))
    ok(run(runner, "meeting", "approve", "hf-pitch", "--by", "Hendra Gunawan", "--note", "Acc", "--today", TODAY))
    golden(f"meeting/approved.{lang}.txt", show(runner, "hf-pitch", lang).output)
    # the deck arrives after the acc: what was approved is not what will be shown
    (pitch / "decks").mkdir()
    (pitch / "decks" / "hf-pitch.pptx").write_bytes(b"deck v1")
    golden(f"meeting/stale.{lang}.txt", show(runner, "hf-pitch", lang).output)
    golden(f"meeting/overdue.{lang}.txt", show(runner, "hf-pitch", lang, today="2018-03-07").output)
    # held: the example kick-off, all four preparations ready and the acc valid
    golden(f"meeting/held.{lang}.txt", show(runner, "total-spbu-kickoff", lang, today="2017-10-09").output)
    ok(run(runner, "meeting", "cancel", "uber-intro", "--note", "Uber moved the intro to April", "--today", TODAY))
    golden(f"meeting/cancelled.{lang}.txt", show(runner, "uber-intro", lang).output)


def test_stale_and_overdue_are_said_plainly(runner, pitch):
    ok(run(runner, "meeting", "submit", "hf-pitch", "--by", "Andi Wijaya", "--today", TODAY))
    ok(run(runner, "meeting", "approve", "hf-pitch", "--by", "Hendra Gunawan", "--today", TODAY))
    (pitch / "decks").mkdir()
    (pitch / "decks" / "hf-pitch.pptx").write_bytes(b"deck")
    assert "is stale: the plan, offer or material changed after it; submit again" in show(runner, "hf-pitch", "en").output
    assert "sudah kedaluwarsa" in show(runner, "hf-pitch", "id").output
    late = show(runner, "hf-pitch", "en", today="2018-03-07").output
    assert "overdue: the meeting date 2018-03-06 has passed" in late and "is stale" in late
    assert "lewat tanggal" in show(runner, "hf-pitch", "id", today="2018-03-07").output


def test_the_example_launch_is_stale_and_partly_ready(runner, workspace):
    data = json.loads(ok(run(runner, "meeting", "show", "total-spbu-launch", "-f", "json", "--today", "2017-10-09")).output)
    assert (data["status"], data["approval"], data["ready"]) == ("stale", "stale", False)
    assert {k: v["level"] for k, v in data["readiness"].items()} == {"topic": "ready", "tools": "partly", "audience": "ready", "venue": "partly"}
    kickoff = json.loads(ok(run(runner, "meeting", "show", "total-spbu-kickoff", "-f", "json", "--today", "2017-10-09")).output)
    assert (kickoff["status"], kickoff["approval"], kickoff["ready"]) == ("held", "valid", True)


# --- JSON, markdown, list ---------------------------------------------------------------------


def test_show_json_has_the_contract_keys(runner, pitch):
    ok(run(runner, "meeting", "submit", "hf-pitch", "--by", "Andi Wijaya", "--to", "Hendra Gunawan", "--today", TODAY))
    data = json.loads(ok(run(runner, "meeting", "show", "hf-pitch", "-f", "json", "--today", TODAY)).output)
    contract = ["meeting", "partner", "date", "status", "approval", "digest", "readiness", "ready", "events"]
    assert list(data)[: len(contract)] == contract
    assert (data["meeting"], data["partner"], data["date"], data["status"], data["approval"]) == ("hf-pitch", "happy-fresh", "2018-03-06", "awaiting", "none")
    assert len(data["digest"]) == 64 and data["ready"] is False
    assert list(data["readiness"]) == ["topic", "tools", "audience", "venue"]
    assert all(set(item) == {"level", "missing"} and item["level"] == "partly" for item in data["readiness"].values())
    assert data["readiness"]["audience"]["missing"] == ['"Lina Kusumah" is not one of the people of happy-fresh; did you mean "Lina Kusuma"?']
    assert data["events"] == [{"event": "submitted", "by": "Andi Wijaya", "to": "Hendra Gunawan", "date": TODAY, "digest": data["digest"]}]
    # extras, documented in prep.meeting.to_json
    assert data["submitted"] == {"by": "Andi Wijaya", "to": "Hendra Gunawan", "date": TODAY, "changed_since": False}
    assert [a["name"] for a in data["audience"]] == ["Yoga Pratama", "Lina Kusumah"] and data["audience"][1]["known"] is False
    indonesian = json.loads(ok(run(runner, "meeting", "show", "hf-pitch", "-f", "json", "--today", TODAY, "--lang", "id")).output)
    assert indonesian["status"] == "awaiting" and "belum dites" in indonesian["readiness"]["tools"]["missing"][0]


def test_show_markdown_and_output_file(runner, workspace):
    ok(run(runner, "meeting", "show", "total-spbu-launch", "-o", "launch.md", "--today", "2017-10-09"))
    text = (workspace / "launch.md").read_text()
    assert text.startswith("# Meeting total-spbu-launch: TOTAL SPBU Indonesia, 2017-10-12 14:00")
    assert "## Preparations (Purwanto)" in text and "| tools " in text
    refused = run(runner, "meeting", "show", "total-spbu-launch", "-o", "meetings/copy.md")
    assert refused.exit_code == 2 and not (workspace / "meetings" / "copy.md").exists()


def test_list_every_meeting(runner, pitch):
    result = ok(run(runner, "meeting", "list", "--today", TODAY)).output
    assert [result.index(m) for m in ("total-spbu-kickoff", "total-spbu-launch", "hf-pitch", "uber-intro")] == sorted(
        result.index(m) for m in ("total-spbu-kickoff", "total-spbu-launch", "hf-pitch", "uber-intro"))
    assert "2018-03-06 10:00  hf-pitch" in result and "overdue" in result
    rows = list(csv.DictReader(io.StringIO(ok(run(runner, "meeting", "list", "-f", "csv", "--today", TODAY)).output)))
    assert [(r["meeting"], r["status"], r["approval"], r["ready"]) for r in rows] == [
        ("total-spbu-kickoff", "held", "valid", "true"),
        ("total-spbu-launch", "overdue", "stale", "false"),
        ("hf-pitch", "not_submitted", "none", "false"),
        ("uber-intro", "not_submitted", "none", "false"),
    ]
    assert [r["topic"] for r in rows] == ["ready", "ready", "partly", "missing"]
    only = json.loads(ok(run(runner, "meeting", "list", "-f", "json", "--partner", "uber", "--today", TODAY)).output)
    assert [m["meeting"] for m in only] == ["uber-intro"]


def test_list_leaves_out_a_broken_file_and_says_why(runner, workspace):
    (workspace / "meetings" / "broken.yaml").write_text("meeting: broken\npartner: total-spbu\ndate: soon\n...\n")
    result = run(runner, "meeting", "list", "-f", "json", "--today", "2017-10-09")
    assert result.exit_code == 0
    assert [m["meeting"] for m in json.loads(result.stdout)] == ["total-spbu-kickoff", "total-spbu-launch"]
    assert "meetings/broken.yaml:3:7: error[date]" in result.stderr
    assert run(runner, "meeting", "list", "--strict", "--today", "2017-10-09").exit_code == 1


# --- recording events ---------------------------------------------------------------------


def test_events_are_appended_as_written_in_the_contract(runner, pitch):
    before = (pitch / PITCH).read_text()
    ok(run(runner, "meeting", "submit", "hf-pitch", "--by", "Andi Wijaya", "--to", "Hendra Gunawan", "--note", "Please check", "--today", TODAY))
    digest = json.loads(run(runner, "meeting", "show", "hf-pitch", "-f", "json", "--today", TODAY).output)["digest"]
    ok(run(runner, "meeting", "approve", "hf-pitch", "--by", "Hendra Gunawan", "--date", "2018-03-02", "--today", "2018-03-02"))
    ok(run(runner, "meeting", "held", "hf-pitch", "--attended", "Yoga Pratama", "--attended", "Lina Kusuma,Andi Wijaya",
           "--note", "Agreed on 275rb", "--today", "2018-03-06"))
    after = (pitch / PITCH).read_text()
    assert after.startswith(before)
    assert after[len(before):] == (
        f"---\nevent: submitted\nby: Andi Wijaya\nto: Hendra Gunawan\ndate: 2018-03-01\ndigest: {digest}\nnote: Please check\n...\n"
        f"---\nevent: approved\nby: Hendra Gunawan\ndate: 2018-03-02\ndigest: {digest}\n...\n"
        "---\nevent: held\ndate: 2018-03-06\nnote: Agreed on 275rb\nattended: [Yoga Pratama, Lina Kusuma, Andi Wijaya]\n...\n"
    )
    assert run(runner, "check", PITCH).exit_code == 0


def test_approve_prints_where_the_meeting_stands(runner, pitch):
    ok(run(runner, "meeting", "submit", "hf-pitch", "--by", "Andi Wijaya", "--today", TODAY))
    result = ok(run(runner, "meeting", "approve", "hf-pitch", "--by", "Hendra Gunawan", "--today", TODAY))
    assert result.output.startswith("Approved hf-pitch (acc).\n")
    assert "Status: approved (acc) by Hendra Gunawan on 2018-03-01; nothing has changed since" in result.output
    assert "Not ready yet: 4 of the 4 preparations not ready." in result.output


def test_approving_what_changed_after_the_submit_warns_and_binds_the_current_version(runner, pitch):
    ok(run(runner, "meeting", "submit", "hf-pitch", "--by", "Andi Wijaya", "--today", TODAY))
    (pitch / "decks").mkdir()
    (pitch / "decks" / "hf-pitch.pptx").write_bytes(b"deck")
    shown = json.loads(run(runner, "meeting", "show", "hf-pitch", "-f", "json", "--today", TODAY).output)
    assert shown["submitted"]["changed_since"] is True
    result = ok(run(runner, "meeting", "approve", "hf-pitch", "--by", "Hendra Gunawan", "--today", TODAY))
    assert "changed after Andi Wijaya submitted it on 2018-03-01" in result.stderr
    data = json.loads(run(runner, "meeting", "show", "hf-pitch", "-f", "json", "--today", TODAY).output)
    assert data["approval"] == "valid" and data["events"][-1]["digest"] == data["digest"]


# --- approval safety: every refusal leaves the file byte for byte unchanged ------------------


def _submitted(runner, root: Path) -> None:
    ok(run(runner, "meeting", "submit", "hf-pitch", "--by", "Andi Wijaya", "--today", TODAY))


def _approved(runner, root: Path) -> None:
    _submitted(runner, root)
    ok(run(runner, "meeting", "approve", "hf-pitch", "--by", "Hendra Gunawan", "--today", TODAY))


def _held(runner, root: Path) -> None:
    ok(run(runner, "meeting", "held", "hf-pitch", "--date", "2018-03-06", "--today", "2018-03-06"))


def _cancelled(runner, root: Path) -> None:
    ok(run(runner, "meeting", "cancel", "hf-pitch", "--note", "Postponed", "--today", TODAY))


def _torn(runner, root: Path) -> None:
    with (root / PITCH).open("a") as f:
        f.write("---\nevent: submitted\nby: Andi Wij")


def _nothing(runner, root: Path) -> None:
    pass


@pytest.mark.parametrize(
    "setup, args, code, message",
    [
        (_submitted, ["approve", "--by", "Andi Wijaya"], 1, "Andi Wijaya submitted this meeting and cannot approve it"),
        (_submitted, ["approve", "--by", "  andi   WIJAYA "], 1, "cannot approve it"),
        (_submitted, ["approve", "--by", "Hendra Gunawan", "--today", "2018-03-07"], 1, "is overdue (its date 2018-03-06 has passed): an acc now is refused"),
        (_nothing, ["approve", "--by", "Hendra Gunawan"], 1, "is not awaiting a decision: submit it first"),
        (_approved, ["approve", "--by", "Dewi"], 1, "is not awaiting a decision"),
        (_approved, ["reject", "--by", "Hendra Gunawan", "--note", "Too late"], 1, "is not awaiting a decision"),
        (_nothing, ["reject", "--by", "Hendra Gunawan", "--note", "No"], 1, "is not awaiting a decision"),
        (_submitted, ["reject", "--by", "Hendra Gunawan", "--note", "   "], 1, "a note is required"),
        (_submitted, ["reject", "--by", "Hendra Gunawan"], 2, "--note"),
        (_submitted, ["approve", "--by", ""], 1, "a name is required"),
        (_nothing, ["submit"], 2, "--by"),
        (_nothing, ["held", "--date", "2018-03-06"], 1, "2018-03-06 is after today (2018-03-01)"),
        (_held, ["held", "--today", "2018-03-07"], 1, "was already held on 2018-03-06"),
        (_held, ["cancel", "--note", "x", "--today", "2018-03-07"], 1, "was already held"),
        (_held, ["submit", "--by", "Andi Wijaya", "--today", "2018-03-07"], 1, "was already held"),
        (_cancelled, ["submit", "--by", "Andi Wijaya"], 1, "was cancelled on 2018-03-01"),
        (_cancelled, ["approve", "--by", "Hendra Gunawan"], 1, "was cancelled"),
        (_nothing, ["cancel", "--note", ""], 1, "a note is required"),
        (_torn, ["submit", "--by", "Andi Wijaya"], 1, "torn-write"),
        (_nothing, ["submit", "--by", "Andi Wijaya", "--date", "2018-02-30"], 2, "YYYY-MM-DD"),
        (_nothing, ["submit", "--by", "Andi Wijaya", "--today", "tomorrow"], 2, "YYYY-MM-DD"),
    ],
)
def test_every_refusal_leaves_the_file_unchanged(runner, pitch, setup, args, code, message):
    setup(runner, pitch)
    before = (pitch / PITCH).read_bytes()
    command, *rest = args
    if "--today" not in rest:
        rest += ["--today", TODAY]
    result = run(runner, "meeting", command, "hf-pitch", *rest)
    assert result.exit_code == code, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert (pitch / PITCH).read_bytes() == before


def test_refusals_in_indonesian(runner, pitch):
    _submitted(runner, pitch)
    before = (pitch / PITCH).read_bytes()
    result = run(runner, "meeting", "approve", "hf-pitch", "--by", "Andi Wijaya", "--today", TODAY, "--lang", "id")
    assert result.exit_code == 1 and "tidak bisa menyetujuinya: acc harus dari orang lain" in result.output
    result = run(runner, "meeting", "approve", "hf-pitch", "--by", "Hendra Gunawan", "--today", "2018-03-07", "--lang", "id")
    assert result.exit_code == 1 and "sudah lewat tanggal" in result.output
    assert (pitch / PITCH).read_bytes() == before


def test_unknown_meeting_is_a_usage_error(runner, workspace):
    result = run(runner, "meeting", "show", "nope")
    assert result.exit_code == 2 and "nope: no such meeting" in result.output and "total-spbu-kickoff" in result.output
    assert run(runner, "meeting", "show", "no/such/file.yaml").exit_code == 2


def test_a_file_that_is_no_meeting_is_a_data_error(runner, workspace):
    (workspace / "meetings" / "bad.yaml").write_text("meeting: bad\npartner: total-spbu\n...\n")
    result = run(runner, "meeting", "show", "bad")
    assert result.exit_code == 1 and "meetings/bad.yaml:1:1: error[missing]" in result.output


# --- concurrency: 8 processes x 25 events through the api -----------------------------------


def _submit_many(root: str, worker: int, count: int) -> None:
    import os

    from pln_cli.api.meetings import EventInput, submit_meeting

    os.chdir(root)
    for k in range(count):
        submit_meeting(Path(root) / PITCH, EventInput(f"w{worker}", f"writer {worker} event {k}", today=date(2018, 3, 1)))


def test_eight_processes_append_200_complete_events(runner, pitch):
    from pln_cli.load.meetings import load_meeting

    before = (pitch / PITCH).read_bytes()
    ctx = multiprocessing.get_context("fork")
    workers = [ctx.Process(target=_submit_many, args=(str(pitch), w, 25)) for w in range(8)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(timeout=300)
        assert p.exitcode == 0
    raw = (pitch / PITCH).read_bytes()
    assert raw.startswith(before)
    entry = load_meeting(pitch / PITCH)
    assert [p for p in entry.problems if p.severity == "error"] == []
    events = entry.meeting.events
    assert len(events) == 200 and raw.count(b"\n...\n") == 201
    assert sorted(e.note for e in events) == sorted(f"writer {w} event {k}" for w in range(8) for k in range(25))
    digests = {e.digest for e in events}
    assert len(digests) == 1  # nothing changed between the submits: each binds the same version
    assert json.loads(run(runner, "meeting", "show", "hf-pitch", "-f", "json", "--today", TODAY).output)["status"] == "awaiting"


# --- meeting new ------------------------------------------------------------------------------


def test_new_writes_a_plan_that_checks_and_never_overwrites(runner, pitch):
    text = (pitch / PITCH).read_text()
    assert "audience: [Yoga Pratama, Lina Kusumah]\n" in text and "  - {name: tablet with the app demo, tested: partly}\n" in text
    assert text.endswith("...\n")
    again = run(runner, "meeting", "new", "hf-pitch", "--partner", "happy-fresh", "--date", "2018-03-06")
    assert again.exit_code == 2 and "never overwritten" in again.output
    assert (pitch / PITCH).read_text() == text
    check = run(runner, "check", PITCH)
    assert check.exit_code == 0 and "warning[unknown-person]" in check.output and "warning[material-missing]" in check.output


@pytest.mark.parametrize(
    "args, message",
    [
        (["--partner", "nobody", "--date", "2018-03-06"], "no partner 'nobody'"),
        (["--partner", "uber", "--date", "2018-03-06", "--deal", "total-spbu-2017"], "is with partner 'total-spbu', not 'uber'"),
        (["--partner", "uber", "--date", "2018-03-06", "--deal", "nope"], "no deal 'nope'"),
        (["--partner", "uber", "--date", "2018-03-06", "--offer", "total-spbu-2017q4"], "belongs to partner 'total-spbu'"),
        (["--partner", "uber", "--date", "2018-03-06", "--time", "25:00"], "HH:MM"),
        (["--partner", "uber", "--date", "2018-03-06", "--aid", "projector=maybe"], "NAME=ANSWER"),
        (["--partner", "uber", "--date", "6/3/2018"], "YYYY-MM-DD"),
        (["--partner", "uber"], "--partner and --date are required"),
    ],
)
def test_new_refuses_bad_options(runner, workspace, args, message):
    result = run(runner, "meeting", "new", "x-meeting", *args)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert not (workspace / "meetings" / "x-meeting.yaml").exists()


def test_new_asks_on_a_terminal_and_offers_the_partners_people(runner, workspace, monkeypatch):
    import pln_cli.cli.meeting as meeting_cli

    monkeypatch.setattr(meeting_cli, "stdin_is_terminal", lambda: True)
    answers = "\n".join(["total-spbu", "2017-10-20", "total-spbu-2017", "Review the first week", "Sari Wulandari", "1, 3", "TOTAL SPBU head office"]) + "\n"
    result = run(runner, "meeting", "new", "total-spbu-review", input=answers)
    assert result.exit_code == 0, result.output
    assert "1. Rina Hartono" in result.output and "3. Dewi Lestari" in result.output
    text = (workspace / "meetings" / "total-spbu-review.yaml").read_text()
    assert "deal: total-spbu-2017\ndate: 2017-10-20\nobjective: Review the first week\npresenters: [Sari Wulandari]\n" in text
    assert "audience: [Rina Hartono, Dewi Lestari]\nvenue:\n  place: TOTAL SPBU head office\n...\n" in text
    assert run(runner, "check").exit_code == 0


def test_new_asks_in_indonesian(runner, workspace, monkeypatch):
    import pln_cli.cli.meeting as meeting_cli

    monkeypatch.setattr(meeting_cli, "stdin_is_terminal", lambda: True)
    answers = "\n".join(["uber", "2018-03-10", "", "", "", "Anisa Rahman", ""]) + "\n"
    result = run(runner, "meeting", "new", "uber-lunch", "--lang", "id", input=answers)
    assert result.exit_code == 0, result.output
    assert "Tanggal meeting" in result.output and "Orang-orang mitra" in result.output
    assert "audience: [Anisa Rahman]\n" in (workspace / "meetings" / "uber-lunch.yaml").read_text()


# --- help and start-up -------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["new", "submit", "approve", "reject", "held", "cancel", "show", "list"])
def test_every_meeting_command_has_help_and_today(runner, command):
    result = run(runner, "meeting", command, "--help")
    assert result.exit_code == 0 and "Usage" in result.output and "--today" in result.output


@pytest.mark.parametrize("args", [["meeting", "--help"], ["lobby", "--help"], ["due", "--help"]])
def test_help_imports_nothing_heavy(args):
    import subprocess
    import sys

    heavy = ["pln_cli.model", "pln_cli.load", "pln_cli.econ", "pln_cli.render", "pln_cli.prep", "tabulate", "yaml"]
    code = (
        "import sys\n"
        "from pln_cli.cli.app import app\n"
        "try:\n"
        f"    app({args!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print('LOADED', [m for m in {heavy!r} if any(k == m or k.startswith(m + '.') for k in sys.modules)])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "LOADED []" in out


# --- pln report: open meetings and lobby coverage ------------------------------------------------


def test_report_lists_open_meetings_and_lobby_coverage(runner, pitch):
    data = json.loads(ok(run(runner, "report", "-f", "json", "--today", TODAY)).stdout)
    assert [(m["meeting"], m["status"], m["ready"]) for m in data["meetings"]] == [
        ("total-spbu-launch", "overdue", False), ("hf-pitch", "not_submitted", False), ("uber-intro", "not_submitted", False),
    ]
    total = next(c for c in data["lobby_coverage"] if c["partner"] == "total-spbu")
    # Budi moved from skeptical to neutral in the lobby log: still not on side
    assert total == {"partner": "total-spbu", "partner_name": "TOTAL SPBU Indonesia", "key_people": 3, "on_side": 1, "names_on_side": ["Rina Hartono"]}
    page = ok(run(runner, "report", "--today", "2017-10-09", "--partner", "total-spbu")).output
    assert "Open meetings" in page and "total-spbu-launch  TOTAL SPBU Indonesia  stale acc" in page
    assert "Lobby coverage" in page and "Uber Indonesia" not in page.split("Lobby coverage")[1]
    indonesian = ok(run(runner, "report", "--today", "2017-10-09", "--lang", "id")).output
    assert "Meeting terbuka" in indonesian and "Cakupan lobi" in indonesian and "acc kedaluwarsa" in indonesian
