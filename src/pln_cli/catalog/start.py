"""Starting out: `pln init`, `pln partner new`, `pln offer new`, the comments
of the templates they write, and the Excel workbooks.

Template comments are catalogue entries like any other text: a line break
in an entry becomes a new `# ` comment line in the file.  Entries under
`tpl.sample.` are the values of the sample files `pln init` writes (a list
is one item per line).
"""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # --- pln init ----------------------------------------------------------------
    "start.lang.en": ("English", "Inggris"),
    "start.lang.id": ("Indonesian", "Indonesia"),
    "start.ask.language": (
        "Language of the workspace (en = English, id = Bahasa Indonesia)",
        "Bahasa ruang kerja (en = Inggris, id = Bahasa Indonesia)",
    ),
    "start.init.done": ("Created a pln workspace in {root} ({language}):", "Ruang kerja pln dibuat di {root} ({language}):"),
    "start.init.next": ("Next steps:", "Langkah berikutnya:"),
    "start.init.next.cd": ("go to the workspace", "masuk ke ruang kerja"),
    "start.init.next.check": ("silent when every file is fine", "tidak mencetak apa-apa bila semua berkas benar"),
    "start.init.next.simulate": ("the sample offer's economics for both sides", "ekonomi penawaran contoh bagi kedua pihak"),
    "start.init.next.show": ("where the sample negotiation stands", "posisi negosiasi contoh saat ini"),
    "start.init.next.new": ("your own partner and offer (the samples can go)", "mitra dan penawaran Anda sendiri (contohnya boleh dihapus)"),
    "start.init.exists": (
        "{root} is a pln workspace already ({found} exists); nothing was written",
        "{root} sudah merupakan ruang kerja pln ({found} sudah ada); tidak ada yang ditulis",
    ),
    "start.init.blocked": (
        "{path} exists already; `pln init` never overwrites anything, so nothing was written",
        "{path} sudah ada; `pln init` tidak pernah menimpa apa pun, jadi tidak ada yang ditulis",
    ),
    "start.init.not_folder": ("{path} is not a folder", "{path} bukan folder"),
    # --- partner new / offer new ------------------------------------------------
    "start.created": ("Created {path}.", "{path} dibuat."),
    "start.created.partner.next": (
        "Edit it to add the people to lobby; then `pln offer new ID --partner {id}`.",
        "Lengkapi orang-orang yang perlu dilobi; lalu `pln offer new ID --partner {id}`.",
    ),
    "start.created.offer.next": (
        "Check the assumptions in it; then `pln offer simulate {id}`.",
        "Periksa asumsi di dalamnya; lalu `pln offer simulate {id}`.",
    ),
    "start.exists": (
        "{path} exists already; pln never overwrites a file (edit it, or choose another id)",
        "{path} sudah ada; pln tidak pernah menimpa berkas (ubah berkas itu, atau pilih id lain)",
    ),
    "start.not_written": ("{file} (not written)", "{file} (tidak ditulis)"),
    "start.partner.name_required": (
        "a new partner needs a name: add --name \"TOTAL SPBU Indonesia\"",
        "mitra baru perlu nama: tambahkan --name \"TOTAL SPBU Indonesia\"",
    ),
    "start.partner.size": ("--size must be one of {sizes}, not {value!r}", "--size harus salah satu dari {sizes}, bukan {value!r}"),
    "start.offer.missing": (
        "a new offer needs {missing}; give them as options, or run `pln offer new` on a terminal to be asked",
        "penawaran baru memerlukan {missing}; berikan sebagai opsi, atau jalankan `pln offer new` di terminal untuk ditanya",
    ),
    "start.offer.no_partners": (
        "there is no partner in {folder} yet: start with `pln partner new ID --name NAME`",
        "belum ada mitra di {folder}: mulai dengan `pln partner new ID --name NAMA`",
    ),
    "start.offer.spend_both": (
        "give the spend either as --histogram FILE or as --median with --p90 (or --mean), not both",
        "berikan belanja sebagai --histogram BERKAS atau sebagai --median dengan --p90 (atau --mean), jangan keduanya",
    ),
    "start.offer.histogram_missing": ("--histogram {file}: no such file", "--histogram {file}: berkas tidak ada"),
    "start.option": ("{option}: {message}", "{option}: {message}"),
    "start.control": (
        "{option} holds a control character; write plain text",
        "{option} berisi karakter kontrol; tulis teks biasa",
    ),
    "start.ask.name": ("Partner name", "Nama mitra"),
    "start.ask.sector": ("Sector (empty to skip)", "Sektor (kosongkan untuk melewati)"),
    "start.ask.size": ("Size compared with us: smaller, similar or larger (empty to skip)", "Ukuran dibanding kami: smaller, similar atau larger (kosongkan untuk melewati)"),
    "start.ask.min_spend": ("Minimum spend in one transaction (e.g. 450rb)", "Belanja minimum dalam satu transaksi (mis. 450rb)"),
    "start.ask.voucher": ("Voucher value (e.g. 25rb)", "Nilai voucher (mis. 25rb)"),
    "start.ask.days": ("Days the scheme runs", "Lama skema berjalan (hari)"),
    "start.ask.transactions": ("Partner transactions in the period (e.g. 120000)", "Transaksi mitra dalam periode (mis. 120000)"),
    "start.ask.redemption_rate": ("Share of vouchers that get used (e.g. 35%)", "Porsi voucher yang dipakai (mis. 35%)"),
    "start.ask.median": ("Median spend per transaction (e.g. 250rb)", "Median belanja per transaksi (mis. 250rb)"),
    "start.ask.p90": ("Spend that 90% of transactions stay below (e.g. 600rb)", "Belanja yang tidak dilampaui 90% transaksi (mis. 600rb)"),
    # --- the Excel workbooks ----------------------------------------------------------
    "xlsx.sheet.deals": ("Deals", "Kesepakatan"),
    "xlsx.sheet.terms": ("Latest terms", "Ketentuan terakhir"),
    "xlsx.sheet.money": ("Money per month", "Uang per bulan"),
    "xlsx.sheet.totals": ("Totals by status", "Total per status"),
    "xlsx.sheet.idle_partners": ("Partners without deals", "Mitra tanpa kesepakatan"),
    "xlsx.sheet.idle_offers": ("Offers without deals", "Penawaran tanpa kesepakatan"),
    "xlsx.sheet.scheme": ("Scheme", "Skema"),
    "xlsx.sheet.partner_side": ("Partner side", "Sisi mitra"),
    "xlsx.sheet.our_side": ("Our side", "Sisi kami"),
    "xlsx.sheet.values": ("Values", "Nilai"),
    "xlsx.sheet.assumptions": ("Assumptions", "Asumsi"),
    "xlsx.sheet.warnings": ("Warnings", "Peringatan"),
    "xlsx.sheet.talking_points": ("Talking points", "Poin pembicaraan"),
    "xlsx.sheet.comparison": ("Counter-offers", "Penawaran balik"),
    "xlsx.partner_id": ("Partner id", "Id mitra"),
    "xlsx.first_meeting": ("First meeting", "Meeting pertama"),
    "xlsx.last_meeting": ("Last meeting", "Meeting terakhir"),
    "xlsx.number": ("No.", "No."),
    "xlsx.stacking": ("Stacking", "Penumpukan"),
    "xlsx.upsell_take_up": ("Upsell: customers who top up", "Upsell: pelanggan yang menambah belanja"),
    "xlsx.upsell_window": ("Upsell: window below the threshold", "Upsell: rentang di bawah ambang"),
    "xlsx.partner_share": ("Partner pays (share of value)", "Dibayar mitra (porsi nilai)"),
    "xlsx.billing": ("Partner billed on vouchers", "Tagihan mitra atas voucher"),
    "xlsx.quota": ("Quota (vouchers)", "Kuota (voucher)"),
    "xlsx.budget": ("Budget", "Anggaran"),
    "xlsx.min_order": ("Voucher: min. order", "Voucher: min. order"),
    "xlsx.valid_days": ("Voucher: valid days", "Voucher: masa berlaku (hari)"),
    "xlsx.partner_margin": ("Partner's gross margin", "Margin kotor mitra"),
    "xlsx.terminal": (
        "an Excel workbook is not for a terminal: add -o FILE.xlsx (or redirect the output to a file)",
        "buku kerja Excel tidak untuk terminal: tambahkan -o BERKAS.xlsx (atau alihkan keluaran ke berkas)",
    ),
    "xlsx.single_offer": (
        "an Excel workbook is written for one offer, with or without --vs; use csv or json for --grid, --uncertainty and many offers",
        "buku kerja Excel dibuat untuk satu penawaran, dengan atau tanpa --vs; gunakan csv atau json untuk --grid, --uncertainty dan banyak penawaran",
    ),
    # --- pln.yaml -------------------------------------------------------------------------
    "tpl.settings.head": (
        "pln workspace settings; every field is optional.\n"
        "The folders beside this file hold the data: partners/, offers/, deals/,\n"
        "meetings/, lobby/, campaigns/, and data/ for spend CSVs; decks/ holds\n"
        "presentation material. `pln check` checks every file.",
        "Pengaturan ruang kerja pln; semua isian boleh dikosongkan.\n"
        "Folder di samping berkas ini berisi data: partners/, offers/, deals/,\n"
        "meetings/, lobby/, campaigns/, dan data/ untuk CSV belanja; decks/ berisi\n"
        "bahan presentasi. `pln check` memeriksa semua berkas.",
    ),
    "tpl.settings.name": (
        "name: what this workspace is, for the people who read it.",
        "name: nama ruang kerja ini, untuk orang yang membacanya.",
    ),
    "tpl.settings.language": (
        "language: en (English) or id (Bahasa Indonesia): the language of every\n"
        "table, message and hint. `--lang` or the PLN_LANG variable override it.",
        "language: en (Inggris) atau id (Bahasa Indonesia): bahasa semua tabel,\n"
        "pesan dan saran. `--lang` atau variabel PLN_LANG mengalahkannya.",
    ),
    # --- partners/<id>.yaml -----------------------------------------------------------------
    "tpl.partner.head": (
        "A partner: a company or organisation we make deals with.\n"
        "Only id and name are required. Delete the lines you do not need; to use\n"
        "a commented line, remove its \"# \". `pln check` checks this file.",
        "Mitra: perusahaan atau organisasi yang menjalin kesepakatan dengan kami.\n"
        "Hanya id dan name yang wajib. Hapus baris yang tidak perlu; untuk memakai\n"
        "baris yang dikomentari, hapus \"# \" di depannya. `pln check` memeriksa berkas ini.",
    ),
    "tpl.partner.id": (
        "id: the partner's id, also the file's name without .yaml: lowercase\n"
        "words joined by hyphens. Offers and deals refer to the partner by it.",
        "id: id mitra, sama dengan nama berkas tanpa .yaml: huruf kecil yang\n"
        "disambung tanda hubung. Penawaran dan kesepakatan merujuk mitra dengan id ini.",
    ),
    "tpl.partner.name": ("name: the partner's name as reports show it.", "name: nama mitra seperti yang tampil di laporan."),
    "tpl.partner.fictional": (
        "fictional: true marks invented example data; delete it for a real partner.",
        "fictional: true menandai data contoh rekaan; hapus untuk mitra sungguhan.",
    ),
    "tpl.partner.sector": ("sector: what the partner does.", "sector: bidang usaha mitra."),
    "tpl.partner.size": (
        "size: the partner compared with us: smaller, similar or larger\n"
        "(bigger partners are harder to reach and to bring to an agreement).",
        "size: ukuran mitra dibanding kami: smaller, similar atau larger\n"
        "(mitra yang lebih besar lebih sulit dijangkau dan diajak sepakat).",
    ),
    "tpl.partner.background": (
        "background: the company's background, for the audience analysis before\n"
        "a presentation.",
        "background: latar belakang perusahaan, untuk analisis audiens sebelum\n"
        "presentasi.",
    ),
    "tpl.partner.people": (
        "people: the people to lobby at the partner, one entry each:\n"
        "  name (required) and role;\n"
        "  lobby_class: one of Tarmudji's five classes of people to lobby:\n"
        "    {classes};\n"
        "  influence: 1 (low) to 5 (decisive);\n"
        "  stance: {stances};\n"
        "  notes: what helps the next conversation.",
        "people: orang-orang di pihak mitra yang perlu dilobi, satu entri per orang:\n"
        "  name (wajib) dan role (jabatan);\n"
        "  lobby_class: salah satu dari lima golongan sasaran lobi menurut Tarmudji:\n"
        "    {classes};\n"
        "  influence: 1 (rendah) sampai 5 (menentukan);\n"
        "  stance: {stances};\n"
        "  notes: hal yang membantu pembicaraan berikutnya.",
    ),
    "tpl.partner.their_interests": (
        "their_interests: what the partner needs from a deal (interests, not\n"
        "positions); an integrative negotiation addresses them.",
        "their_interests: kebutuhan mitra dari kesepakatan (kepentingan, bukan\n"
        "posisi); negosiasi integratif menjawab kebutuhan ini.",
    ),
    "tpl.partner.our_interests": ("our_interests: what we need from it.", "our_interests: kebutuhan kami dari kesepakatan itu."),
    "tpl.partner.notes": ("notes: anything else worth remembering.", "notes: catatan lain yang perlu diingat."),
    # --- offers/<id>.yaml ---------------------------------------------------------------------
    "tpl.offer.head": (
        "An offer: one voucher-for-spend scheme. A customer who spends at least\n"
        "min_spend in one transaction at the partner gets a voucher from us.\n"
        "`pln offer simulate {id}` shows what it costs us and what the partner\n"
        "gains; add `--vs min_spend=400rb` to compare a counter-offer.\n"
        "Money: Rp450.000, 450rb, 450000 or 1,5jt. Shares: 35%, 0.35 or 0,35.\n"
        "To use a commented line, remove its \"# \". `pln check` checks this file.",
        "Penawaran: satu skema voucher-untuk-belanja. Pelanggan yang berbelanja\n"
        "minimal min_spend dalam satu transaksi di mitra mendapat voucher dari kami.\n"
        "`pln offer simulate {id}` menunjukkan biaya bagi kami dan manfaat bagi\n"
        "mitra; tambahkan `--vs min_spend=400rb` untuk membandingkan penawaran balik.\n"
        "Uang: Rp450.000, 450rb, 450000 atau 1,5jt. Porsi: 35%, 0.35 atau 0,35.\n"
        "Untuk memakai baris yang dikomentari, hapus \"# \" di depannya.\n"
        "`pln check` memeriksa berkas ini.",
    ),
    "tpl.offer.id": (
        "id: the offer's id, also the file's name without .yaml.",
        "id: id penawaran, sama dengan nama berkas tanpa .yaml.",
    ),
    "tpl.offer.partner": ("partner: the id of the partner (its file in partners/).", "partner: id mitra (berkasnya di partners/)."),
    "tpl.offer.title": ("title: how reports name the offer (optional).", "title: nama penawaran di laporan (opsional)."),
    "tpl.offer.notes": ("notes: anything else about the offer (optional).", "notes: catatan lain tentang penawaran (opsional)."),
    "tpl.offer.period": (
        "period: how long the scheme runs: start and end (YYYY-MM-DD, both days\n"
        "included), or days alone.",
        "period: lama skema berjalan: start dan end (YYYY-MM-DD, kedua hari\n"
        "termasuk), atau days saja.",
    ),
    "tpl.offer.scheme": ("scheme: the tiers, and how they stack.", "scheme: jenjang-jenjang voucher, dan cara penumpukannya (stacking)."),
    "tpl.offer.tiers": (
        "tiers: spend at least min_spend in one transaction, get a voucher worth\n"
        "`voucher`. More tiers reward bigger spends; each min_spend must be above\n"
        "the one before, e.g. a second tier - {{min_spend: 900rb, voucher: 60rb}}",
        "tiers: belanja minimal min_spend dalam satu transaksi, dapat voucher senilai\n"
        "`voucher`. Jenjang tambahan memberi imbalan untuk belanja lebih besar;\n"
        "setiap min_spend harus di atas jenjang sebelumnya, mis. jenjang kedua\n"
        "- {{min_spend: 900rb, voucher: 60rb}}",
    ),
    "tpl.offer.stacking": (
        "stacking: highest_tier (one voucher, of the highest tier reached) or\n"
        "per_multiple (one voucher per full multiple of min_spend; one tier only).",
        "stacking: highest_tier (satu voucher, dari jenjang tertinggi yang dicapai)\n"
        "atau per_multiple (satu voucher per kelipatan penuh min_spend; hanya satu jenjang).",
    ),
    "tpl.offer.max_vouchers": (
        "max_vouchers_per_transaction: with per_multiple, at most this many\n"
        "vouchers for one transaction.",
        "max_vouchers_per_transaction: untuk per_multiple, paling banyak sekian\n"
        "voucher untuk satu transaksi.",
    ),
    "tpl.offer.voucher": (
        "voucher: the voucher's own conditions, each optional: product; min_order,\n"
        "the smallest order it can be used on; valid_days after it is issued.",
        "voucher: ketentuan voucher, masing-masing opsional: product (produk);\n"
        "min_order, belanja minimum agar voucher bisa dipakai; valid_days, masa\n"
        "berlaku sejak diterbitkan.",
    ),
    "tpl.offer.funding": (
        "funding: partner_share is the share of the voucher's value the partner\n"
        "pays (0% to 100%); billing: redeemed (it pays on vouchers used) or issued\n"
        "(on vouchers given out). Without it: 0% and redeemed.",
        "funding: partner_share adalah porsi nilai voucher yang dibayar mitra\n"
        "(0% sampai 100%); billing: redeemed (dibayar atas voucher yang dipakai)\n"
        "atau issued (atas voucher yang diterbitkan). Bila dikosongkan: 0% dan redeemed.",
    ),
    "tpl.offer.caps": (
        "caps: limits, each optional: quota, the most vouchers issued; budget,\n"
        "the most face value issued. A cap that binds ends the scheme early (the\n"
        "simulation says on which day).",
        "caps: kuota dan anggaran, masing-masing opsional: quota, jumlah voucher\n"
        "terbanyak yang diterbitkan; budget, total nilai nominal terbanyak. Kuota\n"
        "atau anggaran yang habis mengakhiri skema lebih awal (simulasi menyebut\n"
        "harinya).",
    ),
    "tpl.offer.assumptions": (
        "assumptions: our estimates. Each of {ranged} may\n"
        "be a range instead of one value, {{low: 25%, mode: 35%, high: 45%}}, for\n"
        "`pln offer simulate {id} --uncertainty`.",
        "assumptions: perkiraan kami. Setiap isian {ranged} boleh\n"
        "berupa rentang, bukan satu nilai, {{low: 25%, mode: 35%, high: 45%}}, untuk\n"
        "`pln offer simulate {id} --uncertainty`.",
    ),
    "tpl.offer.transactions": (
        "transactions: the partner's transactions in the period, at the outlets\n"
        "that take part.",
        "transactions: jumlah transaksi mitra selama periode, di gerai yang ikut\n"
        "serta.",
    ),
    "tpl.offer.spend": (
        "spend: how much one transaction spends, in one of three forms:\n"
        "  {{histogram: ../data/FILE.csv}}: a CSV with the columns lower,upper,count\n"
        "    (each row counts the transactions from lower to just under upper);\n"
        "  {{distribution: lognormal, median: 250rb, p90: 600rb}}, or mean: instead\n"
        "    of p90: an estimate when there is no data;\n"
        "  {{transactions: ../data/FILE.csv, column: amount}}: one row per\n"
        "    transaction (then transactions above may be left out).\n"
        "Paths are relative to this file.",
        "spend: besar belanja satu transaksi, dalam salah satu dari tiga bentuk:\n"
        "  {{histogram: ../data/BERKAS.csv}}: CSV dengan kolom lower,upper,count\n"
        "    (setiap baris menghitung transaksi dari lower sampai tepat di bawah upper);\n"
        "  {{distribution: lognormal, median: 250rb, p90: 600rb}}, atau mean: sebagai\n"
        "    ganti p90: perkiraan bila belum ada data;\n"
        "  {{transactions: ../data/BERKAS.csv, column: amount}}: satu baris per\n"
        "    transaksi (maka transactions di atas boleh dihapus).\n"
        "Path berkas relatif terhadap berkas ini.",
    ),
    "tpl.offer.redemption_rate": (
        "redemption_rate: the share of vouchers issued that get used.",
        "redemption_rate: porsi voucher yang diterbitkan dan benar-benar dipakai.",
    ),
    "tpl.offer.new_customer_share": (
        "new_customer_share: the share of redemptions by customers new to us\n"
        "(default 0; the cost per new customer needs it).",
        "new_customer_share: porsi penukaran oleh pelanggan yang baru bagi kami\n"
        "(bawaan 0; biaya per pelanggan baru memerlukannya).",
    ),
    "tpl.offer.avg_order_value": (
        "avg_order_value: the average order a voucher is used on (default 0).",
        "avg_order_value: rata-rata nilai pesanan tempat voucher dipakai (bawaan 0).",
    ),
    "tpl.offer.gross_margin": (
        "gross_margin: our gross margin on those orders (default 0).",
        "gross_margin: margin kotor kami atas pesanan itu (bawaan 0).",
    ),
    "tpl.offer.partner_margin": (
        "partner_margin: the partner's gross margin on the extra spend, when\n"
        "known: it values the scheme for the partner too.",
        "partner_margin: margin kotor mitra atas tambahan belanja, bila diketahui:\n"
        "dipakai untuk menilai skema dari sisi mitra.",
    ),
    "tpl.offer.upsell": (
        "upsell: customers just below min_spend who spend up to it for the\n"
        "voucher: window is how far below (15% = from 85% of min_spend), take_up\n"
        "the share of them who do.",
        "upsell: pelanggan yang belanjanya sedikit di bawah min_spend lalu\n"
        "menambah belanja demi voucher: window adalah jaraknya (15% = mulai 85%\n"
        "dari min_spend), take_up porsi pelanggan yang melakukannya.",
    ),
    # --- deals/<id>.yaml ------------------------------------------------------------------------
    "tpl.deal.head": (
        "A deal log: the header below, then one document per negotiation round, each ending with a line of three dots.\n"
        "It is append-only: `pln deal log {id}` adds a round after each meeting, and `pln deal close {id}` the outcome; "
        "nothing is ever rewritten, so comments like these stay.\n"
        "`pln deal show {id}` tells where the negotiation stands.",
        "Log kesepakatan: header di bawah, lalu satu dokumen per putaran negosiasi, masing-masing diakhiri baris tiga titik.\n"
        "Log ini hanya ditambah: `pln deal log {id}` menambah putaran setelah setiap meeting, dan `pln deal close {id}` "
        "menambah hasil akhirnya; isi lama tidak pernah ditulis ulang, jadi komentar seperti ini tetap ada.\n"
        "`pln deal show {id}` menunjukkan posisi negosiasi saat ini.",
    ),
    "tpl.deal.deal": ("deal: the deal's id, also the file's name without .yaml.", "deal: id kesepakatan, sama dengan nama berkas tanpa .yaml."),
    "tpl.deal.partner": ("partner: the partner's id (partners/).", "partner: id mitra (partners/)."),
    "tpl.deal.offer": (
        "offer: the base offer, by its id or its path from this file\n"
        "(../offers/ID.yaml); it must be the same partner's.",
        "offer: penawaran dasar, dengan id-nya atau path-nya dari berkas ini\n"
        "(../offers/ID.yaml); harus penawaran untuk mitra yang sama.",
    ),
    "tpl.deal.title": ("title: how reports name the deal (optional).", "title: nama kesepakatan di laporan (opsional)."),
    "tpl.deal.deadline": (
        "deadline: rounds is how many offers we plan to make, the opening one\n"
        "included (default 4); a date: YYYY-MM-DD may be added.",
        "deadline: rounds adalah jumlah penawaran yang kami rencanakan, termasuk\n"
        "penawaran pembuka (bawaan 4); boleh ditambah date: YYYY-MM-DD.",
    ),
    "tpl.deal.tactic": (
        "tactic: how fast we concede from target to reservation: boulware (late),\n"
        "linear, conceder (early), or {{beta: 0.5}}.",
        "tactic: seberapa cepat kami mengalah dari target ke batas: boulware\n"
        "(belakangan), linear, conceder (di awal), atau {{beta: 0.5}}.",
    ),
    "tpl.deal.batna": (
        "batna: our best alternative if this deal fails; our reservations follow\n"
        "from it.",
        "batna: alternatif terbaik kami bila kesepakatan ini gagal; batas-batas\n"
        "kami mengikuti dari sini.",
    ),
    "tpl.deal.notes": ("notes: anything else about the deal (optional).", "notes: catatan lain tentang kesepakatan (opsional)."),
    "tpl.deal.issues": (
        "issues: what is negotiated, one entry per key: {keys}.\n"
        "For each: target, what we aim for; reservation, the worst we accept;\n"
        "their_reservation, our guess of the partner's worst (optional);\n"
        "better: higher or lower (optional; it follows from target and reservation).",
        "issues: hal yang dinegosiasikan, satu entri per kunci: {keys}.\n"
        "Untuk masing-masing: target, yang kami tuju; reservation, batas terburuk\n"
        "yang kami terima; their_reservation, perkiraan batas mitra (opsional);\n"
        "better: higher atau lower (opsional; mengikuti dari target dan reservation).",
    ),
    "tpl.deal.round": (
        "A round: what one side offered at one meeting (`pln deal log` writes it).\n"
        "round: its number; date: the meeting's date; by: us or them, who made\n"
        "the offer; terms: the offer, one value per issue; notes: what happened.",
        "Putaran: apa yang ditawarkan satu pihak dalam satu meeting (`pln deal log`\n"
        "menuliskannya). round: nomornya; date: tanggal meeting; by: us (kami) atau\n"
        "them (mitra), pihak yang menawar; terms: penawarannya, satu nilai per hal\n"
        "yang dinegosiasikan; notes: apa yang terjadi.",
    ),
    "tpl.deal.checklist": (
        "checklist (optional): yes, partly or no for the integrative items\n"
        "{integrative},\n"
        "and for the distributive signals {distributive};\n"
        "`pln deal show` turns the answers into a verdict.",
        "checklist (opsional): yes, partly atau no untuk butir integratif\n"
        "{integrative},\n"
        "dan untuk tanda distributif {distributive};\n"
        "`pln deal show` mengubah jawaban menjadi kesimpulan.",
    ),
    "tpl.deal.outcome": (
        "When the negotiation ends, `pln deal close {id} agreed` (or walked_away,\n"
        "paused) appends the outcome: outcome, date, the agreed terms and notes.",
        "Saat negosiasi selesai, `pln deal close {id} agreed` (atau walked_away,\n"
        "paused) menambahkan hasilnya: outcome, date, ketentuan yang disepakati dan notes.",
    ),
    # --- the sample files of `pln init` -----------------------------------------------------------
    "tpl.sample.workspace": ("Partnership & Alliance deals", "Kesepakatan Partnership & Alliance"),
    "tpl.sample.partner.id": ("example-fuel", "contoh-spbu"),
    "tpl.sample.offer.id": ("example-fuel-voucher", "contoh-spbu-voucher"),
    "tpl.sample.deal.id": ("example-fuel-deal", "contoh-spbu-kesepakatan"),
    "tpl.sample.data": ("example-fuel-spend.csv", "contoh-spbu-belanja.csv"),
    "tpl.sample.head": (
        "A sample made by `pln init`, to read and to try commands on; delete it\n"
        "(with its offer and deal) once you have your own.",
        "Contoh dari `pln init`, untuk dibaca dan dipakai mencoba perintah; hapus\n"
        "(beserta penawaran dan kesepakatannya) setelah Anda punya data sendiri.",
    ),
    "tpl.sample.partner.name": ("Example Fuel Stations (sample)", "SPBU Contoh (data contoh)"),
    "tpl.sample.partner.sector": ("Fuel retail (petrol stations)", "Ritel BBM (SPBU)"),
    "tpl.sample.partner.background": (
        "A chain of fuel stations along the main roads. It wants more drivers to fill up fully at its stations.",
        "Jaringan SPBU di sepanjang jalan utama. Mereka ingin lebih banyak pengemudi mengisi tangki penuh di SPBU mereka.",
    ),
    "tpl.sample.person1.role": ("Marketing Manager", "Manajer Pemasaran"),
    "tpl.sample.person2.role": ("Head of Retail Operations", "Kepala Operasional Ritel"),
    "tpl.sample.person2.notes": (
        "Worries that the voucher looks small next to a full tank.",
        "Khawatir vouchernya terlihat kecil dibanding isi tangki penuh.",
    ),
    "tpl.sample.partner.their_interests": (
        "More drivers filling up fully\nA promotion that costs them nothing up front",
        "Lebih banyak pengemudi mengisi tangki penuh\nPromosi tanpa biaya di muka",
    ),
    "tpl.sample.partner.our_interests": (
        "New customers at a known cost per customer\nVisibility at the stations (banners, receipts)",
        "Pelanggan baru dengan biaya per pelanggan yang jelas\nVisibilitas di SPBU (spanduk, struk)",
    ),
    "tpl.sample.partner.notes": (
        "Met at a retail partnership forum; the first meeting came through Rina.",
        "Bertemu di forum kemitraan ritel; meeting pertama diatur lewat Bu Rina.",
    ),
    "tpl.sample.offer.title": (
        "Example Fuel Stations: spend Rp450.000, get a Rp25.000 voucher",
        "SPBU Contoh: belanja Rp450.000, dapat voucher Rp25.000",
    ),
    "tpl.sample.offer.product": ("E-voucher", "Voucher elektronik"),
    "tpl.sample.deal.title": ("Fuel-for-voucher co-promotion (sample)", "Promosi bersama BBM dan voucher (contoh)"),
    "tpl.sample.deal.batna": (
        "Run the same scheme with another fuel chain",
        "Menjalankan skema yang sama dengan jaringan SPBU lain",
    ),
    "tpl.sample.deal.notes": (
        "Opening presentation at their office; showed the spend histogram.",
        "Presentasi pembuka di kantor mereka; menunjukkan histogram belanja.",
    ),
    # Commented-out examples in templates made from options.
    "tpl.example.sector": ("Fuel retail (petrol stations)", "Ritel BBM (SPBU)"),
    "tpl.example.background": ("What the company does, where, and what it wants.", "Usaha perusahaan, wilayahnya, dan apa yang diinginkan."),
    "tpl.example.role": ("Marketing Manager", "Manajer Pemasaran"),
    "tpl.example.their_interest": ("More customers at their outlets", "Lebih banyak pelanggan di gerai mereka"),
    "tpl.example.our_interest": ("New customers at a known cost", "Pelanggan baru dengan biaya yang jelas"),
    "tpl.example.notes": ("How we met, who introduced us.", "Cara bertemu, siapa yang memperkenalkan."),
    "tpl.example.title": ("Spend Rp450.000, get a Rp25.000 voucher", "Belanja Rp450.000, dapat voucher Rp25.000"),
    "xlsx.warning": ("Warning", "Peringatan"),
    # an option that another can stand for, in a list of what is missing (api/start.py)
    "start.option_or": ("{option} (or {other})", "{option} (atau {other})"),
    "start.option_or_pair": ("{option} (or {first} and {second})", "{option} (atau {first} dan {second})"),
}
