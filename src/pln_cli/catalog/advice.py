"""Advice around a deal: cap and ROI warnings, practical next offers, the schedule preview, monthly figures."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # --- warnings on the terms the team decides on --------------------------
    "advice.terms.agreed": ("the agreed terms", "ketentuan yang disepakati"),
    "advice.terms.ours": ("our latest terms", "ketentuan terakhir kami"),
    "advice.terms.theirs": ("their latest terms", "ketentuan terakhir mitra"),
    "advice.when.date": ("on day {day} of {days} ({date})", "pada hari ke-{day} dari {days} ({date})"),
    "advice.when.day": ("on day {day} of {days}", "pada hari ke-{day} dari {days}"),
    "advice.warn.quota_binds": (
        "With {terms}, the quota runs out {when}: the scheme runs {share} of the period; "
        "a quota of {needed} vouchers would last the whole period.",
        "Dengan {terms}, kuota habis {when}: skema berjalan {share} dari periode; "
        "kuota {needed} voucher akan cukup untuk seluruh periode.",
    ),
    "advice.warn.budget_binds": (
        "With {terms}, the budget runs out {when}: the scheme runs {share} of the period; "
        "a budget of {needed} would last the whole period.",
        "Dengan {terms}, anggaran habis {when}: skema berjalan {share} dari periode; "
        "anggaran {needed} akan cukup untuk seluruh periode.",
    ),
    "advice.warn.negative_roi": (
        "With {terms}, the value for us is negative: ROI {roi} on a net cost of {cost}.",
        "Dengan {terms}, nilai bagi kami negatif: ROI {roi} atas biaya bersih {cost}.",
    ),
    "advice.warnings": ("Warnings", "Peringatan"),
    "advice.report.warnings": ("Warnings by deal", "Peringatan per kesepakatan"),
    "advice.report.warning": ("{deal}: {message}", "{deal}: {message}"),
    # --- the rounds table ----------------------------------------------------
    "advice.cap_day": ("Cap runs out (day)", "Kuota/anggaran habis (hari ke-)"),
    "advice.partner_pays": ("Partner pays", "Dibayar mitra"),
    "advice.validity": (
        "Voucher validity is one of the issues, but it does not change the model's numbers: "
        "the simulation does not depend on how long a voucher stays valid.",
        "Masa berlaku voucher termasuk isu yang dirundingkan, tetapi tidak mengubah angka model: "
        "simulasi tidak bergantung pada berapa lama voucher berlaku.",
    ),
    # --- practical next offers and the plan ---------------------------------
    "advice.rounded": ("Rounded", "Dibulatkan"),
    "advice.todo.offer": (
        "Offer {issue} = {value} (the formula gives {exact}; offer {n} of {planned}, {tactic}).",
        "Tawarkan {issue} {value} (hasil rumus {exact}; penawaran ke-{n} dari {planned}, taktik {tactic}).",
    ),
    "advice.plan.title": ("Plan of our offers", "Rencana penawaran kami"),
    "advice.plan.offer": ("Offer {n}", "Penawaran ke-{n}"),
    "advice.plan.note": (
        "{tactic} tactic (beta {beta}): from our opening to our reservation in {rounds} offers. "
        "Rounded toward our side, never conceding more than the formula: money to Rp5.000 from Rp100.000 up "
        "and to Rp500 below, shares to whole percent, days to whole days.",
        "Taktik {tactic} (beta {beta}): dari penawaran pembuka sampai batas kami dalam {rounds} penawaran. "
        "Dibulatkan ke arah yang menguntungkan kami, tanpa pernah memberi konsesi melebihi hasil rumus: nilai uang ke "
        "kelipatan Rp5.000 untuk Rp100.000 ke atas dan ke kelipatan Rp500 di bawahnya, persentase ke persen bulat, "
        "hari ke hari penuh.",
    ),
    "advice.plan.next": ("Our next offer is offer {n}.", "Penawaran kami berikutnya adalah penawaran ke-{n}."),
    "advice.plan.done": (
        "All {rounds} planned offers are made: we stay at our reservation.",
        "Semua {rounds} penawaran yang direncanakan sudah diajukan: kami bertahan di batas kami.",
    ),
    # --- deal new ------------------------------------------------------------
    "advice.better.higher": ("higher", "tinggi"),
    "advice.better.lower": ("lower", "rendah"),
    "advice.new.direction": (
        "{issue}: target {target} and reservation {reservation} mean that {implied} is better for us, "
        "while usually {usual} is; check that the two are not swapped.",
        "{issue}: target {target} dan batas {reservation} berarti nilai yang lebih {implied} lebih menguntungkan kami, "
        "padahal biasanya nilai yang lebih {usual}; periksa apakah keduanya tertukar.",
    ),
    "advice.new.defaults": (
        "The values in brackets are the offer's current ones: press Enter to keep them.",
        "Nilai dalam kurung siku adalah nilai penawaran saat ini: tekan Enter untuk mempertahankannya.",
    ),
    "advice.new.their_reservation": (
        "Their reservation is our estimate of the worst value the partner would still accept; with it pln shows "
        "the zone of agreement (ZOPA). Leave it empty if unknown: pln estimates it from their offers later.",
        "Batas mitra adalah perkiraan kami atas nilai terburuk yang masih akan diterima mitra; dengan itu pln "
        "menunjukkan zona kesepakatan (ZOPA). Kosongkan bila belum diketahui: nanti pln memperkirakannya dari penawaran mitra.",
    ),
    # --- report: monthly figures --------------------------------------------
    "advice.report.terms": ("Terms", "Ketentuan"),
    "advice.report.running": ("Days running", "Hari berjalan"),
    "advice.report.running_value": ("{running} of {days}", "{running} dari {days}"),
    "advice.report.monthly_cost": ("Net cost / month", "Biaya bersih / bulan"),
    "advice.report.period_cost": ("Net cost, period", "Biaya bersih, seluruh periode"),
    "advice.report.monthly_customers": ("New customers / month", "Pelanggan baru / bulan"),
    "advice.report.money_note": (
        "A month is 30 days of the time the scheme runs: the whole period, or until a cap runs out. "
        "The period column is the total.",
        "Satu bulan dihitung 30 hari masa berjalan skema: seluruh periode, atau sampai kuota atau anggaran habis. "
        "Kolom seluruh periode berisi totalnya.",
    ),
    "advice.report.totals_note": (
        "Agreed deals count their agreed terms; the others our latest proposal. "
        "A month is 30 days of the time each scheme runs.",
        "Kesepakatan berstatus disepakati dihitung dengan ketentuan akhirnya; yang lain dengan usulan terakhir kami. "
        "Satu bulan dihitung 30 hari masa berjalan tiap skema.",
    ),
    "advice.report.period_customers": ("New customers, period", "Pelanggan baru, seluruh periode"),
}
