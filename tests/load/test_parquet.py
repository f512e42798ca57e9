""".parquet transactions files (the data extra): same figures as the CSV,
each type of column checked, bad rows named by row number, and a Problem
naming the extra when pyarrow is not installed."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import pyarrow as pa
import pyarrow.parquet as pq

from tests.conftest import run


def _offer(workspace, data_file: str, column: str = "amount") -> None:
    (workspace / "offers" / "tx.yaml").write_text(
        "id: tx\npartner: total-spbu\nperiod: {days: 30}\n"
        "scheme:\n  tiers:\n    - {min_spend: 300rb, voucher: 20rb}\n"
        f"assumptions:\n  spend: {{transactions: ../data/{data_file}, column: {column}}}\n  redemption_rate: 0.5\n"
    )


def _parquet(workspace, amounts: pa.Array, name: str = "amount") -> None:
    table = pa.table({"id": pa.array(range(len(amounts))), name: amounts})
    pq.write_table(table, workspace / "data" / "tx.parquet", row_group_size=3)  # several row groups


def _errors(output: str) -> list[str]:
    return [line for line in output.splitlines() if "error[" in line]


def test_parquet_gives_the_csvs_figures(runner, workspace):
    amounts = [100_000, 300_000, 450_000, 299_999, 0, 1_250_000, 300_000]
    (workspace / "data" / "tx.csv").write_text("id,amount\n" + "".join(f"{i},{a}\n" for i, a in enumerate(amounts)))
    _offer(workspace, "tx.csv")
    from_csv = json.loads(run(runner, "offer", "simulate", "offers/tx.yaml", "-f", "json").output)
    _parquet(workspace, pa.array(amounts, pa.int32()), name=" Amount")  # named as a CSV header is matched
    _offer(workspace, "tx.parquet")
    from_parquet = json.loads(run(runner, "offer", "simulate", "offers/tx.yaml", "-f", "json").output)
    assert from_parquet == from_csv
    assert from_parquet["transactions"] == 7 and from_parquet["qualifying_share"] == 4 / 7


def test_whole_decimals_and_floats_are_amounts(runner, workspace):
    _parquet(workspace, pa.array([Decimal("100000.00"), Decimal("450000.00")], pa.decimal128(12, 2)))
    _offer(workspace, "tx.parquet")
    data = json.loads(run(runner, "offer", "simulate", "offers/tx.yaml", "-f", "json").output)
    assert (data["transactions"], data["qualifying_share"]) == (2, 0.5)
    _parquet(workspace, pa.array([100000.0, 450000.0, 500000.0, 1.0]))
    data = json.loads(run(runner, "offer", "simulate", "offers/tx.yaml", "-f", "json").output)
    assert (data["transactions"], data["qualifying_share"]) == (4, 0.5)


def test_bad_rows_are_named_by_row_number(runner, workspace):
    _parquet(workspace, pa.array([100000.0, 125000.5, None, -5.0, float("inf"), 2e15, 1.0, 0.25]))
    _offer(workspace, "tx.parquet")
    result = run(runner, "offer", "simulate", "offers/tx.yaml")
    assert result.exit_code == 1
    errors = _errors(result.output)
    # (A file's line-less Problems sort by code, so "... and 1 more" may come first.)
    assert errors.count("data/tx.parquet: error[data-more]: ... and 1 more bad row(s)") == 1
    assert [e for e in errors if "data-more" not in e] == [
        'data/tx.parquet: error[data-row]: row 2: "125000.5" is not a whole Rupiah amount',
        'data/tx.parquet: error[data-row]: row 3 has no "amount" value',
        'data/tx.parquet: error[data-row]: row 4: "-5.0" is a negative amount',
        'data/tx.parquet: error[data-row]: row 5: "inf" is not a whole Rupiah amount',
        'data/tx.parquet: error[data-row]: row 6: "2000000000000000.0" is more than 1,000,000,000,000,000',
    ]


def test_a_decimal_with_a_fraction_is_refused(runner, workspace):
    _parquet(workspace, pa.array([Decimal("100000.00"), Decimal("5.50")], pa.decimal128(12, 2)))
    _offer(workspace, "tx.parquet")
    result = run(runner, "offer", "simulate", "offers/tx.yaml")
    assert result.exit_code == 1
    assert _errors(result.output) == ['data/tx.parquet: error[data-row]: row 2: "5.50" is not a whole Rupiah amount']


def test_check_reads_the_schema_and_every_row(runner, workspace):
    _parquet(workspace, pa.array(["100000", "200000"]))
    _offer(workspace, "tx.parquet")
    result = run(runner, "check")
    assert result.exit_code == 1
    assert 'data/tx.parquet: error[data-type]: the column "amount" holds string, not amounts' in result.output
    assert "CAST(amount AS INT64)" in result.output
    _parquet(workspace, pa.array([1, 2]), name="total")
    result = run(runner, "check")
    assert "data/tx.parquet: error[data-columns]: missing column(s) amount; the header has: id, total" in result.output
    _parquet(workspace, pa.array([1, -2], pa.int64()))
    result = run(runner, "check")
    assert result.exit_code == 1
    assert _errors(result.output) == ['data/tx.parquet: error[data-row]: row 2: "-2" is a negative amount']


def test_a_file_that_is_not_parquet(runner, workspace):
    (workspace / "data" / "tx.parquet").write_text("id,amount\n1,5\n")
    _offer(workspace, "tx.parquet")
    result = run(runner, "offer", "simulate", "offers/tx.yaml")
    assert result.exit_code == 1
    assert "data/tx.parquet: error[data-parquet]: this parquet file cannot be read" in result.output


def test_without_pyarrow_parquet_names_the_extra(workspace):
    _parquet(workspace, pa.array([1, 2]))
    _offer(workspace, "tx.parquet")
    code = (
        "import sys; sys.modules['pyarrow'] = None\n"  # as if the data extra were not installed
        "from pln_cli.cli.app import main\n"
        "sys.argv = ['pln'] + sys.argv[1:]\n"
        "main()\n"
    )
    for args in (["offer", "simulate", "offers/tx.yaml"], ["check"]):
        done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=workspace,
                              env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "100"})
        assert done.returncode == 1, done.stderr
        out = done.stdout + done.stderr
        assert "Traceback" not in out
        assert "data/tx.parquet: error[data-extra]: reading a .parquet file needs the data extra (pyarrow), which is not installed" in out
        assert 'pip install "pln-cli[data]"' in out
