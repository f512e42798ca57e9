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
best wall time and the highest peak RSS of three runs are reported, with
the child's own split of the time.  Hand-run, not a test: the numbers go
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
    """One run, in this process; prints its timings as JSON."""
    started = time.perf_counter()
    import inspect

    from pln_cli.econ.scheme import inputs_from_offer
    from pln_cli.load.deals import load_deal
    from pln_cli.load.spend import spend_for
    from pln_cli.load.workspace import load_offer
    from pln_cli.negotiation.options import evaluate, plan, to_json

    imported = time.perf_counter()
    entry = load_deal(Path(deal_path))
    deal = entry.model
    assert deal is not None, entry.problems
    offer_entry = load_offer(entry.offer_path())
    offer = offer_entry.model
    base = inputs_from_offer(offer, rows=0)
    loaded = time.perf_counter()

    p = plan(deal, base, steps)
    planned = time.perf_counter()
    if "data" in inspect.signature(spend_for).parameters:  # the loader is being refactored
        spend = spend_for(offer, offer_entry.spend_data, p.all_schemes())
    else:
        spend = spend_for(offer_entry, p.all_schemes())
    assert spend.distribution is not None, spend.problems
    read = time.perf_counter()
    rows = spend.rows if offer.assumptions.transactions is None else None
    o = evaluate(p, spend.distribution, MARGIN, transactions=rows)
    text = json.dumps(to_json(o))
    done = time.perf_counter()
    print(json.dumps({
        "packages": o.packages_evaluated,
        "pareto": len(o.pareto),
        "meso": len(o.meso),
        "json_bytes": len(text),
        "imports": imported - started,
        "load": loaded - imported,
        "plan": planned - loaded,
        "spend": read - planned,
        "evaluate": done - read,
    }))


def measure(name: str, runs: int = 3) -> None:
    make, steps = CASES[name]
    deal_path = make()
    best, peak, split = float("inf"), 0.0, {}
    for _ in range(runs):
        read_fd, write_fd = os.pipe()
        started = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            os.dup2(write_fd, 1)
            os.execv(sys.executable, [sys.executable, __file__, "--child", str(deal_path), str(steps)])
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            output = pipe.read()
        _, status, usage = os.wait4(pid, 0)
        elapsed = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{name}: the run failed")
        peak = max(peak, usage.ru_maxrss / 1024)  # KiB -> MiB on Linux
        if elapsed < best:
            best, split = elapsed, json.loads(output.strip().splitlines()[-1])
    phases = ", ".join(f"{k} {split[k]:.3f}" for k in ("imports", "load", "plan", "spend", "evaluate"))
    print(f"{name:<6} {split['packages']:>6,} packages  {best:6.2f} s  {peak:6.1f} MiB peak RSS   ({phases} s;"
          f" pareto {split['pareto']}, meso {split['meso']})")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], int(sys.argv[3]))
    else:
        for case in (sys.argv[1:] or list(CASES)):
            measure(case)
