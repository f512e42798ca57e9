"""Write a workspace with an offer over N synthetic fuel transactions.

    python benchmarks/make_transactions.py 1000000 benchmarks/out/tx
    python benchmarks/make_transactions.py 1000000 benchmarks/out/tx --parquet

Spend is lognormal (median Rp150.000, p90 Rp450.000), whole Rupiah, with a
fixed seed so every run measures the same file.  `--parquet` (needs
pyarrow, the data extra) also writes the same rows as
`data/transactions.parquet` and an offer over it, `offers/total-tx-parquet.yaml`.
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--parquet"]
    rows = int(args[0]) if args else 1_000_000
    root = Path(args[1] if len(args) > 1 else "benchmarks/out/tx")
    for folder in ("partners", "offers", "data"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    rng = random.Random(20171001)
    mu, sigma = math.log(150_000), math.log(3) / 1.2815515655446004
    with open(root / "data" / "transactions.csv", "w", encoding="utf-8") as out:
        out.write("transaction_id,station,amount\n")
        for i in range(rows):
            out.write(f"{i},{i % 97},{int(rng.lognormvariate(mu, sigma))}\n")
    (root / "partners" / "total-spbu.yaml").write_text("id: total-spbu\nname: TOTAL SPBU\n", encoding="utf-8")
    offer = (
        "id: total-tx\npartner: total-spbu\nperiod: {days: 92}\n"
        "scheme:\n  tiers:\n    - {min_spend: 450rb, voucher: 25rb}\n    - {min_spend: 1jt, voucher: 75rb}\n"
        "caps: {quota: 50000, budget: 1 miliar}\n"
        "assumptions:\n  spend: {transactions: ../data/transactions.csv, column: amount}\n"
        "  redemption_rate: 0.35\n  new_customer_share: 0.6\n  avg_order_value: 300rb\n  gross_margin: 0.1\n"
        "  upsell: {window: 0.15, take_up: 0.25}\n"
    )
    (root / "offers" / "total-tx.yaml").write_text(offer, encoding="utf-8")
    print(f"wrote {rows:,} transactions to {root / 'data' / 'transactions.csv'}")
    if "--parquet" in sys.argv[1:]:
        import pyarrow.csv
        import pyarrow.parquet

        table = pyarrow.csv.read_csv(root / "data" / "transactions.csv")
        pyarrow.parquet.write_table(table, root / "data" / "transactions.parquet")
        (root / "offers" / "total-tx-parquet.yaml").write_text(
            offer.replace("id: total-tx", "id: total-tx-parquet").replace("transactions.csv", "transactions.parquet"), encoding="utf-8"
        )
        print(f"wrote the same rows to {root / 'data' / 'transactions.parquet'}")


if __name__ == "__main__":
    main()
