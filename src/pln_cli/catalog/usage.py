"""Usage errors (exit 2), environment errors, and the words around messages."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # --- the words around every message ------------------------------------
    "word.error": ("error", "kesalahan"),
    "word.warning": ("warning", "peringatan"),
    "word.hint": ("hint", "saran"),
    # --- the machine said no -------------------------------------------------
    "env.os_error": ("{file}: {reason}", "{file}: {reason}"),
    "env.resources": ("not enough memory or resources to finish ({reason})", "memori atau sumber daya tidak cukup untuk menyelesaikan ({reason})"),
    "env.bad_pln_lang": (
        "PLN_LANG={value!r} names no language pln speaks (en or id); it is ignored",
        "PLN_LANG={value!r} bukan bahasa yang dikenal pln (en atau id); diabaikan",
    ),
    # --- appending under a lock ------------------------------------------------
    "append.waiting": (
        "another pln is writing to this file; waiting for it to finish...",
        "pln lain sedang menulis ke berkas ini; menunggu sampai selesai...",
    ),
    "append.locked": (
        "another process has held the lock on this file for {seconds} seconds; nothing was written",
        "proses lain memegang kunci berkas ini selama {seconds} detik; tidak ada yang ditulis",
    ),
    "append.locked.hint": (
        "find the other pln (or editor) that is writing to it, let it finish, and try again",
        "cari pln (atau editor) lain yang sedang menulis ke berkas ini, biarkan selesai, lalu coba lagi",
    ),
    "deal.warn.date_order": (
        "the date {date} is before the previous round's ({previous}); it was recorded as given: if it is a typo, note the correction in the next round",
        "tanggal {date} lebih awal dari putaran sebelumnya ({previous}); dicatat apa adanya: bila salah ketik, catat koreksinya di putaran berikutnya",
    ),
    # --- options and arguments ----------------------------------------------------
    "usage.lang": ("--lang must be en or id, not {value!r}", "--lang harus en atau id, bukan {value!r}"),
    "usage.format": ("--format must be one of {allowed}, not {value!r}", "--format harus salah satu dari {allowed}, bukan {value!r}"),
    "usage.format_of_file": (
        "cannot tell the format of {file!r} from its extension; add --format ({allowed})",
        "format {file!r} tidak dapat ditentukan dari ekstensinya; tambahkan --format ({allowed})",
    ),
    "usage.date": ("{option} {text!r}: write the date as YYYY-MM-DD", "{option} {text!r}: tulis tanggal sebagai YYYY-MM-DD"),
    "usage.since_until": ("--since is after --until", "--since jatuh setelah --until"),
    "usage.status": ("--status {value}: use {statuses}", "--status {value}: gunakan {statuses}"),
    "usage.not_workspace": (
        "{root}: not a pln workspace (no pln.yaml, partners/, offers/ or deals/); start one here with `pln init`, or point to one with --dir or PLN_DIR",
        "{root}: bukan ruang kerja pln (tidak ada pln.yaml, partners/, offers/, atau deals/); buat di sini dengan `pln init`, atau tunjuk yang ada dengan --dir atau PLN_DIR",
    ),
    "usage.no_such.deals": ("{name}: no such deal (looked for {path}; deals here: {known})", "{name}: kesepakatan tidak ditemukan (dicari di {path}; yang ada: {known})"),
    "usage.no_such.offers": ("{name}: no such offer (looked for {path}; offers here: {known})", "{name}: penawaran tidak ditemukan (dicari di {path}; yang ada: {known})"),
    "usage.no_such.partners": ("{name}: no such partner (looked for {path}; partners here: {known})", "{name}: mitra tidak ditemukan (dicari di {path}; yang ada: {known})"),
    "usage.no_such_file": ("{name}: no such file", "{name}: berkas tidak ditemukan"),
    "usage.no_such_path": ("{name}: no such file or folder", "{name}: berkas atau folder tidak ditemukan"),
    "usage.no_offers_in": ("{name}: no offer files (*.yaml) in this folder", "{name}: tidak ada berkas penawaran (*.yaml) di folder ini"),
    "usage.vs_grid_single": ("--vs and --grid take a single offer", "--vs dan --grid hanya untuk satu penawaran"),
    "usage.vs_and_grid": ("use --vs or --grid, not both", "gunakan --vs atau --grid, jangan keduanya"),
    "usage.grid_count": ("--grid can be given once or twice", "--grid boleh diberikan sekali atau dua kali"),
    "usage.grid_same_axis": ("the two --grid axes must be different issues", "kedua sumbu --grid harus isu yang berbeda"),
    "usage.metric": ("--metric must be one of: {known} (not {metric!r})", "--metric harus salah satu dari: {known} (bukan {metric!r})"),
    "usage.metric_needs_grid": ("--metric goes with --grid", "--metric hanya dipakai bersama --grid"),
    "usage.too_many_variants": (
        "{count} counter-offers in one --vs comparison; at most {max} are shown side by side",
        "{count} penawaran balik dalam satu perbandingan --vs; paling banyak {max} yang dapat dibandingkan berdampingan",
    ),
    "usage.from_alone": (
        "--from gives the whole round; leave out --by, --set, --note, --date and --check",
        "--from memberikan seluruh putaran; jangan pakai --by, --set, --note, --date, dan --check",
    ),
    "usage.by": ("--by us or --by them is required (one of: {parties})", "--by us atau --by them wajib diisi (salah satu dari: {parties})"),
    "usage.check_item": ("--check {text!r}: use ITEM=yes|partly|no with ITEM one of {items}", "--check {text!r}: gunakan ITEM=yes|partly|no dengan ITEM salah satu dari {items}"),
    "usage.check_answer": ("--check {text!r}: the answer must be yes, partly or no ({answers})", "--check {text!r}: jawabannya harus yes, partly, atau no ({answers})"),
    "usage.outcome": ("OUTCOME must be one of {outcomes}, not {outcome!r}", "OUTCOME harus salah satu dari {outcomes}, bukan {outcome!r}"),
    "usage.not_met": (
        "the offers have not met on every issue: give the agreed terms with --set KEY=VALUE",
        "penawaran kedua pihak belum bertemu di setiap isu: berikan ketentuan yang disepakati dengan --set KEY=VALUE",
    ),
    "usage.issue_syntax": (
        "--issue {text!r}: write KEY=TARGET:RESERVATION[:THEIR_RESERVATION], with a value in each of the first two fields",
        "--issue {text!r}: tulis KEY=TARGET:RESERVATION[:THEIR_RESERVATION], dengan nilai di dua isian pertama",
    ),
    "usage.tactic": (
        "--tactic {value!r}: use boulware, linear, conceder or a beta above zero (e.g. 0.5)",
        "--tactic {value!r}: gunakan boulware, linear, conceder, atau beta di atas nol (mis. 0.5)",
    ),
    "usage.slug": (
        "{value!r} is not an id: use lowercase words joined by hyphens, e.g. total-spbu-2018",
        "{value!r} bukan id: gunakan huruf kecil yang disambung tanda hubung, mis. total-spbu-2018",
    ),
    "usage.new_deal_required": (
        "--partner, --offer and at least one --issue are required (or run on a terminal to be asked)",
        "--partner, --offer, dan setidaknya satu --issue wajib diisi (atau jalankan di terminal untuk ditanya)",
    ),
    "usage.deadline": ("--deadline must be at least 1", "--deadline minimal 1"),
    "usage.deal_exists": (
        "{path} exists already; a deal is never overwritten (log rounds with `pln deal log {deal}`)",
        "{path} sudah ada; kesepakatan tidak pernah ditimpa (catat putaran dengan `pln deal log {deal}`)",
    ),
    "usage.no_partner": ("no partner {partner!r} in {folder}", "tidak ada mitra {partner!r} di {folder}"),
    "usage.no_offer": ("no offer {offer!r} in {folder} (give an offer id)", "tidak ada penawaran {offer!r} di {folder} (berikan id penawaran)"),
    "usage.offer_partner": (
        "offer {offer!r} belongs to partner {theirs!r}, not {partner!r}",
        "penawaran {offer!r} milik mitra {theirs!r}, bukan {partner!r}",
    ),
    "usage.deck_extra": (
        "decks need python-pptx: pip install \"pln-cli[deck]\"",
        "deck memerlukan python-pptx: pip install \"pln-cli[deck]\"",
    ),
    "usage.deck_suffix": ("-o {file}: a deck is written as a .pptx file", "-o {file}: deck ditulis sebagai berkas .pptx"),
    # --- -o FILE ------------------------------------------------------------------
    "usage.output_no_folder": ("-o {file}: the folder {folder} does not exist; nothing was written", "-o {file}: folder {folder} tidak ada; tidak ada yang ditulis"),
    "usage.output_empty": ("-o needs a file name (or - for standard output)", "-o memerlukan nama berkas (atau - untuk keluaran standar)"),
    "usage.output_not_file": (
        "-o {file}: not a regular file, device or pipe; nothing was written",
        "-o {file}: bukan berkas biasa, perangkat, atau pipa; tidak ada yang ditulis",
    ),
    "usage.output_is_input": (
        "-o {file}: pln reads this file; output never overwrites input",
        "-o {file}: pln membaca berkas ini; keluaran tidak pernah menimpa masukan",
    ),
    "usage.output_in_data": (
        "-o {file}: inside the workspace's {folder}/ folder, which holds data; write reports elsewhere (e.g. decks/ or reports/)",
        "-o {file}: berada di folder {folder}/ ruang kerja, yang berisi data; tulis laporan di tempat lain (mis. decks/ atau reports/)",
    ),
}
