"""Reading the partner and options for mutual gain."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # --- values of both sides (econ/values.py) ------------------------------
    "values.value_us": ("Value for us", "Nilai bagi kami"),
    "values.value_them": ("Value for them", "Nilai bagi mitra"),
    "values.margin_unknown": (
        "the partner's margin is unknown: set assumptions.partner_margin to see their value",
        "margin mitra belum diketahui: isi assumptions.partner_margin untuk melihat nilai bagi mitra",
    ),
    "values.margin_missing": (
        "the partner's gross margin is unknown, so their value of each package cannot be computed",
        "margin kotor mitra belum diketahui, jadi nilai tiap paket bagi mitra tidak bisa dihitung",
    ),
    "values.margin_missing.hint": (
        (
            "add assumptions.partner_margin to the offer file (e.g. partner_margin: 4%), or pass --partner-margin; "
            "a fuel retailer's gross margin is a few percent ({low} to {high})"
        ),
        (
            "tambahkan assumptions.partner_margin di file penawaran (mis. partner_margin: 4%), atau pakai --partner-margin; "
            "margin kotor peritel BBM biasanya hanya beberapa persen ({low} sampai {high})"
        ),
    ),
    # --- reading the partner (negotiation/reading.py) -------------------------
    "reading.heading": ("Reading the partner", "Membaca mitra"),
    "reading.estimate": (
        "{issue}: their reservation is about {value} ({tactic}, beta {beta}; fit error ±{rmse}); {trust}",
        "{issue}: batas mitra sekitar {value} ({tactic}, beta {beta}; galat kecocokan ±{rmse}); {trust}",
    ),
    "reading.none": (
        "{issue}: no estimate of their reservation: {why}",
        "{issue}: batas mitra belum bisa diperkirakan: {why}",
    ),
    "reading.trust": ("from {offers} offers: {level}", "dari {offers} tawaran: {level}"),
    "reading.trust.rough": ("rough", "masih kasar"),
    "reading.trust.fair": ("fair", "cukup"),
    "reading.trust.good": ("good", "cukup andal"),
    "reading.tactic.boulware": ("boulware: holds firm, concedes late", "boulware: bertahan, baru mengalah di akhir"),
    "reading.tactic.linear": ("linear: concedes steadily", "linear: mengalah secara bertahap"),
    "reading.tactic.conceder": ("conceder: concedes early", "conceder: cepat mengalah"),
    "reading.clamped": (
        "held at their latest offer, {value}: they have already offered that much (the curve alone says {fitted})",
        "ditahan di tawaran terakhir mitra, {value}: mereka sudah menawarkan sejauh itu (kurvanya sendiri menunjuk {fitted})",
    ),
    "reading.loose": (
        "the curve fits their offers loosely: treat the estimate with care",
        "kurva kurang cocok dengan tawaran mitra: pakai perkiraan ini dengan hati-hati",
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
        "mitra belum mengajukan tawaran untuk isu ini",
    ),
    "reading.reason.one_offer": (
        "only one offer from them so far; {needed} are needed to read a curve",
        "baru satu tawaran dari mitra; perlu {needed} tawaran untuk membaca kurvanya",
    ),
    "reading.reason.few_offers": (
        "only {offers} offers from them so far; {needed} are needed to read a curve",
        "baru {offers} tawaran dari mitra; perlu {needed} tawaran untuk membaca kurvanya",
    ),
    "reading.reason.one_round": (
        "the deadline is a single round, so there is no concession curve to read",
        "tenggatnya hanya satu putaran, jadi tidak ada kurva konsesi untuk dibaca",
    ),
    "reading.reason.no_movement": (
        "they have not moved: {value} in all {offers} offers",
        "mitra belum bergeser: {value} di semua {offers} tawaran",
    ),
    "reading.chart.legend": (": = their estimated reservation", ": = perkiraan batas mitra"),
    # --- options for mutual gain (negotiation/options.py) ---------------------
    "options.meso.title": (
        "Offer these together (about equal value to us; their choice shows what they value)",
        "Tawarkan sekaligus (nilainya bagi kami kurang lebih sama; pilihan mitra menunjukkan apa yang penting bagi mereka)",
    ),
    "options.nash.title": ("Nash package (best for both)", "Paket Nash (terbaik bagi kedua pihak)"),
    "options.pareto.title": ("Pareto frontier", "Batas Pareto"),
    "options.col.package": ("Package", "Paket"),
    "options.col.our_net_cost": ("Our net cost", "Biaya bersih kami"),
    "options.col.partner_gain": ("Partner's gain", "Keuntungan mitra"),
    "options.chart.legend": (
        ". = package, o = Pareto frontier, N = Nash, U = our position, T = their position",
        ". = paket, o = batas Pareto, N = Nash, U = posisi kami, T = posisi mitra",
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
        "keluarkan beberapa isu dari header deal, atau persempit rentangnya",
    ),
    "options.no_issues": (
        "the deal has no issue to trade: redemption_rate keeps the offer's value",
        "deal ini tidak punya isu untuk ditukar: redemption_rate tetap memakai nilai dari penawaran",
    ),
    "options.no_issues.hint": (
        "add issues such as min_spend, voucher or partner_share to the deal header",
        "tambahkan isu seperti min_spend, voucher atau partner_share di header deal",
    ),
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
