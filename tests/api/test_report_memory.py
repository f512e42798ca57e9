"""`pln report` on thousands of deals: its output is written a deal at a
time (never held whole), its rows are priced as the deals come, and each
partner's lobby coverage is worked out without the rest of its lobby map.
Each shortcut must give exactly what the long way gave."""

from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from pln_cli.api.report import Filters, stream_portfolio
from pln_cli.cli.output import write_chunks
from pln_cli.errors import UsageError
from pln_cli.model.lobby import Contact
from pln_cli.model.partner import Partner
from pln_cli.portfolio import NO_ECONOMICS, RECORD_COLUMNS, DealRow, Economics, priced, record
from pln_cli.prep.lobby import Coverage, coverage, lobby_map
from pln_cli.render.data import to_csv, to_json, to_jsonl
from pln_cli.render.report import _json_value, coverage_record, emit_portfolio, portfolio_chunks

REPO = Path(__file__).resolve().parents[2]


# --- the JSON encoder -----------------------------------------------------------------


class Level(int):
    pass


HOSTILE_VALUES = [
    {},
    [],
    (),
    {"a": [], "b": {}, "c": [{}], "d": [[]]},
    [1, -0.0, 0.1, 1e300, 1e-300, 2**70, float("nan"), float("inf"), float("-inf")],
    {"text": "Rp450.000 – 12,5% \"quoted\" \\ back\nslash\ttab \x01 \x85 \u202e é 😀"},
    {7: "int key", 2.5: "float key", False: "false key", None: "null key"},
    {"bool": [True, False, None], "sub": Level(3), "day": date(2018, 1, 31)},
    {"nested": {"deeper": {"deepest": [1, [2, [3, {"x": "y"}]]]}}},
    "a bare string",
    42,
]


@pytest.mark.parametrize("value", HOSTILE_VALUES)
def test_the_json_encoder_writes_what_the_standard_one_writes(value):
    standard = json.JSONEncoder(ensure_ascii=False, indent=2, default=str).encode(value)
    assert _json_value(value, "\n") == standard


# --- the output in chunks -------------------------------------------------------------


def _whole(found, fmt: str, lang: str) -> str:
    """The report's text as it was made before it came in chunks: every record, then one encoding."""
    if fmt == "csv":
        return to_csv(RECORD_COLUMNS, [record(r) for r in found.rows])
    records = [{**record(r), "warnings": [w.to_json(lang) for w in r.warnings]} for r in found.rows]
    if fmt == "jsonl":
        return to_jsonl(records)
    from dataclasses import asdict

    from pln_cli.render.meeting import list_record

    return to_json({
        "deals": records,
        "totals": [asdict(t) for t in found.totals],
        "partners_without_deals": list(found.idle_partners),
        "offers_without_deals": list(found.idle_offers),
        "meetings": [list_record(v, found.partner_names) for v in found.meetings],
        "lobby_coverage": [coverage_record(c) for c in found.lobby],
        "campaigns": [row.to_json() for row in found.campaigns],
    })


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("filters", [Filters(), Filters(statuses={"paused"}), Filters(partners={"nobody"})])
def test_the_chunks_make_the_whole_text(workspace, fmt, lang, filters):
    found = stream_portfolio(workspace, filters, today=date(2018, 1, 1))
    chunks = list(portfolio_chunks(found, fmt, lang))
    assert "".join(chunks) == _whole(found, fmt, lang) == emit_portfolio(found, fmt, lang)
    if found.rows and fmt != "json":
        assert len(chunks) == len(found.rows)  # a deal at a time, not the whole text at once


def test_a_report_without_deals_in_chunks(workspace):
    found = stream_portfolio(workspace, Filters(partners={"nobody"}), today=date(2018, 1, 1))
    assert found.rows == ()
    assert emit_portfolio(found, "csv", "en") == ",".join(RECORD_COLUMNS) + "\n"
    assert emit_portfolio(found, "jsonl", "en") == ""
    assert json.loads(emit_portfolio(found, "json", "en"))["deals"] == []
    assert emit_portfolio(found, "json", "en").startswith('{\n  "deals": [],\n  "totals": []')


def test_written_chunks_end_with_one_newline(capsys):
    write_chunks(iter(["a", "", "b"]), None)
    write_chunks(iter(["c\n"]), "-")
    write_chunks(iter([]), None)
    assert capsys.readouterr().out == "ab\nc\n\n"


def test_chunks_go_to_a_file_whole(tmp_path):
    target = tmp_path / "report.json"
    target.write_text("old")
    target.chmod(0o640)
    write_chunks(iter(["{", "}\n"]), str(target))
    assert target.read_text() == "{}\n"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary file left


def test_a_refused_target_is_refused_before_any_chunk_is_made(tmp_path):
    (tmp_path / "deals").mkdir()
    made = []

    def chunks():
        made.append(1)
        yield "x"

    with pytest.raises(UsageError):
        write_chunks(chunks(), str(tmp_path / "deals" / "out.json"), tmp_path)
    assert made == []
    assert list((tmp_path / "deals").iterdir()) == []


def test_a_failing_chunk_leaves_the_old_file(tmp_path):
    target = tmp_path / "report.csv"
    target.write_text("old\n")

    def chunks():
        yield "new,"
        raise RuntimeError("broken")

    with pytest.raises(RuntimeError):
        write_chunks(chunks(), str(target))
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]


# --- pricing ----------------------------------------------------------------------------


def test_pricing_keeps_every_field_of_the_row():
    row = DealRow("d", "p", "P", "agreed", 3, date(2018, 1, 1), date(2018, 2, 1), date(2018, 1, 15),
                  {"voucher": 1}, {"voucher": 2}, {"voucher": 3}, {"voucher": 4}, 0.25, "mixed",
                  Economics(1), Economics(2), Economics(3), ("voucher",), ())
    assert priced(row, (), {}) == replace(row, ours=NO_ECONOMICS, theirs=NO_ECONOMICS, agreed=NO_ECONOMICS, warnings=())


# --- lobby coverage ---------------------------------------------------------------------


def _person(name: str, influence: int | None, stance: str | None) -> dict:
    return {"name": name, "influence": influence, "stance": stance}


PEOPLE = [
    _person("Budi Santoso", 5, "skeptical"),
    _person("Ani", 3, "supportive"),
    _person("ani", 4, "opposed"),  # the same name again: counts once, as first listed
    _person("Citra", 2, "champion"),  # influence under 3: not a key person
    _person("Dewi", None, "champion"),
    _person("Eko", 4, None),
]


def _contact(person: str, day: str, stance: str | None = None) -> Contact:
    return Contact(person=person, date=date.fromisoformat(day), step="inform", stance=stance)


CONTACT_SETS = [
    [],
    [_contact("budi  santoso", "2018-01-05", "supportive")],
    # Two on one day: the later in the file counts; a contact without a stance changes nothing.
    [_contact("Budi Santoso", "2018-01-05", "supportive"), _contact("Budi Santoso", "2018-01-05", "opposed"),
     _contact("Budi Santoso", "2018-02-01")],
    # Out of date order in the file: the latest date counts.
    [_contact("Eko", "2018-03-01", "champion"), _contact("Eko", "2018-01-01", "neutral"), _contact("ANI", "2018-01-02", "neutral")],
    [_contact("Someone Else", "2018-01-01", "champion")],
]


@pytest.mark.parametrize("contacts", CONTACT_SETS)
def test_coverage_is_the_lobby_maps(contacts):
    partner = Partner(id="p", name="P", people=PEOPLE)
    assert coverage(partner, contacts) == lobby_map(partner, contacts).coverage


def test_coverage_counted_by_hand():
    partner = Partner(id="p", name="P", people=PEOPLE)
    # Key people: Budi (5), Ani (3), Eko (4); Ani is supportive.
    assert coverage(partner) == Coverage(3, 1, ("Ani",))
    # Eko's latest contact (March) says champion; Ani's says neutral now.
    assert coverage(partner, CONTACT_SETS[3]) == Coverage(3, 1, ("Eko",))
    assert coverage(Partner(id="q", name="Q")) == Coverage(0, 0, ())


# --- memory -----------------------------------------------------------------------------


def _peak(root: Path, sink: Path) -> int:
    """The traced peak of a streamed report of `root` written as JSON to `sink`."""
    tracemalloc.start()
    try:
        found = stream_portfolio(root, today=date(2018, 2, 1))
        write_chunks(portfolio_chunks(found, "json", "en"), str(sink))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_per_deal_stays_small(tmp_path):
    """The benchmark's workspaces at two sizes: what each extra deal costs at
    the peak, traced, stays under 18 KB (the issue allows 20 KB of RSS).
    About 15 KB when this was written, most of it the offer's model (7 KB);
    over 21 KB when the whole output was built before it was written and
    every partner kept its model."""
    sizes = (40, 200)
    for deals in sizes:
        subprocess.run([sys.executable, str(REPO / "benchmarks" / "make_workspace.py"), str(deals), str(tmp_path / f"ws{deals}")],
                       check=True, stdout=subprocess.DEVNULL)
    _peak(tmp_path / "ws40", tmp_path / "warm.json")  # modules imported and caches made first
    small, large = (_peak(tmp_path / f"ws{n}", tmp_path / f"out{n}.json") for n in sizes)
    per_deal = (large - small) / (sizes[1] - sizes[0])
    assert per_deal < 18_000, f"{per_deal:.0f} bytes per deal"
    assert len(json.loads((tmp_path / "out200.json").read_text())["deals"]) == 200


# --- partners summed up -------------------------------------------------------------------


def test_a_streamed_workspace_sums_up_the_partners_no_meeting_or_lobby_log_names(workspace):
    from pln_cli.load.workspace import PartnerSummary, load_workspace

    whole = {pid: e.model for pid, e in load_workspace(workspace).partners.items()}
    seen: dict[str, object] = {}

    def on_deal(entry, streamed):
        seen.update((pid, e.model) for pid, e in streamed.partners.items())

    load_workspace(workspace, on_deal=on_deal)
    # total-spbu has a lobby log and meetings: its people are read whole.
    assert seen["total-spbu"] == whole["total-spbu"]
    summed = {pid for pid, model in seen.items() if isinstance(model, PartnerSummary)}
    assert summed == {"axa-mandiri", "happy-fresh", "hias-hauz", "uber"}
    for pid in summed:
        model = seen[pid]
        assert (model.id, model.name) == (whole[pid].id, whole[pid].name)
        assert coverage(model) == coverage(whole[pid])


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_controls_in_a_name_are_escaped_in_chunks_as_in_the_whole_text(workspace, fmt):
    partner = workspace / "partners" / "uber.yaml"
    text = partner.read_text(encoding="utf-8")
    partner.write_text(text.replace("\nname: ", '\nname: "Uber \\u202e\\x85 é" # ', 1), encoding="utf-8")
    found = stream_portfolio(workspace, today=date(2018, 1, 1))
    assert any(r.partner_name == "Uber \u202e\x85 é" for r in found.rows)
    out = emit_portfolio(found, fmt, "en")
    assert out == _whole(found, fmt, "en")
    if fmt != "csv":
        assert "\u202e" not in out and "\\u202e" in out and "é" in out
