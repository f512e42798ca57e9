"""Every command's --help in Indonesian: descriptions, parameters, Typer's words.

The English stays where it is written, in the command modules; it is
repeated here as the first element so that a changed English help is
noticed (`cli/helptext.py` uses an entry only while its English still reads
as the code's, and tests/cli/test_help.py names any that does not).

    helpid.cmd.<path>          a command's description, without its example
                               (the example is `help.example.<path>`, catalog/help.py)
    helpid.opt.<path>.<name>   parameter <name> of one command
    helpid.any.<name>          a parameter many commands share (--dir, --lang, --today)
    helpid.ui.*                Typer's own words: Usage, Options, [default: ...],
                               and Click's usage errors (Missing argument ...)

<path> is the command path without `pln` (`deal.show`); the root is `pln`.
Paragraphs are separated by a blank line ("\\n\\n"), as in a docstring.
"""

from __future__ import annotations

_NOTE_STORED = ("A note stored with the event.", "Catatan yang disimpan bersama peristiwa ini.")
_EVENT_DATE = ("The event's date (default: --today, else today).", "Tanggal peristiwa (bawaan: --today, kalau tidak ada, hari ini).")
_TABLE_JSON_MD = ("table, json or markdown.", "table, json atau markdown.")
_PARTNER_REF = ("A partner id in the workspace, or the path of a partner file.", "Id mitra di ruang kerja, atau path berkas mitra.")
_PPTX = ("The .pptx file to write (decks/ is the place for it).", "Berkas .pptx yang ditulis (tempatnya di decks/).")

ENTRIES: dict[str, tuple[str, str]] = {
    # --- Typer's own words ----------------------------------------------------------
    "helpid.ui.usage": ("Usage:", "Penggunaan:"),
    "helpid.ui.options_metavar": ("[OPTIONS]", "[OPSI]"),
    "helpid.ui.command_metavar": ("COMMAND [ARGS]...", "PERINTAH [ARGUMEN]..."),
    "helpid.ui.arguments": ("Arguments", "Argumen"),
    "helpid.ui.options": ("Options", "Opsi"),
    "helpid.ui.commands": ("Commands", "Perintah"),
    "helpid.ui.default": ("[default: {{}}]", "[bawaan: {{}}]"),
    "helpid.ui.required": ("[required]", "[wajib]"),
    "helpid.ui.envvar": ("[env var: {{}}]", "[variabel lingkungan: {{}}]"),
    # --- usage errors (cli/helptext.py, `usage_error_text`): the English is Click's and
    # typer's own sentence, read back to make sure a message is the one translated
    "helpid.ui.error": ("Error", "Kesalahan"),
    "helpid.ui.try_help": ("Try '{command_path} {help_option}' for help.", "Coba '{command_path} {help_option}' untuk bantuan."),
    "helpid.ui.or": ("or", "atau"),
    "helpid.ui.missing.argument": ("Missing argument {name}.", "Argumen {name} belum diberikan."),
    "helpid.ui.missing.option": ("Missing option {name}.", "Opsi {name} belum diberikan."),
    "helpid.ui.missing.parameter": ("Missing parameter {name}.", "Parameter {name} belum diberikan."),
    "helpid.ui.choose_from": ("Choose from:\n\t{choices}", "Pilih salah satu dari:\n\t{choices}"),
    "helpid.ui.missing_command": ("Missing command.", "Perintah belum diberikan."),
    "helpid.ui.no_such_command": ("No such command {name}.", "Perintah {name} tidak dikenal."),
    "helpid.ui.no_such_command_suggest": (
        "No such command {name}. Did you mean {names}?",
        "Perintah {name} tidak dikenal. Maksud Anda {names}?",
    ),
    "helpid.ui.no_such_option": ("No such option: {name}", "Opsi {name} tidak dikenal."),
    "helpid.ui.possible_options": ("(Possible options: {names})", "Maksud Anda {names}?"),
    "helpid.ui.extra_args": ("Got unexpected extra argument(s) ({args})", "Ada argumen yang tidak diharapkan: {args}"),
    "helpid.ui.needs_value": ("Option {name} requires an argument.", "Opsi {name} perlu diberi nilai."),
    "helpid.ui.needs_values": ("Option {name} requires {count} arguments.", "Opsi {name} perlu diberi {count} nilai."),
    "helpid.ui.takes_no_value": ("Option {name} does not take a value.", "Opsi {name} tidak menerima nilai."),
    "helpid.ui.argument_takes": ("Argument {name} takes {count} values.", "Argumen {name} perlu {count} nilai."),
    "helpid.ui.invalid_for": ("Invalid value for {name}: {reason}", "Nilai untuk {name} tidak valid: {reason}"),
    "helpid.ui.invalid": ("Invalid value: {reason}", "Nilai tidak valid: {reason}"),
    "helpid.ui.value.int": ("Input should be a valid integer, unable to parse string as an integer", "harus berupa bilangan bulat"),
    "helpid.ui.value.int_fraction": (
        "Input should be a valid integer, got a number with a fractional part",
        "harus berupa bilangan bulat, bukan pecahan",
    ),
    "helpid.ui.value.int_size": (
        "Unable to parse input string as an integer, exceeded maximum size",
        "bilangan bulatnya terlalu panjang",
    ),
    "helpid.ui.value.int_plain": ("Input should be a valid integer", "harus berupa bilangan bulat"),
    "helpid.ui.value.number": ("Input should be a valid number, unable to parse string as a number", "harus berupa angka"),
    "helpid.ui.value.number_plain": ("Input should be a valid number", "harus berupa angka"),
    "helpid.ui.value.finite": ("Input should be a finite number", "harus berupa angka yang terhingga"),
    "helpid.ui.value.bool": ("Input should be a valid boolean, unable to interpret input", "harus berupa true atau false"),
    "helpid.ui.value.ge": ("Input should be greater than or equal to {limit}", "harus paling sedikit {limit}"),
    "helpid.ui.value.gt": ("Input should be greater than {limit}", "harus lebih dari {limit}"),
    "helpid.ui.value.le": ("Input should be less than or equal to {limit}", "harus paling banyak {limit}"),
    "helpid.ui.value.lt": ("Input should be less than {limit}", "harus kurang dari {limit}"),
    "helpid.ui.value.choice": ("Value error, {value} is not one of {choices}.", "{value} bukan salah satu dari {choices}."),
    "helpid.ui.value.formats": (
        "Value error, {value} does not match the formats {formats}.",
        "{value} tidak sesuai dengan format {formats}.",
    ),
    "helpid.ui.value.tuple_count": (
        "Value error, {count} values are required, but {given} given.",
        "perlu {count} nilai, tetapi yang diberikan {given}.",
    ),
    "helpid.ui.value.iterable": ("Value must be an iterable.", "Nilainya harus berupa daftar."),
    "helpid.ui.value.not_valid": ("Value {value} is not a valid {type}.", "Nilai {value} bukan {type} yang valid."),
    "helpid.ui.path.missing": ("{kind} {name} does not exist.", "{kind} {name} tidak ada."),
    "helpid.ui.path.is_file": ("{kind} {name} is a file.", "{name} adalah berkas, bukan {kind}."),
    "helpid.ui.path.is_dir": ("{kind} {name} is a directory.", "{name} adalah folder, bukan {kind}."),
    "helpid.ui.path.unreadable": ("{kind} {name} is not readable.", "{kind} {name} tidak bisa dibaca."),
    "helpid.ui.path.unwritable": ("{kind} {name} is not writable.", "{kind} {name} tidak bisa ditulisi."),
    "helpid.ui.path.kind.file": ("file", "berkas"),
    "helpid.ui.path.kind.dir": ("dir", "folder"),
    "helpid.ui.path.kind.path": ("path", "path"),
    # --- commands -------------------------------------------------------------------
    "helpid.cmd.pln": (
        "Tools for partnership deals - Presentasi, Lobi, Negosiasi.\n\n"
        "Plan a client meeting and get the head's acc, work the partner's people, simulate a voucher-for-spend offer, "
        "log each negotiation round, see what is due, and report on every deal in the workspace.",
        "Alat bantu untuk kesepakatan kemitraan - Presentasi, Lobi, Negosiasi.\n\n"
        "Rencanakan meeting dengan klien dan dapatkan acc atasan, dekati orang-orang di pihak mitra, simulasikan "
        "penawaran voucher-untuk-belanja, catat setiap putaran negosiasi, lihat apa yang jatuh tempo, dan buat "
        "laporan semua kesepakatan di ruang kerja.",
    ),
    "helpid.cmd.check": (
        "Check partner, offer and deal files; silent and exit 0 when all is well.\n\n"
        "Every problem is reported with FILE:LINE:COL, a message and a hint, and the exit code is 1 when any error is found.",
        "Periksa berkas mitra, penawaran dan kesepakatan; diam dan keluar dengan kode 0 kalau semuanya beres.\n\n"
        "Setiap masalah dilaporkan dengan BERKAS:BARIS:KOLOM, pesan dan saran, dan kode keluarnya 1 kalau ada kesalahan.",
    ),
    "helpid.cmd.report": (
        "One row per deal: status, meetings, latest terms of both sides, gap, verdict, next offer, and the monthly "
        "economics of each side's terms; then totals by status, and partners and offers without deals; then the "
        "meetings to come with their readiness and acc (as of --today), and each partner's lobby coverage.\n\n"
        "Files with problems are listed on stderr and left out; the rest of the report still comes. "
        "--strict makes the exit code 1 when any exist.",
        "Satu baris per kesepakatan: status, meeting, ketentuan terakhir dari kedua pihak, selisih, penilaian, penawaran "
        "berikutnya, dan hitungan ekonomi bulanan dari ketentuan masing-masing pihak; lalu total per status, serta "
        "mitra dan penawaran yang belum punya kesepakatan; lalu meeting yang akan datang dengan kesiapan dan acc-nya "
        "(per --today), dan cakupan lobi tiap mitra.\n\n"
        "Berkas yang bermasalah dicantumkan di stderr dan tidak ikut dihitung; sisa laporan tetap keluar. "
        "Dengan --strict, kode keluarnya 1 kalau ada berkas yang bermasalah.",
    ),
    "helpid.cmd.due": (
        "One list, soonest first, overdue marked: lobby next actions, meetings not ready or without a valid acc, "
        "overdue meetings, open deals without a round for three weeks, and campaign posts due.",
        "Satu daftar, yang paling dekat di atas, yang lewat tanggal ditandai: langkah lobi berikutnya, meeting yang "
        "belum siap atau belum punya acc yang berlaku, meeting yang lewat tanggal, kesepakatan berjalan yang tiga minggu "
        "tanpa putaran baru, dan posting kampanye yang jatuh tempo.",
    ),
    "helpid.cmd.init": (
        "Start a workspace: pln.yaml, the folders, and a sample partner, offer (with a spend histogram in data/) "
        "and deal whose comments explain every field, in the workspace's language. They pass `pln check` as "
        "written. Nothing is overwritten: a folder that is a workspace already is refused.",
        "Mulai ruang kerja: pln.yaml, folder-foldernya, dan contoh mitra, penawaran (dengan histogram belanja di "
        "data/) dan kesepakatan yang komentarnya menjelaskan setiap isian, dalam bahasa ruang kerja. Semuanya lolos "
        "`pln check` apa adanya. Tidak ada yang ditimpa: folder yang sudah menjadi ruang kerja ditolak.",
    ),
    "helpid.cmd.completion": (
        "The completion script for SHELL, on stdout.\n\n"
        "bash: eval \"$(pln completion bash)\" in ~/.bashrc; zsh: the same in ~/.zshrc; "
        "fish: pln completion fish > ~/.config/fish/completions/pln.fish.",
        "Skrip pelengkapan otomatis (completion) untuk SHELL, ke stdout.\n\n"
        "bash: eval \"$(pln completion bash)\" di ~/.bashrc; zsh: sama, di ~/.zshrc; "
        "fish: pln completion fish > ~/.config/fish/completions/pln.fish.",
    ),
    "helpid.cmd.help": (
        "Explain a file format or a concept: pln help lists the topics, pln help TOPIC shows one.",
        "Penjelasan format berkas atau konsep: pln help menampilkan daftar topik, pln help TOPIK menampilkan satu topik.",
    ),
    "helpid.cmd.offer": (
        "Voucher-for-spend offers: simulate them before the meeting.",
        "Penawaran voucher-untuk-belanja: simulasikan sebelum meeting.",
    ),
    "helpid.cmd.offer.simulate": (
        "Simulate a voucher-for-spend offer for both sides, with talking points.\n\n"
        "With --vs, counter-offers appear as columns beside the base; with --grid, a one- or two-way sensitivity "
        "table of --metric. Several offers (or a folder) give one row per offer. With --uncertainty, the ranges "
        "written in the offer file are drawn (ECONOMICS.md, \"Uncertainty\").",
        "Simulasikan penawaran voucher-untuk-belanja untuk kedua pihak, lengkap dengan poin pembicaraan.\n\n"
        "Dengan --vs, penawaran balik tampil sebagai kolom di samping penawaran dasar; dengan --grid, tabel "
        "sensitivitas satu atau dua arah untuk --metric. Beberapa penawaran (atau satu folder) menghasilkan satu "
        "baris per penawaran. Dengan --uncertainty, rentang yang ditulis di berkas penawaran diundi "
        "(ECONOMICS.md, \"Uncertainty\").",
    ),
    "helpid.cmd.offer.deck": (
        "The partner's slides for an offer, before there is a meeting: safe by construction (no internal number "
        "can reach them).\n\n"
        "Example: pln offer deck total-spbu-2017q4 -o decks/total-q4.pptx",
        "Slide untuk mitra dari sebuah penawaran, sebelum ada meeting: aman sejak dirancang (tidak ada angka "
        "internal yang bisa masuk ke slide).",
    ),
    "helpid.cmd.offer.new": (
        "Write offers/ID.yaml: a voucher-for-spend scheme whose comments explain every field, with the other terms "
        "and assumptions as commented examples. On a terminal, asks for what the options leave out. An existing "
        "file is never overwritten.",
        "Tulis offers/ID.yaml: skema voucher-untuk-belanja yang komentarnya menjelaskan setiap isian, dengan "
        "ketentuan dan asumsi lainnya sebagai contoh dalam komentar. Di terminal, pln menanyakan apa yang tidak "
        "diisi lewat opsi. Berkas yang sudah ada tidak pernah ditimpa.",
    ),
    "helpid.cmd.deal": (
        "Deal logs: record each negotiation round, see where you stand.",
        "Log kesepakatan: catat setiap putaran negosiasi, lihat posisi Anda.",
    ),
    "helpid.cmd.deal.log": (
        "Append one round to a deal log, after a meeting.\n\n"
        "The round is checked against the deal's header first; then it is appended as one YAML document under an "
        "exclusive lock, numbered under that lock, and flushed to disk. Nothing in the file is rewritten, and on "
        "any error nothing is written.",
        "Tambahkan satu putaran ke log kesepakatan, setelah meeting.\n\n"
        "Putaran itu dicek dulu terhadap header kesepakatan; lalu ditambahkan sebagai satu dokumen YAML di bawah kunci "
        "eksklusif, diberi nomor di bawah kunci itu, dan langsung disimpan ke disk. Isi berkas yang sudah ada "
        "tidak pernah ditulis ulang, dan kalau ada kesalahan, tidak ada yang ditulis.",
    ),
    "helpid.cmd.deal.close": (
        "Append the outcome of a deal: agreed (with the final terms), walked_away or paused.\n\n"
        "Printed after closing: where the deal stands, and a warning when the agreed terms (or else each side's "
        "latest) run a cap out before the period ends or lose money for us.",
        "Tambahkan hasil akhir kesepakatan: agreed (dengan ketentuan final), walked_away atau paused.\n\n"
        "Setelah ditutup, ditampilkan posisi kesepakatan, dan peringatan kalau ketentuan yang disepakati (atau, kalau "
        "tidak ada, ketentuan terakhir masing-masing pihak) membuat kuota atau anggaran habis sebelum periode "
        "berakhir atau membuat kami rugi.",
    ),
    "helpid.cmd.deal.show": (
        "Where the negotiation stands: rounds and what each concession costs, gap, ZOPA, the next offer, and an "
        "integrative or distributive verdict.",
        "Posisi negosiasi saat ini: putaran-putarannya dan biaya tiap konsesi, selisih, ZOPA, penawaran berikutnya, "
        "dan penilaian integratif atau distributif.",
    ),
    "helpid.cmd.deal.options": (
        "Options for mutual gain: packages of the deal's issues, valued for both sides.\n\n"
        "Every package of values between our target and our reservation is simulated on the deal's offer (the "
        "spend data is read once) and valued for us and for the partner. Shown: the packages to offer together "
        "(MESO), the Nash package, and the Pareto frontier as a table and a chart.",
        "Opsi yang menguntungkan kedua pihak: paket-paket isu kesepakatan, dinilai untuk kedua pihak.\n\n"
        "Setiap paket nilai antara target dan batas kami disimulasikan pada penawaran kesepakatan (data belanja "
        "dibaca sekali) dan dinilai untuk kami dan untuk mitra. Yang ditampilkan: paket-paket yang ditawarkan "
        "bersamaan (MESO), paket Nash, dan paket efisien (Pareto) dalam bentuk tabel dan grafik.",
    ),
    "helpid.cmd.deal.list": (
        "Every deal with partner, status, rounds, overall gap and last meeting.",
        "Semua kesepakatan dengan mitra, status, jumlah putaran, selisih keseluruhan dan meeting terakhir.",
    ),
    "helpid.cmd.deal.new": (
        "Start a deal log: the header with issues, targets and reservations.\n\n"
        "Give everything as options, or leave them out on a terminal and pln asks (offering the offer's current "
        "values as targets). An existing deal is never overwritten. After creating it, pln warns about an issue "
        "whose target and reservation point against its usual direction, and previews the whole plan of our offers.",
        "Mulai log kesepakatan: header berisi isu, target dan batas kami.\n\n"
        "Berikan semuanya lewat opsi, atau kosongkan di terminal dan pln akan bertanya (dengan nilai penawaran "
        "saat ini sebagai usulan target). Kesepakatan yang sudah ada tidak pernah ditimpa. Setelah dibuat, pln memberi "
        "peringatan untuk isu yang target dan batasnya berlawanan dengan arah biasanya, dan menampilkan "
        "gambaran seluruh rencana penawaran kami.",
    ),
    "helpid.cmd.meeting": (
        "Meetings: Purwanto's four preparations, the head's acc, and what happened.",
        "Meeting: empat persiapan Purwanto, acc atasan, dan apa yang terjadi.",
    ),
    "helpid.cmd.meeting.submit": (
        "Submit the meeting for the acc: binds the plan, offer, data and materials as they are now.",
        "Ajukan meeting untuk minta acc: rencana, penawaran, data dan materi dikunci seperti kondisinya sekarang.",
    ),
    "helpid.cmd.meeting.approve": (
        "Give the acc. Refused (nothing written) when the meeting is not awaiting a decision, is overdue, or when "
        "the approver is who submitted it.",
        "Berikan acc. Ditolak (tidak ada yang ditulis) kalau meeting tidak sedang menunggu keputusan, sudah lewat "
        "tanggal, atau kalau yang memberi acc adalah orang yang mengajukannya.",
    ),
    "helpid.cmd.meeting.reject": (
        "Ask for changes instead of giving the acc; the note says which.",
        "Minta revisi alih-alih memberi acc; catatannya menyebutkan apa yang perlu diubah.",
    ),
    "helpid.cmd.meeting.held": (
        "Record that the meeting took place (log the negotiation round with `pln deal log`).",
        "Catat bahwa meeting sudah terlaksana (catat putaran negosiasinya dengan `pln deal log`).",
    ),
    "helpid.cmd.meeting.cancel": (
        "Record that the meeting will not take place, and why.",
        "Catat bahwa meeting batal, beserta alasannya.",
    ),
    "helpid.cmd.meeting.show": (
        "Where the meeting stands: the four preparations with what is missing and how to fix it, the acc, the "
        "audience with their lobby status, the deal.",
        "Posisi meeting saat ini: empat persiapan beserta apa yang kurang dan cara melengkapinya, acc, audiens "
        "dengan status lobinya, dan kesepakatannya.",
    ),
    "helpid.cmd.meeting.list": (
        "Every meeting by date: status, the four preparations, and whether it is ready.",
        "Semua meeting menurut tanggal: status, empat persiapan, dan apakah sudah siap.",
    ),
    "helpid.cmd.meeting.new": (
        "Plan a meeting: writes meetings/<id>.yaml with the plan (never overwrites).\n\n"
        "Give everything as options, or leave them out on a terminal and pln asks, offering the partner's people "
        "as the audience.",
        "Rencanakan meeting: menulis meetings/<id>.yaml berisi rencananya (tidak pernah menimpa).\n\n"
        "Berikan semuanya lewat opsi, atau kosongkan di terminal dan pln akan bertanya, dengan orang-orang mitra "
        "sebagai pilihan audiens.",
    ),
    "helpid.cmd.meeting.deck": (
        "The slides to show the partner: safe by construction (no reservation, BATNA, CAC or lobby note can reach "
        "them), byte-identical when rebuilt.",
        "Slide yang ditunjukkan ke mitra: aman sejak dirancang (batas kami, BATNA, CAC atau catatan lobi tidak "
        "bisa masuk), dan identik sampai ke byte-nya kalau dibuat ulang.",
    ),
    "helpid.cmd.meeting.brief": (
        "The internal brief for the team and the head: readiness and acc, the audience with their lobby status, "
        "both sides' economics, the deal so far, the next offer and the plan of our offers, cap and loss warnings, "
        "the packages to table and the BATNA. One self-contained HTML file (prints to A4) or markdown.",
        "Brief internal untuk tim dan atasan: kesiapan dan acc, audiens dengan status lobinya, hitungan ekonomi "
        "kedua pihak, perjalanan kesepakatan sejauh ini, penawaran berikutnya dan rencana penawaran kami, peringatan kuota "
        "atau anggaran habis dan kerugian, paket yang akan diajukan dan BATNA. Satu "
        "berkas HTML mandiri (siap cetak A4) atau markdown.",
    ),
    "helpid.cmd.lobby": (
        "Lobby logs: Tarmudji's classes, Panuju's steps, who is on side.",
        "Log lobi: golongan menurut Tarmudji, langkah menurut Panuju, siapa yang sudah mendukung.",
    ),
    "helpid.cmd.lobby.log": (
        "Append one contact to lobby/<partner>.yaml (created on the first).\n\n"
        "The person must be one of the partner's people (a close misspelling gets a \"did you mean\"); on any "
        "refusal nothing is written.",
        "Tambahkan satu kontak ke lobby/<mitra>.yaml (dibuat saat kontak pertama).\n\n"
        "Orangnya harus salah satu orang mitra (salah ketik yang mirip dijawab dengan \"maksud Anda\"); kalau "
        "ditolak, tidak ada yang ditulis.",
    ),
    "helpid.cmd.lobby.map": (
        "The people with class, influence, stance and Panuju steps; the influence x stance grid; the lobby "
        "priority with the next step each; stance history.",
        "Orang-orang mitra dengan golongan, pengaruh, sikap dan langkah Panuju; kisi pengaruh x sikap; prioritas "
        "lobi dengan langkah berikutnya untuk tiap orang; riwayat sikap.",
    ),
    "helpid.cmd.campaign": (
        "Campaigns: plan the Social Media Strategy Wheel, record posts and metrics, track and monitor them.",
        "Kampanye: rencanakan Social Media Strategy Wheel, catat posting dan metriknya, lacak dan pantau.",
    ),
    "helpid.cmd.campaign.new": (
        "Start a campaign: the plan, with all five spokes of the wheel.\n\n"
        "Spokes not filled in are written as prompts in comments, so they count as missing until someone fills "
        "them in. On a terminal pln asks for what the options leave out. An existing campaign is never overwritten.",
        "Mulai kampanye: rencananya, dengan kelima jari-jari roda.\n\n"
        "Jari-jari yang belum diisi ditulis sebagai pertanyaan di komentar, jadi dihitung belum lengkap sampai ada "
        "yang mengisinya. Di terminal, pln menanyakan apa yang tidak diisi lewat opsi. Kampanye yang sudah ada "
        "tidak pernah ditimpa.",
    ),
    "helpid.cmd.campaign.approve": (
        "Record marketing's decision on the channels: the latest one counts.\n\n"
        "A requested channel it leaves out is a mismatch, shown with who decided.",
        "Catat keputusan tim marketing soal kanal: yang terakhir yang berlaku.\n\n"
        "Kanal yang diminta tapi tidak disetujui dihitung sebagai ketidaksesuaian, ditampilkan beserta siapa "
        "yang memutuskan.",
    ),
    "helpid.cmd.campaign.post": (
        "Record a post: numbered p1, p2... under the lock, with a UTM-tagged link.\n\n"
        "A channel marketing did not approve is refused and nothing is written; before any approval it is a warning.",
        "Catat posting: diberi nomor p1, p2... di bawah kunci, dengan tautan bertanda UTM.\n\n"
        "Kanal yang tidak disetujui marketing ditolak dan tidak ada yang ditulis; sebelum ada persetujuan, hanya "
        "diberi peringatan.",
    ),
    "helpid.cmd.campaign.track": (
        "Record a cumulative snapshot of a post's counts, or import a CSV of them.\n\n"
        "The latest snapshot of a post counts, whole. Importing the same file twice counts nothing twice. A count "
        "lower than before is a warning.",
        "Catat snapshot kumulatif angka-angka sebuah posting, atau impor dari CSV.\n\n"
        "Snapshot terakhir sebuah posting yang berlaku, utuh. Mengimpor berkas yang sama dua kali tidak membuat "
        "apa pun terhitung dua kali. Angka yang lebih rendah dari sebelumnya diberi peringatan.",
    ),
    "helpid.cmd.campaign.mention": (
        "Record a mention heard while listening (tracking & monitoring).",
        "Catat sebutan (mention) yang ditemukan saat memantau (tracking & monitoring).",
    ),
    "helpid.cmd.campaign.show": (
        "Where the campaign stands: the wheel inside out, channels approved, posts and their measures, cadence, "
        "targets, mentions, the offer check, and what to do next; on a terminal, a chart of reach and engagement.",
        "Posisi kampanye saat ini: roda dari dalam ke luar, kanal yang disetujui, posting dan ukurannya, "
        "frekuensi, target, mention, pengecekan penawaran, dan langkah berikutnya; di terminal, grafik jangkauan "
        "dan engagement.",
    ),
    "helpid.cmd.campaign.calendar": (
        "The planned post dates (start + k x cadence), with the posts made beside them; `-o FILE.ics` writes an "
        "iCalendar file for Google Calendar or Outlook.",
        "Tanggal posting yang direncanakan (mulai + k x frekuensi), dengan posting yang sudah dibuat di sampingnya; "
        "`-o FILE.ics` menulis berkas iCalendar untuk Google Calendar atau Outlook.",
    ),
    "helpid.cmd.campaign.list": (
        "Every campaign: posts, reach, engagement rate, redemptions against the offer's expectation, channels not "
        "approved, next post due.",
        "Semua kampanye: posting, jangkauan, tingkat engagement, penukaran dibanding perkiraan penawaran, kanal "
        "yang tidak disetujui, posting berikutnya.",
    ),
    "helpid.cmd.partner": (
        "Partners: the companies and organisations we make deals with.",
        "Mitra: perusahaan dan organisasi yang menjalin kesepakatan dengan kami.",
    ),
    "helpid.cmd.partner.new": (
        "Write partners/ID.yaml: a template whose comments explain every field (the people to lobby, interests, "
        "notes). On a terminal, asks for what the options leave out. An existing file is never overwritten.",
        "Tulis partners/ID.yaml: templat yang komentarnya menjelaskan setiap isian (orang-orang yang dilobi, "
        "kepentingan, catatan). Di terminal, pln menanyakan apa yang tidak diisi lewat opsi. Berkas yang sudah ada "
        "tidak pernah ditimpa.",
    ),
    # --- parameters many commands share ----------------------------------------------
    "helpid.any.help": ("Show this message and exit.", "Tampilkan bantuan ini lalu keluar."),
    "helpid.any.lang": (
        "Language of labels and messages: en or id (default: PLN_LANG, pln.yaml, en).",
        "Bahasa label dan pesan: en atau id (bawaan: PLN_LANG, pln.yaml, en).",
    ),
    "helpid.any.dir": (
        "Workspace folder (default: PLN_DIR, or found from the current folder).",
        "Folder ruang kerja (bawaan: PLN_DIR, atau dicari dari folder saat ini).",
    ),
    "helpid.any.today": (
        "Take this date as today (for reproducible scripts).",
        "Anggap tanggal ini sebagai hari ini (agar hasil skrip bisa diulang).",
    ),
    "helpid.any.output": (
        "Write to FILE instead of stdout; the format follows its extension.",
        "Tulis ke FILE, bukan ke stdout; formatnya mengikuti ekstensi berkas.",
    ),
    "helpid.any.meeting": (
        "A meeting id in the workspace, or the path of a meeting file.",
        "Id meeting di ruang kerja, atau path berkas meeting.",
    ),
    "helpid.any.strict": (
        "Exit 1 when any file has an error (the rest is still listed).",
        "Keluar dengan kode 1 kalau ada berkas yang salah (sisanya tetap ditampilkan).",
    ),
    "helpid.any.campaign": (
        "A campaign id in the workspace, or the path of a campaign file.",
        "Id kampanye di ruang kerja, atau path berkas kampanye.",
    ),
    "helpid.any.date_": ("The event's date (default --today).", "Tanggal peristiwa (bawaan --today)."),
    "helpid.any.deal": (
        "A deal id in the workspace, or the path of a deal file.",
        "Id kesepakatan di ruang kerja, atau path berkas kesepakatan.",
    ),
    "helpid.any.note": ("A note kept with the event.", "Catatan yang disimpan bersama peristiwa ini."),
    "helpid.any.format": ("table, json, csv or markdown.", "table, json, csv atau markdown."),
    "helpid.any.by": ("Who does it (a person's name).", "Siapa yang melakukannya (nama orang)."),
    "helpid.any.set_": (
        "A term KEY=VALUE (min_spend=400rb); repeatable, or comma-separated.",
        "Satu ketentuan KEY=VALUE (min_spend=400rb); bisa diulang, atau dipisah koma.",
    ),
    "helpid.any.partner": ("Partner id.", "Id mitra."),
    "helpid.any.title": ("A title for reports.", "Judul untuk laporan."),
    # --- pln (the root) ------------------------------------------------------------
    "helpid.opt.pln.version": ("Show the version and exit.", "Tampilkan versi lalu keluar."),
    "helpid.opt.pln.debug": (
        "Show Python tracebacks for internal errors.",
        "Tampilkan traceback Python untuk kesalahan internal.",
    ),
    "helpid.opt.pln.lang": ("Language for every command: en or id.", "Bahasa untuk semua perintah: en atau id."),
    # --- check, report, due, init, completion, help ---------------------------------------
    "helpid.opt.check.paths": (
        "Workspace folders or single files (default: the workspace).",
        "Folder ruang kerja atau berkas satuan (bawaan: ruang kerja ini).",
    ),
    "helpid.opt.check.format": ("text or json.", "text atau json."),
    "helpid.opt.report.status": (
        "Only deals with this status (open, agreed, walked_away, paused); repeatable or comma-separated.",
        "Hanya kesepakatan dengan status ini (open, agreed, walked_away, paused); bisa diulang atau dipisah koma.",
    ),
    "helpid.opt.report.partner": (
        "Only deals with this partner id; repeatable.",
        "Hanya kesepakatan dengan id mitra ini; bisa diulang.",
    ),
    "helpid.opt.report.since": (
        "Only deals with a meeting on or after this date.",
        "Hanya kesepakatan yang punya meeting pada atau setelah tanggal ini.",
    ),
    "helpid.opt.report.until": (
        "Only deals with a meeting on or before this date.",
        "Hanya kesepakatan yang punya meeting pada atau sebelum tanggal ini.",
    ),
    "helpid.opt.report.format": (
        "table, markdown, csv, json, jsonl or xlsx (a workbook for the head).",
        "table, markdown, csv, json, jsonl atau xlsx (workbook untuk atasan).",
    ),
    "helpid.opt.due.within": (
        "Look this many days ahead (default 7).",
        "Lihat sejauh ini ke depan, dalam hari (bawaan 7).",
    ),
    "helpid.opt.init.folder": (
        "Folder of the new workspace (default: the current folder); made when missing.",
        "Folder ruang kerja baru (bawaan: folder saat ini); dibuat kalau belum ada.",
    ),
    "helpid.opt.init.lang": (
        "Language of the workspace and its sample files: en or id (asked on a terminal).",
        "Bahasa ruang kerja dan berkas contohnya: en atau id (ditanyakan di terminal).",
    ),
    "helpid.opt.init.name": (
        "The workspace's name, written to pln.yaml.",
        "Nama ruang kerja, ditulis ke pln.yaml.",
    ),
    "helpid.opt.completion.shell": ("bash, zsh or fish.", "bash, zsh atau fish."),
    "helpid.opt.help.topic": (
        "The topic; leave it out for the list.",
        "Topiknya; kosongkan untuk melihat daftar topik.",
    ),
    # --- offer ---------------------------------------------------------------------
    "helpid.opt.offer.simulate.offers": (
        "Offer files, offer ids, or folders of offers.",
        "Berkas penawaran, id penawaran, atau folder berisi penawaran.",
    ),
    "helpid.opt.offer.simulate.vs": (
        "A counter-offer: KEY=VALUE[,KEY=VALUE...] with issue keys (min_spend=400rb,voucher=30rb). Repeatable.",
        "Penawaran balik: KEY=VALUE[,KEY=VALUE...] dengan kunci isu (min_spend=400rb,voucher=30rb). Bisa diulang.",
    ),
    "helpid.opt.offer.simulate.grid": (
        "A sensitivity axis KEY=FROM:TO:STEP (once or twice).",
        "Sumbu sensitivitas KEY=FROM:TO:STEP (sekali atau dua kali).",
    ),
    "helpid.opt.offer.simulate.metric": (
        "What a --grid shows: any numeric JSON key (default our_net_cost).",
        "Yang ditampilkan --grid: kunci JSON apa pun yang berupa angka (bawaan our_net_cost).",
    ),
    "helpid.opt.offer.simulate.uncertainty": (
        "Draw the ranged assumptions ({{low, mode, high}} in the offer file): P10/P50/P90 bands, shares of draws "
        "where a cap binds or we lose money, a tornado and break-even values. With --vs or --grid, every "
        "counter-offer or cell gets its own bands: one more set of draws each.",
        "Undi asumsi yang berupa rentang ({{low, mode, high}} di berkas penawaran): pita P10/P50/P90, porsi undian "
        "yang membuat kuota atau anggaran habis atau membuat kami rugi, diagram tornado dan nilai impas. Dengan --vs atau "
        "--grid, setiap penawaran balik atau sel mendapat pitanya sendiri: masing-masing satu set undian lagi.",
    ),
    "helpid.opt.offer.simulate.draws": (
        "Draws for --uncertainty: 1 to 1,000,000 (default 10,000; a few µs each, so a million take seconds).",
        "Jumlah undian untuk --uncertainty: 1 sampai 1.000.000 (bawaan 10.000; beberapa µs per undian, jadi "
        "sejuta undian butuh beberapa detik).",
    ),
    "helpid.opt.offer.simulate.seed": (
        "Seed of the draws: 0 to 2^53-1 (default 1); the same seed gives the same numbers.",
        "Seed undian: 0 sampai 2^53-1 (bawaan 1); seed yang sama menghasilkan angka yang sama.",
    ),
    "helpid.opt.offer.simulate.format": (
        "table, json, csv, markdown or xlsx.",
        "table, json, csv, markdown atau xlsx.",
    ),
    "helpid.opt.offer.deck.offer": (
        "An offer id in the workspace, or the path of an offer file.",
        "Id penawaran di ruang kerja, atau path berkas penawaran.",
    ),
    "helpid.opt.offer.deck.output": _PPTX,
    "helpid.opt.offer.deck.date_": (
        "The date on the title slide (default today).",
        "Tanggal di slide judul (bawaan hari ini).",
    ),
    "helpid.opt.offer.new.id": (
        "The new offer's id: lowercase words joined by hyphens (total-spbu-2018q1).",
        "Id penawaran baru: kata-kata huruf kecil yang disambung tanda hubung (total-spbu-2018q1).",
    ),
    "helpid.opt.offer.new.partner": ("The partner's id.", "Id mitranya."),
    "helpid.opt.offer.new.min_spend": (
        "Spend in one transaction that earns the voucher: 450rb, Rp450.000, 450000 or 1,5jt.",
        "Belanja dalam satu transaksi yang mendapat voucher: 450rb, Rp450.000, 450000 atau 1,5jt.",
    ),
    "helpid.opt.offer.new.voucher": (
        "The voucher's value (25rb, Rp25.000).",
        "Nilai voucher (25rb, Rp25.000).",
    ),
    "helpid.opt.offer.new.days": (
        "Days the scheme runs (or --start and --end).",
        "Lama skema berjalan, dalam hari (atau --start dan --end).",
    ),
    "helpid.opt.offer.new.start": ("First day of the scheme.", "Hari pertama skema."),
    "helpid.opt.offer.new.end": ("Last day of the scheme.", "Hari terakhir skema."),
    "helpid.opt.offer.new.transactions": (
        "The partner's transactions in the period (120000 or 120.000).",
        "Jumlah transaksi mitra dalam periode (120000 atau 120.000).",
    ),
    "helpid.opt.offer.new.redemption_rate": (
        "Share of vouchers that get used: 35%, 0.35 or 0,35.",
        "Porsi voucher yang benar-benar dipakai: 35%, 0.35 atau 0,35.",
    ),
    "helpid.opt.offer.new.median": (
        "Median spend per transaction (a lognormal estimate, with --p90 or --mean).",
        "Median belanja per transaksi (perkiraan lognormal, bersama --p90 atau --mean).",
    ),
    "helpid.opt.offer.new.p90": (
        "Spend that 90% of transactions stay below.",
        "Nilai belanja yang tidak dilampaui oleh 90% transaksi.",
    ),
    "helpid.opt.offer.new.mean": (
        "Mean spend per transaction, instead of --p90.",
        "Rata-rata belanja per transaksi, sebagai ganti --p90.",
    ),
    "helpid.opt.offer.new.histogram": (
        "A lower,upper,count CSV of spend per transaction, inside the workspace (instead of --median).",
        "CSV lower,upper,count berisi belanja per transaksi, di dalam ruang kerja (sebagai ganti --median).",
    ),
    "helpid.opt.offer.new.title": ("How reports name the offer.", "Nama penawaran di laporan."),
    # --- deal ----------------------------------------------------------------------
    "helpid.opt.deal.log.by": (
        "Who made this offer: us or them (kami or mitra).",
        "Siapa yang mengajukan penawaran ini: us atau them (kami atau mitra).",
    ),
    "helpid.opt.deal.log.note": ("What happened in the meeting.", "Apa yang terjadi di meeting."),
    "helpid.opt.deal.log.date_": ("Meeting date (default today).", "Tanggal meeting (bawaan hari ini)."),
    "helpid.opt.deal.log.check": (
        "Checklist answer ITEM=yes|partly|no; repeatable. ITEM is one of: commonalities, interests, all_needs, "
        "information, options, objective_criteria, positional, single_issue, withholding, pressure, win_lose.",
        "Jawaban daftar periksa ITEM=yes|partly|no; bisa diulang. ITEM salah satu dari: commonalities, interests, "
        "all_needs, information, options, objective_criteria, positional, single_issue, withholding, pressure, "
        "win_lose.",
    ),
    "helpid.opt.deal.log.from_": (
        "Read the round as YAML from FILE, or - for stdin.",
        "Baca putaran sebagai YAML dari FILE, atau - untuk stdin.",
    ),
    "helpid.opt.deal.close.outcome": ("agreed, walked_away or paused.", "agreed, walked_away atau paused."),
    "helpid.opt.deal.close.note": ("How it ended.", "Bagaimana kesepakatan ini berakhir."),
    "helpid.opt.deal.close.date_": ("Date (default today).", "Tanggal (bawaan hari ini)."),
    "helpid.opt.deal.show.format": (
        "table, json or markdown (a meeting brief).",
        "table, json atau markdown (brief meeting).",
    ),
    "helpid.opt.deal.options.steps": (
        "Values per issue, from our target to our reservation (2 or more).",
        "Jumlah nilai per isu, dari target sampai batas kami (2 atau lebih).",
    ),
    "helpid.opt.deal.options.meso": (
        "Packages to offer together, of about equal value to us.",
        "Jumlah paket yang ditawarkan bersamaan, dengan nilai kurang lebih sama bagi kami.",
    ),
    "helpid.opt.deal.options.partner_margin": (
        "The partner's gross margin (4%, 0.04); overrides assumptions.partner_margin.",
        "Margin kotor mitra (4%, 0.04); menggantikan assumptions.partner_margin.",
    ),
    "helpid.opt.deal.options.format": ("table, json, markdown or csv.", "table, json, markdown atau csv."),
    "helpid.opt.deal.new.deal": (
        "The new deal's id (a slug, e.g. total-spbu-2018).",
        "Id kesepakatan baru (slug, mis. total-spbu-2018).",
    ),
    "helpid.opt.deal.new.offer": (
        "Base offer id (an offer of the same partner).",
        "Id penawaran dasar (penawaran dari mitra yang sama).",
    ),
    "helpid.opt.deal.new.issue": (
        "KEY=TARGET:RESERVATION[:THEIR_RESERVATION], e.g. min_spend=450rb:400rb:425rb; repeatable. "
        "THEIR_RESERVATION is our estimate of the worst value the partner would still accept (leave it out if unknown).",
        "KEY=TARGET:RESERVATION[:THEIR_RESERVATION], mis. min_spend=450rb:400rb:425rb; bisa diulang. "
        "TARGET adalah sasaran kami, RESERVATION batas terburuk yang masih kami terima, THEIR_RESERVATION perkiraan "
        "kami atas nilai terburuk yang masih diterima mitra (kosongkan kalau tidak tahu).",
    ),
    "helpid.opt.deal.new.deadline": (
        "Offers we plan to make, opening included (default 4).",
        "Jumlah penawaran yang kami rencanakan, termasuk pembukaan (bawaan 4).",
    ),
    "helpid.opt.deal.new.tactic": (
        "boulware, linear, conceder, or a beta such as 0.5 (default linear).",
        "boulware, linear, conceder, atau nilai beta seperti 0.5 (bawaan linear).",
    ),
    "helpid.opt.deal.new.batna": (
        "Our best alternative if this deal fails.",
        "Alternatif terbaik kami kalau kesepakatan ini gagal.",
    ),
    # --- meeting -------------------------------------------------------------------
    "helpid.opt.meeting.submit.to": ("Who should give the acc.", "Siapa yang diminta memberi acc."),
    "helpid.opt.meeting.submit.note": _NOTE_STORED,
    "helpid.opt.meeting.approve.note": _NOTE_STORED,
    "helpid.opt.meeting.reject.note": ("What to change.", "Apa yang perlu diubah."),
    "helpid.opt.meeting.held.note": _NOTE_STORED,
    "helpid.opt.meeting.held.attended": (
        "Who came (names, comma-separated or repeated).",
        "Siapa yang hadir (nama, dipisah koma atau diulang).",
    ),
    "helpid.opt.meeting.cancel.note": ("Why it will not take place.", "Kenapa meeting ini batal."),
    "helpid.opt.meeting.show.format": _TABLE_JSON_MD,
    "helpid.opt.meeting.list.partner": (
        "Only meetings with this partner id; repeatable.",
        "Hanya meeting dengan id mitra ini; bisa diulang.",
    ),
    "helpid.opt.meeting.new.meeting": (
        "The new meeting's id (a slug, e.g. total-spbu-kickoff).",
        "Id meeting baru (slug, mis. total-spbu-kickoff).",
    ),
    "helpid.opt.meeting.new.date_": ("The meeting's date.", "Tanggal meeting."),
    "helpid.opt.meeting.new.time": ("Its time, HH:MM.", "Jamnya, HH:MM."),
    "helpid.opt.meeting.new.deal": (
        "The deal it is part of (its offer is the meeting's).",
        "Kesepakatan tempat meeting ini berada (penawaran kesepakatan itu menjadi penawaran meeting).",
    ),
    "helpid.opt.meeting.new.offer": (
        "The offer presented, when not the deal's.",
        "Penawaran yang dipresentasikan, kalau bukan penawaran kesepakatannya.",
    ),
    "helpid.opt.meeting.new.objective": (
        "What the meeting should achieve.",
        "Apa yang ingin dicapai dari meeting ini.",
    ),
    "helpid.opt.meeting.new.presenter": (
        "Our presenters; repeatable or comma-separated.",
        "Presenter dari pihak kami; bisa diulang atau dipisah koma.",
    ),
    "helpid.opt.meeting.new.audience": (
        "The partner's people attending; repeatable or comma-separated.",
        "Orang-orang mitra yang hadir; bisa diulang atau dipisah koma.",
    ),
    "helpid.opt.meeting.new.material": (
        "[TITLE=]FILE, relative to the meeting file (../decks/x.pptx); repeatable.",
        "[TITLE=]FILE, relatif terhadap berkas meeting (../decks/x.pptx); bisa diulang.",
    ),
    "helpid.opt.meeting.new.aid": (
        "A presentation aid, NAME[=yes|partly|no] (tested?); repeatable.",
        "Alat bantu presentasi, NAME[=yes|partly|no] (sudah dites?); bisa diulang.",
    ),
    "helpid.opt.meeting.new.place": ("Where it takes place.", "Lokasi meeting."),
    "helpid.opt.meeting.new.room": ("The room.", "Ruangannya."),
    "helpid.opt.meeting.new.checked": (
        "What was checked on site (projector, power, quiet, ...).",
        "Apa saja yang sudah dicek di lokasi (proyektor, listrik, ketenangan, ...).",
    ),
    "helpid.opt.meeting.deck.output": _PPTX,
    "helpid.opt.meeting.brief.format": (
        "html or markdown (default: from -o, else markdown).",
        "html atau markdown (bawaan: dari -o, kalau tidak ada, markdown).",
    ),
    # --- lobby ---------------------------------------------------------------------
    "helpid.opt.lobby.log.partner": _PARTNER_REF,
    "helpid.opt.lobby.log.person": (
        "One of the partner's people, as in the partner file.",
        "Salah satu orang mitra, sesuai yang tertulis di berkas mitra.",
    ),
    "helpid.opt.lobby.log.step": (
        "Panuju's step: know, inform, self, deliver or impress.",
        "Langkah menurut Panuju: know, inform, self, deliver atau impress.",
    ),
    "helpid.opt.lobby.log.channel": (
        "meeting, call, message, email, event or other.",
        "meeting, call, message, email, event atau other.",
    ),
    "helpid.opt.lobby.log.stance": (
        "The stance seen after this contact: opposed .. champion.",
        "Sikap yang terlihat setelah kontak ini: opposed .. champion.",
    ),
    "helpid.opt.lobby.log.next_": (
        "The next action, DATE:ACTION.",
        "Langkah berikutnya, DATE:ACTION.",
    ),
    "helpid.opt.lobby.log.note": ("What happened.", "Apa yang terjadi."),
    "helpid.opt.lobby.log.date_": (
        "The contact's date (default --today).",
        "Tanggal kontak (bawaan --today).",
    ),
    "helpid.opt.lobby.map.partner": _PARTNER_REF,
    "helpid.opt.lobby.map.format": _TABLE_JSON_MD,
    # --- campaign ------------------------------------------------------------------
    "helpid.opt.campaign.new.campaign": (
        "The new campaign's id (a slug, e.g. voucher-flight-fanfest).",
        "Id kampanye baru (slug, mis. voucher-flight-fanfest).",
    ),
    "helpid.opt.campaign.new.product": (
        "jd_voucher, jd_pulsa, jd_flight or jd_cinema.",
        "jd_voucher, jd_pulsa, jd_flight atau jd_cinema.",
    ),
    "helpid.opt.campaign.new.start": ("First day of the campaign.", "Hari pertama kampanye."),
    "helpid.opt.campaign.new.end": ("Last day of the campaign.", "Hari terakhir kampanye."),
    "helpid.opt.campaign.new.cadence": (
        "A post at least every N days (default 14).",
        "Minimal satu posting setiap N hari (bawaan 14).",
    ),
    "helpid.opt.campaign.new.channels": (
        "Channels requested: instagram, facebook, twitter, youtube, tiktok, other (comma-separated).",
        "Kanal yang diminta: instagram, facebook, twitter, youtube, tiktok, other (dipisah koma).",
    ),
    "helpid.opt.campaign.new.partner": (
        "Partner id, when the campaign promotes a partner's offer.",
        "Id mitra, kalau kampanye ini mempromosikan penawaran mitra.",
    ),
    "helpid.opt.campaign.new.offer": (
        "The offer id whose economics the campaign promotes.",
        "Id penawaran yang hitungan ekonominya dipromosikan kampanye ini.",
    ),
    "helpid.opt.campaign.new.link": (
        "Landing page; each post gets a UTM-tagged copy.",
        "Halaman tujuan (landing page); setiap posting mendapat salinan bertanda UTM.",
    ),
    "helpid.opt.campaign.approve.by": (
        "Who decided (e.g. Rina (Marketing)).",
        "Siapa yang memutuskan (mis. Rina (Marketing)).",
    ),
    "helpid.opt.campaign.approve.channels": (
        "The channels approved: facebook[,instagram]; repeatable.",
        "Kanal yang disetujui: facebook[,instagram]; bisa diulang.",
    ),
    "helpid.opt.campaign.approve.date_": _EVENT_DATE,
    "helpid.opt.campaign.post.channel": (
        "Where it went out: instagram, facebook, ...",
        "Di mana posting ini tayang: instagram, facebook, ...",
    ),
    "helpid.opt.campaign.post.date_": _EVENT_DATE,
    "helpid.opt.campaign.post.kind": (
        "image, video, story, reel, carousel or text.",
        "image, video, story, reel, carousel atau text.",
    ),
    "helpid.opt.campaign.post.text": (
        "The post's text (or its first line).",
        "Teks posting (atau baris pertamanya).",
    ),
    "helpid.opt.campaign.post.code": (
        "A voucher or promo code in the post (matches Meta's export rows).",
        "Kode voucher atau promo di posting (dicocokkan dengan baris ekspor Meta).",
    ),
    "helpid.opt.campaign.track.post": (
        "The post (p1, p2...); not with --from.",
        "Postingnya (p1, p2...); tidak bersama --from.",
    ),
    "helpid.opt.campaign.track.date_": (
        "The day the counts were read (default: --today, else today); with --from, for rows without a date.",
        "Hari angka-angka itu dibaca (bawaan: --today, kalau tidak ada, hari ini); dengan --from, untuk baris "
        "tanpa tanggal.",
    ),
    "helpid.opt.campaign.track.reach": ("People reached.", "Jumlah orang yang terjangkau."),
    "helpid.opt.campaign.track.views": ("Views or impressions.", "Tayangan atau impresi."),
    "helpid.opt.campaign.track.likes": ("Likes or reactions.", "Suka atau reaksi."),
    "helpid.opt.campaign.track.comments": ("Comments.", "Komentar."),
    "helpid.opt.campaign.track.shares": ("Shares.", "Dibagikan."),
    "helpid.opt.campaign.track.saves": ("Saves.", "Disimpan."),
    "helpid.opt.campaign.track.clicks": ("Link clicks.", "Klik tautan."),
    "helpid.opt.campaign.track.answered": ("Comments we answered.", "Komentar yang sudah kami balas."),
    "helpid.opt.campaign.track.reply_minutes": (
        "Median minutes to our reply.",
        "Median waktu sampai kami membalas, dalam menit.",
    ),
    "helpid.opt.campaign.track.redemptions": (
        "Vouchers or codes redeemed.",
        "Voucher atau kode yang ditukarkan.",
    ),
    "helpid.opt.campaign.track.from_": (
        "A CSV of snapshots: columns post,date and counts, or Meta's insights export.",
        "CSV berisi snapshot: kolom post,date dan angka-angkanya, atau ekspor insights dari Meta.",
    ),
    "helpid.opt.campaign.mention.where": (
        "Where it was said (a group, a comment, a review).",
        "Di mana hal itu disebut (grup, komentar, ulasan).",
    ),
    "helpid.opt.campaign.mention.sentiment": (
        "positive, neutral or negative.",
        "positive, neutral atau negative.",
    ),
    "helpid.opt.campaign.mention.replied": ("Did we reply: yes or no.", "Sudah kami balas: yes atau no."),
    "helpid.opt.campaign.mention.date_": _EVENT_DATE,
    "helpid.opt.campaign.show.format": (
        "table, markdown, csv (the posts) or json.",
        "table, markdown, csv (daftar posting) atau json.",
    ),
    "helpid.opt.campaign.calendar.format": (
        "table, markdown, json, or ics (iCalendar).",
        "table, markdown, json, atau ics (iCalendar).",
    ),
    "helpid.opt.campaign.list.format": ("table, markdown, csv or json.", "table, markdown, csv atau json."),
    # --- partner -------------------------------------------------------------------
    "helpid.opt.partner.new.id": (
        "The new partner's id: lowercase words joined by hyphens (total-spbu).",
        "Id mitra baru: kata-kata huruf kecil yang disambung tanda hubung (total-spbu).",
    ),
    "helpid.opt.partner.new.name": (
        "The partner's name as reports show it (asked on a terminal).",
        "Nama mitra seperti yang tampil di laporan (ditanyakan di terminal).",
    ),
    "helpid.opt.partner.new.sector": ("What the partner does.", "Bidang usaha mitra."),
    "helpid.opt.partner.new.size": (
        "The partner compared with us: smaller, similar or larger.",
        "Ukuran mitra dibanding kami: smaller, similar atau larger.",
    ),
}
