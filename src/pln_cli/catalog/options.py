"""Reading the partner and options for mutual gain."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # --- values of both sides (econ/values.py) ------------------------------
    "values.value_us": ("Value for us", "Nilai bagi kami"),
    "values.value_them": ("Value for them", "Nilai bagi mitra"),
    "m.value_us": ("Value for us", "Nilai bagi kami"),
    "m.value_them": ("Value for them", "Nilai bagi mitra"),
    "values.title": ("Values of both sides", "Nilai bagi kedua pihak"),
    "values.explained": (
        "Value for us = gross profit - our net cost; value for them = their margin x incremental spend - what they pay.",
        "Nilai bagi kami = laba kotor - biaya bersih kami; nilai bagi mitra = margin mitra x tambahan belanja - yang dibayar mitra.",
    ),
    "values.margin_known": (
        "Partner's gross margin: {margin} (assumptions.partner_margin)",
        "Margin kotor mitra: {margin} (assumptions.partner_margin)",
    ),
    "values.margin_missing.file_hint": (
        (
            "add assumptions.partner_margin to the offer file (e.g. partner_margin: 4%); "
            "a fuel retailer's gross margin is a few percent ({low} to {high})"
        ),
        (
            "tambahkan assumptions.partner_margin di berkas penawaran (mis. partner_margin: 4%); "
            "margin kotor peritel BBM biasanya hanya beberapa persen ({low} sampai {high})"
        ),
    ),
    "values.margin_unknown": (
        "the partner's margin is unknown: set assumptions.partner_margin to see their value",
        "margin mitra belum diketahui: isi assumptions.partner_margin untuk melihat nilai bagi mitra",
    ),
    "values.margin_missing": (
        "the partner's gross margin is unknown, so what a scheme is worth to them (value_them) cannot be computed",
        "margin kotor mitra belum diketahui, jadi nilai skema bagi mitra (value_them) tidak bisa dihitung",
    ),
    "values.margin_missing.hint": (
        (
            "add assumptions.partner_margin to the offer file (e.g. partner_margin: 4%), or pass --partner-margin; "
            "a fuel retailer's gross margin is a few percent ({low} to {high})"
        ),
        (
            "tambahkan assumptions.partner_margin di berkas penawaran (mis. partner_margin: 4%), atau pakai --partner-margin; "
            "margin kotor peritel BBM biasanya hanya beberapa persen ({low} sampai {high})"
        ),
    ),
    # --- reading the partner (negotiation/reading.py) -------------------------
    "reading.heading": ("Reading the partner", "Membaca mitra"),
    "reading.estimate": (
        "{issue}: their reservation is about {value} ({tactic}, beta {beta}; fit error ±{rmse}); {trust}",
        "{issue}: batas mitra sekitar {value} ({tactic}, beta {beta}; simpangan kurva ±{rmse}); {trust}",
    ),
    "reading.none": (
        "{issue}: no estimate of their reservation: {why}",
        "{issue}: batas mitra belum terbaca: {why}",
    ),
    "reading.trust": ("from {offers} offers: {level}", "dari {offers} penawaran: {level}"),
    "reading.trust.rough": ("rough", "masih kasar"),
    "reading.trust.fair": ("fair", "cukup"),
    "reading.trust.good": ("good", "cukup andal"),
    "reading.tactic.boulware": ("boulware: holds firm, concedes late", "boulware: bertahan, baru mengalah di akhir"),
    "reading.tactic.linear": ("linear: concedes steadily", "linear: mengalah secara bertahap"),
    "reading.tactic.conceder": ("conceder: concedes early", "conceder: cepat mengalah"),
    "reading.clamped": (
        "held at their latest offer, {value}: they have already offered that much (the curve alone says {fitted})",
        "ditahan di penawaran terakhir mitra, {value}: mereka sudah menawarkan sejauh itu (kurvanya sendiri menunjuk {fitted})",
    ),
    "reading.loose": (
        "the curve fits their offers loosely: treat the estimate with care",
        "kurva kurang cocok dengan penawaran mitra: pakai perkiraan ini dengan hati-hati",
    ),
    "reading.zopa": (
        "{issue}: zone of agreement with the estimate: {low} to {high}",
        "{issue}: zona kesepakatan dengan perkiraan ini: {low} sampai {high}",
    ),
    "reading.zopa.none": (
        (
            "{issue}: no zone of agreement even with the estimate (our {ours} vs their about {theirs}): "
            "improve the BATNA or add issues to trade"
        ),
        (
            "{issue}: tetap tidak ada zona kesepakatan dengan perkiraan ini (kami {ours} vs mitra sekitar {theirs}): "
            "perkuat BATNA atau tambahkan isu untuk ditukar"
        ),
    ),
    "reading.reason.no_offers": (
        "they have made no offer on it yet",
        "mitra belum mengajukan penawaran untuk isu ini",
    ),
    "reading.reason.one_offer": (
        "only one offer from them so far; {needed} are needed to read a curve",
        "baru satu penawaran dari mitra, perlu {needed} untuk membaca kurvanya",
    ),
    "reading.reason.few_offers": (
        "only {offers} offers from them so far; {needed} are needed to read a curve",
        "baru {offers} penawaran dari mitra, perlu {needed} untuk membaca kurvanya",
    ),
    "reading.reason.one_round": (
        "the deadline is a single round, so there is no concession curve to read",
        "tenggatnya hanya satu putaran, jadi tidak ada kurva konsesi untuk dibaca",
    ),
    "reading.reason.no_movement": (
        "they have not moved: {value} in all {offers} offers",
        "mitra belum bergeser: {value} di semua {offers} penawaran",
    ),
    "reading.chart.legend": (": = their estimated reservation", ": = perkiraan batas mitra"),
    # --- options for mutual gain (negotiation/options.py) ---------------------
    "options.meso.title": (
        "Offer these together (about equal value to us; their choice shows what they value)",
        "Tawarkan sekaligus (nilainya bagi kami kurang lebih sama; pilihan mitra menunjukkan apa yang penting bagi mereka)",
    ),
    "options.nash.title": ("Nash package (best for both)", "Paket Nash (terbaik bagi kedua pihak)"),
    "options.pareto.title": ("Pareto frontier", "Paket efisien (Pareto)"),
    "options.col.package": ("Package", "Paket"),
    "options.col.our_net_cost": ("Our net cost", "Biaya bersih kami"),
    "options.col.partner_gain": ("Partner's gain", "Keuntungan mitra"),
    "options.chart.legend": (
        ". = package, o = Pareto frontier, N = Nash, U = our position, T = their position, * = both; ---- = zero value for them",
        ". = paket, o = paket efisien (Pareto), N = Nash, K = posisi kami, M = posisi mitra, * = keduanya; ---- = nilai nol bagi mitra",
    ),
    "options.chart.title": ("Value for us against value for them", "Nilai bagi kami terhadap nilai bagi mitra"),
    "options.title": ("Options for mutual gain: {deal}", "Opsi yang saling menguntungkan: {deal}"),
    "options.col.numbered": ("Package {n}", "Paket {n}"),
    "options.col.nash": ("{name} (Nash)", "{name} (Nash)"),
    "options.margin_from.flag": (
        "Partner's gross margin from --partner-margin (it overrides the offer file)",
        "Margin kotor mitra dari --partner-margin (menggantikan nilai di berkas penawaran)",
    ),
    "options.margin_from.offer": (
        "Partner's gross margin from the offer file (assumptions.partner_margin)",
        "Margin kotor mitra dari berkas penawaran (assumptions.partner_margin)",
    ),
    "options.meso.none": (
        "no package fits: see the notes below",
        "tidak ada paket yang cocok: lihat catatan di bawah",
    ),
    "options.pareto.text": (
        "{count} of {evaluated} packages: none of them can gain one side without costing the other. N = Nash package, M = in the set to offer together.",
        "{count} dari {evaluated} paket: tidak satu pun bisa menambah nilai satu pihak tanpa mengurangi pihak lain. N = paket Nash, S = termasuk paket yang ditawarkan sekaligus.",
    ),
    "options.pareto.some": (
        "The table shows {shown} of the {count}, spread evenly from the best for us to the best for them; --format csv or json lists them all.",
        "Tabel menampilkan {shown} dari {count} paket, tersebar merata dari yang terbaik bagi kami sampai yang terbaik bagi mitra; --format csv atau json menampilkan semuanya.",
    ),
    # the marks of the frontier table: Nash, and in the set to offer together (MESO);
    # Indonesian takes S (sekaligus): M is the partner (mitra) on the charts
    "options.mark.nash": ("N", "N"),
    "options.mark.meso": ("M", "S"),
    "options.positions.title": ("Where the sides stand now", "Posisi kedua pihak saat ini"),
    "options.notes": ("Notes", "Catatan"),
    # --- the meeting brief (deal show -o brief.md) -----------------------------
    "brief.options.title": ("Packages to put on the table", "Paket untuk diajukan"),
    "brief.options.intro": (
        "From {evaluated} packages valued for both sides (partner margin {margin}); the full list: `pln deal options {deal}`.",
        "Dari {evaluated} paket yang dinilai bagi kedua pihak (margin mitra {margin}); daftar lengkap: `pln deal options {deal}`.",
    ),
    "brief.options.closed": (
        "The deal is {status}: there are no packages to put on the table.",
        "Negosiasi sudah ditutup ({status}): tidak ada paket untuk diajukan.",
    ),
    "brief.options.why": ("No packages yet: {why}.", "Belum ada paket: {why}."),
    "brief.options.todo": ("What to do: {hint}.", "Yang perlu dilakukan: {hint}."),
    "brief.options.no_margin.hint": (
        (
            "To see them, add assumptions.partner_margin to the offer file (a fuel retailer's gross margin is a few percent, "
            "{low} to {high}), or run `pln deal options {deal} --partner-margin 4%`."
        ),
        (
            "Untuk melihatnya, tambahkan assumptions.partner_margin di berkas penawaran (margin kotor peritel BBM biasanya "
            "beberapa persen, {low} sampai {high}), atau jalankan `pln deal options {deal} --partner-margin 4%`."
        ),
    ),
    "brief.options.unavailable": (
        "The packages could not be computed: run `pln check` for details.",
        "Paket tidak bisa dihitung: jalankan `pln check` untuk rinciannya.",
    ),
    # --- deal show: the zone and the next steps with the estimate ---------------
    "deal.zopa.estimated": ("{low} – {high} (estimated)", "{low} – {high} (perkiraan)"),
    "deal.zopa.none_estimated": ("none (estimated)", "tidak ada (perkiraan)"),
    "deal.todo.no_zopa_estimated": (
        (
            "{issue}: no zone of agreement even with their estimated reservation (about {value}, {trust}): "
            "trade issues (`pln deal options {deal}`) or improve the BATNA."
        ),
        (
            "{issue}: tetap tidak ada zona kesepakatan dengan perkiraan batas mitra (sekitar {value}, {trust}): "
            "tukar isu (`pln deal options {deal}`) atau perkuat BATNA."
        ),
    ),
    "deal.todo.test_estimate": (
        "{issue}: their reservation is estimated at about {value} ({trust}); test it in the next meeting before relying on it.",
        "{issue}: batas mitra diperkirakan sekitar {value} ({trust}); uji di meeting berikutnya sebelum mengandalkannya.",
    ),
    "options.summary": (
        "{evaluated} packages of {issues} evaluated ({steps} steps each, partner margin {margin})",
        "{evaluated} paket dari {issues} dihitung ({steps} langkah per isu, margin mitra {margin})",
    ),
    "options.steps_low": (
        "--steps {steps} is too few: a package needs at least our target and our reservation",
        "--steps {steps} terlalu sedikit: paket minimal memuat target dan batas kami",
    ),
    "options.steps.hint": ("use --steps 2 or more (default 5)", "pakai --steps 2 atau lebih (bawaan 5)"),
    "options.steps_high": (
        "--steps {steps} gives more values per issue than the {max} packages allowed",
        "--steps {steps} menghasilkan lebih banyak nilai per isu daripada batas {max} paket",
    ),
    "options.too_many": (
        "{count} packages with --steps {steps}: more than the {max} pln evaluates",
        "{count} paket dengan --steps {steps}: lebih dari batas {max} paket yang dihitung pln",
    ),
    "options.too_many.hint": (
        "use --steps {steps} or fewer",
        "pakai --steps {steps} atau kurang",
    ),
    "options.too_many.fewer_issues": (
        "take some issues out of the deal header, or narrow their ranges",
        "keluarkan beberapa isu dari header kesepakatan, atau persempit rentangnya",
    ),
    "options.no_issues": (
        "the deal has no issue to trade: redemption_rate keeps the offer's value",
        "kesepakatan ini tidak punya isu untuk ditukar: tingkat penukaran (redemption_rate) tetap memakai nilai dari penawaran",
    ),
    "options.no_issues.hint": (
        "add issues such as min_spend, voucher or partner_share to the deal header",
        "tambahkan isu seperti min_spend, voucher atau partner_share di header kesepakatan",
    ),
    "options.partner_margin_bad": ("--partner-margin: {error}", "--partner-margin: {error}"),
    "options.meso_low": ("--meso {meso}: at least one package is needed", "--meso {meso}: minimal satu paket"),
    "options.meso.hint": ("use --meso 1 or more (default 3)", "pakai --meso 1 atau lebih (bawaan 3)"),
    "options.skipped": (
        "{count} packages skipped: {reason}",
        "{count} paket dilewati: {reason}",
    ),
    "options.no_nash": (
        "no package in range gains both sides: widen our range, add issues, or improve the BATNA",
        "tidak ada paket dalam rentang ini yang menguntungkan kedua pihak: perlebar rentang kami, tambahkan isu, atau perkuat BATNA",
    ),
    "options.meso_short": (
        "only {found} of {wanted} packages are within {band} of the Nash package's value for us and gain them something",
        "hanya {found} dari {wanted} paket yang nilainya bagi kami dalam {band} dari paket Nash dan tetap menguntungkan mitra",
    ),
}
