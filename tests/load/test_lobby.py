"""Lobby logs: parsing with line:column Problems, references, appended contacts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pln_cli.load.lobby import (
    check_appended,
    check_lobby_refs,
    contact_document,
    load_lobby,
    parse_lobby_bytes,
    refuse_append,
)
from pln_cli.model.lobby import NextAction
from pln_cli.model.partner import Partner

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PARTNER = Partner.model_validate({
    "id": "total-spbu", "name": "TOTAL",
    "people": [{"name": "Budi Santoso", "influence": 5, "stance": "skeptical"}, {"name": "Rina Hartono"}],
})
LOG = """\
person: Budi Santoso
date: 2017-09-05
step: know
channel: meeting
stance: skeptical
note: Lunch near the office.
next: {date: 2017-09-10, action: Send the Q3 spend histogram}
...
---
person: Rina Hartono
date: 2017-09-06
step: inform
...
"""


def path_for(tmp_path: Path, partner: str = "total-spbu") -> Path:
    return tmp_path / "lobby" / f"{partner}.yaml"


def codes(entry):
    return [(p.code, p.line, p.column, p.severity) for p in entry.problems]


def test_the_example_parses_cleanly():
    entry = load_lobby(EXAMPLES / "lobby" / "total-spbu.yaml")
    assert entry.problems == [] and len(entry.log.contacts) == 9 and entry.log.partner == "total-spbu"


def test_a_log_parses(tmp_path):
    entry = parse_lobby_bytes(path_for(tmp_path), LOG.encode())
    assert entry.problems == []
    first, second = entry.log.contacts
    assert first.next == NextAction(date=date(2017, 9, 10), action="Send the Q3 spend histogram")
    assert (second.person, second.step, second.channel, second.stance) == ("Rina Hartono", "inform", None, None)


@pytest.mark.parametrize("raw", [b"", b"# lobby log for TOTAL\n", b"\n\n"], ids=["empty", "comment", "blank"])
def test_an_empty_log_has_no_contacts(tmp_path, raw):
    entry = parse_lobby_bytes(path_for(tmp_path), raw)
    assert entry.problems == [] and entry.log.contacts == ()
    assert entry.empty == (raw.strip() == b"")


@pytest.mark.parametrize(
    "old,new,code,line,column",
    [
        ("step: know", "step: lunch", "choice", 3, 7),
        ("stance: skeptical", "stance: hostile", "choice", 5, 9),
        ("channel: meeting", "channel: pigeon", "choice", 4, 10),
        ("date: 2017-09-06", "date: 6/9/2017", "date", 11, 7),
        ("next: {date: 2017-09-10, action: Send the Q3 spend histogram}", "next: {date: 2017-09-10}", "missing", 7, 1),
        ("person: Rina Hartono", "who: Rina Hartono", "lobby-document", 10, 1),
    ],
)
def test_bad_contacts(tmp_path, old, new, code, line, column):
    entry = parse_lobby_bytes(path_for(tmp_path), LOG.replace(old, new).encode())
    assert (code, line, column, "error") in codes(entry), entry.problems
    assert entry.log is None and refuse_append(entry)


def test_a_torn_tail_is_an_error_but_complete_contacts_load(tmp_path):
    entry = parse_lobby_bytes(path_for(tmp_path), (LOG + "---\nperson: Budi Santoso\ndate: 2017-09-0").encode())
    assert entry.torn and codes(entry) == [("torn-write", 14, 1, "error")]
    assert len(entry.log.contacts) == 2
    assert refuse_append(entry)


def test_references(tmp_path):
    entry = parse_lobby_bytes(path_for(tmp_path), LOG.replace("person: Rina Hartono", "person: Rina Hartana").encode())
    check_lobby_refs(entry, {"total-spbu": PARTNER})
    assert codes(entry) == [("unknown-person", 10, 9, "warning")]
    assert entry.problems[0].message.render("id") == '"Rina Hartana" tidak termasuk orang-orang total-spbu; maksud Anda "Rina Hartono"?'
    assert refuse_append(entry) == []  # warnings do not block appends

    entry = parse_lobby_bytes(path_for(tmp_path, "total"), LOG.encode())
    check_lobby_refs(entry, {"total-spbu": PARTNER})
    assert [p.code for p in entry.problems] == ["unknown-partner"]
    assert entry.problems[0].hint.render("en") == 'did you mean "total-spbu"?'


def test_contact_documents_append_cleanly(tmp_path):
    first = contact_document("Budi Santoso", date(2017, 9, 5), "know", channel="meeting", stance="skeptical",
                             note="He worries: the voucher looks stingy", next=NextAction(date=date(2017, 9, 10), action="Send it, both tabs"),
                             first=True)
    assert first.startswith("person: Budi Santoso\n")
    entry = parse_lobby_bytes(path_for(tmp_path), first.encode())
    assert entry.problems == []
    second = contact_document("Rina Hartono", date(2017, 9, 6), "inform")
    assert second.startswith("---\n") and check_appended(entry, second) == []
    after = parse_lobby_bytes(path_for(tmp_path), (first + second).encode())
    assert [c.person for c in after.log.contacts] == ["Budi Santoso", "Rina Hartono"]
    assert after.log.contacts[0].note == "He worries: the voucher looks stingy"
    assert after.log.contacts[0].next.action == "Send it, both tabs"
    problems = check_appended(entry, "---\nperson: Rina Hartono\ndate: 2017-09-06\nstep: wave\n...\n")
    assert [(p.path, p.line, p.column, p.code) for p in problems] == [("(new contact)", 4, 7, "choice")]
