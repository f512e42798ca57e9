"""Meetings, approval, lobby and what is due (PREP)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # --- labels: preparations, levels, statuses ---------------------------------
    "meeting.item.topic": ("topic", "penguasaan materi"),
    "meeting.item.tools": ("tools", "alat presentasi"),
    "meeting.item.audience": ("audience", "analisis audiens"),
    "meeting.item.venue": ("venue", "tempat"),
    "meeting.level.ready": ("ready", "siap"),
    "meeting.level.partly": ("partly", "sebagian"),
    "meeting.level.missing": ("missing", "belum siap"),
    "meeting.status.not_submitted": ("not submitted", "belum diajukan"),
    "meeting.status.awaiting": ("awaiting the acc", "menunggu acc"),
    "meeting.status.changes_requested": ("changes requested", "perlu revisi"),
    "meeting.status.approved": ("approved (acc)", "disetujui (acc)"),
    "meeting.status.stale": ("stale acc", "acc kedaluwarsa"),
    "meeting.status.held": ("held", "sudah terlaksana"),
    "meeting.status.cancelled": ("cancelled", "dibatalkan"),
    "meeting.status.overdue": ("overdue", "lewat tanggal"),
    "meeting.approval.valid": ("valid", "berlaku"),
    "meeting.approval.stale": ("stale", "kedaluwarsa"),
    "meeting.approval.none": ("none", "belum ada"),
    # --- the status said plainly ---------------------------------------------------
    "meeting.say.not_submitted": (
        "not submitted yet: submit it with `pln meeting submit`",
        "belum diajukan: ajukan dengan `pln meeting submit`",
    ),
    "meeting.say.awaiting": (
        "submitted by {by} on {date} (to {to}), awaiting the acc",
        "diajukan oleh {by} pada {date} (kepada {to}), menunggu acc",
    ),
    "meeting.say.changes_requested": (
        "{by} asked for changes on {date}: {note}; revise and submit again",
        "{by} meminta revisi pada {date}: {note}; perbaiki lalu ajukan lagi",
    ),
    "meeting.say.approved": (
        "approved (acc) by {by} on {date}; nothing has changed since",
        "disetujui (acc) oleh {by} pada {date}; tidak ada perubahan sejak itu",
    ),
    "meeting.say.stale": (
        "the acc by {by} on {date} is stale: the plan, offer or material changed after it; submit again",
        "acc dari {by} pada {date} sudah kedaluwarsa: rencana, penawaran atau materi berubah setelahnya; ajukan ulang",
    ),
    "meeting.say.held": ("held on {date}", "sudah terlaksana pada {date}"),
    "meeting.say.cancelled": ("cancelled on {date}: {note}", "dibatalkan pada {date}: {note}"),
    "meeting.say.overdue": (
        (
            "overdue: the meeting date {date} has passed and it is neither held nor cancelled; "
            "record it with `pln meeting held` or `pln meeting cancel`"
        ),
        (
            "lewat tanggal: tanggal pertemuan {date} sudah lewat, tetapi belum dicatat terlaksana atau dibatalkan; "
            "catat dengan `pln meeting held` atau `pln meeting cancel`"
        ),
    ),
    # --- readiness: what is missing and how to fix it -------------------------------
    "meeting.topic.no_offer": (
        "no offer linked: add `offer:` to the plan, or link a `deal:` that has one",
        "belum ada penawaran: tambahkan `offer:` pada rencana, atau tautkan `deal:` yang memilikinya",
    ),
    "meeting.topic.offer_error": (
        "the offer {offer} does not simulate: {error}",
        "penawaran {offer} tidak bisa disimulasikan: {error}",
    ),
    "meeting.topic.deal_unknown": (
        'no deal "{deal}" in deals/: fix `deal:` in the plan',
        'tidak ada kesepakatan "{deal}" di deals/: perbaiki `deal:` pada rencana',
    ),
    "meeting.topic.no_batna": (
        "the deal {deal} has no BATNA: write `batna:` in its header",
        "kesepakatan {deal} belum punya BATNA: tulis `batna:` di header-nya",
    ),
    "meeting.tools.nothing": (
        "no presentation aids and no material listed: add them under `aids:` and `materials:`",
        "belum ada alat presentasi maupun materi: tambahkan di `aids:` dan `materials:`",
    ),
    "meeting.tools.no_aid": (
        "no presentation aid listed: add the projector, laptop and the like under `aids:`",
        "belum ada alat presentasi: tambahkan proyektor, laptop dan sejenisnya di `aids:`",
    ),
    "meeting.tools.untested": (
        "{aid} is not tested (tested: {tested}): try it out, then write `tested: yes`",
        "{aid} belum dites (tested: {tested}): coba dulu, lalu tulis `tested: yes`",
    ),
    "meeting.tools.material_missing": (
        "the material file {file} does not exist: add it or fix the path",
        "berkas materi {file} tidak ada: tambahkan atau perbaiki jalurnya",
    ),
    "meeting.audience.none": (
        "no audience named: add the partner's people under `audience:`",
        "belum ada audiens: tambahkan orang-orang mitra di `audience:`",
    ),
    "meeting.audience.partner_unknown": (
        'no partner "{partner}" in partners/: the audience cannot be analysed',
        'tidak ada mitra "{partner}" di partners/: audiens tidak bisa dianalisis',
    ),
    "meeting.audience.no_background": (
        "the partner {partner} has no background: write `background:` in its partner file",
        "mitra {partner} belum punya latar belakang: tulis `background:` di berkas mitranya",
    ),
    "meeting.audience.no_interests": (
        "no interest of {partner} is known: write `their_interests:` in its partner file",
        "belum ada kepentingan {partner} yang diketahui: tulis `their_interests:` di berkas mitranya",
    ),
    "meeting.audience.incomplete": (
        "{name} lacks {fields} in the partner file of {partner}",
        "{name} belum punya {fields} di berkas mitra {partner}",
    ),
    "meeting.audience.hint": (
        "use a name from partners/{partner}.yaml, or add the person there",
        "pakai nama dari partners/{partner}.yaml, atau tambahkan orangnya di sana",
    ),
    "meeting.venue.no_place": (
        "no venue set: write `venue: {{place: ...}}` in the plan",
        "tempat belum ditentukan: tulis `venue: {{place: ...}}` pada rencana",
    ),
    "meeting.venue.unchecked": (
        "the venue is not checked for {items}: check on site and add them to `venue.checked`",
        "tempat belum dicek untuk {items}: cek di lokasi lalu tambahkan ke `venue.checked`",
    ),
    "meeting.prep.answer_no": (
        'the team answered "no": {note}',
        'tim menjawab "tidak": {note}',
    ),
    "meeting.prep.answer_partly": (
        'the team answered "partly": {note}',
        'tim menjawab "sebagian": {note}',
    ),
    # --- refusals (nothing is written) ----------------------------------------------
    "meeting.refuse.no_name": ("a name is required (--by or --person)", "nama wajib diisi (--by atau --person)"),
    "meeting.refuse.no_note": ("a note is required (--note): say why", "catatan wajib diisi (--note): jelaskan alasannya"),
    "meeting.refuse.cancelled": (
        "the meeting {meeting} was cancelled on {date}; nothing was written",
        "pertemuan {meeting} sudah dibatalkan pada {date}; tidak ada yang ditulis",
    ),
    "meeting.refuse.held": (
        "the meeting {meeting} was already held on {date}; nothing was written",
        "pertemuan {meeting} sudah terlaksana pada {date}; tidak ada yang ditulis",
    ),
    "meeting.refuse.overdue": (
        (
            "the meeting {meeting} is overdue (its date {date} has passed): an acc now is refused; "
            "set a new date in a new meeting, or record it as held or cancelled"
        ),
        (
            "pertemuan {meeting} sudah lewat tanggal ({date}): acc sekarang ditolak; "
            "buat pertemuan baru dengan tanggal baru, atau catat sebagai terlaksana atau dibatalkan"
        ),
    ),
    "meeting.refuse.not_submitted": (
        "the meeting {meeting} is not awaiting a decision: submit it first with `pln meeting submit`",
        "pertemuan {meeting} tidak sedang menunggu keputusan: ajukan dulu dengan `pln meeting submit`",
    ),
    "meeting.refuse.own": (
        "{name} submitted this meeting and cannot approve it: the acc must come from someone else",
        "{name} yang mengajukan pertemuan ini sehingga tidak bisa menyetujuinya: acc harus dari orang lain",
    ),
    "meeting.refuse.future": (
        "{date} is after today ({today}): a meeting is recorded as held once it has taken place",
        "{date} setelah hari ini ({today}): pertemuan dicatat terlaksana setelah benar-benar berlangsung",
    ),
    # --- file problems ---------------------------------------------------------------
    "meeting.plan": (
        "a meeting file must start with its plan (meeting:, partner:, date:)",
        "berkas pertemuan harus diawali rencananya (meeting:, partner:, date:)",
    ),
    "meeting.plan.hint": ("create one with `pln meeting new`", "buat dengan `pln meeting new`"),
    "meeting.event": (
        "a document after the plan must be an event (event:)",
        "dokumen setelah rencana harus berupa peristiwa (event:)",
    ),
    "meeting.event.hint": (
        "events are {events}, appended by `pln meeting` commands",
        "peristiwa yang dikenal: {events}, ditambahkan oleh perintah `pln meeting`",
    ),
    "meeting.event_date": (
        "this event ({date}) is dated before the previous one ({previous})",
        "peristiwa ini ({date}) bertanggal sebelum peristiwa sebelumnya ({previous})",
    ),
    "meeting.time.invalid": ("{value} is not a time of day", "{value} bukan jam yang sah"),
    "meeting.time.hint": ('write the time as "HH:MM" in quotes, e.g. "10:00"', 'tulis jam sebagai "HH:MM" dalam tanda kutip, mis. "10:00"'),
    "meeting.digest.invalid": ("{value} is not an approval digest", "{value} bukan digest persetujuan"),
    "meeting.digest.hint": (
        "a digest is 64 hex characters written by `pln meeting submit` or `approve`; do not edit it",
        "digest adalah 64 karakter heksadesimal yang ditulis `pln meeting submit` atau `approve`; jangan diubah",
    ),
    "meeting.material_missing": ("the material file {file} does not exist", "berkas materi {file} tidak ada"),
    "meeting.material_missing.hint": (
        "paths are relative to the meeting file, e.g. ../decks/total-spbu.pptx",
        "jalur relatif terhadap berkas pertemuan, mis. ../decks/total-spbu.pptx",
    ),
    "meeting.ref.deal": ('no deal "{id}" in deals/', 'tidak ada kesepakatan "{id}" di deals/'),
    "meeting.ref.known": ("known: {known}", "yang dikenal: {known}"),
    "meeting.ref.deal_partner": (
        'the deal "{deal}" is with "{theirs}", but this meeting is with "{ours}"',
        'kesepakatan "{deal}" dengan "{theirs}", tetapi pertemuan ini dengan "{ours}"',
    ),
    "meeting.ref.offer_partner": (
        'the offer "{offer}" is for "{theirs}", but this meeting is with "{ours}"',
        'penawaran "{offer}" untuk "{theirs}", tetapi pertemuan ini dengan "{ours}"',
    ),
    "meeting.ref.partner.hint": (
        "link a deal or offer of the meeting's partner",
        "tautkan kesepakatan atau penawaran milik mitra pertemuan ini",
    ),
    "meeting.ref.offer.hint": (
        "give an offer id or a path relative to the meeting file, or leave `offer:` out to use the deal's",
        "berikan id penawaran atau jalur relatif terhadap berkas pertemuan, atau hapus `offer:` untuk memakai milik kesepakatan",
    ),
    # --- lobby -----------------------------------------------------------------------
    "lobby.person.unknown": (
        '"{name}" is not one of the people of {partner} (known: {known})',
        '"{name}" tidak termasuk orang-orang {partner} (yang dikenal: {known})',
    ),
    "lobby.person.unknown_suggest": (
        '"{name}" is not one of the people of {partner}; did you mean "{suggestion}"?',
        '"{name}" tidak termasuk orang-orang {partner}; maksud Anda "{suggestion}"?',
    ),
    "lobby.document": (
        "each document of a lobby log is one contact (person:, date:, step:)",
        "setiap dokumen log lobi adalah satu kontak (person:, date:, step:)",
    ),
    "lobby.document.hint": ("record contacts with `pln lobby log`", "catat kontak dengan `pln lobby log`"),
    "lobby.partner.hint": (
        "a lobby log is named after its partner (lobby/<partner>.yaml); known partners: {known}",
        "log lobi diberi nama sesuai mitranya (lobby/<mitra>.yaml); mitra yang dikenal: {known}",
    ),
    "lobby.next.invalid": (
        '--next {value}: write DATE:ACTION, e.g. "2017-09-10:Send the Q3 spend histogram"',
        '--next {value}: tulis TANGGAL:TINDAKAN, mis. "2017-09-10:Kirim histogram belanja Q3"',
    ),
    "lobby.class.cosmopolitan": ("cosmopolitan", "kalangan kosmopolit"),
    "lobby.class.key_contact": ("key contact", "kontak kunci"),
    "lobby.class.public_figure": ("public figure", "tokoh masyarakat"),
    "lobby.class.journalist": ("journalist", "jurnalis"),
    "lobby.class.high_official": ("high official", "pejabat tinggi"),
    "lobby.stance.champion": ("champion", "pendukung utama"),
    "lobby.stance.supportive": ("supportive", "mendukung"),
    "lobby.stance.neutral": ("neutral", "netral"),
    "lobby.stance.skeptical": ("skeptical", "skeptis"),
    "lobby.stance.opposed": ("opposed", "menentang"),
    "lobby.step.know": ("know the target", "kenali target"),
    "lobby.step.inform": ("prepare the information", "siapkan informasi"),
    "lobby.step.self": ("prepare yourself", "siapkan diri"),
    "lobby.step.deliver": ("deliver the message", "sampaikan pesan"),
    "lobby.step.impress": ("leave a pleasant impression", "tinggalkan kesan baik"),
    "lobby.channel.meeting": ("meeting", "pertemuan"),
    "lobby.channel.call": ("call", "telepon"),
    "lobby.channel.message": ("message", "pesan"),
    "lobby.channel.email": ("email", "surel"),
    "lobby.channel.event": ("event", "acara"),
    "lobby.channel.other": ("other", "lainnya"),
    # --- what is due -------------------------------------------------------------------
    "due.kind.lobby": ("lobby", "lobi"),
    "due.kind.meeting": ("meeting", "pertemuan"),
    "due.kind.deal": ("deal", "kesepakatan"),
    "due.kind.campaign": ("campaign", "kampanye"),
    "due.lobby": ("next lobby step: {action}", "langkah lobi berikutnya: {action}"),
    "due.meeting.item": ("{item} {level}: {missing}", "{item} {level}: {missing}"),
    "due.meeting.approval": ("approval: {state}", "persetujuan: {state}"),
    "due.meeting.overdue": (
        "the meeting date {date} has passed: record it as held or cancelled",
        "tanggal pertemuan {date} sudah lewat: catat sebagai terlaksana atau dibatalkan",
    ),
    "due.deal.stale": (
        "no round for {days} days (last on {last}): log the next round or close the deal",
        "tidak ada putaran selama {days} hari (terakhir {last}): catat putaran berikutnya atau tutup kesepakatan",
    ),
}
