"""Transactions data files: the data extra (pyarrow) and parquet."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "data.parquet_needs_extra": (
        "reading a .parquet file needs the data extra (pyarrow), which is not installed",
        'membaca berkas .parquet memerlukan ekstra "data" (pyarrow), yang belum terpasang',
    ),
    "data.parquet_needs_extra.hint": (
        'install it with: pip install "pln-cli[data]", or export the table as CSV',
        'pasang dengan: pip install "pln-cli[data]", atau ekspor tabelnya sebagai CSV',
    ),
    "data.parquet_unreadable": ("this parquet file cannot be read: {detail}", "berkas parquet ini tidak dapat dibaca: {detail}"),
    "data.parquet_unreadable.hint": (
        "export the table again as parquet (or as CSV); the file may be cut short or not parquet at all",
        "ekspor ulang tabelnya sebagai parquet (atau CSV); berkas mungkin terpotong atau sama sekali bukan parquet",
    ),
    "data.parquet_columns.hint": (
        'the file needs a column named "{wanted}", or set column: in the offer\'s spend',
        'berkas harus memiliki kolom bernama "{wanted}", atau isi column: di bagian spend penawaran',
    ),
    "data.parquet_type": (
        'the column "{column}" holds {type}, not amounts',
        'kolom "{column}" berisi {type}, bukan jumlah uang',
    ),
    "data.parquet_type.hint": (
        "amounts are whole Rupiah in an integer or decimal column, e.g. CAST({column} AS INT64) in the export query",
        "jumlah harus berupa Rupiah utuh dalam kolom bilangan bulat atau desimal, mis. CAST({column} AS INT64) pada kueri ekspor",
    ),
    "data.parquet_row_missing": ('row {row} has no "{column}" value', 'baris {row} tidak memiliki nilai "{column}"'),
    "data.parquet_row_negative": ("row {row}: {value} is a negative amount", "baris {row}: {value} bernilai negatif"),
    "data.parquet_row_value": ("row {row}: {value} is not a whole Rupiah amount", "baris {row}: {value} bukan jumlah Rupiah utuh"),
    "data.parquet_row_large": ("row {row}: {value} is more than {max}", "baris {row}: {value} melebihi {max}"),
    "data.parquet_row.hint": (
        "rows are counted from 1 in the file's order; each needs a whole, non-negative amount such as 125000",
        "baris dihitung mulai 1 sesuai urutan dalam berkas; setiap baris memerlukan jumlah bulat yang tidak negatif, misalnya 125000",
    ),
}
