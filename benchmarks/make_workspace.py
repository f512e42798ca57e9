"""Write a workspace of N deals, each with its partner, its offer and 5-10 rounds.

    python benchmarks/make_workspace.py 2000 benchmarks/out/ws2000

Fixed seed: every run writes the same files.  Offers mix lognormal spend
and a shared histogram, so both sources are exercised.
"""

from __future__ import annotations

import random
import sys
from datetime import date, timedelta
from pathlib import Path

TACTICS = ("boulware", "linear", "conceder")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    root = Path(sys.argv[2] if len(sys.argv) > 2 else f"benchmarks/out/ws{count}")
    for folder in ("partners", "offers", "deals", "data"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    (root / "pln.yaml").write_text("name: benchmark workspace\n", encoding="utf-8")
    (root / "data" / "spend.csv").write_text(
        "lower,upper,count\n" + "".join(f"{k * 50000},{(k + 1) * 50000},{max(1, 4000 - k * 180)}\n" for k in range(20)),
        encoding="utf-8",
    )
    rng = random.Random(2017)
    for n in range(count):
        pid, oid, did = f"partner-{n:05d}", f"offer-{n:05d}", f"deal-{n:05d}"
        (root / "partners" / f"{pid}.yaml").write_text(
            f"id: {pid}\nname: Partner {n}\nsector: Retail\nsize: similar\n"
            f"people:\n  - {{name: Contact {n}, role: Marketing Manager, lobby_class: cosmopolitan, influence: 3, stance: neutral}}\n"
            f"their_interests: [More customers, Low cost]\n",
            encoding="utf-8",
        )
        threshold = rng.choice([200, 250, 300, 350, 400, 450, 500])
        spend = "{histogram: ../data/spend.csv}" if n % 4 == 0 else f"{{distribution: lognormal, median: {threshold - 100}rb, p90: {threshold * 2}rb}}"
        (root / "offers" / f"{oid}.yaml").write_text(
            f"id: {oid}\npartner: {pid}\ntitle: Offer {n}\nperiod: {{days: 90}}\n"
            f"scheme:\n  tiers:\n    - {{min_spend: {threshold}rb, voucher: {threshold // 18}rb}}\n"
            f"voucher: {{product: JD Voucher, min_order: 100rb, valid_days: 30}}\n"
            f"caps: {{quota: {rng.randint(2, 20) * 1000}, budget: {rng.randint(50, 300)}jt}}\n"
            f"assumptions:\n  transactions: {rng.randint(20, 200) * 1000}\n  spend: {spend}\n"
            f"  redemption_rate: 0.35\n  new_customer_share: 0.6\n  avg_order_value: 300rb\n  gross_margin: 0.1\n"
            f"  upsell: {{window: 0.15, take_up: 0.25}}\n",
            encoding="utf-8",
        )
        lines = [
            f"deal: {did}\npartner: {pid}\noffer: {oid}\ndeadline: {{rounds: 5}}\ntactic: {rng.choice(TACTICS)}\n"
            f"batna: Another partner\nissues:\n"
            f"  min_spend: {{target: {threshold}rb, reservation: {threshold - 100}rb, their_reservation: {threshold - 50}rb}}\n"
            f"  voucher: {{target: {threshold // 18}rb, reservation: {threshold // 14}rb}}\n...\n"
        ]
        day = date(2018, 1, 1) + timedelta(days=rng.randint(0, 300))
        ours, theirs = threshold, threshold - 150
        for k in range(1, rng.randint(5, 10) + 1):
            by = "us" if k % 2 else "them"
            if by == "us":
                ours = max(threshold - 100, ours - rng.randint(0, 20))
                value = ours
            else:
                theirs = min(ours, theirs + rng.randint(0, 30))
                value = theirs
            day += timedelta(days=rng.randint(3, 14))
            lines.append(
                f"---\nround: {k}\ndate: {day.isoformat()}\nby: {by}\nterms: {{min_spend: {value}rb}}\n"
                f"notes: Meeting {k}.\nchecklist: {{information: yes, interests: partly}}\n...\n"
            )
        if n % 3 == 0:
            lines.append(f"---\noutcome: agreed\ndate: {day.isoformat()}\nterms: {{min_spend: {ours}rb}}\n...\n")
        (root / "deals" / f"{did}.yaml").write_text("".join(lines), encoding="utf-8")
    print(f"wrote {count:,} deals, partners and offers to {root}")


if __name__ == "__main__":
    main()
