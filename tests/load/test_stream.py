"""The shared opening of the append-only logs (load/stream.py), and the
loading shortcuts of a large workspace: each must give what the plain way gave."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest

from pln_cli.load.campaigns import parse_campaign_bytes
from pln_cli.load.deals import parse_deal_bytes
from pln_cli.load.lobby import parse_lobby_bytes
from pln_cli.load.meetings import parse_meeting_bytes
from pln_cli.load.workspace import _file_names, load_workspace, read_spend_data, stray_files, yaml_files
from pln_cli.load.yamlsafe import _LAST_LINE_IS_END, Source, _ends_with_end_marker, _fast, _parse

DEAL = """\
deal: d1
partner: total-spbu
offer: total-spbu-2017q4
deadline: {rounds: 5}
issues:
  min_spend: {target: 450rb, reservation: 300rb}
...
---
round: 1
date: 2017-09-12
by: us
terms: {min_spend: 450rb}
...
"""
MEETING = """\
meeting: m1
partner: total-spbu
date: 2017-09-12
...
---
event: submitted
by: Andi Wijaya
date: 2017-09-01
digest: %s
...
""" % ("ab" * 32)
CAMPAIGN = """\
campaign: c1
product: jd_voucher
start: 2018-03-01
end: 2018-04-26
channels: [instagram]
wheel:
  tracking: {owner: Sari}
...
"""
LOBBY = """\
person: Rina Hartono
date: 2017-09-01
step: approach
...
"""
TORN_TAIL = "---\nround: 2\ndate: 2017-09-20\n"


def deal(text: str, name: str = "d1"):
    return parse_deal_bytes(Path(f"/ws/deals/{name}.yaml"), text.encode())


def meeting(text: str, name: str = "m1"):
    return parse_meeting_bytes(Path(f"/ws/meetings/{name}.yaml"), text.encode())


def campaign(text: str, name: str = "c1"):
    return parse_campaign_bytes(Path(f"/ws/campaigns/{name}.yaml"), text.encode())


def lobby(text: str):
    return parse_lobby_bytes(Path("/ws/lobby/total-spbu.yaml"), text.encode())


def found(entry) -> list[tuple[str, int | None, int | None]]:
    return [(p.code, p.line, p.column) for p in entry.problems]


# --- the torn tail names each kind's record ----------------------------------------


@pytest.mark.parametrize(
    "parse,text,line,en,id_",
    [
        (deal, DEAL + TORN_TAIL, 14, "check the last round by hand", "periksa putaran terakhir"),
        (meeting, MEETING + "---\nevent: held\n", 11, "check the last event by hand", "periksa peristiwa terakhir"),
        (campaign, CAMPAIGN + "---\nevent: post\npost: p1\n", 9, "check the last event by hand", "periksa peristiwa terakhir"),
        (lobby, LOBBY + "---\nperson: Budi\n", 5, "check the last contact by hand", "periksa kontak terakhir"),
    ],
    ids=["deal", "meeting", "campaign", "lobby"],
)
def test_a_torn_tail_names_the_record_of_its_kind(parse, text, line, en, id_):
    entry = parse(text)
    torn = [p for p in entry.problems if p.code == "torn-write"]
    assert [(p.line, p.column, p.severity) for p in torn] == [(line, 1, "error")]
    assert torn[0].message.render("en") == "the last document has no closing `...`: possibly a write cut short"
    assert torn[0].hint.render("en").startswith(en)
    assert torn[0].hint.render("id").startswith(id_)


def test_a_tail_that_does_not_parse_gets_the_same_hint():
    entry = meeting(MEETING + "---\nevent: held\ndate: [2017\n")
    (torn,) = entry.problems
    assert (torn.code, torn.line) == ("torn-write", 11)
    assert torn.message.key == "yaml.torn_unparsable" and torn.hint.key == "stream.torn.meeting"
    assert entry.torn and entry.plan is not None and entry.meeting is not None and len(entry.meeting.events) == 1


def test_the_complete_rounds_before_a_torn_tail_still_count():
    entry = deal(DEAL + TORN_TAIL)
    assert found(entry) == [("torn-write", 14, 1)]
    assert entry.deal is not None and [r.round for r in entry.deal.rounds] == [1]


# --- the opening: same Problems for every kind, each with its own names ---------------


@pytest.mark.parametrize(
    "parse,code",
    [(deal, "deal-header"), (meeting, "meeting-plan"), (campaign, "campaign-header")],
    ids=["deal", "meeting", "campaign"],
)
def test_a_file_of_another_kind_is_not_called_torn(parse, code):
    entry = parse("id: total-spbu\nname: TOTAL\n")
    assert found(entry) == [(code, 1, 1)]
    assert entry.docs == []


@pytest.mark.parametrize(
    "parse,text,code,line",
    [
        (deal, "# notes\nround: 1\ndeal: x\n...\n", None, None),  # the header key found, but not first
        (deal, "---\n- a\n...\n---\ndeal: d1\n...\n", "deal-header", 2),
        (meeting, "---\n- a\n...\n---\nmeeting: m1\n...\n", "meeting-plan", 2),
        (campaign, "---\n- a\n...\n---\ncampaign: c1\n...\n", "campaign-header", 2),
    ],
)
def test_a_first_document_that_is_not_the_header(parse, text, code, line):
    entry = parse(text)
    if code is None:
        assert [p.code for p in entry.problems if p.code.endswith("header")] == []
        return
    assert found(entry)[0] == (code, line, 1)


@pytest.mark.parametrize(
    "parse,text,name,column",
    [(deal, DEAL, "other", 7), (meeting, MEETING, "other", 10), (campaign, CAMPAIGN, "other", 11)],
    ids=["deal", "meeting", "campaign"],
)
def test_a_header_whose_id_is_not_the_file_name(parse, text, name, column):
    entry = parse(text, name)
    assert found(entry) == [("id-mismatch", 1, column)]
    assert entry.problems[0].hint.key == "ref.id_mismatch.hint" and entry.problems[0].hint.params == {"stem": name}
    assert entry.problems[0].message.params == {"id": text.split("\n")[0].split(": ")[1], "file": f"{name}.yaml"}


def test_a_deal_keeps_only_its_header_document():
    entry = deal(DEAL + "---\nround: 2\ndate: 2017-09-20\nby: them\nterms: {min_spend: 350rb}\n...\n")
    assert entry.problems == [] and len(entry.deal.rounds) == 2
    assert len(entry.docs) == 1 and entry.docs[0].data["deal"] == "d1"
    assert entry.docs[0].mark(("offer",)) == (3, 8, 17)  # positions still come, from the text


def test_a_bad_round_is_still_reported_where_it_is():
    entry = deal(DEAL.replace("round: 1", "round: 3"))
    assert found(entry) == [("round-number", 9, 8)]
    assert entry.deal is None


# --- the fast YAML path gives what the exact one gives ------------------------------------


SCALARS = """\
a: 1
b: -7
c: +7
d: 010
e: 0
f: 12345678901234567890
g: 123456789012345678901
h: true
i: false
j: null
k: ~
l:
m: "12"
n: '~'
o: 2017-09-12
p: 450rb
q: [1, "2", x, true, null, -0, 07, {r: 5}]
s: yes
t: 1.5
"""


def test_the_fast_path_reads_every_scalar_as_the_exact_one_does():
    source = Source("x.yaml", SCALARS)
    fast = _fast(source, stream=False)
    assert fast is not None
    exact = _parse(SCALARS, source)
    assert fast[0].data == exact[0].data
    data = fast[0].data
    assert (data["a"], data["b"], data["c"], data["d"], data["e"]) == (1, -7, 7, "010", 0)
    assert (data["f"], data["g"]) == (12345678901234567890, "123456789012345678901")
    assert (data["h"], data["i"], data["j"], data["k"], data["l"], data["m"], data["n"]) == (True, False, None, None, None, "12", "~")
    assert data["q"] == [1, "2", "x", True, None, 0, "07", {"r": 5}]
    assert (data["s"], data["t"]) == ("yes", "1.5")
    assert [type(v) for v in data["q"][:2]] == [int, str]


def test_a_tag_that_looks_like_the_loaders_own_is_not_trusted():
    text = "a: !pln/plain 010\n"
    assert _fast(Source("x.yaml", text), stream=False) is None  # the exact path decides (and refuses the tag)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\n...\n", "a: 1\n...", "a: 1\n...\n\n  \n# done\n", "a: 1\n... # end\n", "...\n", "... \n",
        "a: 1\n", "a: 1\n...\nb: 2\n", "a: 1\n....\n", "a: 1\n...\n....\n", "a: 1\n...x\n", "",
        "a: 1\n...\n---\nb: 2\n", "a: 1\n...\n---\nb: 2\n...\n# c\n\n", "x: '\n...'\n", "a: 1\n...\r\n",
    ],
)
def test_the_end_marker_check_agrees_with_searching_the_whole_text(text):
    assert _ends_with_end_marker(text) == bool(_LAST_LINE_IS_END.search(text))


# --- the workspace loader's shortcuts ------------------------------------------------------


def make_folder(root: Path) -> Path:
    folder = root / "deals"
    folder.mkdir(parents=True)
    for name in ("b.yaml", "a.yml", "C.yaml", ".hidden.yaml", "x.YAML", "notes.txt", "a.yaml", ".yaml"):
        (folder / name).write_text("deal: x\n", encoding="utf-8")
    (folder / "dir.yaml").mkdir()
    return folder


def test_yaml_files_are_the_folders_yaml_files_in_path_order(tmp_path):
    folder = make_folder(tmp_path)
    expected = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file() and not p.name.startswith("."))
    assert yaml_files(folder) == expected == [folder / n for n in ("C.yaml", "a.yaml", "a.yml", "b.yaml")]
    assert yaml_files(tmp_path / "missing") == [] and yaml_files(folder / "b.yaml") == []
    assert _file_names(folder) == sorted(p.name for p in folder.iterdir() if p.is_file())


def test_stray_files_are_still_found(tmp_path):
    make_folder(tmp_path)
    (tmp_path / "loose.yml").write_text("x: 1\n", encoding="utf-8")
    (tmp_path / "pln.yaml").write_text("name: w\n", encoding="utf-8")
    got = sorted((Path(p.path).name, p.code, p.message.key) for p in stray_files(tmp_path))
    assert got == [
        (".hidden.yaml", "not-checked", "ref.hidden"),
        ("a.yaml", "id-twice", "ref.id_twice"),
        ("a.yml", "id-twice", "ref.id_twice"),
        ("loose.yml", "not-checked", "ref.stray_root"),
        ("x.YAML", "not-checked", "ref.suffix_case"),
    ]


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_leaves_the_collector_as_it_found_it(enabled):
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        load_workspace(EXAMPLES)
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_valid_offers_drop_their_data_but_keep_their_positions():
    workspace = load_workspace(EXAMPLES)
    entry = workspace.offers["total-spbu-2017q4"]
    assert entry.model is not None and entry.doc is not None and entry.doc.data is None
    line = entry.source.text.splitlines().index(next(t for t in entry.source.text.splitlines() if t.startswith("assumptions:"))) + 1
    assert entry.doc.mark(("assumptions",), key=True)[:2] == (line, 1)
    assert workspace.partners["total-spbu"].doc.data is None


def test_a_remembered_data_place_gives_the_same_answer(tmp_path):
    workspace = load_workspace(EXAMPLES)
    offer = workspace.offers["total-spbu-2017q4"]
    folder = offer.path.parent
    plain = read_spend_data(offer.model, folder, root=EXAMPLES)
    places: dict = {}
    first = read_spend_data(offer.model, folder, root=EXAMPLES, places=places)
    again = read_spend_data(offer.model, folder, root=EXAMPLES, places=places)
    assert plain == first == again and len(places) == 1
    assert re.search(r"total-spbu-spend-2017q3\.csv$", str(plain[0].data_path))
    outside = read_spend_data(offer.model, folder, root=tmp_path, places=places)[1]
    assert [p.code for p in outside] == ["data-outside"]
