"""Time `pln offer simulate --uncertainty` (10,000 draws) on the two cases of issue 15.

    python benchmarks/uncertainty.py            # both cases
    python benchmarks/uncertainty.py --draws 50000

1. The example TOTAL offer (examples/offers/total-spbu-2017q4.yaml, spend
   from a histogram): budget under 1 s.
2. A 1M-row transactions offer (benchmarks/make_transactions.py writes it
   to benchmarks/out/tx on first use): budget under 3 s, the one pass over
   the file included.

Each case is an offer file with ranges written in it: the TOTAL offer and
the 1M-row offer with redemption rate and average order value ranged (what
the example AXA offer does), and once more with all seven rangeable inputs
ranged (the worst case for the draw loop).  The files are written to
benchmarks/out/uncertainty/ and benchmarks/out/tx/offers/.

Two measurements per case:
- in one process, best of three: the use case `uncertainty_of_entry`
  (load -> one pass over the data -> the usual report -> bands, tornado,
  break-even), against `report_of_entry` (the same without --uncertainty);
  the difference is what the ranges cost;
- the command as a user runs it, `pln offer simulate OFFER --uncertainty
  --format json`, in a fresh process, best of three: wall time and peak
  memory (start-up included).

A hand-run script, not a test: its numbers go in the README.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from pln_cli.api.offers import report_of_entry
from pln_cli.api.uncertainty import uncertainty_of_entry
from pln_cli.econ.uncertainty import DEFAULT_DRAWS
from pln_cli.load.workspace import load_offer

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EXAMPLES = ROOT / "examples"
OUT = HERE / "out"
UNC = OUT / "uncertainty"
TX = OUT / "tx"

TWO = {
    "redemption_rate": "{low: 20%, mode: 35%, high: 50%}",
    "avg_order_value": "{low: 200rb, mode: 300rb, high: 450rb}",
}
SEVEN = {
    "redemption_rate": TWO["redemption_rate"],
    "new_customer_share": "{low: 40%, mode: 60%, high: 70%}",
    "avg_order_value": TWO["avg_order_value"],
    "gross_margin": "{low: 6%, mode: 10%, high: 12%}",
    "partner_margin": "{low: 2%, mode: 4%, high: 6%}",
}
TAKE_UP = "{low: 10%, mode: 25%, high: 40%}"


def ranged(text: str, offer_id: str, ranges: dict[str, str], transactions: str | None, take_up: bool) -> str:
    """An offer file's text with `ranges` written in (and the id changed)."""
    out = []
    for line in text.splitlines():
        key = line.strip().split(":", 1)[0]
        if line.startswith("id:"):
            line = f"id: {offer_id}"
        elif line.startswith("  ") and key in ranges:
            line = f"  {key}: {ranges[key]}"
        elif line.startswith("  upsell:") and take_up:
            line = f"  upsell: {{window: 0.15, take_up: {TAKE_UP}}}"
        elif line.startswith("  spend:") and transactions is not None:
            out.append(f"  transactions: {transactions}")
        out.append(line)
    for key, value in ranges.items():
        if not any(line.startswith(f"  {key}:") for line in out):
            out.append(f"  {key}: {value}")
    return "\n".join(out) + "\n"


def prepare() -> dict[str, Path]:
    """The four offer files, written once."""
    if not (TX / "data" / "transactions.csv").exists():
        subprocess.run([sys.executable, str(HERE / "make_transactions.py"), "1000000", str(TX)], check=True)
    for folder in ("offers", "partners", "data"):
        (UNC / folder).mkdir(parents=True, exist_ok=True)
    shutil.copy(EXAMPLES / "partners" / "total-spbu.yaml", UNC / "partners" / "total-spbu.yaml")
    shutil.copy(EXAMPLES / "data" / "total-spbu-spend-2017q3.csv", UNC / "data" / "total-spbu-spend-2017q3.csv")
    total = (EXAMPLES / "offers" / "total-spbu-2017q4.yaml").read_text(encoding="utf-8")
    tx = (TX / "offers" / "total-tx.yaml").read_text(encoding="utf-8")
    files = {
        "TOTAL example (histogram)": (UNC / "offers" / "total-two.yaml", ranged(total, "total-two", TWO, None, False)),
        "TOTAL example, all 7 ranged": (
            UNC / "offers" / "total-seven.yaml",
            ranged(total, "total-seven", SEVEN, None, True).replace("transactions: 120.000", "transactions: {low: 90.000, mode: 120.000, high: 150.000}"),
        ),
        "1M transactions": (TX / "offers" / "total-tx-two.yaml", ranged(tx, "total-tx-two", TWO, None, False)),
        "1M transactions, all 7 ranged": (
            TX / "offers" / "total-tx-seven.yaml",
            ranged(tx, "total-tx-seven", SEVEN, "{low: 750000, mode: 1000000, high: 1250000}", True),
        ),
    }
    for path, text in files.values():
        path.write_text(text, encoding="utf-8")
    return {name: path for name, (path, _) in files.items()}


def in_process(path: Path, draws: int) -> tuple[float, float, object]:
    """(plain, with --uncertainty) in seconds, best of three, and the result."""
    plain = ranges = float("inf")
    result = None
    for _ in range(3):
        started = time.perf_counter()
        report_of_entry(load_offer(path))
        middle = time.perf_counter()
        result = uncertainty_of_entry(load_offer(path), draws=draws)
        done = time.perf_counter()
        plain, ranges = min(plain, middle - started), min(ranges, done - middle)
    return plain, ranges, result


def pln() -> str:
    local = Path(sys.executable).with_name("pln")
    return str(local) if local.exists() else (shutil.which("pln") or "pln")


def command(args: list[str], runs: int = 3) -> tuple[float, float, float]:
    """Best wall time, best CPU time (user + system: what a busy shared
    machine inflates least) and highest peak RSS (MiB) of a fresh process."""
    best, cpu, peak = float("inf"), float("inf"), 0.0
    for _ in range(runs):
        started = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.execv(args[0], args)
        _, status, usage = os.wait4(pid, 0)
        elapsed = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"failed: {' '.join(args)}")
        best, peak = min(best, elapsed), max(peak, usage.ru_maxrss / 1024)
        cpu = min(cpu, usage.ru_utime + usage.ru_stime)
    return best, cpu, peak


def report(name: str, path: Path, draws: int, budget: float) -> None:
    plain, ranges, result = in_process(path, draws)
    names = ", ".join(n for n, _ in result.ranges)  # type: ignore[attr-defined]
    base_wall, base_cpu, base_rss = command([pln(), "offer", "simulate", str(path), "--format", "json"])
    wall, cpu, rss = command([pln(), "offer", "simulate", str(path), "--uncertainty", "--draws", str(draws), "--format", "json"])
    verdict = "ok" if wall < budget else "OVER BUDGET"
    print(f"{name}  (ranged: {names})")
    print(f"  in process: plain {plain:6.3f} s, --uncertainty {ranges:6.3f} s "
          f"(+{ranges - plain:5.3f} s = {(ranges - plain) / draws * 1e6:4.1f} us per draw)")
    print(f"  command:    plain {base_wall:6.3f} s wall / {base_cpu:6.3f} s CPU; --uncertainty {wall:6.3f} s wall / "
          f"{cpu:6.3f} s CPU, {rss:5.1f} MiB peak RSS (plain {base_rss:5.1f})  budget {budget:.0f} s: {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--draws", type=int, default=DEFAULT_DRAWS)
    args = parser.parse_args()
    files = prepare()
    print(f"python {sys.version.split()[0]}; {args.draws:,} draws; best of 3")
    for name, path in files.items():
        report(name, path, args.draws, 3.0 if name.startswith("1M") else 1.0)


if __name__ == "__main__":
    main()
