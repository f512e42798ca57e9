"""Every row of issue 16's table, as a ratio against its floor or peer, in one run.

    python benchmarks/run.py                 # every row; writes benchmarks/results.md
    python benchmarks/run.py report -n 7     # one row (startup, version, transactions,
                                             #   memory, report, growth), 7 pairs; printed
                                             #   only, unless --out is given
    python benchmarks/run.py instructions    # start-up and report vs their floors, in executed instructions
    python benchmarks/run.py simulate        # the old mode: transactions (alias)

Method: pln and its floor (or peer) run side by side, alternating, each in
a fresh process with output discarded; a row is the median of N such pairs
(`-n`, default 5).  Wall time is the ratio shown; CPU time (user + system
of the child) is shown beside it, since the machine is shared and CPU time
moves less with the load.  Peak memory is the child's maximum RSS.  The
pandas peer runs on `--peer-python` (or $PLN_PEER_PYTHON, else
/work/benchvenv/bin/python when it exists); without pandas there, those
rows say "not measured" and why.  `instructions` cross-checks a row with
executed-instruction counts (valgrind's callgrind), which do not depend on
the load at all.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
REPO = HERE.parent
PY = sys.executable
DEFAULT_PEER = "/work/benchvenv/bin/python"

# The floors, as the issue words them: what a Typer + Pydantic + YAML tool
# must import, what Typer alone costs, and parsing every workspace file with
# libyaml (every document of a stream), which is the C parse alone.
IMPORT_FLOOR = "import typer, yaml; from pydantic import BaseModel"
TYPER_FLOOR = "import typer"
# What every Typer + Pydantic + YAML command that validates its input pays
# on top of IMPORT_FLOOR: defining one model (which imports pydantic's
# fields, types and annotated_types) and validating one value with it.
# It is the reference that shows how close `offer simulate` can get.
PLUGINS_OFF = "import os; os.environ['PYDANTIC_DISABLE_PLUGINS'] = '__all__'  # as the pln command sets it\n"
ONE_MODEL = PLUGINS_OFF + IMPORT_FLOOR + "\nclass M(BaseModel):\n    x: int\nM(x=1)\n"
# What reading pln's own files costs on top of IMPORT_FLOOR: the offer,
# its partner and pln.yaml read and validated with pln's models and loader,
# as `offer simulate` does before it computes or draws anything.
READ_FILES = PLUGINS_OFF + IMPORT_FLOOR + (
    "\nimport sys\nfrom pathlib import Path\n"
    "from pln_cli.load.yamlsafe import read_source, load_mapping\n"
    "from pln_cli.load.validate import validate\n"
    "from pln_cli.model.offer import Offer\nfrom pln_cli.model.partner import Partner\n"
    "from pln_cli.model.settings import Settings\n"
    "for model, name in ((Settings, 'pln.yaml'), (Offer, 'offers/total-spbu-2017q4.yaml'), (Partner, 'partners/total-spbu.yaml')):\n"
    "    source, _ = read_source(Path(sys.argv[1], name), name)\n"
    "    assert validate(model, load_mapping(source)[0], source)[0] is not None\n"
)
# What the data extra cannot go below: the import floor plus pyarrow's CSV
# reader and the compute kernels pln loads (the private `_compute`, lighter
# than `pyarrow.compute`), paid before a byte is read.
PYARROW_IMPORT = IMPORT_FLOOR + "; import pyarrow, pyarrow.csv, pyarrow._compute"
YAML_FLOOR = (
    "import os, sys, yaml; L = yaml.CSafeLoader\n"
    "for base, _, names in os.walk(sys.argv[1]):\n"
    "    for name in names:\n"
    "        if name.endswith(('.yaml', '.yml')):\n"
    "            with open(os.path.join(base, name), encoding='utf-8') as f:\n"
    "                for _ in yaml.load_all(f.read(), Loader=L): pass\n"
)
# The pandas peer of `offer simulate --format json` on a transactions file:
# the same work (the amount column, then how many and how much spend
# reaches each tier), import included.
PANDAS_PEER = (
    "import sys, json, pandas as pd\n"
    "kw = {'engine': 'pyarrow'} if sys.argv[2] == 'pyarrow' else {}\n"
    "a = pd.read_csv(sys.argv[1], usecols=['amount'], **kw)['amount'].to_numpy()\n"
    "out = {'rows': int(a.size), 'spend': int(a.sum())}\n"
    "for t in (450_000, 1_000_000):\n"
    "    m = a >= t\n"
    "    out[str(t)] = [int(m.sum()), int(a[m].sum())]\n"
    "print(json.dumps(out))\n"
)


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mib: float


@dataclass
class Pair:
    ours: list[Run]
    theirs: list[Run]

    def median(self, side: str, what: str) -> float:
        return statistics.median(getattr(r, what) for r in getattr(self, side))

    def ratio(self, what: str = "wall") -> float:
        return self.median("ours", what) / self.median("theirs", what)


@dataclass
class Row:
    what: str
    pln: str
    floor: str
    ratio: str
    goal: str
    met: str


def pln() -> str:
    local = Path(PY).with_name("pln")
    return str(local) if local.exists() else (shutil.which("pln") or "pln")


def run_once(args: list[str]) -> Run:
    """One fresh process, output discarded: wall time, CPU time, peak RSS."""
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # child
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        try:
            os.execv(args[0], args)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed ({os.waitstatus_to_exitcode(status)}): {' '.join(args)}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)  # KiB -> MiB on Linux


def paired(ours: list[str], theirs: list[str], runs: int) -> Pair:
    """Alternate the two commands (after one unmeasured warm-up each), so
    that a change of load hits both sides alike."""
    run_once(ours), run_once(theirs)
    pair = Pair([], [])
    for index in range(runs):
        first, second = (ours, theirs) if index % 2 == 0 else (theirs, ours)
        a, b = run_once(first), run_once(second)
        pair.ours.append(a if first is ours else b)
        pair.theirs.append(b if first is ours else a)
    return pair


def secs(pair: Pair, side: str) -> str:
    return f"{pair.median(side, 'wall'):.3f} s ({pair.median(side, 'cpu'):.3f} s CPU)"


def verdict(value: float, goal: float) -> str:
    return "yes" if value <= goal else "no"


def time_row(what: str, pair: Pair, goal: float, floor_name: str) -> Row:
    ratio = pair.ratio("wall")
    return Row(what, secs(pair, "ours"), f"{floor_name}: {secs(pair, 'theirs')}",
               f"{ratio:.2f}× (CPU {pair.ratio('cpu'):.2f}×)", f"≤ {goal}×", verdict(ratio, goal))


# --- data ---------------------------------------------------------------------------------


def workspace(deals: int) -> Path:
    root = OUT / f"ws{deals}"
    if not (root / "deals").exists():
        subprocess.run([PY, str(HERE / "make_workspace.py"), str(deals), str(root)], check=True, stdout=subprocess.DEVNULL)
    return root


def transactions() -> Path:
    root = OUT / "tx"
    if not (root / "data" / "transactions.csv").exists():
        subprocess.run([PY, str(HERE / "make_transactions.py"), "1000000", str(root)], check=True, stdout=subprocess.DEVNULL)
    return root


def peer_python(given: str | None) -> tuple[str | None, str]:
    """The peer interpreter with pandas, or None and the reason."""
    candidate = given or os.environ.get("PLN_PEER_PYTHON") or (DEFAULT_PEER if Path(DEFAULT_PEER).exists() else None)
    if candidate is None:
        return None, "no peer python with pandas (give --peer-python or PLN_PEER_PYTHON)"
    found = subprocess.run([candidate, "-c", "import pandas"], capture_output=True)
    if found.returncode != 0:
        return None, f"{candidate} cannot import pandas"
    return candidate, ""


def importable(python: str, module: str) -> bool:
    return subprocess.run([python, "-c", f"import {module}"], capture_output=True).returncode == 0


# --- rows ---------------------------------------------------------------------------------


def row_startup(opts: argparse.Namespace) -> list[Row]:
    offer = str(REPO / "examples" / "offers" / "total-spbu-2017q4.yaml")
    pair = paired([pln(), "offer", "simulate", offer], [PY, "-c", IMPORT_FLOOR], opts.runs)
    reference = paired([PY, "-c", ONE_MODEL], [PY, "-c", IMPORT_FLOOR], opts.runs)
    files = paired([PY, "-c", READ_FILES, str(REPO / "examples")], [PY, "-c", IMPORT_FLOOR], opts.runs)
    return [
        time_row("`pln offer simulate` TOTAL example, plain", pair, 1.15, f"`python -c \"{IMPORT_FLOOR}\"`"),
        reference_row("reference: the floor plus one pydantic model defined and one value validated", reference,
                      "the same floor"),
        reference_row("reference: the floor plus the offer, its partner and pln.yaml read and validated by pln's "
                      "loader and models", files, "the same floor"),
    ]


def reference_row(what: str, pair: Pair, floor_name: str) -> Row:
    """A row that measures a floor, not pln: no goal, it says what a goal
    can be measured against."""
    ratio = pair.ratio("wall")
    return Row(what, secs(pair, "ours"), f"{floor_name}: {secs(pair, 'theirs')}",
               f"{ratio:.2f}× (CPU {pair.ratio('cpu'):.2f}×)", "reference", "-")


def row_version(opts: argparse.Namespace) -> list[Row]:
    pair = paired([pln(), "--version"], [PY, "-c", TYPER_FLOOR], opts.runs)
    return [time_row("`pln --version`", pair, 1.1, f"`python -c \"{TYPER_FLOOR}\"`")]


def row_transactions(opts: argparse.Namespace) -> list[Row]:
    """1M rows, `--format json`, against pandas; with pyarrow on both sides when there."""
    peer, why = peer_python(opts.peer_python)
    what = "1,000,000-row transactions, `--format json`"
    if peer is None:
        return [Row(what, "-", "pandas", "not measured", "≤ 1.0× pandas", why),
                Row("its peak memory", "-", "pandas", "not measured", "≤ 0.6× pandas", why)]
    offer = str(transactions() / "offers" / "total-tx.yaml")
    data = str(transactions() / "data" / "transactions.csv")
    ours = [pln(), "offer", "simulate", offer, "--format", "json"]
    # Without the data extra: pyarrow turned off for pln (PLN_NO_PYARROW=1),
    # so the row is the standard library's reader whatever is installed.
    stdlib = ["/usr/bin/env", "PLN_NO_PYARROW=1", *ours]
    peer_args = [peer, "-c", PANDAS_PEER, data, "c"]
    pair = paired(stdlib, peer_args, opts.runs)
    rows = [time_row(what + ", standard library only", pair, 1.0, "pandas (C engine)")]
    rss, peer_rss = pair.median("ours", "rss_mib"), pair.median("theirs", "rss_mib")
    rows.append(Row("its peak memory", f"{rss:.0f} MiB", f"pandas: {peer_rss:.0f} MiB", f"{rss / peer_rss:.2f}×",
                    "≤ 0.6× pandas", verdict(rss / peer_rss, 0.6)))
    if importable(PY, "pyarrow"):
        arrow_pair = paired(ours, peer_args, opts.runs)
        rows.append(time_row(what + ", with the data extra (pyarrow)", arrow_pair, 0.5, "pandas (C engine)"))
        rss = arrow_pair.median("ours", "rss_mib")
        rows.append(Row("its peak memory", f"{rss:.0f} MiB", f"pandas: {peer_rss:.0f} MiB", f"{rss / peer_rss:.2f}×",
                        "≤ 0.6× pandas", verdict(rss / peer_rss, 0.6)))
        # What the extra costs before any data is read: pln's own start-up
        # on this path (the import floor's share of it is in the startup
        # row) is paid by both pln rows; pyarrow's import is paid on top.
        floor_pair = paired([PY, "-c", PYARROW_IMPORT], peer_args, opts.runs)
        rows.append(reference_row(f"reference: `python -c \"{PYARROW_IMPORT}\"`", floor_pair, "pandas (C engine)"))
        rss = floor_pair.median("ours", "rss_mib")
        rows.append(Row("its peak memory", f"{rss:.0f} MiB", f"pandas: {peer_rss:.0f} MiB", f"{rss / peer_rss:.2f}×",
                        "reference", "-"))
        if importable(peer, "pyarrow"):
            both = paired(ours, [peer, "-c", PANDAS_PEER, data, "pyarrow"], opts.runs)
            rows.append(time_row(what + ", both with pyarrow", both, 0.5, "pandas (pyarrow engine)"))
    else:
        rows.append(Row(what + ", with the data extra (pyarrow)", "-", "pandas", "not measured", "≤ 0.5× pandas",
                        "no pyarrow in pln's python"))
    return rows


def row_report(opts: argparse.Namespace) -> list[Row]:
    root = str(workspace(2000))
    pair = paired([pln(), "report", "--dir", root, "--format", "json"], [PY, "-c", YAML_FLOOR, root], opts.runs)
    # The report's fixed cost: the same command on a workspace with no
    # files, against the same floor there (which imports only yaml).
    empty = OUT / "ws0"
    for folder in ("partners", "offers", "deals"):
        (empty / folder).mkdir(parents=True, exist_ok=True)
    (empty / "pln.yaml").write_text("language: en\n", encoding="utf-8")
    fixed = paired([pln(), "report", "--dir", str(empty), "--format", "json"], [PY, "-c", YAML_FLOOR, str(empty)], opts.runs)
    ours, theirs = pair.median("ours", "wall"), pair.median("theirs", "wall")
    start = fixed.median("ours", "wall") - fixed.median("theirs", "wall")
    return [
        time_row("`pln report --format json`, 2,000 deals", pair, 1.3, "every file through `yaml.CSafeLoader`"),
        Row("reference: the same, less the start-up (the report of an empty workspace, less the floor's)",
            f"{ours - start:.3f} s (start-up {start:.3f} s)", f"the same floor: {theirs:.3f} s",
            f"{(ours - start) / theirs:.2f}×", "reference", "-"),
    ]


def row_growth(opts: argparse.Namespace) -> list[Row]:
    """Peak RSS at 500 and 8,000 deals (and 2,000, shown): the slope per deal."""
    peaks = {}
    for deals in (500, 2000, 8000):
        root = str(workspace(deals))
        runs = max(1, opts.runs // 2)  # peak memory hardly varies; 8,000 deals take a while
        peaks[deals] = statistics.median(run_once([pln(), "report", "--dir", root, "--format", "json"]).rss_mib for _ in range(runs))
    slope = (peaks[8000] - peaks[500]) * 1024 / 7500
    shown = ", ".join(f"{k:,}: {v:.0f} MiB" for k, v in peaks.items())
    return [Row("memory growth per deal (report, 500 → 8,000)", shown, "-", f"{slope:.1f} KiB per deal",
                "≤ 20 KB per deal", verdict(slope, 20))]


def callgrind(args: list[str]) -> int:
    """Executed instructions of one run of `args` (valgrind's callgrind)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *args],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    total = [line for line in done.stderr.splitlines() if "Collected" in line]
    return int(total[-1].split()[-1].replace(",", ""))


def instructions(opts: argparse.Namespace) -> list[Row]:
    """Executed instructions (callgrind) of the start-up and report rows and
    their floors: a cross-check that does not move with the machine's
    load.  The report runs on 500 deals by default (`--deals`): under
    valgrind a run is about 50 times slower."""
    if shutil.which("valgrind") is None:
        return [Row("instructions", "-", "-", "not measured", "-", "no valgrind")]
    offer = str(REPO / "examples" / "offers" / "total-spbu-2017q4.yaml")
    floor = callgrind([PY, "-c", IMPORT_FLOOR])
    simulate = callgrind([pln(), "offer", "simulate", offer])
    one_model = callgrind([PY, "-c", ONE_MODEL])
    files = callgrind([PY, "-c", READ_FILES, str(REPO / "examples")])
    rows = [
        Row("`pln offer simulate` TOTAL example, plain, instructions", f"{simulate / 1e6:.0f} M",
            f"import floor: {floor / 1e6:.0f} M", f"{simulate / floor:.2f}×", "≤ 1.15×", verdict(simulate / floor, 1.15)),
        Row("reference: one pydantic model, instructions", f"{one_model / 1e6:.0f} M", f"import floor: {floor / 1e6:.0f} M",
            f"{one_model / floor:.2f}×", "reference", "-"),
        Row("reference: pln's three files read and validated, instructions", f"{files / 1e6:.0f} M",
            f"import floor: {floor / 1e6:.0f} M", f"{files / floor:.2f}×", "reference", "-"),
    ]
    root = str(workspace(opts.deals))
    report = callgrind([pln(), "report", "--dir", root, "--format", "json"])
    parse = callgrind([PY, "-c", YAML_FLOOR, root])
    rows.append(Row(f"`pln report --format json`, {opts.deals:,} deals, instructions", f"{report / 1e9:.2f} G",
                    f"CSafeLoader floor: {parse / 1e9:.2f} G", f"{report / parse:.2f}×", "≤ 1.3×", verdict(report / parse, 1.3)))
    return rows


def row_memory(opts: argparse.Namespace) -> list[Row]:
    return row_transactions(opts)[1:2]


ROWS: dict[str, Callable[[argparse.Namespace], list[Row]]] = {
    "startup": row_startup,
    "version": row_version,
    "transactions": row_transactions,
    "memory": row_memory,
    "report": row_report,
    "growth": row_growth,
    "instructions": instructions,
}
ALIASES = {"simulate": "transactions"}  # the script's older mode names
EVERY = ("startup", "version", "transactions", "report", "growth", "instructions")


# --- output ---------------------------------------------------------------------------------


def table(rows: list[Row]) -> str:
    lines = ["| what | pln | floor or peer | ratio | goal | met? |", "|---|---|---|---|---|---|"]
    lines += [f"| {r.what} | {r.pln} | {r.floor} | {r.ratio} | {r.goal} | {r.met} |" for r in rows]
    return "\n".join(lines) + "\n"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), load average {load} at the start"


def results(rows: list[Row], runs: int, started: str, header: str) -> str:
    return (
        "# Benchmark results\n\n"
        f"Written by `python benchmarks/run.py` on {started}.\n\n"
        f"- machine: {header}\n"
        f"- python: {platform.python_version()} ({PY})\n"
        f"- method: each row runs pln and its floor or peer alternately, in fresh processes with\n"
        f"  output discarded, {runs} pairs after one warm-up each; the medians are compared.  The\n"
        f"  ratio is of wall time, with the CPU-time ratio beside it (the machine is shared).\n"
        f"  Memory is the peak RSS of the process.  Growth per deal is the slope of the peak RSS of\n"
        f"  `pln report --format json` from 500 to 8,000 deals (`make_workspace.py`).  pln's\n"
        f"  modules are compiled first, as `pip install` leaves them.  The rows marked\n"
        f"  \"instructions\" count executed instructions (valgrind's callgrind) instead: they do\n"
        f"  not move with the machine's load.  \"reference\" rows measure a floor, not pln.\n\n"
        + table(rows)
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", nargs="*", help=f"rows to run: {', '.join(ROWS)} (default: {', '.join(EVERY)})")
    parser.add_argument("-n", "--runs", type=int, default=5, help="pairs per row; the median is reported (default 5)")
    parser.add_argument("--peer-python", help="a python with pandas for the transactions rows (else $PLN_PEER_PYTHON)")
    parser.add_argument("--deals", type=int, default=500, help="workspace size for `instructions` (default 500)")
    parser.add_argument("--out", help="where to write the table (default: benchmarks/results.md when every row runs)")
    parser.add_argument("--no-write", action="store_true", help="print only")
    opts = parser.parse_args(argv)
    names = [ALIASES.get(n, n) for n in opts.rows] or list(EVERY)
    unknown = [n for n in names if n not in ROWS]
    if unknown:
        parser.error(f"unknown row {', '.join(unknown)}; choose from {', '.join(ROWS)}")
    # pln's own modules compiled, as `pip install` leaves them: from a
    # source tree under PYTHONDONTWRITEBYTECODE=1 (set on some machines) each
    # run would compile them again, which no installed pln does, while the
    # floors' packages are compiled.
    import compileall

    compileall.compile_dir(str(REPO / "src"), quiet=1)
    started = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    header = machine()
    rows: list[Row] = []
    for name in names:
        found = ROWS[name](opts)
        for row in found:
            print(f"{row.what}: {row.ratio} (goal {row.goal}; {row.met}) | pln {row.pln} | {row.floor}", flush=True)
        rows.extend(found)
    # A single row does not overwrite the whole table unless asked to.
    out = opts.out or (None if opts.rows else str(HERE / "results.md"))
    if out and not opts.no_write:
        Path(out).write_text(results(rows, opts.runs, started, header), encoding="utf-8")
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
