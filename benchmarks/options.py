"""Time `deal options` end to end in Python: load the deal and its offer,
enumerate the packages, read the spend once, simulate and value every
package, choose Pareto / Nash / MESO, and build the JSON.

    python benchmarks/options.py            # all cases, 3 runs each
    python benchmarks/options.py total      # one case

Cases:
  total   examples/deals/total-spbu-2017.yaml, 3 issues x 5 steps = 125 packages,
          the offer's spend histogram (target: under 1 s)
  tx      a 1M-row transactions CSV (benchmarks/make_transactions.py), 5 issues,
          --steps 10 = 20,000 packages (target: under 20 s, bounded memory)
  tx-32   the same file with --steps 2 = 32 packages: what the rows alone cost

Each run is a fresh process (interpreter start and imports included); the
best wall time and the highest peak RSS of three runs are reported: of the
api call (`pln_cli.api.options.deal_options` and the JSON, with the
child's own split of the time) and of the whole command (`python -m
pln_cli deal options ... -f json`).  Hand-run, not a test: the numbers go
in the README.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
MARGIN = 0.04  # a fuel retailer's gross margin: a few percent

TX_DEAL = """\
deal: total-tx-options
partner: total-spbu
offer: ../offers/total-tx.yaml
issues:
  min_spend: {target: 500rb, reservation: 350rb}
  voucher: {target: 20rb, reservation: 40rb}
  partner_share: {target: 50%, reservation: 0%}
  budget: {target: 500jt, reservation: 1 miliar}
  voucher_valid_days: {target: 30, reservation: 31}
...
"""


def _tx_deal() -> Path:
    root = OUT / "tx"
    if not (root / "data" / "transactions.csv").exists():
        subprocess.run([sys.executable, str(HERE / "make_transactions.py"), "1000000", str(root)], check=True)
    (root / "deals").mkdir(exist_ok=True)
    path = root / "deals" / "total-tx-options.yaml"
    path.write_text(TX_DEAL, encoding="utf-8")
    return path


CASES = {
    "total": (lambda: ROOT / "examples" / "deals" / "total-spbu-2017.yaml", 5),
    "tx": (_tx_deal, 10),
    "tx-32": (_tx_deal, 2),
}


def child(deal_path: str, steps: int) -> None:
    """One run, in this process, through the api (what the command calls):
    prints its timings as JSON."""
    started = time.perf_counter()
    from pln_cli.api.options import deal_options
    from pln_cli.render.data import to_json
    from pln_cli.render.options import options_record

    imported = time.perf_counter()
    found = deal_options(Path(deal_path), steps, partner_margin=MARGIN)
    computed = time.perf_counter()
    text = to_json(options_record(found, "en"))
    done = time.perf_counter()
    o = found.options
    print(json.dumps({
        "packages": o.packages_evaluated,
        "pareto": len(o.pareto),
        "meso": len(o.meso),
        "json_bytes": len(text),
        "imports": imported - started,
        "options": computed - imported,
        "json": done - computed,
    }))


def _run(argv: list[str]) -> tuple[float, float, str]:
    """Wall time, peak RSS (MiB) and stdout of one fresh process."""
    read_fd, write_fd = os.pipe()
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        os.dup2(write_fd, 1)
        os.execv(sys.executable, [sys.executable, *argv])
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        output = pipe.read()
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv)}: the run failed")
    return elapsed, usage.ru_maxrss / 1024, output  # KiB -> MiB on Linux


def measure(name: str, runs: int = 3) -> None:
    make, steps = CASES[name]
    deal_path = make()
    best, peak, split = float("inf"), 0.0, {}
    for _ in range(runs):
        elapsed, rss, output = _run([__file__, "--child", str(deal_path), str(steps)])
        peak = max(peak, rss)
        if elapsed < best:
            best, split = elapsed, json.loads(output.strip().splitlines()[-1])
    # The command itself: `pln deal options DEAL --steps N --partner-margin 4% -f json`.
    command = ["-m", "pln_cli", "deal", "options", str(deal_path), "--steps", str(steps), "--partner-margin", str(MARGIN), "-f", "json"]
    cli_best, cli_peak = float("inf"), 0.0
    for _ in range(runs):
        elapsed, rss, _ = _run(command)
        cli_best, cli_peak = min(cli_best, elapsed), max(cli_peak, rss)
    phases = ", ".join(f"{k} {split[k]:.3f}" for k in ("imports", "options", "json"))
    print(f"{name:<6} {split['packages']:>6,} packages  api {best:6.2f} s  {peak:6.1f} MiB   command {cli_best:6.2f} s  {cli_peak:6.1f} MiB"
          f"   ({phases} s; pareto {split['pareto']}, meso {split['meso']})")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], int(sys.argv[3]))
    else:
        for case in (sys.argv[1:] or list(CASES)):
            measure(case)
