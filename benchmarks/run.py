"""Time pln commands as a user runs them: wall time and peak memory (RSS).

    python benchmarks/run.py simulate     # 1M-row transactions CSV, plain and 2-way grid
    python benchmarks/run.py report       # 2,000-deal workspace

Each command runs in a fresh process (`pln` on PATH, or the venv's), three
times; the best wall time and the highest peak RSS are reported.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"


def pln() -> str:
    local = Path(sys.executable).with_name("pln")
    return str(local) if local.exists() else (shutil.which("pln") or "pln")


def measure(args: list[str], runs: int = 3) -> tuple[float, float]:
    best, peak = float("inf"), 0.0
    for _ in range(runs):
        started = time.perf_counter()
        pid = os.fork()
        if pid == 0:  # child: run the command with output discarded
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.execv(args[0], args)
        _, status, usage = os.wait4(pid, 0)
        elapsed = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"failed: {' '.join(args)}")
        best = min(best, elapsed)
        peak = max(peak, usage.ru_maxrss / 1024)  # KiB -> MiB on Linux
    return best, peak


def report(name: str, args: list[str]) -> None:
    wall, rss = measure(args)
    print(f"{name:<44} {wall:6.2f} s   {rss:6.1f} MiB peak RSS")


def simulate() -> None:
    root = OUT / "tx"
    if not (root / "data" / "transactions.csv").exists():
        subprocess.run([sys.executable, str(HERE / "make_transactions.py"), "1000000", str(root)], check=True)
    offer = str(root / "offers" / "total-tx.yaml")
    report("pln --version", [pln(), "--version"])
    report("offer simulate (1M transactions)", [pln(), "offer", "simulate", offer, "--format", "json"])
    report("offer simulate --grid 7x7 (1M transactions)", [pln(), "offer", "simulate", offer, "--grid", "min_spend=300rb:600rb:50rb", "--grid", "voucher=15rb:45rb:5rb", "--format", "json"])


def report_bench() -> None:
    root = OUT / "ws2000"
    if not (root / "deals").exists():
        subprocess.run([sys.executable, str(HERE / "make_workspace.py"), "2000", str(root)], check=True)
    report("check (2,000 deals)", [pln(), "check", str(root)])
    report("report --format json (2,000 deals)", [pln(), "report", "--dir", str(root), "--format", "json"])


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "simulate"
    {"simulate": simulate, "report": report_bench}[which]()
