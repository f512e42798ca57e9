"""Help text of the commands: one example per command, shown first.

Key `help.example.<command path>` (`help.example.deal.show`); the CLI puts
the example at the top of the command's help, and a test checks that every
command has one.
"""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    "help.example.check": ("Example: pln check examples", "Contoh: pln check examples"),
    "help.example.report": ("Example: pln report -o portfolio.xlsx", "Contoh: pln report -o portfolio.xlsx"),
    "help.example.due": ("Example: pln due --within 14", "Contoh: pln due --within 14"),
    "help.example.init": ("Example: pln init deals --lang id", "Contoh: pln init deals --lang id"),
    "help.example.offer.simulate": (
        "Example: pln offer simulate total-spbu-2017q4 --vs min_spend=400rb,voucher=30rb",
        "Contoh: pln offer simulate total-spbu-2017q4 --vs min_spend=400rb,voucher=30rb",
    ),
    "help.example.offer.deck": (
        "Example: pln offer deck total-spbu-2017q4 -o decks/total.pptx",
        "Contoh: pln offer deck total-spbu-2017q4 -o decks/total.pptx",
    ),
    "help.example.offer.new": (
        "Example: pln offer new total-spbu-q4 --partner total-spbu --min-spend 450rb --voucher 25rb --days 92"
        " --transactions 120000 --redemption-rate 35% --median 250rb --p90 600rb",
        "Contoh: pln offer new total-spbu-q4 --partner total-spbu --min-spend 450rb --voucher 25rb --days 92"
        " --transactions 120000 --redemption-rate 35% --median 250rb --p90 600rb",
    ),
    "help.example.deal.log": (
        "Example: pln deal log total-spbu-2017 --by them --set min_spend=450rb --note \"they want a lower bar\"",
        "Contoh: pln deal log total-spbu-2017 --by mitra --set min_spend=450rb --note \"mereka minta ambang lebih rendah\"",
    ),
    "help.example.deal.close": (
        "Example: pln deal close total-spbu-2017 agreed --set min_spend=400rb",
        "Contoh: pln deal close total-spbu-2017 agreed --set min_spend=400rb",
    ),
    "help.example.deal.show": ("Example: pln deal show total-spbu-2017", "Contoh: pln deal show total-spbu-2017"),
    "help.example.deal.options": (
        "Example: pln deal options total-spbu-2017 --meso 3",
        "Contoh: pln deal options total-spbu-2017 --meso 3",
    ),
    "help.example.deal.list": ("Example: pln deal list -f csv", "Contoh: pln deal list -f csv"),
    "help.example.deal.new": (
        "Example: pln deal new total-spbu-2018 --partner total-spbu --offer total-spbu-2017q4 --issue min_spend=500rb:350rb",
        "Contoh: pln deal new total-spbu-2018 --partner total-spbu --offer total-spbu-2017q4 --issue min_spend=500rb:350rb",
    ),
    "help.example.meeting.submit": (
        "Example: pln meeting submit total-spbu-kickoff --by Rina --to \"Pak Budi\"",
        "Contoh: pln meeting submit total-spbu-kickoff --by Rina --to \"Pak Budi\"",
    ),
    "help.example.meeting.approve": (
        "Example: pln meeting approve total-spbu-kickoff --by \"Pak Budi\"",
        "Contoh: pln meeting approve total-spbu-kickoff --by \"Pak Budi\"",
    ),
    "help.example.meeting.reject": (
        "Example: pln meeting reject total-spbu-kickoff --by \"Pak Budi\" --note \"add the Q3 numbers\"",
        "Contoh: pln meeting reject total-spbu-kickoff --by \"Pak Budi\" --note \"tambahkan angka Q3\"",
    ),
    "help.example.meeting.held": (
        "Example: pln meeting held total-spbu-kickoff --note \"they asked for a lower minimum\"",
        "Contoh: pln meeting held total-spbu-kickoff --note \"mereka minta minimum lebih rendah\"",
    ),
    "help.example.meeting.cancel": (
        "Example: pln meeting cancel total-spbu-launch --note \"moved to next quarter\"",
        "Contoh: pln meeting cancel total-spbu-launch --note \"diundur ke kuartal depan\"",
    ),
    "help.example.meeting.show": ("Example: pln meeting show total-spbu-kickoff", "Contoh: pln meeting show total-spbu-kickoff"),
    "help.example.meeting.list": ("Example: pln meeting list", "Contoh: pln meeting list"),
    "help.example.meeting.new": (
        "Example: pln meeting new total-spbu-kickoff --partner total-spbu --date 2026-12-03",
        "Contoh: pln meeting new total-spbu-kickoff --partner total-spbu --date 2026-12-03",
    ),
    "help.example.meeting.deck": (
        "Example: pln meeting deck total-spbu-kickoff -o decks/kickoff.pptx",
        "Contoh: pln meeting deck total-spbu-kickoff -o decks/kickoff.pptx",
    ),
    "help.example.meeting.brief": (
        "Example: pln meeting brief total-spbu-kickoff -o brief.html",
        "Contoh: pln meeting brief total-spbu-kickoff -o brief.html",
    ),
    "help.example.lobby.log": (
        "Example: pln lobby log total-spbu --person \"Pak Budi\" --step 2 --note \"lunch, open to a pilot\"",
        "Contoh: pln lobby log total-spbu --person \"Pak Budi\" --step 2 --note \"makan siang, terbuka untuk pilot\"",
    ),
    "help.example.lobby.map": ("Example: pln lobby map total-spbu", "Contoh: pln lobby map total-spbu"),
    "help.example.campaign.new": (
        "Example: pln campaign new voucher-fanfest --title \"Fan fest\" --start 2026-12-01 --end 2026-12-31",
        "Contoh: pln campaign new voucher-fanfest --title \"Fan fest\" --start 2026-12-01 --end 2026-12-31",
    ),
    "help.example.campaign.approve": (
        "Example: pln campaign approve voucher-flight-fanfest --by \"Rina (Marketing)\"",
        "Contoh: pln campaign approve voucher-flight-fanfest --by \"Rina (Marketing)\"",
    ),
    "help.example.campaign.post": (
        "Example: pln campaign post voucher-flight-fanfest --channel instagram --text \"Fly to the fan fest\"",
        "Contoh: pln campaign post voucher-flight-fanfest --channel instagram --text \"Terbang ke fan fest\"",
    ),
    "help.example.campaign.track": (
        "Example: pln campaign track voucher-flight-fanfest p1 --reach 12000 --likes 340",
        "Contoh: pln campaign track voucher-flight-fanfest p1 --reach 12000 --likes 340",
    ),
    "help.example.campaign.mention": (
        "Example: pln campaign mention voucher-flight-fanfest --where twitter --sentiment positive",
        "Contoh: pln campaign mention voucher-flight-fanfest --where twitter --sentiment positive",
    ),
    "help.example.campaign.show": ("Example: pln campaign show voucher-flight-fanfest", "Contoh: pln campaign show voucher-flight-fanfest"),
    "help.example.campaign.calendar": (
        "Example: pln campaign calendar voucher-flight-fanfest",
        "Contoh: pln campaign calendar voucher-flight-fanfest",
    ),
    "help.example.campaign.list": ("Example: pln campaign list", "Contoh: pln campaign list"),
    "help.example.completion": ("Example: pln completion fish > ~/.config/fish/completions/pln.fish", "Contoh: pln completion fish > ~/.config/fish/completions/pln.fish"),
    "help.example.help": ("Example: pln help money", "Contoh: pln help money"),
    "help.example.partner.new": (
        "Example: pln partner new total-spbu --name \"TOTAL SPBU Indonesia\" --size larger",
        "Contoh: pln partner new total-spbu --name \"TOTAL SPBU Indonesia\" --size larger",
    ),
}


# --- `pln help TOPIC` -----------------------------------------------------------------
#
# A topic is a title, a one-line summary (for the list) and a body in a small
# markup that `cli/help.py` turns into a Document: "## " starts a section,
# "- " a bullet, a line indented by four spaces is kept verbatim (a YAML
# example), other lines are paragraphs (a blank line ends one).  The bodies
# hold YAML with braces, so they are stored escaped (`_lit`) and come back
# whole from `tr`.  Condensed from docs/formats.md, meetings.md, campaigns.md.


def _lit(en: str, id_: str) -> tuple[str, str]:
    """Text with literal braces, escaped for `str.format` (tr gives it back as written)."""
    return en.replace("{", "{{").replace("}", "}}"), id_.replace("{", "{{").replace("}", "}}")


TOPICS = ("workspace", "partner", "offer", "deal", "meeting", "lobby", "campaign", "transactions", "money", "terms", "exit-codes")

ENTRIES.update({
    "help.topics.title": ("Help topics", "Topik bantuan"),
    "help.topics.intro": (
        "pln help TOPIC explains one of these; every command also has its own --help.",
        "pln help TOPIK menjelaskan salah satu topik ini; setiap perintah juga punya --help sendiri.",
    ),
    "help.topics.topic": ("Topic", "Topik"),
    "help.topics.about": ("What it covers", "Isinya"),
    "help.unknown_topic": (
        "there is no help topic \"{topic}\"; the topics are: {topics}",
        "tidak ada topik bantuan \"{topic}\"; topik yang ada: {topics}",
    ),
    # workspace
    "help.topic.workspace.title": ("The workspace", "Ruang kerja"),
    "help.topic.workspace.summary": (
        "the folder a team keeps in git, and how pln finds it",
        "folder yang disimpan tim di git, dan cara pln menemukannya",
    ),
    "help.topic.workspace.body": _lit(
        "A workspace is a folder a team keeps in git; pln init makes one.\n"
        "\n"
        "    pln.yaml             optional settings: name, language (en | id)\n"
        "    partners/<id>.yaml   one partner each, with the people to lobby\n"
        "    offers/<id>.yaml     one voucher-for-spend scheme each\n"
        "    deals/<id>.yaml      one deal log each (an append-only YAML stream)\n"
        "    meetings/<id>.yaml   one meeting each: plan, submission, acc, outcome\n"
        "    lobby/<partner>.yaml the lobby contacts of one partner\n"
        "    campaigns/<id>.yaml  one social-media campaign each\n"
        "    data/                spend histograms and transaction CSVs\n"
        "    decks/               slides written by pln (not read as data)\n"
        "\n"
        "## How pln finds it\n"
        "Like git finds a repository: --dir DIR, else PLN_DIR, else the nearest folder upward holding pln.yaml, "
        "else the folder holding the kind folder (offers/, deals/, ...) of a file you name, else the current folder.\n"
        "\n"
        "## Ids\n"
        "- A file's id is its name: partners/total-spbu.yaml is total-spbu.\n"
        "- Ids are lowercase words joined by hyphens (total-spbu-2017q4).\n"
        "- A bare id on the command line always means the workspace's file.\n"
        "- Every reference between files (partner:, offer:, deal:) is checked by pln check.\n"
        "\n"
        "## Language\n"
        "--lang en|id, else PLN_LANG, else language: in pln.yaml, else English. File contents are the same in both "
        "languages; only what pln prints changes.",
        "Ruang kerja adalah folder yang disimpan tim di git; pln init membuatnya.\n"
        "\n"
        "    pln.yaml             pengaturan opsional: name, language (en | id)\n"
        "    partners/<id>.yaml   satu mitra per berkas, dengan orang-orang yang dilobi\n"
        "    offers/<id>.yaml     satu skema voucher-untuk-belanja per berkas\n"
        "    deals/<id>.yaml      satu log kesepakatan per berkas (aliran YAML yang hanya ditambah)\n"
        "    meetings/<id>.yaml   satu meeting per berkas: rencana, pengajuan, acc, hasil\n"
        "    lobby/<mitra>.yaml   kontak lobi untuk satu mitra\n"
        "    campaigns/<id>.yaml  satu kampanye media sosial per berkas\n"
        "    data/                histogram belanja dan CSV transaksi\n"
        "    decks/               slide yang ditulis pln (tidak dibaca sebagai data)\n"
        "\n"
        "## Cara pln menemukannya\n"
        "Seperti git menemukan repositori: --dir DIR, kalau tidak ada PLN_DIR, kalau tidak ada folder terdekat ke "
        "atas yang berisi pln.yaml, kalau tidak ada folder induk dari folder jenis (offers/, deals/, ...) berkas yang "
        "Anda sebut, kalau tidak ada juga, folder saat ini.\n"
        "\n"
        "## Id\n"
        "- Id sebuah berkas adalah namanya: partners/total-spbu.yaml ber-id total-spbu.\n"
        "- Id terdiri dari kata-kata huruf kecil yang disambung tanda hubung (total-spbu-2017q4).\n"
        "- Id tanpa path di baris perintah selalu berarti berkas di ruang kerja.\n"
        "- Setiap rujukan antarberkas (partner:, offer:, deal:) dicek oleh pln check.\n"
        "\n"
        "## Bahasa\n"
        "--lang en|id, kalau tidak ada PLN_LANG, kalau tidak ada language: di pln.yaml, kalau tidak ada juga, "
        "bahasa Inggris. Isi berkas sama dalam kedua bahasa; yang berubah hanya apa yang ditampilkan pln.",
    ),
    # partner
    "help.topic.partner.title": ("Partner files (partners/<id>.yaml)", "Berkas mitra (partners/<id>.yaml)"),
    "help.topic.partner.summary": (
        "a company we make deals with, and its people to lobby",
        "perusahaan yang menjalin kesepakatan dengan kami, dan orang-orangnya yang dilobi",
    ),
    "help.topic.partner.body": _lit(
        "Only id and name are required; pln partner new writes a commented template.\n"
        "\n"
        "    id: total-spbu\n"
        "    name: TOTAL SPBU Indonesia\n"
        "    sector: Fuel retail (SPBU petrol stations)\n"
        "    size: larger                  # relative to us: smaller | similar | larger\n"
        "    background: Fuel-station chain along the main roads of Jabodetabek.\n"
        "    people:\n"
        "      - {name: Rina Hartono, role: Marketing Manager, lobby_class: cosmopolitan, influence: 4, stance: supportive}\n"
        "    their_interests: [More car drivers filling up fully]\n"
        "    our_interests: [New JD.ID customers at a known cost]\n"
        "    notes: Met at the 2017 retail partnership forum.\n"
        "\n"
        "## The people\n"
        "- lobby_class, Tarmudji's five classes: cosmopolitan, key_contact, public_figure, journalist, high_official.\n"
        "- influence: 1 (low) to 5 (decisive).\n"
        "- stance: champion, supportive, neutral, skeptical or opposed (the lobby log updates it; see pln help lobby).\n"
        "\n"
        "## Free text\n"
        "Inside braces a comma ends a field: write notes with a comma on their own line, or in quotes "
        "(notes: \"ex-banker, wants numbers\").",
        "Hanya id dan name yang wajib; pln partner new menulis templat lengkap dengan komentar.\n"
        "\n"
        "    id: total-spbu\n"
        "    name: TOTAL SPBU Indonesia\n"
        "    sector: Ritel BBM (SPBU)\n"
        "    size: larger                  # dibanding kami: smaller | similar | larger\n"
        "    background: Jaringan SPBU di jalan-jalan utama Jabodetabek.\n"
        "    people:\n"
        "      - {name: Rina Hartono, role: Marketing Manager, lobby_class: cosmopolitan, influence: 4, stance: supportive}\n"
        "    their_interests: [Lebih banyak pengemudi mobil yang isi penuh]\n"
        "    our_interests: [Pelanggan baru JD.ID dengan biaya yang jelas]\n"
        "    notes: Bertemu di forum kemitraan ritel 2017.\n"
        "\n"
        "## Orang-orangnya\n"
        "- lobby_class, lima golongan menurut Tarmudji: cosmopolitan, key_contact, public_figure, journalist, high_official.\n"
        "- influence: 1 (rendah) sampai 5 (penentu).\n"
        "- stance: champion, supportive, neutral, skeptical atau opposed (diperbarui oleh log lobi; lihat pln help lobby).\n"
        "\n"
        "## Teks bebas\n"
        "Di dalam kurung kurawal, koma mengakhiri sebuah field: tulis catatan yang mengandung koma di barisnya "
        "sendiri, atau dalam tanda kutip (notes: \"mantan bankir, minta angka\").",
    ),
    # offer
    "help.topic.offer.title": ("Offer files (offers/<id>.yaml)", "Berkas penawaran (offers/<id>.yaml)"),
    "help.topic.offer.summary": (
        "a voucher-for-spend scheme, its terms and assumptions",
        "skema voucher-untuk-belanja, ketentuan dan asumsinya",
    ),
    "help.topic.offer.body": _lit(
        "One voucher-for-spend scheme: spend at least min_spend in one transaction at the partner, get a voucher. "
        "pln offer new writes one; pln offer simulate shows what it costs and earns.\n"
        "\n"
        "    id: total-spbu-2017q4\n"
        "    partner: total-spbu\n"
        "    title: TOTAL SPBU x JD.ID - spend Rp450.000, get a Rp25.000 JD Voucher\n"
        "    period: {start: 2017-10-01, end: 2017-12-31}     # or {days: 92}\n"
        "    scheme:\n"
        "      tiers:                                         # strictly increasing thresholds\n"
        "        - {min_spend: Rp450.000, voucher: Rp25.000}\n"
        "      stacking: highest_tier                         # or per_multiple (one tier)\n"
        "    voucher: {product: JD Voucher, min_order: 100rb, valid_days: 30}\n"
        "    funding: {partner_share: 0, billing: redeemed}   # billing: redeemed | issued\n"
        "    caps: {quota: 10000, budget: 150jt}              # each optional\n"
        "    assumptions:\n"
        "      transactions: 120.000\n"
        "      spend: {histogram: ../data/total-spbu-spend-2017q3.csv}\n"
        "      redemption_rate: 35%\n"
        "      new_customer_share: 0.6\n"
        "      avg_order_value: Rp300.000\n"
        "      gross_margin: 0.1\n"
        "      upsell: {window: 0.15, take_up: 0.25}\n"
        "\n"
        "## Spend per transaction\n"
        "- {distribution: lognormal, median: 250rb, p90: 600rb}, or mean: instead of p90:, when only estimates exist.\n"
        "- {histogram: FILE.csv} with columns lower,upper,count.\n"
        "- {transactions: FILE.csv, column: amount}, one row per transaction (see pln help transactions).\n"
        "\n"
        "## Values\n"
        "Paths are relative to the offer file. Amounts are written as in pln help money; shares as 0.35, 0,35 or 35%. "
        "An assumption may be a range {low, mode, high} for offer simulate --uncertainty.",
        "Satu skema voucher-untuk-belanja: belanja minimal min_spend dalam satu transaksi di mitra, dapat voucher. "
        "pln offer new membuatnya; pln offer simulate menunjukkan biaya dan hasilnya.\n"
        "\n"
        "    id: total-spbu-2017q4\n"
        "    partner: total-spbu\n"
        "    title: TOTAL SPBU x JD.ID - belanja Rp450.000, dapat JD Voucher Rp25.000\n"
        "    period: {start: 2017-10-01, end: 2017-12-31}     # atau {days: 92}\n"
        "    scheme:\n"
        "      tiers:                                         # ambang harus terus naik\n"
        "        - {min_spend: Rp450.000, voucher: Rp25.000}\n"
        "      stacking: highest_tier                         # atau per_multiple (satu tingkat)\n"
        "    voucher: {product: JD Voucher, min_order: 100rb, valid_days: 30}\n"
        "    funding: {partner_share: 0, billing: redeemed}   # billing: redeemed | issued\n"
        "    caps: {quota: 10000, budget: 150jt}              # masing-masing opsional\n"
        "    assumptions:\n"
        "      transactions: 120.000\n"
        "      spend: {histogram: ../data/total-spbu-spend-2017q3.csv}\n"
        "      redemption_rate: 35%\n"
        "      new_customer_share: 0.6\n"
        "      avg_order_value: Rp300.000\n"
        "      gross_margin: 0.1\n"
        "      upsell: {window: 0.15, take_up: 0.25}\n"
        "\n"
        "## Belanja per transaksi\n"
        "- {distribution: lognormal, median: 250rb, p90: 600rb}, atau mean: sebagai ganti p90:, kalau hanya ada perkiraan.\n"
        "- {histogram: FILE.csv} dengan kolom lower,upper,count.\n"
        "- {transactions: FILE.csv, column: amount}, satu baris per transaksi (lihat pln help transactions).\n"
        "\n"
        "## Nilai\n"
        "Path relatif terhadap berkas penawaran. Nominal ditulis seperti di pln help money; porsi sebagai 0.35, "
        "0,35 atau 35%. Sebuah asumsi boleh berupa rentang {low, mode, high} untuk offer simulate --uncertainty.",
    ),
    # deal
    "help.topic.deal.title": ("Deal logs (deals/<id>.yaml)", "Log kesepakatan (deals/<id>.yaml)"),
    "help.topic.deal.summary": (
        "a negotiation: the header, one document per round, the outcome",
        "sebuah negosiasi: header, satu dokumen per putaran, hasil akhir",
    ),
    "help.topic.deal.body": _lit(
        "A YAML stream that pln deal new starts, pln deal log and pln deal close append to, and nothing rewrites: "
        "a header, then one document per round, then an optional outcome, each ending with ... .\n"
        "\n"
        "    deal: total-spbu-2017\n"
        "    partner: total-spbu\n"
        "    offer: total-spbu-2017q4                   # or a path to the offer file\n"
        "    deadline: {rounds: 4}\n"
        "    tactic: boulware                          # boulware | linear | conceder | {beta: 0.5}\n"
        "    batna: Run the same scheme with another fuel chain\n"
        "    issues:\n"
        "      min_spend: {better: higher, target: Rp450.000, reservation: Rp400.000, their_reservation: Rp425.000}\n"
        "      voucher:   {better: lower, target: Rp25.000, reservation: Rp30.000}\n"
        "    ...\n"
        "    ---\n"
        "    round: 1\n"
        "    date: 2017-09-12\n"
        "    by: us                                    # us | them\n"
        "    terms: {min_spend: Rp450.000, voucher: Rp25.000}\n"
        "    notes: Opening presentation.\n"
        "    checklist: {information: yes, objective_criteria: partly}\n"
        "    ...\n"
        "\n"
        "## The header\n"
        "- issues: the negotiable terms, by issue key (pln help terms): target is what we aim for, reservation the "
        "worst we accept, their_reservation our estimate of theirs.\n"
        "- better: left out, it follows from target and reservation.\n"
        "- deadline.rounds: the offers we plan to make, opening included; tactic: how fast we concede.\n"
        "\n"
        "## Rounds and outcome\n"
        "A round's terms replace only the issues it names. The outcome is agreed (with the final terms), "
        "walked_away or paused. pln deal show reads the whole log.",
        "Aliran YAML yang dimulai oleh pln deal new, ditambah oleh pln deal log dan pln deal close, dan tidak "
        "pernah ditulis ulang: header, lalu satu dokumen per putaran, lalu hasil akhir (opsional), masing-masing "
        "diakhiri ... .\n"
        "\n"
        "    deal: total-spbu-2017\n"
        "    partner: total-spbu\n"
        "    offer: total-spbu-2017q4                   # atau path ke berkas penawaran\n"
        "    deadline: {rounds: 4}\n"
        "    tactic: boulware                          # boulware | linear | conceder | {beta: 0.5}\n"
        "    batna: Jalankan skema yang sama dengan jaringan SPBU lain\n"
        "    issues:\n"
        "      min_spend: {better: higher, target: Rp450.000, reservation: Rp400.000, their_reservation: Rp425.000}\n"
        "      voucher:   {better: lower, target: Rp25.000, reservation: Rp30.000}\n"
        "    ...\n"
        "    ---\n"
        "    round: 1\n"
        "    date: 2017-09-12\n"
        "    by: us                                    # us | them\n"
        "    terms: {min_spend: Rp450.000, voucher: Rp25.000}\n"
        "    notes: Presentasi pembuka.\n"
        "    checklist: {information: yes, objective_criteria: partly}\n"
        "    ...\n"
        "\n"
        "## Header\n"
        "- issues: ketentuan yang dinegosiasikan, per kunci isu (pln help terms): target adalah sasaran kami, "
        "reservation batas terburuk yang masih kami terima, their_reservation perkiraan kami atas batas mitra.\n"
        "- better: kalau dikosongkan, ditentukan dari target dan reservation.\n"
        "- deadline.rounds: jumlah penawaran yang kami rencanakan, termasuk pembukaan; tactic: seberapa cepat kami mengalah.\n"
        "\n"
        "## Putaran dan hasil akhir\n"
        "Ketentuan dalam sebuah putaran hanya mengganti isu yang disebutnya. Hasil akhirnya agreed (dengan "
        "ketentuan final), walked_away atau paused. pln deal show membaca seluruh log.",
    ),
    # meeting
    "help.topic.meeting.title": ("Meeting files (meetings/<id>.yaml)", "Berkas meeting (meetings/<id>.yaml)"),
    "help.topic.meeting.summary": (
        "a client meeting: the plan, the acc, what happened",
        "meeting dengan klien: rencana, acc, apa yang terjadi",
    ),
    "help.topic.meeting.body": _lit(
        "The plan is the first document (pln meeting new writes it); every later document is an event that a "
        "command appends. Only meeting, partner and date are required; what is left out shows up as missing in "
        "Purwanto's four preparations (topic, tools, audience, venue).\n"
        "\n"
        "    meeting: total-spbu-kickoff\n"
        "    partner: total-spbu\n"
        "    deal: total-spbu-2017\n"
        "    date: 2017-09-12\n"
        "    time: \"10:00\"\n"
        "    objective: Present the fuel-for-voucher scheme and agree on next steps\n"
        "    presenters: [Andi Wijaya, Sari Wulandari]\n"
        "    audience: [Rina Hartono, Budi Santoso]\n"
        "    materials:\n"
        "      - {title: Q3 spend histogram, file: ../data/total-spbu-spend-2017q3.csv}\n"
        "    aids:\n"
        "      - {name: projector, tested: yes}\n"
        "    venue: {place: \"TOTAL SPBU head office, Jakarta\", room: Meeting room 3, checked: [projector, power, quiet]}\n"
        "\n"
        "## Events\n"
        "- submitted (pln meeting submit): by, to, date, digest, note.\n"
        "- approved (pln meeting approve), the acc: by, date, digest, note.\n"
        "- changes_requested (pln meeting reject): by, date, note.\n"
        "- held (pln meeting held): date, note, attended.\n"
        "- cancelled (pln meeting cancel): date, note.\n"
        "\n"
        "## The acc\n"
        "The digest binds the plan, the offer, its spend data and the materials as they were: edit any of them "
        "and the acc goes stale, so it must be asked for again.",
        "Rencana adalah dokumen pertama (ditulis oleh pln meeting new); setiap dokumen berikutnya adalah peristiwa "
        "yang ditambahkan oleh sebuah perintah. Hanya meeting, partner dan date yang wajib; yang dikosongkan muncul "
        "sebagai kekurangan di empat persiapan Purwanto (materi, alat presentasi, audiens, tempat).\n"
        "\n"
        "    meeting: total-spbu-kickoff\n"
        "    partner: total-spbu\n"
        "    deal: total-spbu-2017\n"
        "    date: 2017-09-12\n"
        "    time: \"10:00\"\n"
        "    objective: Presentasikan skema BBM-untuk-voucher dan sepakati langkah berikutnya\n"
        "    presenters: [Andi Wijaya, Sari Wulandari]\n"
        "    audience: [Rina Hartono, Budi Santoso]\n"
        "    materials:\n"
        "      - {title: Histogram belanja Q3, file: ../data/total-spbu-spend-2017q3.csv}\n"
        "    aids:\n"
        "      - {name: proyektor, tested: yes}\n"
        "    venue: {place: \"Kantor pusat TOTAL SPBU, Jakarta\", room: Ruang rapat 3, checked: [projector, power, quiet]}\n"
        "\n"
        "## Peristiwa\n"
        "- submitted (pln meeting submit): by, to, date, digest, note.\n"
        "- approved (pln meeting approve), yaitu acc: by, date, digest, note.\n"
        "- changes_requested (pln meeting reject): by, date, note.\n"
        "- held (pln meeting held): date, note, attended.\n"
        "- cancelled (pln meeting cancel): date, note.\n"
        "\n"
        "## Acc\n"
        "Digest mengikat rencana, penawaran, data belanjanya dan materi seperti saat itu: ubah salah satunya dan "
        "acc menjadi kedaluwarsa, jadi harus diminta lagi.",
    ),
    # lobby
    "help.topic.lobby.title": ("Lobby logs (lobby/<partner>.yaml)", "Log lobi (lobby/<mitra>.yaml)"),
    "help.topic.lobby.summary": (
        "one document per contact with a partner's people",
        "satu dokumen per kontak dengan orang-orang mitra",
    ),
    "help.topic.lobby.body": _lit(
        "pln lobby log appends one contact; pln lobby map reads them.\n"
        "\n"
        "    person: Budi Santoso\n"
        "    date: 2017-09-20\n"
        "    step: deliver\n"
        "    channel: meeting                # meeting | call | message | email | event | other\n"
        "    stance: neutral                 # after this contact\n"
        "    note: Lunch; open to a pilot if the voucher is higher.\n"
        "    next: {date: 2017-10-02, action: Send the Q3 numbers}\n"
        "    ...\n"
        "\n"
        "## Fields\n"
        "- person, date and step are required; person is one of the partner's people, spelled as in the partner file.\n"
        "- step, Panuju's five steps: know, inform, self, deliver, impress.\n"
        "- stance: opposed, skeptical, neutral, supportive or champion; the latest one is the person's stance.\n"
        "- next: what you will do next and by when; pln due lists it.",
        "pln lobby log menambahkan satu kontak; pln lobby map membacanya.\n"
        "\n"
        "    person: Budi Santoso\n"
        "    date: 2017-09-20\n"
        "    step: deliver\n"
        "    channel: meeting                # meeting | call | message | email | event | other\n"
        "    stance: neutral                 # setelah kontak ini\n"
        "    note: Makan siang; terbuka untuk pilot kalau vouchernya lebih besar.\n"
        "    next: {date: 2017-10-02, action: Kirim angka Q3}\n"
        "    ...\n"
        "\n"
        "## Field\n"
        "- person, date dan step wajib; person adalah salah satu orang mitra, dieja seperti di berkas mitra.\n"
        "- step, lima langkah menurut Panuju: know, inform, self, deliver, impress.\n"
        "- stance: opposed, skeptical, neutral, supportive atau champion; yang terakhir menjadi sikap orang itu.\n"
        "- next: langkah berikutnya dan tenggatnya; pln due menampilkannya.",
    ),
    # campaign
    "help.topic.campaign.title": ("Campaign files (campaigns/<id>.yaml)", "Berkas kampanye (campaigns/<id>.yaml)"),
    "help.topic.campaign.summary": (
        "a social-media campaign: the plan, the wheel, posts and counts",
        "kampanye media sosial: rencana, roda, posting dan angka-angkanya",
    ),
    "help.topic.campaign.body": _lit(
        "The plan is the first document (pln campaign new writes it with all five spokes); events are appended by "
        "pln campaign approve, post, track and mention.\n"
        "\n"
        "    campaign: voucher-flight-fanfest\n"
        "    title: Fly to FanFest\n"
        "    product: jd_flight               # jd_voucher | jd_pulsa | jd_flight | jd_cinema\n"
        "    partner: happy-fresh\n"
        "    start: 2018-02-01\n"
        "    end: 2018-04-15\n"
        "    cadence_days: 14\n"
        "    channels: [facebook, instagram]  # requested\n"
        "    link: https://www.jd.id/promo/fanfest\n"
        "    wheel:\n"
        "      tracking: {listen: [fanfest, jd flight], owner: Dewi}\n"
        "      engagement: {reply_within_hours: 4}\n"
        "\n"
        "## The wheel, from the inside out\n"
        "- tracking: what we listen for, which communities we join, who watches.\n"
        "- distribution: where and how these communities share.\n"
        "- content: which messages, in which formats.\n"
        "- engagement: what we want from people, and how fast we answer.\n"
        "- measurement: how we show the campaign's value (targets).\n"
        "\n"
        "## Events\n"
        "- approval: the channels marketing approved; the latest counts.\n"
        "- post: p1, p2, ... with channel, kind, text, code and a UTM-tagged link.\n"
        "- metrics: a cumulative snapshot of one post's counts (reach, views, likes, clicks, redemptions, ...).\n"
        "- mention: something heard while listening, with its sentiment.",
        "Rencana adalah dokumen pertama (ditulis oleh pln campaign new lengkap dengan kelima jari-jari roda); "
        "peristiwa ditambahkan oleh pln campaign approve, post, track dan mention.\n"
        "\n"
        "    campaign: voucher-flight-fanfest\n"
        "    title: Terbang ke FanFest\n"
        "    product: jd_flight               # jd_voucher | jd_pulsa | jd_flight | jd_cinema\n"
        "    partner: happy-fresh\n"
        "    start: 2018-02-01\n"
        "    end: 2018-04-15\n"
        "    cadence_days: 14\n"
        "    channels: [facebook, instagram]  # yang diminta\n"
        "    link: https://www.jd.id/promo/fanfest\n"
        "    wheel:\n"
        "      tracking: {listen: [fanfest, jd flight], owner: Dewi}\n"
        "      engagement: {reply_within_hours: 4}\n"
        "\n"
        "## Roda, dari dalam ke luar\n"
        "- tracking: apa yang kami pantau, komunitas mana yang kami ikuti, siapa yang memantau.\n"
        "- distribution: di mana dan bagaimana komunitas itu berbagi.\n"
        "- content: pesan apa, dalam format apa.\n"
        "- engagement: apa yang kami harapkan dari orang-orang, dan seberapa cepat kami membalas.\n"
        "- measurement: bagaimana kami menunjukkan nilai kampanye (target).\n"
        "\n"
        "## Peristiwa\n"
        "- approval: kanal yang disetujui marketing; yang terakhir yang berlaku.\n"
        "- post: p1, p2, ... dengan channel, kind, text, code dan tautan bertanda UTM.\n"
        "- metrics: snapshot kumulatif angka-angka satu posting (reach, views, likes, clicks, redemptions, ...).\n"
        "- mention: sesuatu yang terdengar saat memantau, dengan sentimennya.",
    ),
    # transactions
    "help.topic.transactions.title": ("Spend data (data/*.csv)", "Data belanja (data/*.csv)"),
    "help.topic.transactions.summary": (
        "the CSV files an offer's spend and a campaign's counts are read from",
        "berkas CSV sumber data belanja penawaran dan angka kampanye",
    ),
    "help.topic.transactions.body": _lit(
        "Data files live in data/ and are named from an offer or a campaign by a path relative to that file. "
        "Both are UTF-8 CSV with a header row.\n"
        "\n"
        "## A histogram: spend: {histogram: ../data/FILE.csv}\n"
        "One row per bucket of spend, as a warehouse GROUP BY gives it: lower and upper in Rupiah (any spelling "
        "of pln help money), count a whole number. Buckets must not overlap; spend is taken as even inside each.\n"
        "\n"
        "    lower,upper,count\n"
        "    0,50000,41000\n"
        "    50000,100000,23000\n"
        "    100000,200000,21000\n"
        "\n"
        "## Transactions: spend: {transactions: ../data/FILE.csv, column: amount}\n"
        "One row per transaction; only the named column is read, as plain digits (125000, or 125000.00 as "
        "spreadsheets export). The file is streamed once, so millions of rows are fine, and every answer at the "
        "scheme's thresholds is exact. Bad rows are reported with their line.\n"
        "\n"
        "    txn_id,date,amount\n"
        "    T0001,2017-07-01,125000\n"
        "    T0002,2017-07-01,480000.00\n"
        "\n"
        "## Campaign counts: pln campaign track --from FILE.csv\n"
        "Columns post,date and any counts (reach, views, likes, comments, shares, saves, clicks, redemptions), "
        "or Meta's insights export as downloaded.",
        "Berkas data disimpan di data/ dan dirujuk dari penawaran atau kampanye dengan path relatif terhadap berkas "
        "itu. Keduanya CSV UTF-8 dengan baris header.\n"
        "\n"
        "## Histogram: spend: {histogram: ../data/FILE.csv}\n"
        "Satu baris per rentang belanja, seperti hasil GROUP BY di data warehouse: lower dan upper dalam Rupiah "
        "(boleh ditulis seperti di pln help money), count bilangan bulat. Rentang tidak boleh tumpang tindih; "
        "belanja dianggap merata di dalam tiap rentang.\n"
        "\n"
        "    lower,upper,count\n"
        "    0,50000,41000\n"
        "    50000,100000,23000\n"
        "    100000,200000,21000\n"
        "\n"
        "## Transaksi: spend: {transactions: ../data/FILE.csv, column: amount}\n"
        "Satu baris per transaksi; hanya kolom yang disebut yang dibaca, berupa angka polos (125000, atau "
        "125000.00 seperti hasil ekspor spreadsheet). Berkas dibaca sekali jalan, jadi jutaan baris tidak masalah, "
        "dan setiap hasil pada ambang skema tepat. Baris yang salah dilaporkan beserta nomor barisnya.\n"
        "\n"
        "    txn_id,date,amount\n"
        "    T0001,2017-07-01,125000\n"
        "    T0002,2017-07-01,480000.00\n"
        "\n"
        "## Angka kampanye: pln campaign track --from FILE.csv\n"
        "Kolom post,date dan angka apa saja (reach, views, likes, comments, shares, saves, clicks, redemptions), "
        "atau ekspor insights dari Meta apa adanya.",
    ),
    # money
    "help.topic.money.title": ("How amounts are written", "Cara menulis nominal"),
    "help.topic.money.summary": (
        "450rb, 1,5jt, Rp450.000: what pln reads, and what it refuses",
        "450rb, 1,5jt, Rp450.000: apa yang dibaca pln, dan apa yang ditolak",
    ),
    "help.topic.money.body": _lit(
        "Money is always whole Rupiah. pln reads the ways people write amounts, in files and on the command line, "
        "and always shows them as Rp450.000 (dots between thousands), in both languages.\n"
        "\n"
        "## Read as\n"
        "TABLE\n"
        "\n"
        "## Refused, and why\n"
        "The reader is strict on purpose: a loose reading of 450.000 as 450, or of 2M as two million when the "
        "writer meant miliar, moves a threshold by a factor of a thousand and nobody notices.\n"
        "REFUSED\n"
        "\n"
        "## In files\n"
        "pln reads a value as it is written: min_spend: 450.000 is Rp450.000 (another YAML reader would see the "
        "decimal 450.0). An amount never needs quotes.\n"
        "\n"
        "## Shares and counts\n"
        "Shares are 35%, 0.35 or 0,35; pln shows them as 35.0% in English and 35,0% in Indonesian. "
        "Counts are whole numbers: 120000, 120.000 or 120,000.",
        "Uang selalu dalam Rupiah bulat. pln membaca cara orang menulis nominal, di berkas maupun di baris perintah, "
        "dan selalu menampilkannya sebagai Rp450.000 (titik pemisah ribuan), dalam kedua bahasa.\n"
        "\n"
        "## Dibaca sebagai\n"
        "TABLE\n"
        "\n"
        "## Ditolak, dan alasannya\n"
        "Pembacanya sengaja ketat: membaca 450.000 sebagai 450, atau 2M sebagai dua juta padahal maksudnya miliar, "
        "menggeser ambang seribu kali lipat tanpa ada yang sadar.\n"
        "REFUSED\n"
        "\n"
        "## Di berkas\n"
        "pln membaca nilai persis seperti yang ditulis: min_spend: 450.000 berarti Rp450.000 (pembaca YAML lain "
        "akan melihatnya sebagai desimal 450.0). Nominal tidak pernah perlu tanda kutip.\n"
        "\n"
        "## Porsi dan jumlah\n"
        "Porsi ditulis 35%, 0.35 atau 0,35; pln menampilkannya 35.0% dalam bahasa Inggris dan 35,0% dalam bahasa "
        "Indonesia. Jumlah berupa bilangan bulat: 120000, 120.000 atau 120,000.",
    ),
    "help.money.written": ("Written", "Ditulis"),
    "help.money.means": ("Means", "Artinya"),
    "help.money.why": ("Why", "Alasan"),
    # terms
    "help.topic.terms.title": ("Issue keys: the negotiable terms", "Kunci isu: ketentuan yang dinegosiasikan"),
    "help.topic.terms.summary": (
        "min_spend, voucher, ...: meaning, unit and which way is better for us",
        "min_spend, voucher, ...: arti, satuan dan arah yang lebih baik bagi kami",
    ),
    "help.topic.terms.body": _lit(
        "An issue key names one term of an offer. The same keys are used in a deal header's issues:, in a round's "
        "terms:, and on the command line: --set min_spend=400rb (deal log, deal close), "
        "--vs min_spend=400rb,voucher=30rb and --grid voucher=20rb:40rb:5rb (offer simulate), "
        "--issue min_spend=450rb:400rb (deal new).\n"
        "\n"
        "## The keys\n"
        "TABLE\n"
        "\n"
        "## Better for us\n"
        "The usual direction, used when a deal header says neither better: nor a target different from the "
        "reservation. A deal may say otherwise for its own issues.",
        "Kunci isu menamai satu ketentuan penawaran. Kunci yang sama dipakai di issues: pada header kesepakatan, di terms: "
        "pada sebuah putaran, dan di baris perintah: --set min_spend=400rb (deal log, deal close), "
        "--vs min_spend=400rb,voucher=30rb dan --grid voucher=20rb:40rb:5rb (offer simulate), "
        "--issue min_spend=450rb:400rb (deal new).\n"
        "\n"
        "## Daftar kunci\n"
        "TABLE\n"
        "\n"
        "## Lebih baik bagi kami\n"
        "Arah yang biasa, dipakai kalau header kesepakatan tidak menyebut better: dan targetnya sama dengan reservation. "
        "Sebuah kesepakatan boleh menetapkan lain untuk isunya sendiri.",
    ),
    "help.terms.key": ("Key", "Kunci"),
    "help.terms.meaning": ("Meaning", "Arti"),
    "help.terms.unit": ("Unit", "Satuan"),
    "help.terms.better": ("Better for us", "Lebih baik bagi kami"),
    "help.terms.field": ("Offer field", "Isian penawaran"),
    "help.terms.unit.money": ("Rupiah (450rb)", "Rupiah (450rb)"),
    "help.terms.unit.share": ("share (35%)", "porsi (35%)"),
    "help.terms.unit.count": ("whole number", "bilangan bulat"),
    "help.terms.better.higher": ("higher", "lebih tinggi"),
    "help.terms.better.lower": ("lower", "lebih rendah"),
    "help.term.min_spend": ("spend in one transaction that earns the voucher (tier 1)", "belanja dalam satu transaksi yang mendapat voucher (tingkat 1)"),
    "help.term.voucher": ("the voucher's value (tier 1)", "nilai voucher (tingkat 1)"),
    "help.term.partner_share": ("the share of the voucher value the partner pays", "porsi nilai voucher yang dibayar mitra"),
    "help.term.quota": ("most vouchers issued in the period", "jumlah voucher maksimal yang diterbitkan dalam periode"),
    "help.term.budget": ("most face value issued in the period", "nilai nominal maksimal yang diterbitkan dalam periode"),
    "help.term.redemption_rate": ("the share of vouchers that get used", "porsi voucher yang benar-benar dipakai"),
    "help.term.voucher_valid_days": ("days a voucher can be used", "masa berlaku voucher, dalam hari"),
    "help.term.voucher_min_order": ("the smallest order a voucher can be used on", "belanja minimal agar voucher bisa dipakai"),
    # exit codes
    "help.topic.exit-codes.title": ("Exit codes", "Kode keluar"),
    "help.topic.exit-codes.summary": (
        "what 0, 1, 2, 70 and 130 mean, for scripts",
        "arti 0, 1, 2, 70 dan 130, untuk skrip",
    ),
    "help.topic.exit-codes.body": _lit(
        "Every command ends with one of these codes, so a script can tell what happened. Messages go to stderr, "
        "results to stdout.\n"
        "\n"
        "TABLE\n"
        "\n"
        "## Listings of many files\n"
        "report, deal list, offer simulate on a folder and the other listings show the good files and put the "
        "problems of the others on stderr: exit 0, or 1 with --strict.",
        "Setiap perintah berakhir dengan salah satu kode ini, jadi skrip bisa tahu apa yang terjadi. Pesan ditulis "
        "ke stderr, hasil ke stdout.\n"
        "\n"
        "TABLE\n"
        "\n"
        "## Daftar dari banyak berkas\n"
        "report, deal list, offer simulate pada satu folder dan daftar lainnya menampilkan berkas yang baik dan "
        "menulis masalah berkas lainnya ke stderr: kode 0, atau 1 dengan --strict.",
    ),
    "help.exit.code": ("Code", "Kode"),
    "help.exit.meaning": ("Meaning", "Arti"),
    "help.exit.0": (
        "done as asked (pln check: every file is fine)",
        "selesai sesuai permintaan (pln check: semua berkas beres)",
    ),
    "help.exit.1": (
        "a file has an error (shown as FILE:LINE:COL with a hint), or the machine refused (a full disk, a folder "
        "that cannot be read); nothing was written",
        "ada kesalahan di berkas (ditampilkan sebagai FILE:BARIS:KOLOM dengan saran), atau mesin menolak (disk "
        "penuh, folder yang tidak bisa dibaca); tidak ada yang ditulis",
    ),
    "help.exit.2": (
        "the command line is wrong: an unknown option, a bad value for --set or --vs, a missing argument, an "
        "unknown help topic",
        "baris perintahnya salah: opsi tidak dikenal, nilai --set atau --vs yang keliru, argumen yang kurang, "
        "topik bantuan yang tidak ada",
    ),
    "help.exit.70": (
        "a bug in pln; run again with --debug and report it",
        "bug di pln; jalankan lagi dengan --debug lalu laporkan",
    ),
    "help.exit.130": ("interrupted (Ctrl-C)", "dihentikan (Ctrl-C)"),
})
