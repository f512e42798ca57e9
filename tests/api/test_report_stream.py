"""`pln report` streams the deals: each becomes its row while the workspace
loads and is then let go.  The report must be the one a fully loaded
workspace gives, broken files and all, and the rounds must really go."""

from __future__ import annotations

import gc
import os
from datetime import date
from pathlib import Path

import pytest

from pln_cli.api.report import Filters, portfolio, stream_portfolio
from pln_cli.load.paths import inside
from pln_cli.load.deals import ReleasedDeal
from pln_cli.load.workspace import Workspace, load_workspace
from pln_cli.model.deal import Round
from pln_cli.render.report import emit_portfolio, report_document
from pln_cli.render.document import to_plain


def _replace_line(text: str, start: str, new: str) -> str:
    lines = text.splitlines(keepends=True)
    return "".join(new + "\n" if line.startswith(start) else line for line in lines)


@pytest.fixture
def hostile(workspace: Path) -> Path:
    """The examples, plus what a listing must survive: a transactions file
    with a bad row under two deals, a torn deal, a deal naming an unknown
    partner (and a meeting on it), and one id given by two files."""
    deals, offers = workspace / "deals", workspace / "offers"
    uber = (offers / "uber-rides-2018.yaml").read_text()
    uber = _replace_line(uber, "id:", "id: uber-tx")
    uber = _replace_line(uber, "  spend:", "  spend: {transactions: ../data/tx.csv}")
    (offers / "uber-tx.yaml").write_text(_replace_line(uber, "  transactions:", "  # no N: the rows count"))
    (workspace / "data" / "tx.csv").write_text("amount\n50000\n80000\nabc\n120000\n")
    uber_deal = (deals / "uber-2018.yaml").read_text()
    (deals / "uber-tx-deal.yaml").write_text(_replace_line(_replace_line(uber_deal, "deal:", "deal: uber-tx-deal"), "offer:", "offer: uber-tx"))
    (deals / "uber-two.yaml").write_text(_replace_line(uber_deal, "deal:", "deal: uber-two"))
    happy = (deals / "happy-fresh-2018.yaml").read_text()
    torn = _replace_line(happy, "deal:", "deal: torn")
    (deals / "torn.yaml").write_text(torn[: torn.rindex("...")])  # the last round's `...` is missing
    (deals / "badref.yaml").write_text(_replace_line(_replace_line(happy, "deal:", "deal: badref"), "partner:", "partner: happy-frsh"))
    (deals / "dup.yaml").write_text(_replace_line(happy, "deal:", "deal: dup"))
    hias = (deals / "hias-hauz-lebaran-2018.yaml").read_text()
    (deals / "dup.yml").write_text(_replace_line(hias, "deal:", "deal: dup"))
    meeting = (workspace / "meetings" / "total-spbu-launch.yaml").read_text()
    (workspace / "meetings" / "on-badref.yaml").write_text(_replace_line(meeting, "deal:", "deal: badref"))
    return workspace


FILTERS = [
    Filters(),
    Filters(statuses={"open"}),
    Filters(partners={"uber", "hias-hauz"}),
    Filters(since=date(2018, 1, 10), until=date(2018, 4, 5)),
]


def _outputs(found) -> dict[str, str]:
    out = {fmt: emit_portfolio(found, fmt, "en") for fmt in ("json", "csv")}
    out["table"] = to_plain(report_document(found, "id"))
    out["problems"] = "\n".join(p.render("en") for p in found.problems)
    return out


@pytest.mark.parametrize("filters", FILTERS)
@pytest.mark.parametrize("today", [None, date(2018, 1, 1)])
def test_a_streamed_report_is_the_report_of_the_loaded_workspace(hostile, filters, today):
    loaded = portfolio(load_workspace(hostile), filters, today=today)
    streamed = stream_portfolio(hostile, filters, today=today)
    assert _outputs(streamed) == _outputs(loaded)
    assert streamed == loaded


def test_the_broken_files_of_a_streamed_report(hostile):
    found = stream_portfolio(hostile, today=date(2018, 1, 1))
    rows = {r.deal: r for r in found.rows}
    assert sorted(rows) == ["dup", "happy-fresh-2018", "hias-hauz-lebaran-2018", "torn", "total-spbu-2017",
                            "uber-2018", "uber-two", "uber-tx-deal"]
    assert rows["torn"].rounds == 1  # the complete round before the torn tail
    assert (rows["dup"].partner, rows["dup"].rounds) == ("hias-hauz", 6)  # dup.yml, the one the table keeps
    # The bad row of tx.csv leaves its deal without economics, not the other deals of Uber.
    assert rows["uber-tx-deal"].ours.monthly_net_cost is None
    assert rows["uber-two"].ours.monthly_net_cost == rows["uber-2018"].ours.monthly_net_cost is not None
    codes = sorted({p.code for p in found.problems})
    assert codes == ["data-row", "deal-partner", "id-mismatch", "id-twice", "offer-partner", "torn-write", "unknown-partner"]
    assert [p.line for p in found.problems if p.code == "data-row"] == [4]
    # The meeting on the unknown partner's deal still reads the released deal's header.
    assert any(p.code == "deal-partner" and "happy-frsh" in p.message.render("en") for p in found.problems)


def test_each_deal_is_handed_over_whole_then_released(hostile):
    seen: list[tuple[str, int, str]] = []

    def sink(entry, workspace):
        assert workspace.partners and workspace.offers  # what a deal names is loaded first
        seen.append((entry.id, len(entry.deal.rounds) if entry.deal else -1, entry.deal.status if entry.deal else "-"))

    loaded = load_workspace(hostile, on_deal=sink)
    assert ("happy-fresh-2018", 2, "open") in seen and ("total-spbu-2017", 4, "agreed") in seen
    assert [s for s in seen if s[0] == "dup"] == [("dup", 6, "open")]  # once: only the file the table keeps
    assert ("badref", 2, "open") in seen  # a deal with errors is handed over too; the report leaves it out

    entry = loaded.deals["total-spbu-2017"]
    assert isinstance(entry.deal, ReleasedDeal)
    assert (entry.deal.id, entry.deal.status, entry.deal.header.partner) == ("total-spbu-2017", "agreed", "total-spbu")
    assert entry.offer_path() == hostile / "offers" / "total-spbu-2017q4.yaml"
    with pytest.raises(RuntimeError, match="released"):
        entry.deal.rounds  # noqa: B018
    with pytest.raises(RuntimeError, match="released"):
        entry.deal.outcome  # noqa: B018
    assert entry.docs == [] and entry.source is not None and entry.source.text == ""
    assert entry.display.endswith("total-spbu-2017.yaml")
    # Partners and offers keep their models, not their text.
    assert loaded.offers["total-spbu-2017q4"].model is not None
    assert loaded.offers["total-spbu-2017q4"].source.text == ""
    # Without a sink nothing is released.
    whole = load_workspace(hostile).deals["total-spbu-2017"]
    assert len(whole.deal.rounds) == 4 and whole.source.text.startswith("#")


def _rounds_alive() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if isinstance(o, Round))


def test_no_round_is_held_once_a_deal_is_streamed(hostile):
    before = _rounds_alive()
    whole = load_workspace(hostile)
    assert _rounds_alive() - before >= 20  # a loaded workspace holds every round
    del whole
    streamed = load_workspace(hostile, on_deal=lambda entry, workspace: None)
    assert _rounds_alive() == before
    assert len(streamed.deals) == 9


def test_holds_is_inside(tmp_path):
    root = tmp_path / "ws"
    (root / "offers").mkdir(parents=True)
    (root / "offers" / "a.yaml").write_text("id: a\n")
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text("id: b\n")
    os.symlink(outside, root / "offers" / "b.yaml")
    os.symlink(root / "offers" / "a.yaml", root / "offers" / "c.yaml")
    os.symlink(tmp_path, root / "up")
    workspace = Workspace(root=root)
    for path in (root / "offers" / "a.yaml", root / "offers" / "b.yaml", root / "offers" / "c.yaml",
                 root / "offers" / "missing.yaml", root / "up" / "elsewhere.yaml", root / "up" / "ws" / "offers" / "a.yaml",
                 tmp_path / "elsewhere.yaml", root):
        assert workspace.holds(path) == inside(path, root), path
    assert [workspace.holds(root / "offers" / n) for n in ("a.yaml", "b.yaml", "c.yaml")] == [True, False, True]
