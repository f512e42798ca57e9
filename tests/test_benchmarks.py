"""benchmarks/run.py: pairing, medians, the rows without a peer, and results.md.

Nothing here times anything: `run_once` is replaced by a script of runs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parents[1] / "benchmarks" / "run.py"


@pytest.fixture()
def bench():
    spec = importlib.util.spec_from_file_location("bench_run", RUN)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop("bench_run", None)


def scripted(bench, times: dict[str, list[float]]):
    """`run_once` answering from a list of wall times per program (CPU: half; RSS: 10 x wall)."""
    calls: list[str] = []

    def run_once(args):
        calls.append(args[0])
        wall = times[args[0]].pop(0)
        return bench.Run(wall, wall / 2, wall * 10)

    return run_once, calls


def test_pairs_alternate_after_a_warm_up_and_compare_medians(bench, monkeypatch):
    run_once, calls = scripted(bench, {"pln": [9.0, 2.0, 2.2, 2.4], "floor": [9.0, 1.0, 1.1, 1.0]})
    monkeypatch.setattr(bench, "run_once", run_once)
    pair = bench.paired(["pln"], ["floor"], 3)
    assert calls == ["pln", "floor", "pln", "floor", "floor", "pln", "pln", "floor"]
    assert [r.wall for r in pair.ours] == [2.0, 2.2, 2.4] and [r.wall for r in pair.theirs] == [1.0, 1.1, 1.0]
    assert pair.ratio() == pytest.approx(2.2 / 1.0) and pair.ratio("cpu") == pytest.approx(1.1 / 0.5)
    row = bench.time_row("x", pair, 1.3, "floor")
    assert (row.ratio, row.goal, row.met) == ("2.20× (CPU 2.20×)", "≤ 1.3×", "no")
    assert row.pln == "2.200 s (1.100 s CPU)" and row.floor == "floor: 1.000 s (0.500 s CPU)"


def test_a_goal_met_exactly_counts_as_met(bench):
    assert bench.verdict(1.3, 1.3) == "yes" and bench.verdict(1.31, 1.3) == "no"


def test_without_pandas_the_transactions_rows_say_why(bench, tmp_path, monkeypatch):
    monkeypatch.delenv("PLN_PEER_PYTHON", raising=False)
    monkeypatch.setattr(bench, "DEFAULT_PEER", str(tmp_path / "no-python"))
    opts = bench.argparse.Namespace(peer_python=None, runs=1)
    rows = bench.row_transactions(opts)
    assert [(r.ratio, r.goal) for r in rows] == [("not measured", "≤ 1.0× pandas"), ("not measured", "≤ 0.6× pandas")]
    assert rows[0].met.startswith("no peer python with pandas")
    opts.peer_python = sys.executable  # the test venv has no pandas
    assert bench.peer_python(sys.executable) == (None, f"{sys.executable} cannot import pandas")


def test_growth_is_the_slope_from_500_to_8000_deals(bench, monkeypatch, tmp_path):
    peaks = {"500": 60.0, "2000": 100.0, "8000": 210.0}
    monkeypatch.setattr(bench, "workspace", lambda deals: tmp_path / str(deals))
    monkeypatch.setattr(bench, "run_once", lambda args: bench.Run(1.0, 1.0, peaks[Path(args[3]).name]))
    (row,) = bench.row_growth(bench.argparse.Namespace(runs=2))
    assert row.ratio == "20.5 KiB per deal" and row.met == "no"  # (210 - 60) MiB * 1024 / 7,500
    assert row.pln == "500: 60 MiB, 2,000: 100 MiB, 8,000: 210 MiB"


def test_results_md_is_a_table_with_the_method(bench, monkeypatch, tmp_path, capsys):
    row = bench.Row("`pln --version`", "0.2 s", "typer: 0.2 s", "1.00×", "≤ 1.1×", "yes")
    monkeypatch.setitem(bench.ROWS, "version", lambda opts: [row])
    out = tmp_path / "results.md"
    bench.main(["version", "-n", "3", "--out", str(out)])
    text = out.read_text(encoding="utf-8")
    assert "| what | pln | floor or peer | ratio | goal | met? |" in text
    assert "| `pln --version` | 0.2 s | typer: 0.2 s | 1.00× | ≤ 1.1× | yes |" in text
    assert "3 pairs" in text and "- python: " in text and "- machine: " in text
    assert "`pln --version`: 1.00× (goal ≤ 1.1×; yes)" in capsys.readouterr().out


def test_the_old_mode_name_and_an_unknown_row(bench, monkeypatch, tmp_path):
    seen = []
    monkeypatch.setitem(bench.ROWS, "transactions", lambda opts: seen.append("tx") or [])
    bench.main(["simulate", "--no-write"])
    assert seen == ["tx"]
    with pytest.raises(SystemExit) as exc:
        bench.main(["nonsense", "--no-write"])
    assert exc.value.code == 2
