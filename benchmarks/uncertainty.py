"""Time `--uncertainty` (10,000 draws) on the two cases of issue 15.

    python benchmarks/uncertainty.py            # both cases
    python benchmarks/uncertainty.py --draws 50000

1. The example TOTAL offer (examples/offers/total-spbu-2017q4.yaml, a
   histogram): budget under 1 s.
2. A 1M-row transactions offer (benchmarks/make_transactions.py writes it
   to benchmarks/out/tx on first use): budget under 3 s, the one pass over
   the file included.

Each case is timed as load -> spend summary -> bands (best of three), with
the ranges of the offer file if it has any, else redemption rate and
average order value ranged; and once more with all seven rangeable inputs
ranged (the worst case for the draw loop).  A hand-run script, not a test:
its numbers go in the README.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from pln_cli.econ.scheme import inputs_from_offer
from pln_cli.econ.uncertainty import DEFAULT_DRAWS, bands
from pln_cli.load.spend import spend_for
from pln_cli.load.workspace import load_offer
from pln_cli.model.ranges import Range, ranges_of

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TOTAL = ROOT / "examples" / "offers" / "total-spbu-2017q4.yaml"
TX = HERE / "out" / "tx"

TWO = {
    "redemption_rate": Range(0.2, 0.35, 0.5),
    "avg_order_value": Range(200_000, 300_000, 450_000),
}
SEVEN = {
    "transactions": Range(90_000, 120_000, 150_000),
    "redemption_rate": Range(0.2, 0.35, 0.5),
    "new_customer_share": Range(0.4, 0.6, 0.7),
    "avg_order_value": Range(200_000, 300_000, 450_000),
    "gross_margin": Range(0.06, 0.1, 0.12),
    "partner_margin": Range(0.02, 0.04, 0.06),
    "upsell.take_up": Range(0.1, 0.25, 0.4),
}


def case(path: Path, ranges: dict[str, Range] | None, draws: int) -> tuple[float, float, float, object]:
    """(total, pass over the data, draws) in seconds, and the Uncertainty."""
    started = time.perf_counter()
    entry = load_offer(path)
    if entry.problems or entry.model is None:
        raise SystemExit("\n".join(p.render() for p in entry.problems))
    inputs = inputs_from_offer(entry.model, rows=0)
    spend = spend_for(entry.model, entry.spend_data, [inputs])
    if spend.distribution is None:
        raise SystemExit("\n".join(p.render() for p in spend.problems))
    if entry.model.assumptions.transactions is None:
        inputs = replace(inputs, transactions=spend.rows or 0)
    summarised = time.perf_counter()
    wanted = ranges or ranges_of(entry.model) or TWO
    if "transactions" in wanted and entry.model.assumptions.transactions is None:
        n = inputs.transactions
        wanted = {**wanted, "transactions": Range(int(n * 0.75), n, int(n * 1.25))}
    result = bands(inputs, spend.distribution, wanted, draws=draws)
    done = time.perf_counter()
    return done - started, summarised - started, done - summarised, result


def report(name: str, path: Path, ranges: dict[str, Range] | None, draws: int, budget: float) -> None:
    runs = [case(path, ranges, draws) for _ in range(3)]
    total, data, draw, result = min(runs, key=lambda r: r[0])
    names = ", ".join(name for name, _ in result.ranges)  # type: ignore[attr-defined]
    verdict = "ok" if total < budget else "OVER BUDGET"
    print(f"{name:<34} total {total:6.3f} s (data {data:6.3f} s, bands {draw:6.3f} s = "
          f"{draw / draws * 1e6:5.1f} us per draw, {draws:,} draws)  budget {budget:.0f} s: {verdict}")
    print(f"{'':<34} ranged: {names}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=DEFAULT_DRAWS)
    args = parser.parse_args()
    if not (TX / "data" / "transactions.csv").exists():
        subprocess.run([sys.executable, str(HERE / "make_transactions.py"), "1000000", str(TX)], check=True)
    tx_offer = TX / "offers" / "total-tx.yaml"
    print(f"python {sys.version.split()[0]}; best of 3; one process")
    report("TOTAL example (histogram)", TOTAL, None, args.draws, 1.0)
    report("TOTAL example, all 7 ranged", TOTAL, SEVEN, args.draws, 1.0)
    report("1M transactions", tx_offer, None, args.draws, 3.0)
    report("1M transactions, all 7 ranged", tx_offer, SEVEN, args.draws, 3.0)


if __name__ == "__main__":
    main()
