"""Ranges: bands, tornado and break-even values."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # --- a range in an offer file (model/ranges.py) ----------------------
    "range.unknown_key": (
        'a range has only low, mode and high; "{key}" is not one of them',
        'rentang hanya berisi low, mode dan high; "{key}" bukan salah satunya',
    ),
    "range.missing": (
        "a range needs low, mode and high; missing: {keys}",
        "rentang memerlukan low, mode dan high; yang belum ada: {keys}",
    ),
    "range.low_above_mode": (
        "the low end {low} is above the mode {mode}",
        "batas bawah {low} lebih besar daripada modus {mode}",
    ),
    "range.mode_above_high": (
        "the mode {mode} is above the high end {high}",
        "modus {mode} lebih besar daripada batas atas {high}",
    ),
    "range.empty": (
        "the low and high ends are both {low}: a range needs low < high",
        "batas bawah dan batas atas sama-sama {low}: rentang memerlukan low < high",
    ),
    "range.hint": (
        "write a range as {{low: 20%, mode: 35%, high: 50%}}, with low ≤ mode ≤ high",
        "tulis rentang sebagai {{low: 20%, mode: 35%, high: 50%}}, dengan low ≤ mode ≤ high",
    ),
    "range.empty.hint": (
        "for a value you are sure of, write the value alone, e.g. redemption_rate: 35%",
        "untuk nilai yang sudah pasti, tulis nilainya saja, mis. redemption_rate: 35%",
    ),
    # --- the ranged inputs, as a sentence names them ---------------------
    "unc.input.transactions": ("the number of transactions", "jumlah transaksi"),
    "unc.input.redemption_rate": ("the redemption rate", "tingkat penukaran voucher"),
    "unc.input.new_customer_share": ("the share of new customers", "porsi pelanggan baru"),
    "unc.input.avg_order_value": ("the average order value", "rata-rata nilai pesanan"),
    "unc.input.gross_margin": ("our gross margin", "margin kotor kami"),
    "unc.input.partner_margin": ("the partner's margin", "margin mitra"),
    "unc.input.upsell.take_up": ("the upsell take-up", "porsi pelanggan yang menambah belanja"),
    # --- the metrics with bands, as a table heads them -------------------
    "unc.metric.our_net_cost": ("Our net cost", "Biaya bersih kami"),
    "unc.metric.value_us": ("Value to us", "Nilai bagi kami"),
    "unc.metric.cac": ("Cost per new customer", "Biaya per pelanggan baru"),
    "unc.metric.roi": ("ROI", "ROI"),
    "unc.metric.new_customers": ("New customers", "Pelanggan baru"),
    "unc.metric.partner_incremental_spend": ("Partner's extra spend", "Tambahan belanja di mitra"),
    "unc.metric.value_them": ("Value to the partner", "Nilai bagi mitra"),
    "unc.null_share": ("unknown in {share} of draws", "tidak diketahui pada {share} simulasi"),
    # --- headings and labels for whoever renders the result --------------
    "unc.h.bands": ("Ranges: {draws} draws, seed {seed}", "Rentang: {draws} simulasi, seed {seed}"),
    "unc.h.tornado": ("What moves value to us most (each input from low to high)", "Yang paling menggerakkan nilai bagi kami (tiap asumsi dari batas bawah ke batas atas)"),
    "unc.h.break_even": ("Break-even values", "Titik impas"),
    "unc.cap_binds_share": ("A cap binds in", "Kuota atau anggaran habis lebih awal pada"),
    "unc.loss_share": ("We lose money in", "Kami rugi pada"),
    "unc.no_ranges": (
        "this offer has no ranges, so every draw gives the same numbers",
        "penawaran ini tidak memiliki rentang, jadi setiap simulasi memberi angka yang sama",
    ),
    "unc.no_ranges.hint": (
        "write an assumption as a range, e.g. redemption_rate: {{low: 20%, mode: 35%, high: 50%}}",
        "tulis asumsi sebagai rentang, mis. redemption_rate: {{low: 20%, mode: 35%, high: 50%}}",
    ),
    # --- the caps, as a sentence names them ------------------------------
    "unc.cap.budget": ("the budget", "anggaran"),
    "unc.cap.quota": ("the quota", "kuota"),
    "unc.cap.each": ("each cap", "kuota maupun anggaran"),
    "unc.cap.either": ("a cap", "kuota atau anggaran"),
    # --- break-even values ----------------------------------------------
    "unc.break_even.below": (
        "we lose money if {input} falls below {value}",
        "kami rugi bila {input} turun di bawah {value}",
    ),
    "unc.break_even.above": (
        "we lose money if {input} rises above {value}",
        "kami rugi bila {input} naik di atas {value}",
    ),
    # --- talking points from the bands -----------------------------------
    "unc.talk.value_band": (
        "Value to us is most likely {p50}; in eight cases out of ten it lies between {p10} and {p90}.",
        "Nilai bagi kami kemungkinan besar {p50}; delapan dari sepuluh kemungkinan berada antara {p10} dan {p90}.",
    ),
    "unc.talk.no_loss": (
        "We make money in all {draws} simulated outcomes.",
        "Kami untung di semua {draws} hasil simulasi.",
    ),
    "unc.talk.loss_share": (
        "We lose money in {share} of the simulated outcomes.",
        "Kami rugi pada {share} hasil simulasi.",
    ),
    "unc.talk.cap_lasts_high": (
        "Even at the high end of {input} ({value}), {cap} lasts all {days} days.",
        "Bahkan pada batas atas {input} ({value}), {cap} cukup untuk seluruh {days} hari.",
    ),
    "unc.talk.cap_lasts_low": (
        "Even at the low end of {input} ({value}), {cap} lasts all {days} days.",
        "Bahkan pada batas bawah {input} ({value}), {cap} cukup untuk seluruh {days} hari.",
    ),
    "unc.talk.cap_lasts": (
        "In every simulated outcome {cap} lasts all {days} days.",
        "Di setiap hasil simulasi, {cap} cukup untuk seluruh {days} hari.",
    ),
    "unc.talk.cap_binds_share": (
        "In {share} of the simulated outcomes {cap} runs out before the {days} days are over.",
        "Pada {share} hasil simulasi, {cap} habis sebelum {days} hari berakhir.",
    ),
    "unc.talk.cac_band": (
        "A new customer costs us between {p10} and {p90} (eight cases out of ten), most likely {p50}.",
        "Satu pelanggan baru menelan biaya antara {p10} dan {p90} (delapan dari sepuluh kemungkinan), kemungkinan besar {p50}.",
    ),
    "unc.talk.break_even": ("Break-even: {text}.", "Titik impas: {text}."),
    # --- `pln offer simulate --uncertainty`: options ------------------------
    "usage.draws": (
        "--draws must be a whole number from 1 to 1,000,000, not {value!r}",
        "--draws harus bilangan bulat dari 1 sampai 1.000.000, bukan {value!r}",
    ),
    "usage.seed": (
        "--seed must be a whole number from 0 to 9,007,199,254,740,991 (2^53 - 1), not {value!r}",
        "--seed harus bilangan bulat dari 0 sampai 9.007.199.254.740.991 (2^53 - 1), bukan {value!r}",
    ),
    "usage.draws_needs_uncertainty": ("--draws and --seed go with --uncertainty", "--draws dan --seed hanya dipakai bersama --uncertainty"),
    "usage.uncertainty_single": ("--uncertainty takes a single offer", "--uncertainty hanya untuk satu penawaran"),
    "usage.unc_metric": (
        "with --uncertainty, --metric must be one of: {known} (not {metric!r})",
        "dengan --uncertainty, --metric harus salah satu dari: {known} (bukan {metric!r})",
    ),
    # --- `pln offer simulate --uncertainty`: the report --------------------
    "unc.h.inputs": ("Ranged inputs", "Asumsi berupa rentang"),
    "unc.h.variant": ("Ranges: {name}", "Rentang: {name}"),
    "unc.h.grid": (
        "{metric}: P10, P50 and P90 of {draws} draws per cell, seed {seed}",
        "{metric}: P10, P50 dan P90 dari {draws} simulasi per sel, seed {seed}",
    ),
    "unc.col.input": ("Input", "Asumsi"),
    "unc.col.low": ("Low", "Bawah"),
    "unc.col.mode": ("Mode", "Modus"),
    "unc.col.high": ("High", "Atas"),
    "unc.col.range": ("Low → high", "Bawah → atas"),
    "unc.col.value_us": ("Value to us", "Nilai bagi kami"),
    "unc.col.our_net_cost": ("Our net cost", "Biaya bersih kami"),
    "unc.col.quantile": ("Band", "Pita"),
    "unc.label.transactions": ("Transactions", "Jumlah transaksi"),
    "unc.label.redemption_rate": ("Redemption rate", "Tingkat penukaran"),
    "unc.label.new_customer_share": ("New customer share", "Porsi pelanggan baru"),
    "unc.label.avg_order_value": ("Average order value", "Rata-rata nilai pesanan"),
    "unc.label.gross_margin": ("Our gross margin", "Margin kotor kami"),
    "unc.label.partner_margin": ("Partner's margin", "Margin mitra"),
    "unc.label.upsell.take_up": ("Upsell take-up", "Porsi yang menambah belanja"),
    "unc.draws_seed": ("{draws} draws per scheme, seed {seed}", "{draws} simulasi per skema, seed {seed}"),
    "unc.in_draws": ("{share} of the draws", "{share} dari seluruh simulasi"),
    "unc.tornado.legend": (
        "░ the input at its low end, █ at its high end; │ value to us at the modes ({base})",
        "░ asumsi pada batas bawah, █ pada batas atas; │ nilai bagi kami pada modus ({base})",
    ),
    "unc.break_even.none": (
        "value to us keeps its sign across every range: no break-even value lies inside them",
        "nilai bagi kami tidak berganti tanda di sepanjang setiap rentang: tidak ada titik impas di dalamnya",
    ),
    "unc.fixed": (
        "set by this counter-offer (still drawn, not used): {inputs}",
        "ditetapkan oleh penawaran balik ini (tetap diundi, tidak dipakai): {inputs}",
    ),
}
