"""Messages: problems, hints, warnings and talking points."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # --- money -----------------------------------------------------------
    "money.invalid": (
        "{value} is not a Rupiah amount",
        "{value} bukan jumlah Rupiah",
    ),
    "money.hint": (
        "write 450000, Rp450.000 or 450rb",
        "tulis 450000, Rp450.000 atau 450rb",
    ),
    "money.ambiguous_suffix": (
        '"{suffix}" is ambiguous: miliar (billion) in Indonesian, million in English',
        '"{suffix}" bermakna ganda: miliar dalam bahasa Indonesia, juta dalam bahasa Inggris',
    ),
    "money.ambiguous_suffix.hint": (
        "write jt or juta for a million, miliar for a billion, triliun for a trillion",
        "tulis jt atau juta untuk juta, miliar untuk miliar, triliun untuk triliun",
    ),
    "money.grouped_suffix": (
        '{value} mixes a thousands group with "{suffix}"',
        '{value} mencampur pemisah ribuan dengan "{suffix}"',
    ),
    "money.grouped_suffix.hint": (
        "a decimal before a suffix has one or two digits: write 1,5jt, or 1.500rb",
        "desimal sebelum satuan terdiri dari satu atau dua angka: tulis 1,5jt, atau 1.500rb",
    ),
    "money.sen": (
        "{value} has sen (cents); amounts are whole Rupiah",
        "{value} memiliki sen; jumlah harus Rupiah utuh",
    ),
    "money.sen.hint": (
        "round to whole Rupiah, e.g. {rounded}",
        "bulatkan ke Rupiah utuh, mis. {rounded}",
    ),
    "money.decimal": (
        "{value} is a decimal number, not a Rupiah amount",
        "{value} adalah bilangan desimal, bukan jumlah Rupiah",
    ),
    "money.decimal.hint": (
        "in Indonesian notation a dot groups thousands: write 450.000 as Rp450.000 or 450rb; "
        "for a fraction add a suffix (1,5jt)",
        "dalam notasi Indonesia titik memisahkan ribuan: tulis Rp450.000 atau 450rb; "
        "untuk pecahan pakai satuan (1,5jt)",
    ),
    "money.negative": (
        "{value} is negative; amounts here are never below zero",
        "{value} negatif; jumlah di sini tidak pernah di bawah nol",
    ),
    "money.negative.hint": (
        "write the amount without a minus sign",
        "tulis jumlah tanpa tanda minus",
    ),
    "money.bool": (
        "{value} is a yes/no value, not a Rupiah amount",
        "{value} adalah nilai ya/tidak, bukan jumlah Rupiah",
    ),
    "money.too_large": (
        "{value} is more than Rp1.000.000.000.000.000 (10^15)",
        "{value} melebihi Rp1.000.000.000.000.000 (10^15)",
    ),
    "money.too_large.hint": (
        "check the number of digits and the suffix",
        "periksa jumlah digit dan satuannya",
    ),
    "money.groups": (
        "{value} has inconsistent thousands groups",
        "{value} memiliki pemisah ribuan yang tidak konsisten",
    ),
    "money.groups.hint": (
        "group by threes with one separator: Rp1.250.000 (or IDR 1,250,000)",
        "kelompokkan per tiga angka dengan satu pemisah: Rp1.250.000 (atau IDR 1,250,000)",
    ),
    # --- files and YAML --------------------------------------------------
    "io.read": ("cannot read the file: {error}", "berkas tidak dapat dibaca: {error}"),
    "yaml.too_large": (
        "the file is {size} bytes; files over 2 MB are refused",
        "berkas berukuran {size} byte; berkas di atas 2 MB ditolak",
    ),
    "yaml.too_large.hint": (
        "split it, or summarise large data as a histogram CSV in data/",
        "pecah berkasnya, atau ringkas data besar sebagai histogram CSV di data/",
    ),
    "yaml.encoding": ("the file is not valid UTF-8 text", "berkas bukan teks UTF-8 yang sah"),
    "yaml.encoding.hint": (
        "save the file as UTF-8 in your editor",
        "simpan berkas sebagai UTF-8 di editor Anda",
    ),
    "yaml.control": (
        "control character {char} is not allowed in a YAML file",
        "karakter kontrol {char} tidak diperbolehkan dalam berkas YAML",
    ),
    "yaml.control.hint": (
        "delete it; it often comes from copying out of a spreadsheet or chat",
        "hapus karakter itu; biasanya terbawa saat menyalin dari spreadsheet atau chat",
    ),
    "yaml.syntax": ("invalid YAML: {detail}", "YAML tidak valid: {detail}"),
    "yaml.syntax.hint": (
        "check the indentation and the colons on this line and the one before",
        "periksa indentasi dan titik dua di baris ini dan baris sebelumnya",
    ),
    "yaml.tag": ('the YAML tag "{tag}" is not allowed', 'tag YAML "{tag}" tidak diperbolehkan'),
    "yaml.tag.hint": (
        "remove the tag; write plain values (quote text if needed)",
        "hapus tag tersebut; tulis nilai biasa (beri tanda kutip bila perlu)",
    ),
    "yaml.alias": (
        "YAML anchors and aliases (& and *) are not allowed",
        "anchor dan alias YAML (& dan *) tidak diperbolehkan",
    ),
    "yaml.alias.hint": (
        "write the values out in full; every file should read on its own",
        "tulis nilainya secara lengkap; setiap berkas harus dapat dibaca sendiri",
    ),
    "yaml.complex_key": ("a key must be plain text", "kunci harus berupa teks biasa"),
    "yaml.complex_key.hint": (
        "use a simple name followed by a colon, like min_spend:",
        "gunakan nama sederhana diikuti titik dua, seperti min_spend:",
    ),
    "yaml.duplicate": ('key "{key}" appears twice', 'kunci "{key}" muncul dua kali'),
    "yaml.duplicate.hint": (
        "it was first given on line {line}; keep one of them",
        "kunci ini pertama kali ditulis di baris {line}; pertahankan salah satunya",
    ),
    "yaml.empty": ("the file is empty", "berkas kosong"),
    "yaml.root": (
        "the file must be a mapping of keys to values",
        "berkas harus berupa pemetaan kunci ke nilai",
    ),
    "yaml.root.hint": (
        "start with a line like `id: total-spbu`",
        "mulai dengan baris seperti `id: total-spbu`",
    ),
    "yaml.multi": (
        "this file holds more than one YAML document",
        "berkas ini berisi lebih dari satu dokumen YAML",
    ),
    "yaml.multi.hint": (
        "only deal logs are streams; remove the extra `---`",
        "hanya log kesepakatan yang berupa aliran dokumen; hapus `---` tambahan",
    ),
    "yaml.torn": (
        "the last document has no closing `...`: possibly a write cut short",
        "dokumen terakhir tidak ditutup `...`: kemungkinan penulisan terputus",
    ),
    "yaml.torn_unparsable": (
        "the tail of the file does not parse (line {line}: {detail}): possibly a write cut short",
        "ujung berkas tidak dapat dibaca (baris {line}: {detail}): kemungkinan penulisan terputus",
    ),
    "yaml.torn.hint": (
        "check the last round by hand: complete it and end it with `...`, or delete it; "
        "the rounds before it are used",
        "periksa putaran terakhir secara manual: lengkapi dan akhiri dengan `...`, atau hapus; "
        "putaran sebelumnya tetap dipakai",
    ),
    # --- field types -----------------------------------------------------
    "share.invalid": ("{value} is not a share", "{value} bukan proporsi"),
    "share.range": ("{value} is outside 0..1 (0 %..100 %)", "{value} di luar 0..1 (0 %..100 %)"),
    "share.hint": ("write a share as 0.35 or 35%", "tulis proporsi sebagai 0.35 atau 35%"),
    "count.invalid": ("{value} is not a whole number", "{value} bukan bilangan bulat"),
    "count.negative": ("{value} is negative", "{value} negatif"),
    "count.positive": ("{value} must be at least 1", "{value} minimal harus 1"),
    "count.hint": ("write a whole number such as 120000 or 120.000", "tulis bilangan bulat seperti 120000 atau 120.000"),
    "date.invalid": ("{value} is not a date", "{value} bukan tanggal"),
    "date.hint": ("write dates as YYYY-MM-DD, e.g. 2017-10-17", "tulis tanggal sebagai YYYY-MM-DD, mis. 2017-10-17"),
    "slug.invalid": ("{value} is not a valid id", "{value} bukan id yang sah"),
    "slug.hint": (
        "ids are lowercase words joined by hyphens, e.g. {suggestion}",
        "id berupa kata huruf kecil yang dihubungkan tanda hubung, mis. {suggestion}",
    ),
    "text.invalid": ("expected text", "diharapkan teks"),
    "text.hint": ("write the text on one line, quoted if it contains a colon", "tulis teks dalam satu baris, beri tanda kutip bila ada titik dua"),
    "bool.invalid": ("{value} is not true or false", "{value} bukan true atau false"),
    "bool.hint": ("write true or false", "tulis true atau false"),
    "choice.invalid": ("{value} is not one of the allowed values", "{value} bukan salah satu nilai yang diizinkan"),
    "choice.hint": ("use one of: {options}", "gunakan salah satu: {options}"),
    "influence.invalid": ("{value} is not an influence level", "{value} bukan skala pengaruh"),
    "influence.hint": ("write a whole number from 1 (low) to 5 (decisive)", "tulis bilangan bulat 1 (rendah) sampai 5 (menentukan)"),
    # --- generic model errors ---------------------------------------------
    "model.missing": ('required field "{field}" is missing', 'isian wajib "{field}" tidak ada'),
    "model.missing.hint": ("add `{field}:` here", "tambahkan `{field}:` di sini"),
    "model.extra": ('unknown field "{field}"', 'isian "{field}" tidak dikenal'),
    "model.extra.hint": ("remove it or fix its spelling", "hapus atau perbaiki ejaannya"),
    "model.extra.did_you_mean": ('did you mean "{suggestion}"?', 'maksud Anda "{suggestion}"?'),
    "model.extra.flow_comma": (
        'inside {{...}} a comma separates entries, so "{field}" was cut from an amount: quote it ("2,5jt") or write 2.5jt',
        'di dalam {{...}} koma memisahkan entri, sehingga "{field}" terpotong dari sebuah jumlah: beri kutip ("2,5jt") atau tulis 2.5jt',
    ),
    "model.mapping": ("expected a mapping (key: value lines)", "diharapkan pemetaan (baris kunci: nilai)"),
    "model.list": ("expected a list (lines starting with -)", "diharapkan daftar (baris diawali -)"),
    "model.too_short": ("the list needs at least {min} item(s)", "daftar memerlukan minimal {min} butir"),
    "model.invalid": ("invalid value: {detail}", "nilai tidak sah: {detail}"),
    # --- offer -------------------------------------------------------------
    "period.missing": (
        "the period needs start and end dates, or a number of days",
        "periode memerlukan tanggal mulai dan selesai, atau jumlah hari",
    ),
    "period.order": ("the period starts ({start}) after it ends ({end})", "periode dimulai ({start}) setelah berakhir ({end})"),
    "period.days_mismatch": (
        "days: {days} disagrees with start..end, which spans {span} days",
        "days: {days} tidak sesuai dengan start..end yang mencakup {span} hari",
    ),
    "period.hint": (
        "write period: {{start: 2017-10-01, end: 2017-12-31}} or period: {{days: 92}}",
        "tulis period: {{start: 2017-10-01, end: 2017-12-31}} atau period: {{days: 92}}",
    ),
    "tier.min_spend_positive": ("a tier's min_spend must be above zero", "min_spend sebuah jenjang harus di atas nol"),
    "tier.voucher_positive": ("a tier's voucher must be above zero", "voucher sebuah jenjang harus di atas nol"),
    "tier.hint": ("e.g. {{min_spend: Rp450.000, voucher: Rp25.000}}", "mis. {{min_spend: Rp450.000, voucher: Rp25.000}}"),
    "tiers.increasing": ("tier thresholds must strictly increase", "ambang setiap jenjang harus lebih tinggi daripada jenjang sebelumnya"),
    "tiers.increasing.hint": ("list tiers from the lowest min_spend to the highest", "urutkan jenjang dari min_spend terendah ke tertinggi"),
    "tiers.per_multiple": ("per_multiple stacking needs exactly one tier", "stacking per_multiple memerlukan tepat satu jenjang"),
    "tiers.per_multiple.hint": ("keep one tier, or use stacking: highest_tier", "pertahankan satu jenjang, atau pakai stacking: highest_tier"),
    "upsell.window": ("the upsell window must be below 1 (100 %)", "jendela upsell harus di bawah 1 (100 %)"),
    "upsell.window.hint": (
        "0.15 means customers spending within 15 % below a threshold may top up",
        "0.15 berarti pelanggan yang belanja hingga 15 % di bawah ambang bisa menambah belanja",
    ),
    "spend.kind": ("spend must be a distribution, a histogram or a transactions file", "spend harus berupa distribusi, histogram, atau berkas transaksi"),
    "spend.kind.hint": (
        "e.g. {{distribution: lognormal, median: 250rb, p90: 600rb}} or {{histogram: ../data/spend.csv}}",
        "mis. {{distribution: lognormal, median: 250rb, p90: 600rb}} atau {{histogram: ../data/spend.csv}}",
    ),
    "spend.median_positive": ("the median spend must be above zero", "median belanja harus di atas nol"),
    "spend.lognormal_one_of": ("give exactly one of p90 or mean besides the median", "berikan tepat satu dari p90 atau mean selain median"),
    "spend.p90_above_median": ("p90 must be above the median", "p90 harus di atas median"),
    "spend.mean_above_median": ("a lognormal's mean must be above its median", "mean lognormal harus di atas median"),
    "spend.lognormal.hint": (
        "e.g. {{distribution: lognormal, median: 250rb, p90: 600rb}}",
        "mis. {{distribution: lognormal, median: 250rb, p90: 600rb}}",
    ),
    "assumptions.transactions": (
        "assumptions.transactions is required unless spend is a transactions file",
        "assumptions.transactions wajib kecuali spend berupa berkas transaksi",
    ),
    "assumptions.transactions.hint": (
        "give the partner's number of transactions in the period, e.g. transactions: 120000",
        "isi jumlah transaksi mitra dalam periode, mis. transactions: 120000",
    ),
    # --- deal --------------------------------------------------------------
    "issue.direction": (
        "better: {better} contradicts target and reservation",
        "better: {better} bertentangan dengan target dan reservation (batas kami)",
    ),
    "issue.direction.hint": (
        "the target is what you hope for, the reservation the worst you accept",
        "target adalah harapan Anda, reservation adalah batas terburuk yang Anda terima",
    ),
    "issues.empty": ("a deal needs at least one issue", "kesepakatan memerlukan minimal satu isu"),
    "issues.hint": ("issues are among: {keys}", "isu yang dikenal: {keys}"),
    "tactic.invalid": ("{value} is not a tactic", "{value} bukan taktik"),
    "tactic.hint": ("use boulware, linear, conceder, or {{beta: 0.5}}", "gunakan boulware, linear, conceder, atau {{beta: 0.5}}"),
    # --- data files --------------------------------------------------------
    "ref.data_outside": ("{file} lies outside the workspace; it was not read", "{file} berada di luar ruang kerja; berkas itu tidak dibaca"),
    "ref.data_outside.hint": (
        "copy the data file into the workspace's data/ folder and name it from there (a link pointing outside counts as outside)",
        "salin berkas data ke folder data/ ruang kerja dan rujuk dari sana (tautan yang menunjuk ke luar tetap dihitung di luar)",
    ),
    "ref.offer_outside": ("the offer {ref} lies outside the workspace", "penawaran {ref} berada di luar ruang kerja"),
    "ref.offer_outside.hint": ("name an offer of this workspace's offers/ folder, e.g. ../offers/total-spbu-2017q4.yaml", "rujuk penawaran di folder offers/ ruang kerja ini, mis. ../offers/total-spbu-2017q4.yaml"),
    "ref.outside": ("{file} resolves outside the workspace ({root}); nothing was written", "{file} mengarah ke luar ruang kerja ({root}); tidak ada yang ditulis"),
    "ref.outside.hint": ("a deal log is appended only inside its workspace: replace the link with the file itself", "log kesepakatan hanya ditambah di dalam ruang kerjanya: ganti tautan dengan berkasnya sendiri"),
    "ref.stray_root": ("{file} is not a pln file (not in partners/, offers/, deals/, ...); it was not checked", "{file} bukan berkas pln (tidak di partners/, offers/, deals/, ...); berkas ini tidak diperiksa"),
    "ref.stray_root.hint": ("move it into the folder of its kind, or out of the workspace", "pindahkan ke folder jenisnya, atau keluar dari ruang kerja"),
    "ref.hidden": ("{file} is a hidden file; it was not checked and no command reads it", "{file} adalah berkas tersembunyi; tidak diperiksa dan tidak dibaca perintah apa pun"),
    "ref.hidden.hint": ("rename it without the leading dot if it is meant to count, or delete it (an editor's backup?)", "ganti namanya tanpa titik di depan bila memang dipakai, atau hapus (cadangan editor?)"),
    "ref.suffix_case": ("{file}: the extension must be lower-case .yaml; it was not checked and no command reads it", "{file}: ekstensinya harus .yaml huruf kecil; tidak diperiksa dan tidak dibaca perintah apa pun"),
    "ref.suffix_case.hint": ("rename it to end in .yaml", "ganti namanya agar berakhiran .yaml"),
    "ref.id_twice": ("the id {id} is given by two files ({files})", "id {id} dipakai oleh dua berkas ({files})"),
    "ref.id_twice.hint": ("keep one of them: commands would not agree on which one counts", "simpan salah satunya saja: perintah-perintah tidak akan sepakat berkas mana yang dipakai"),
    "ref.not_checked": ("{file} is not part of a pln workspace's files; it was not checked", "{file} bukan bagian dari berkas ruang kerja pln; berkas ini tidak diperiksa"),
    "ref.not_checked.hint": ("pln checks partners/, offers/, deals/, meetings/, lobby/ and campaigns/ *.yaml files and the data they name", "pln memeriksa berkas *.yaml di partners/, offers/, deals/, meetings/, lobby/, dan campaigns/ serta data yang dirujuknya"),
    "data.missing": ("the data file does not exist", "berkas data tidak ada"),
    "data.missing.hint": (
        "paths are relative to the offer file, e.g. ../data/spend.csv",
        "path relatif terhadap berkas penawaran, mis. ../data/spend.csv",
    ),
    "data.empty": ("the data file has no rows", "berkas data tidak memiliki baris"),
    "data.columns": ("missing column(s) {missing}; the header has: {found}", "kolom {missing} tidak ada; header berisi: {found}"),
    "data.columns.hint": ("the first line must name the columns: {wanted}", "baris pertama harus menyebut kolom: {wanted}"),
    "count.too_large": ("{value} is too large for a count", "{value} terlalu besar untuk sebuah jumlah"),
    "count.too_large.hint": ("counts go up to {max} (a trillion)", "jumlah paling banyak {max} (satu triliun)"),
    "data.count": ("{value} is not a whole count", "{value} bukan jumlah bulat"),
    "data.count_too_large": ("{value} is more than a bucket can hold (at most {max})", "{value} melebihi isi satu rentang (paling banyak {max})"),
    "data.columns_twice": ("the column(s) {columns} appear more than once in the header", "kolom {columns} muncul lebih dari sekali di baris judul"),
    "data.columns_twice.hint": ("rename or remove the extra column, so it is clear which one counts", "ganti nama atau hapus kolom yang lebih, agar jelas kolom mana yang dipakai"),
    "data.too_many_buckets": ("{rows} rows: a histogram holds at most {max} buckets", "{rows} baris: histogram paling banyak berisi {max} rentang"),
    "data.too_many_buckets.hint": (
        "group the spend into wider buckets, or give the raw amounts as a transactions file",
        "kelompokkan belanja ke rentang yang lebih lebar, atau berikan jumlah mentahnya sebagai berkas transaksi",
    ),
    "data.csv": ("this CSV cannot be read past here: {detail}", "CSV ini tidak dapat dibaca lebih lanjut: {detail}"),
    "data.count.hint": ("counts are whole numbers of transactions", "jumlah berupa bilangan bulat transaksi"),
    "data.bucket_order": ("a bucket's upper bound must be above its lower bound", "batas atas rentang harus di atas batas bawahnya"),
    "data.overlap": (
        "this bucket starts at {lower}, inside the previous one (which ends at {upper})",
        "rentang ini mulai di {lower}, di dalam rentang sebelumnya (yang berakhir di {upper})",
    ),
    "data.histogram.hint": (
        "one row per bucket: lower,upper,count with lower < upper and no overlaps, e.g. 400000,500000,1830",
        "satu baris per rentang: lower,upper,count dengan lower < upper dan tanpa tumpang tindih, mis. 400000,500000,1830",
    ),
    "data.more": ("... and {count} more bad row(s)", "... dan {count} baris buruk lainnya"),
    "data.row_missing": ('the row has no "{column}" value', 'baris ini tidak memiliki nilai "{column}"'),
    "data.row_negative": ("{value} is a negative amount", "{value} adalah jumlah negatif"),
    "data.row_value": ("{value} is not a whole Rupiah amount", "{value} bukan jumlah Rupiah utuh"),
    "data.row.hint": (
        "each row needs a whole, non-negative amount such as 125000",
        "setiap baris memerlukan jumlah utuh dan tidak negatif seperti 125000",
    ),
    # --- references between files ---------------------------------------
    "ref.id_mismatch": ('the id "{id}" differs from the file name {file}', 'id "{id}" berbeda dengan nama berkas {file}'),
    "ref.id_mismatch.hint": ("a file's id is its name: write {stem}, or rename the file", "id berkas adalah namanya: tulis {stem}, atau ganti nama berkas"),
    "ref.file_name": ("{file} is not a valid file name for an id", "{file} bukan nama berkas yang sah untuk sebuah id"),
    "ref.file_name.hint": ("name files with lowercase words joined by hyphens, e.g. total-spbu.yaml", "beri nama berkas dengan kata huruf kecil dan tanda hubung, mis. total-spbu.yaml"),
    "ref.partner": ('no partner "{id}" in partners/', 'tidak ada mitra "{id}" di partners/'),
    "ref.partner.hint": ("known partners: {known}", "mitra yang dikenal: {known}"),
    "ref.offer": ('no offer file for "{ref}"', 'tidak ada berkas penawaran untuk "{ref}"'),
    "ref.offer.hint": ("give an offer id ({known}) or a path relative to the deal file", "berikan id penawaran ({known}) atau path relatif terhadap berkas kesepakatan"),
    "ref.offer_partner": (
        'offer "{offer}" is for partner "{theirs}", but this deal is with "{ours}"',
        'penawaran "{offer}" untuk mitra "{theirs}", tetapi kesepakatan ini dengan "{ours}"',
    ),
    "ref.offer_partner.hint": ("base the deal on an offer for the same partner", "dasarkan kesepakatan pada penawaran untuk mitra yang sama"),
    "ref.data_missing": ("the data file {file} does not exist", "berkas data {file} tidak ada"),
    # --- deal logs ---------------------------------------------------------
    "deal.header": ("a deal log must start with its header (deal:, partner:, offer:, issues:)", "log kesepakatan harus diawali header (deal:, partner:, offer:, issues:)"),
    "deal.header.hint": ("create one with `pln deal new`", "buat dengan `pln deal new`"),
    "deal.document": ("a document after the header must be a round (round:) or an outcome (outcome:)", "dokumen setelah header harus berupa putaran (round:) atau hasil (outcome:)"),
    "deal.document.hint": ("record rounds with `pln deal log` and outcomes with `pln deal close`", "catat putaran dengan `pln deal log` dan hasil dengan `pln deal close`"),
    "deal.after_outcome": ("nothing may follow the deal's outcome", "tidak boleh ada apa pun setelah hasil kesepakatan"),
    "deal.after_outcome.hint": ("a closed deal is final; start a new deal to reopen talks", "kesepakatan yang ditutup sudah final; buat kesepakatan baru untuk membuka pembicaraan lagi"),
    "deal.undeclared": ('"{key}" is not an issue of this deal', '"{key}" bukan isu kesepakatan ini'),
    "deal.undeclared.hint": ("the header declares: {keys}", "header menyatakan: {keys}"),
    "deal.round_number": ("round {found} is out of order; expected round {expected}", "putaran {found} tidak berurutan; seharusnya putaran {expected}"),
    "deal.round_number.hint": ("rounds are numbered 1, 2, 3 in file order", "putaran dinomori 1, 2, 3 sesuai urutan dalam berkas"),
    "deal.round_date": ("this round ({date}) is dated before the previous one ({previous})", "putaran ini ({date}) bertanggal sebelum putaran sebelumnya ({previous})"),
    "deal.round_date.hint": ("check the date", "periksa tanggalnya"),
    # --- counter-offers and grids ------------------------------------------
    "terms.unknown_key": ('"{key}" is not a negotiable issue', '"{key}" bukan isu yang dapat dinegosiasikan'),
    "terms.syntax": ('"{text}" is not KEY=VALUE', '"{text}" bukan KUNCI=NILAI'),
    "terms.syntax.hint": ("e.g. --vs min_spend=400rb,voucher=30rb", "mis. --vs min_spend=400rb,voucher=30rb"),
    "terms.repeated": ('"{key}" is given twice', '"{key}" diberikan dua kali'),
    "terms.tier_order": (
        "tier 1's threshold {value} would not be below tier 2's ({next})",
        "ambang jenjang 1 ({value}) tidak lagi di bawah ambang jenjang 2 ({next})",
    ),
    "grid.syntax": ('"{text}" is not KEY=FROM:TO:STEP', '"{text}" bukan KUNCI=DARI:SAMPAI:LANGKAH'),
    "grid.syntax.hint": ("e.g. --grid min_spend=300rb:600rb:50rb", "mis. --grid min_spend=300rb:600rb:50rb"),
    "grid.step": ('the step of "{text}" must be above zero', 'langkah "{text}" harus di atas nol'),
    "grid.order": ('"{text}" goes down; FROM must not exceed TO', '"{text}" menurun; DARI tidak boleh melebihi SAMPAI'),
    "grid.too_many": ("{count} values on one axis; at most {max}", "{count} nilai pada satu sumbu; paling banyak {max}"),
    # --- simulation warnings -------------------------------------------------
    "warn.quota_binds": (
        "the quota runs out on day {day} of {days}: the scheme runs {share} of the period; "
        "a quota of {needed} vouchers would last the whole period",
        "kuota habis pada hari ke-{day} dari {days}: skema berjalan {share} dari periode; "
        "kuota {needed} voucher akan cukup untuk seluruh periode",
    ),
    "warn.budget_binds": (
        "the budget runs out on day {day} of {days}: the scheme runs {share} of the period; "
        "a budget of {needed} would last the whole period",
        "anggaran habis pada hari ke-{day} dari {days}: skema berjalan {share} dari periode; "
        "anggaran {needed} akan cukup untuk seluruh periode",
    ),
    "warn.min_order": (
        "the voucher's minimum order ({min_order}) is above the average order ({aov}): "
        "fewer vouchers may be redeemed than assumed",
        "min. order voucher ({min_order}) di atas rata-rata nilai pesanan ({aov}): "
        "voucher yang ditukar bisa lebih sedikit dari asumsi",
    ),
    "warn.few_qualify": (
        "almost nobody qualifies: {share} of transactions reach the threshold",
        "hampir tidak ada yang memenuhi syarat: hanya {share} transaksi mencapai ambang",
    ),
    "warn.voucher_min_order": (
        "the voucher ({voucher}) is worth at least its minimum order ({min_order}): customers get goods for free",
        "nilai voucher ({voucher}) setidaknya sebesar min. order-nya ({min_order}): pelanggan mendapat barang gratis",
    ),
    "warn.no_aov": (
        "avg_order_value is not set: GMV, gross profit and ROI show as zero",
        "avg_order_value tidak diisi: GMV, laba kotor, dan ROI tampil nol",
    ),
    "warn.no_new_customers": (
        "new_customer_share is not set: the cost per new customer cannot be computed",
        "new_customer_share tidak diisi: biaya per pelanggan baru tidak dapat dihitung",
    ),
    "warn.partner_overpays": (
        "the partner pays {amount} more than the redeemed vouchers cost us",
        "mitra membayar {amount} lebih banyak daripada biaya voucher yang ditukar",
    ),
    "warn.tier_voucher_order": (
        "tier {tier}'s voucher ({voucher}) is above tier {next}'s ({next_voucher}): a larger purchase earns a smaller voucher",
        "voucher jenjang {tier} ({voucher}) lebih besar daripada voucher jenjang {next} ({next_voucher}): pembelian yang lebih besar mendapat voucher yang lebih kecil",
    ),
    "warn.negative_roi": (
        "the value for us is negative: ROI {roi} on a net cost of {cost}",
        "nilai bagi kami negatif: ROI {roi} atas biaya bersih {cost}",
    ),
    # --- talking points ------------------------------------------------------
    "talk.qualify": (
        "About one transaction in {one_in} ({share}) reaches {threshold}: the scheme rewards the larger purchases, not every customer.",
        "Sekitar 1 dari {one_in} transaksi ({share}) mencapai {threshold}: skema ini memberi imbalan untuk pembelian yang lebih besar, bukan untuk setiap pelanggan.",
    ),
    "talk.qualify_most": (
        "Most transactions ({share}) already reach {threshold}: the voucher rewards ordinary purchases, so it is a broad reward rather than a push to spend more.",
        "Sebagian besar transaksi ({share}) sudah mencapai {threshold}: voucher diberikan untuk pembelian biasa, jadi ini imbalan umum, bukan dorongan untuk berbelanja lebih banyak.",
    ),
    "talk.qualify_many": (
        "{share} of transactions reach {threshold}: the voucher is within reach of many purchases, not only the largest.",
        "{share} transaksi mencapai {threshold}: voucher bisa diraih oleh banyak pembelian, bukan hanya yang terbesar.",
    ),
    "talk.nobody": (
        "No transaction is expected to reach {threshold}: lower the threshold before the meeting.",
        "Tidak ada transaksi yang diperkirakan mencapai {threshold}: turunkan ambang sebelum meeting.",
    ),
    "talk.reward_rate": (
        "The {voucher} voucher is {rate} of the {threshold} threshold, and {rate_avg} of what qualifying transactions actually spend (about {avg} on average).",
        "Voucher {voucher} bernilai {rate} dari ambang {threshold}, dan {rate_avg} dari belanja aktual transaksi yang memenuhi syarat (rata-rata sekitar {avg}).",
    ),
    "talk.reward_rate_tiers": (
        "Over the {tiers} tiers the vouchers are worth {rate_avg} of what qualifying transactions spend (about {avg} on average); {top_share} of transactions reach {top_threshold} for the {top_voucher} voucher.",
        "Dengan {tiers} jenjang, nilai voucher secara keseluruhan setara {rate_avg} dari belanja transaksi yang memenuhi syarat (rata-rata sekitar {avg}); {top_share} transaksi mencapai {top_threshold} dan mendapat voucher {top_voucher}.",
    ),
    "talk.budget_lasts": (
        "The budget of {budget} lasts the whole period: we expect to spend {cost} ({share} of it).",
        "Anggaran {budget} cukup untuk seluruh periode: perkiraan biaya kami {cost} ({share} dari anggaran).",
    ),
    "talk.budget_runs_out": (
        "At this take-up the budget runs out on day {day} of {days}; {needed} would cover the whole period.",
        "Dengan partisipasi sebesar ini anggaran habis pada hari ke-{day} dari {days}; {needed} akan mencukupi seluruh periode.",
    ),
    "talk.quota_runs_out": (
        "At this take-up the voucher quota runs out on day {day} of {days}; {needed} vouchers would cover the whole period.",
        "Dengan partisipasi sebesar ini kuota voucher habis pada hari ke-{day} dari {days}; {needed} voucher akan mencukupi seluruh periode.",
    ),
    "talk.cost": (
        "Our expected net cost is {cost} for the period, about {per_day} a day.",
        "Perkiraan biaya bersih kami {cost} untuk periode ini, sekitar {per_day} per hari.",
    ),
    "talk.partner_pays": (
        "{partner} pays {share} of the voucher value: {amount} for the period.",
        "{partner} menanggung {share} dari nilai voucher: {amount} untuk periode ini.",
    ),
    "talk.partner_pays_upsell": (
        "{partner} pays {share} of the voucher value ({amount} for the period), and purchases raised to reach a threshold add about {upsell} of spend at {partner}.",
        "{partner} menanggung {share} dari nilai voucher ({amount} untuk periode ini), dan pelanggan yang menambah belanja hingga ambang membawa tambahan belanja sekitar {upsell} di {partner}.",
    ),
    "talk.partner_free": (
        "{partner} pays nothing: JD.ID funds every voucher.",
        "{partner} tidak membayar apa pun: JD.ID menanggung setiap voucher.",
    ),
    "talk.partner_free_upsell": (
        "{partner} pays nothing: JD.ID funds every voucher, and purchases raised to reach a threshold add about {upsell} of spend at {partner}.",
        "{partner} tidak membayar apa pun: JD.ID menanggung setiap voucher, dan pelanggan yang menambah belanja hingga ambang membawa tambahan belanja sekitar {upsell} di {partner}.",
    ),
    "talk.cac": (
        "Each new JD.ID customer costs about {cac} (about {customers} new customers).",
        "Biaya per pelanggan baru JD.ID sekitar {cac} (sekitar {customers} pelanggan baru).",
    ),
    "talk.cac_gmv": (
        "Each new JD.ID customer costs about {cac} ({customers} new customers); redemption orders bring about {gmv} of GMV, a {roi} return on our net cost from the first order alone.",
        "Biaya per pelanggan baru JD.ID sekitar {cac} ({customers} pelanggan baru); pesanan penukaran menghasilkan GMV sekitar {gmv}, imbal hasil {roi} atas biaya bersih kami dari pesanan pertama saja.",
    ),
    "deal.closed": ("the deal is already closed ({status})", "kesepakatan sudah ditutup ({status})"),
    # --- commands ----------------------------------------------------------
    "check.summary": ("{errors} error(s), {warnings} warning(s)", "{errors} kesalahan, {warnings} peringatan"),
    "model.extra.flow_comma_text": (
        'inside {{...}} a comma separates entries, so the text of "{previous}" was cut at the comma and "{field}" '
        'became a field of its own: quote the whole text ({previous}: "{text}, {field}") or write one field per line',
        'di dalam {{...}} koma memisahkan entri, sehingga teks "{previous}" terpotong di koma dan "{field}" '
        'menjadi isian tersendiri: beri kutip pada seluruh teks ({previous}: "{text}, {field}") atau tulis satu isian per baris',
    ),
}
