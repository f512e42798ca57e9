"""Meeting files: parsing with line:column Problems, references, the digest's
bytes, and the documents the commands append."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from pathlib import Path

import pytest

from pln_cli.load.deals import load_deal
from pln_cli.load.meetings import (
    check_appended,
    check_meeting_refs,
    event_document,
    load_meeting,
    materials_present,
    meeting_digest,
    parse_meeting_bytes,
    plan_document,
    refuse_append,
    spend_data_path,
)
from pln_cli.model.partner import Partner
from pln_cli.prep.approval import approval_state

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
D = "ab" * 32

PLAN = """\
# a comment that is part of the plan's bytes
meeting: m1
partner: total-spbu
deal: total-spbu-2017
date: 2017-09-12
time: "10:00"
audience: [Rina Hartono, Budi Santosa]
materials:
  - {title: Deck, file: ../decks/m1.pptx}
  - {title: Histogram, file: ../data/total-spbu-spend-2017q3.csv}
aids:
  - {name: projector, tested: yes}
venue: {place: TOTAL head office, checked: [projector, power, quiet]}
...
"""


@pytest.fixture
def ws(tmp_path) -> Path:
    """A copy of the examples with one more meeting, m1."""
    root = tmp_path / "ws"
    shutil.copytree(EXAMPLES, root)
    (root / "meetings" / "m1.yaml").write_text(PLAN)
    return root


def partners(root: Path) -> dict[str, Partner]:
    from pln_cli.load.workspace import load_partner

    return {p.stem: load_partner(p).model for p in (root / "partners").glob("*.yaml")}


def where(entry, code):
    return [(p.line, p.column, p.severity) for p in entry.problems if p.code == code]


def test_the_examples_parse_cleanly():
    for path in sorted((EXAMPLES / "meetings").glob("*.yaml")):
        entry = load_meeting(path)
        assert entry.problems == [], path
        assert entry.meeting is not None and entry.meeting.id == path.stem


def test_events_parse_in_order(ws):
    path = ws / "meetings" / "m1.yaml"
    text = PLAN + event_document("submitted", date(2017, 9, 7), by="Andi", to="Hendra", digest=D)
    text += event_document("approved", date(2017, 9, 8), by="Hendra", digest=D, note="Acc: lead with the histogram")
    text += event_document("held", date(2017, 9, 12), note="yes", attended=["Rina Hartono", "Budi, the ops head"])
    entry = parse_meeting_bytes(path, text.encode())
    assert entry.problems == []
    events = entry.meeting.events
    assert [e.event for e in events] == ["submitted", "approved", "held"]
    assert events[1].note == "Acc: lead with the histogram"
    assert events[2].note == "yes" and events[2].attended == ["Rina Hartono", "Budi, the ops head"]
    assert approval_state(entry.meeting, D).state == "approved"


def test_a_torn_last_event_is_an_error_and_blocks_appends(ws):
    path = ws / "meetings" / "m1.yaml"
    good = event_document("submitted", date(2017, 9, 7), by="Andi", digest=D)
    entry = parse_meeting_bytes(path, (PLAN + good + "---\nevent: approved\nby: Hendra\n").encode())
    assert entry.torn and where(entry, "torn-write") == [(21, 1, "error")]
    assert [e.event for e in entry.meeting.events] == ["submitted"]  # complete documents still load
    assert refuse_append(entry) and refuse_append(entry)[0].code == "torn-write"


@pytest.mark.parametrize(
    "document,code,line,column",
    [
        ("---\nevent: acc\nby: Hendra\n...\n", "meeting-event", 16, 8),
        ("---\nround: 1\n...\n", "meeting-event", 16, 1),
        ("---\nevent: approved\nby: Hendra\ndate: 2017-09-08\ndigest: 1234\n...\n", "digest", 19, 9),
        ("---\nevent: held\ndate: 12-09-2017\n...\n", "date", 17, 7),
        ("---\nevent: held\ndate: 2017-09-12\nattendees: [Rina]\n...\n", "unknown-field", 18, 1),
        ("---\nevent: changes_requested\ndate: 2017-09-12\n...\n", "missing", 16, 1),
    ],
    ids=["unknown-event", "not-an-event", "digest", "date", "unknown-field", "missing-by"],
)
def test_bad_events_are_problems_at_line_and_column(ws, document, code, line, column):
    entry = parse_meeting_bytes(ws / "meetings" / "m1.yaml", (PLAN + document).encode())
    assert where(entry, code) == [(line, column, "error")]
    assert entry.meeting is None and entry.plan is not None
    assert refuse_append(entry)


@pytest.mark.parametrize(
    "old,new,code,line,column",
    [
        ('time: "10:00"', 'time: "25:00"', "time", 6, 7),
        ("meeting: m1", "meeting: m2", "id-mismatch", 2, 10),
        ("tested: yes", "tested: maybe", "choice", 12, 31),
        ("venue:", "venu:", "unknown-field", 13, 1),
        ("date: 2017-09-12\n", "", "missing", 2, 1),
    ],
    ids=["time", "id-mismatch", "tested", "unknown-field", "missing-date"],
)
def test_bad_plans(ws, old, new, code, line, column):
    entry = parse_meeting_bytes(ws / "meetings" / "m1.yaml", PLAN.replace(old, new).encode())
    assert (line, column, "error") in where(entry, code), entry.problems


def test_not_a_meeting_file(ws):
    entry = load_meeting(ws / "deals" / "total-spbu-2017.yaml")
    assert [p.code for p in entry.problems] == ["meeting-plan"]


def test_references(ws):
    path = ws / "meetings" / "m1.yaml"
    deals = {p.stem: load_deal(p) for p in (ws / "deals").glob("*.yaml")}
    known_offers = {str(ws / "offers" / "total-spbu-2017q4.yaml")}

    def offer_at(p):
        return object() if p is not None and str(p) in known_offers else None

    entry = load_meeting(path)
    check_meeting_refs(entry, partners(ws), deals, offer_at)
    assert [(p.code, p.line, p.column, p.severity) for p in entry.problems] == [
        ("unknown-person", 7, 26, "warning"),
        ("material-missing", 9, 25, "warning"),
    ]
    assert entry.problems[0].message.render("en").endswith('did you mean "Budi Santoso"?')

    bad = PLAN.replace("partner: total-spbu", "partner: total-spb").replace("deal: total-spbu-2017", "deal: nope\noffer: gone")
    entry = parse_meeting_bytes(path, bad.encode())
    check_meeting_refs(entry, partners(ws), deals, offer_at)
    codes = [(p.code, p.line, p.severity) for p in entry.problems]
    assert ("unknown-partner", 3, "error") in codes and ("unknown-deal", 4, "error") in codes and ("unknown-offer", 5, "error") in codes
    assert entry.problems[0].hint.render("en") == 'did you mean "total-spbu"?'

    other = PLAN.replace("deal: total-spbu-2017", "deal: happy-fresh-2018")
    entry = parse_meeting_bytes(path, other.encode())
    check_meeting_refs(entry, partners(ws), deals, offer_at)
    assert "deal-partner" in [p.code for p in entry.problems]


def test_attendees_who_are_neither_theirs_nor_ours_are_warned_about(ws):
    path = ws / "meetings" / "m1.yaml"
    text = PLAN.replace("materials:", "presenters: [Andi]\nmaterials:") + event_document("held", date(2017, 9, 12), attended=["Andi", "Rina Hartono", "Mystery Guest"])
    entry = parse_meeting_bytes(path, text.encode())
    check_meeting_refs(entry, partners(ws), {}, lambda p: None, file_exists=lambda p: True)
    assert [(p.code, p.line, p.column) for p in entry.problems if p.code == "unknown-person"] == [("unknown-person", 7, 26), ("unknown-person", 19, 32)]


def test_the_digest_binds_the_plan_offer_data_and_materials(ws):
    path = ws / "meetings" / "m1.yaml"
    deals = {"total-spbu-2017": load_deal(ws / "deals" / "total-spbu-2017.yaml")}
    entry = load_meeting(path)
    offer_path = entry.offer_path(deals)
    assert offer_path == ws / "offers" / "total-spbu-2017q4.yaml"
    from pln_cli.load.workspace import load_offer

    data_path = spend_data_path(offer_path, load_offer(offer_path).model)
    assert data_path == ws / "data" / "total-spbu-spend-2017q3.csv"
    digest = meeting_digest(entry, offer_path, data_path)
    data = data_path.read_bytes()
    expected = hashlib.sha256(PLAN.encode() + offer_path.read_bytes() + data + b"../decks/m1.pptx missing\n" + data)
    assert digest == expected.hexdigest()
    assert materials_present(entry) == {"../data/total-spbu-spend-2017q3.csv"}

    # appending events does not change it; any edit of what it binds does
    with path.open("a") as f:
        f.write(event_document("submitted", date(2017, 9, 7), by="Andi", digest=digest))
    assert meeting_digest(load_meeting(path), offer_path, data_path) == digest
    (ws / "decks").mkdir()
    (ws / "decks" / "m1.pptx").write_bytes(b"deck")
    assert meeting_digest(load_meeting(path), offer_path, data_path) != digest
    (ws / "decks" / "m1.pptx").unlink()
    offer_path.write_bytes(offer_path.read_bytes() + b"# a comment\n")
    assert meeting_digest(load_meeting(path), offer_path, data_path) != digest


def test_check_appended_points_into_the_new_text(ws):
    entry = load_meeting(ws / "meetings" / "m1.yaml")
    assert check_appended(entry, event_document("cancelled", date(2017, 9, 10), note="TOTAL postponed")) == []
    problems = check_appended(entry, "---\nevent: held\ndate: soon\n...\n")
    assert [(p.path, p.line, p.column, p.code) for p in problems] == [("(new event)", 3, 7, "date")]


def test_written_documents_read_back_unchanged(ws):
    awkward = ["yes", "123", "Note: with a colon", "# not a comment", "Budi, Rina", "'quoted'", "null", " padded ", "Rp450.000"]
    for text in awkward:
        doc = event_document("changes_requested", date(2017, 9, 8), by=text, note=text)
        entry = parse_meeting_bytes(ws / "meetings" / "m1.yaml", (PLAN + doc).encode())
        assert entry.problems == [], text
        assert entry.meeting.events[0].note == text and entry.meeting.events[0].by == text
    with pytest.raises(ValueError):
        event_document("acc", date(2017, 9, 8))


def test_plan_document_round_trip(ws):
    text = plan_document(
        "m2", "total-spbu", date(2017, 9, 12), deal="total-spbu-2017", time="10:00",
        objective="Present the scheme: fuel for vouchers", presenters=["Andi", "Sari"], audience=["Rina Hartono"],
        materials=[{"title": "Deck, v2", "file": "../decks/m2.pptx"}], aids=[{"name": "projector", "tested": "yes"}],
        venue={"place": "TOTAL head office, Jakarta", "checked": ["projector", "power"]},
        prep={"topic": {"answer": "partly", "note": "Rehearse once more"}},
    )
    entry = parse_meeting_bytes(ws / "meetings" / "m2.yaml", text.encode())
    assert entry.problems == []
    plan = entry.meeting.plan
    assert plan.time == "10:00" and plan.objective == "Present the scheme: fuel for vouchers"
    assert plan.materials[0].title == "Deck, v2" and plan.aids[0].tested == "yes"
    assert plan.venue.place == "TOTAL head office, Jakarta" and plan.prep.topic.answer == "partly"
    assert entry.plan_bytes() == text.encode()


def test_concurrent_appends_keep_every_event(ws):
    """8 processes x 25 events on one meeting file: all 200 kept, complete, parsing."""
    import multiprocessing

    path = ws / "meetings" / "m1.yaml"
    ctx = multiprocessing.get_context("fork")
    workers = [ctx.Process(target=_append_events, args=(str(path), w, 25)) for w in range(8)]
    for p in workers:
        p.start()
    for p in workers:
        p.join(timeout=120)
        assert p.exitcode == 0
    entry = load_meeting(path)
    assert entry.problems == []
    notes = sorted(e.note for e in entry.meeting.events)
    assert notes == sorted(f"writer {w} event {k}" for w in range(8) for k in range(25))
    assert path.read_text().startswith(PLAN)


def _append_events(path: str, worker: int, count: int) -> None:
    from pln_cli.load.append import LogKind, append_document
    from pln_cli.load.meetings import refuse_append as refuse

    kind = LogKind(parse_meeting_bytes, refuse, "(new event)")
    for k in range(count):
        append_document(Path(path), kind, lambda entry, k=k: event_document("submitted", date(2017, 9, 7), by=f"w{worker}", digest=D,
                                                                             note=f"writer {worker} event {k}"))


def test_a_refusal_under_the_lock_leaves_the_file_byte_for_byte_unchanged(ws):
    """The recipe for `pln meeting approve`: decide under the lock, from the file as it is."""
    from pln_cli.load.append import AppendRefused, LogKind, append_document
    from pln_cli.load.problem import Problem
    from pln_cli.prep.approval import refuse_approve

    path = ws / "meetings" / "m1.yaml"
    with path.open("a") as f:
        f.write(event_document("submitted", date(2017, 9, 7), by="Andi", digest=D))
    before = path.read_bytes()
    kind = LogKind(parse_meeting_bytes, refuse_append, "(new event)")

    def approve(by: str, today: date):
        def render(entry):
            refusal = refuse_approve(entry.meeting, by, today)
            if refusal is not None:
                raise AppendRefused([Problem(entry.display, None, None, "refused", refusal)])
            return event_document("approved", today, by=by, digest=D)

        return append_document(path, kind, render)

    for by, today in (("andi", date(2017, 9, 8)), ("Hendra", date(2017, 9, 13))):
        with pytest.raises(AppendRefused):
            approve(by, today)
        assert path.read_bytes() == before
    approve("Hendra", date(2017, 9, 8))
    assert load_meeting(path).meeting.events[-1].event == "approved"
