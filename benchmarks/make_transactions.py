"""Write a workspace with an offer over N synthetic fuel transactions.

    python benchmarks/make_transactions.py 1000000 benchmarks/out/tx

Spend is lognormal (median Rp150.000, p90 Rp450.000), whole Rupiah, with a
fixed seed so every run measures the same file.
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    root = Path(sys.argv[2] if len(sys.argv) > 2 else "benchmarks/out/tx")
    for folder in ("partners", "offers", "data"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    rng = random.Random(20171001)
    mu, sigma = math.log(150_000), math.log(3) / 1.2815515655446004
    with open(root / "data" / "transactions.csv", "w", encoding="utf-8") as out:
        out.write("transaction_id,station,amount\n")
        for i in range(rows):
            out.write(f"{i},{i % 97},{int(rng.lognormvariate(mu, sigma))}\n")
    (root / "partners" / "total-spbu.yaml").write_text("id: total-spbu\nname: TOTAL SPBU\n", encoding="utf-8")
    (root / "offers" / "total-tx.yaml").write_text(
        "id: total-tx\npartner: total-spbu\nperiod: {days: 92}\n"
        "scheme:\n  tiers:\n    - {min_spend: 450rb, voucher: 25rb}\n    - {min_spend: 1jt, voucher: 75rb}\n"
        "caps: {quota: 50000, budget: 1 miliar}\n"
        "assumptions:\n  spend: {transactions: ../data/transactions.csv, column: amount}\n"
        "  redemption_rate: 0.35\n  new_customer_share: 0.6\n  avg_order_value: 300rb\n  gross_margin: 0.1\n"
        "  upsell: {window: 0.15, take_up: 0.25}\n",
        encoding="utf-8",
    )
    print(f"wrote {rows:,} transactions to {root / 'data' / 'transactions.csv'}")


if __name__ == "__main__":
    main()
