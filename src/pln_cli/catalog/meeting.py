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
        "disetujui oleh {by} pada {date}; tidak ada perubahan sejak itu",
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
            "lewat tanggal: tanggal meeting {date} sudah lewat, tetapi belum dicatat terlaksana atau dibatalkan; "
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
        "berkas materi {file} tidak ada: tambahkan atau perbaiki path-nya",
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
        "meeting {meeting} sudah dibatalkan pada {date}; tidak ada yang ditulis",
    ),
    "meeting.refuse.held": (
        "the meeting {meeting} was already held on {date}; nothing was written",
        "meeting {meeting} sudah terlaksana pada {date}; tidak ada yang ditulis",
    ),
    "meeting.refuse.overdue": (
        (
            "the meeting {meeting} is overdue (its date {date} has passed): an acc now is refused; "
            "set a new date in a new meeting, or record it as held or cancelled"
        ),
        (
            "meeting {meeting} sudah lewat tanggal ({date}): acc sekarang ditolak; "
            "buat meeting baru dengan tanggal baru, atau catat sebagai terlaksana atau dibatalkan"
        ),
    ),
    "meeting.refuse.not_submitted": (
        "the meeting {meeting} is not awaiting a decision: submit it first with `pln meeting submit`",
        "meeting {meeting} tidak sedang menunggu keputusan: ajukan dulu dengan `pln meeting submit`",
    ),
    "meeting.refuse.own": (
        "{name} submitted this meeting and cannot approve it: the acc must come from someone else",
        "{name} yang mengajukan meeting ini sehingga tidak bisa menyetujuinya: acc harus dari orang lain",
    ),
    "meeting.refuse.future": (
        "{date} is after today ({today}): a meeting is recorded as held once it has taken place",
        "{date} setelah hari ini ({today}): meeting dicatat terlaksana setelah benar-benar berlangsung",
    ),
    # --- file problems ---------------------------------------------------------------
    "meeting.plan": (
        "a meeting file must start with its plan (meeting:, partner:, date:)",
        "berkas meeting harus diawali rencananya (meeting:, partner:, date:)",
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
    "meeting.digest.invalid": ("{value} is not an approval digest", "{value} bukan digest acc"),
    "meeting.digest.hint": (
        "a digest is 64 hex characters written by `pln meeting submit` or `approve`; do not edit it",
        "digest adalah 64 karakter heksadesimal yang ditulis `pln meeting submit` atau `approve`; jangan diubah",
    ),
    "meeting.material_missing": ("the material file {file} does not exist", "berkas materi {file} tidak ada"),
    "meeting.material_missing.hint": (
        "paths are relative to the meeting file, e.g. ../decks/total-spbu.pptx",
        "path relatif terhadap berkas meeting, mis. ../decks/total-spbu.pptx",
    ),
    "meeting.ref.deal": ('no deal "{id}" in deals/', 'tidak ada kesepakatan "{id}" di deals/'),
    "meeting.ref.known": ("known: {known}", "yang dikenal: {known}"),
    "meeting.ref.deal_partner": (
        'the deal "{deal}" is with "{theirs}", but this meeting is with "{ours}"',
        'kesepakatan "{deal}" dengan "{theirs}", tetapi meeting ini dengan "{ours}"',
    ),
    "meeting.ref.offer_partner": (
        'the offer "{offer}" is for "{theirs}", but this meeting is with "{ours}"',
        'penawaran "{offer}" untuk "{theirs}", tetapi meeting ini dengan "{ours}"',
    ),
    "meeting.ref.partner.hint": (
        "link a deal or offer of the meeting's partner",
        "tautkan kesepakatan atau penawaran milik mitra meeting ini",
    ),
    "meeting.ref.offer.hint": (
        "give an offer id or a path relative to the meeting file, or leave `offer:` out to use the deal's",
        "berikan id penawaran atau path relatif terhadap berkas meeting, atau hapus `offer:` untuk memakai milik kesepakatan",
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
    "lobby.channel.meeting": ("meeting", "meeting"),
    "lobby.channel.call": ("call", "telepon"),
    "lobby.channel.message": ("message", "pesan"),
    "lobby.channel.email": ("email", "surel"),
    "lobby.channel.event": ("event", "acara"),
    "lobby.channel.other": ("other", "lainnya"),
    # --- what is due -------------------------------------------------------------------
    "due.kind.lobby": ("lobby", "lobi"),
    "due.kind.meeting": ("meeting", "meeting"),
    "due.kind.deal": ("deal", "kesepakatan"),
    "due.kind.campaign": ("campaign", "kampanye"),
    "due.lobby": ("next lobby step: {action}", "langkah lobi berikutnya: {action}"),
    "due.meeting.item": ("{item} {level}: {missing}", "{item} {level}: {missing}"),
    "due.meeting.approval": ("approval: {state}", "acc: {state}"),
    "due.meeting.overdue": (
        "the meeting date {date} has passed: record it as held or cancelled",
        "tanggal meeting {date} sudah lewat: catat sebagai terlaksana atau dibatalkan",
    ),
    "due.deal.stale": (
        "no round for {days} days (last on {last}): log the next round or close the deal",
        "tidak ada putaran selama {days} hari (terakhir {last}): catat putaran berikutnya atau tutup kesepakatan",
    ),
    # --- commands: meeting show, list, events ------------------------------------------
    "meeting.show.title": ("Meeting {meeting}: {partner}, {when}", "Meeting {meeting} dengan {partner}, {when}"),
    "meeting.objective": ("Objective", "Tujuan"),
    "meeting.presenters": ("Presenters", "Presenter"),
    "meeting.venue": ("Venue", "Tempat"),
    "meeting.status": ("Status", "Status"),
    "meeting.approval": ("Acc", "Acc"),
    "meeting.status_title": ("Status and acc", "Status dan acc"),
    "meeting.changed_since_submit": (
        "the plan, offer or material changed after it was submitted: an acc now binds the current version",
        "rencana, penawaran atau materi berubah setelah diajukan: acc sekarang mengikat versi terbaru",
    ),
    "meeting.ready.yes": (
        "Ready: all four preparations are ready and the acc is valid.",
        "Siap: keempat persiapan sudah siap dan acc berlaku.",
    ),
    "meeting.ready.no": ("Not ready yet: {reasons}.", "Belum siap: {reasons}."),
    "meeting.ready.preps": ("{count} of the 4 preparations not ready", "{count} dari 4 persiapan belum siap"),
    "meeting.ready.acc": ("no valid acc", "belum ada acc yang berlaku"),
    "meeting.readiness_title": ("Preparations (Purwanto)", "Persiapan (Purwanto)"),
    "meeting.preparation": ("Preparation", "Persiapan"),
    "meeting.purwanto": ("What it covers", "Cakupan"),
    "meeting.level": ("Level", "Kesiapan"),
    "meeting.item_long.topic": ("mastery of the topic and material", "penguasaan topik dan materi"),
    "meeting.item_long.tools": ("mastery of the presentation tools", "penguasaan alat presentasi"),
    "meeting.item_long.audience": ("the client company and its people", "perusahaan klien dan orang-orangnya"),
    "meeting.item_long.venue": ("the venue, to avoid noise and surprises", "tempat, agar bebas gangguan dan kejutan"),
    "meeting.todo_title": ("What is missing, and how to fix it", "Yang masih kurang, dan cara memperbaikinya"),
    "meeting.audience_title": ("Audience", "Audiens"),
    "meeting.unknown_person": ("not one of the partner's people", "bukan orang mitra yang tercatat"),
    "meeting.deal_title": ("The deal so far", "Kesepakatan sejauh ini"),
    "meeting.deal_line": ("{deal}: {status}, {rounds} round(s)", "{deal}: {status}, {rounds} putaran"),
    "meeting.deal_outcome": ("{status} on {date}: {terms}", "{status} pada {date}: {terms}"),
    "meeting.events_title": ("Events", "Peristiwa"),
    "meeting.no_events": ("No events yet.", "Belum ada peristiwa."),
    "meeting.event_col": ("Event", "Peristiwa"),
    "meeting.who": ("Who", "Siapa"),
    "meeting.binds": ("Binds", "Mengikat"),
    "meeting.note": ("Note", "Catatan"),
    "meeting.digest.current": ("this version", "versi ini"),
    "meeting.digest.older": ("an earlier version", "versi sebelumnya"),
    "meeting.event.submitted": ("submitted", "diajukan"),
    "meeting.event.approved": ("approved (acc)", "disetujui (acc)"),
    "meeting.event.changes_requested": ("changes requested", "diminta revisi"),
    "meeting.event.held": ("held", "terlaksana"),
    "meeting.event.cancelled": ("cancelled", "dibatalkan"),
    "meeting.recorded.submitted": ("Submitted {meeting} for the acc.", "{meeting} diajukan untuk acc."),
    "meeting.recorded.approved": ("Approved {meeting} (acc).", "{meeting} disetujui (acc)."),
    "meeting.recorded.changes_requested": ("Asked for changes to {meeting}.", "Revisi diminta untuk {meeting}."),
    "meeting.recorded.held": ("Recorded {meeting} as held.", "{meeting} dicatat sudah terlaksana."),
    "meeting.recorded.cancelled": ("Recorded {meeting} as cancelled.", "{meeting} dicatat dibatalkan."),
    "meeting.created": (
        "Created {path}. Submit it for the acc with `pln meeting submit {meeting} --by NAME`.",
        "Dibuat {path}. Ajukan untuk acc dengan `pln meeting submit {meeting} --by NAMA`.",
    ),
    "meeting.list_title": ("Meetings", "Meeting"),
    "meeting.list_empty": ("No meetings yet: plan one with `pln meeting new`.", "Belum ada meeting: rencanakan dengan `pln meeting new`."),
    "meeting.meeting": ("Meeting", "Meeting"),
    "meeting.ready": ("Ready", "Siap"),
    "meeting.yes": ("yes", "ya"),
    "meeting.no": ("no", "tidak"),
    "meeting.offer.problem": ("{where}: {message}", "{where}: {message}"),
    "meeting.offer.no_simulation": ("the offer cannot be simulated", "penawaran tidak bisa disimulasikan"),
    "meeting.warn.past": (
        "the meeting date {date} is before today ({today}): it is overdue until recorded as held or cancelled",
        "tanggal meeting {date} sebelum hari ini ({today}): statusnya lewat tanggal sampai dicatat terlaksana atau dibatalkan",
    ),
    "meeting.warn.changed_since_submit": (
        "the plan, offer or material changed after {by} submitted it on {date}; the acc binds the current version",
        "rencana, penawaran atau materi berubah setelah {by} mengajukannya pada {date}; acc mengikat versi terbaru",
    ),
    # --- commands: usage errors (exit 2) ----------------------------------------------
    "usage.no_such.meetings": (
        "{name}: no such meeting (looked for {path}; meetings here: {known})",
        "{name}: meeting tidak ditemukan (dicari di {path}; yang ada: {known})",
    ),
    "usage.meeting_exists": (
        "{path} exists already; a meeting is never overwritten (record events with `pln meeting submit|approve|held {meeting}`)",
        "{path} sudah ada; meeting tidak pernah ditimpa (catat peristiwa dengan `pln meeting submit|approve|held {meeting}`)",
    ),
    "usage.new_meeting_required": (
        "--partner and --date are required (or run on a terminal to be asked)",
        "--partner dan --date wajib diisi (atau jalankan di terminal agar ditanya)",
    ),
    "usage.no_deal": ("no deal {deal!r} in {folder}", "tidak ada kesepakatan {deal!r} di {folder}"),
    "usage.deal_partner": (
        "deal {deal!r} is with partner {theirs!r}, not {partner!r}",
        "kesepakatan {deal!r} dengan mitra {theirs!r}, bukan {partner!r}",
    ),
    "usage.time": ("--time {text!r}: write the time as HH:MM, e.g. 10:00", "--time {text!r}: tulis jam sebagai HH:MM, mis. 10:00"),
    "usage.material": ("--material {text!r}: write FILE or TITLE=FILE", "--material {text!r}: tulis FILE atau JUDUL=FILE"),
    "usage.aid": (
        "--aid {text!r}: write NAME or NAME=ANSWER, the answer one of {answers} (was it tested?)",
        "--aid {text!r}: tulis NAMA atau NAMA=JAWABAN, jawabannya salah satu dari {answers} (sudah dites?)",
    ),
    "usage.choice": ("{option} {value!r}: use one of {allowed}", "{option} {value!r}: gunakan salah satu dari {allowed}"),
    "usage.within": ("--within {value}: give a number of days from 0 to {max}", "--within {value}: berikan jumlah hari dari 0 sampai {max}"),
    # --- prompts --------------------------------------------------------------------------
    "ask.meeting_date": ("Meeting date (YYYY-MM-DD)", "Tanggal meeting (YYYY-MM-DD)"),
    "ask.meeting_deal": ("Deal it belongs to ({options}; empty for none)", "Kesepakatan terkait ({options}; kosongkan bila tidak ada)"),
    "ask.objective": ("Objective (empty to skip)", "Tujuan (kosongkan untuk melewati)"),
    "ask.presenters": ("Our presenters, comma-separated (empty to skip)", "Presenter kami, pisahkan dengan koma (kosongkan untuk melewati)"),
    "ask.people": ("The partner's people:", "Orang-orang mitra:"),
    "ask.audience": ("Audience: numbers or names, comma-separated", "Audiens: nomor atau nama, pisahkan dengan koma"),
    "ask.place": ("Venue (empty to skip)", "Tempat (kosongkan untuk melewati)"),
    # --- commands: lobby -------------------------------------------------------------------
    "lobby.logged": ("Logged a contact with {person} in {path}.", "Kontak dengan {person} tercatat di {path}."),
    "lobby.map_title": ("Lobby map: {partner}", "Peta lobi: {partner}"),
    "lobby.coverage": (
        "On side: {on_side} of the {key_people} people with influence {influence} or more are supportive or better",
        "Dukungan: {on_side} dari {key_people} orang berpengaruh (skala {influence} ke atas) sudah mendukung",
    ),
    "lobby.today": ("As of {today}", "Per {today}"),
    "lobby.no_people": (
        "No people are listed for {partner}: add them under `people:` in its partner file",
        "Belum ada orang yang tercatat untuk {partner}: tambahkan di `people:` pada berkas mitranya",
    ),
    "lobby.people_title": ("People", "Orang-orang"),
    "lobby.name": ("Name", "Nama"),
    "lobby.role": ("Role", "Jabatan"),
    "lobby.class": ("Class (Tarmudji)", "Golongan (Tarmudji)"),
    "lobby.influence": ("Influence", "Pengaruh"),
    "lobby.stance": ("Stance", "Sikap"),
    "lobby.steps_done": ("Steps done (Panuju)", "Langkah selesai (Panuju)"),
    "lobby.last_contact": ("Last contact", "Kontak terakhir"),
    "lobby.next": ("Next action", "Tindakan berikutnya"),
    "lobby.late": ("late", "terlambat"),
    "lobby.stance_moved": ("{now} (was {start})", "{now} (sebelumnya {start})"),
    "lobby.step_short.know": ("know", "kenali"),
    "lobby.step_short.inform": ("inform", "informasi"),
    "lobby.step_short.self": ("self", "diri"),
    "lobby.step_short.deliver": ("deliver", "sampaikan"),
    "lobby.step_short.impress": ("impress", "kesan"),
    "lobby.grid_title": ("Influence by stance", "Pengaruh menurut sikap"),
    "lobby.grid_note": (
        "Rows: influence 5 (most) to 1; columns: stance from opposed to champion. Work the top left.",
        "Baris: pengaruh 5 (terbesar) sampai 1; kolom: sikap dari menentang sampai pendukung utama. Garap yang kiri atas.",
    ),
    "lobby.unplaced": ("Not on the grid (no influence or stance): {names}", "Tidak ada di grid (tanpa pengaruh atau sikap): {names}"),
    "lobby.priority_title": ("Lobby priority", "Prioritas lobi"),
    "lobby.priority_note": (
        "People with influence {influence} or more who are not on side yet, most influential and least convinced first.",
        "Orang berpengaruh (skala {influence} ke atas) yang belum mendukung, diurutkan dari yang paling berpengaruh dan paling ragu.",
    ),
    "lobby.priority_empty": (
        "Everyone with influence {influence} or more is supportive or better.",
        "Semua orang berpengaruh (skala {influence} ke atas) sudah mendukung.",
    ),
    "lobby.priority_item": (
        "{name} (influence {influence}, {stance}; last contact {last}): {step}",
        "{name} (pengaruh {influence}, {stance}; kontak terakhir {last}): {step}",
    ),
    "lobby.priority_step": ("next step: {step} ({key})", "langkah berikutnya: {step} (--step {key})"),
    "lobby.all_steps_done": ("all five steps done: keep in touch", "kelima langkah sudah dilakukan: jaga hubungan"),
    "lobby.never": ("never", "belum pernah"),
    "lobby.history_title": ("Stance history", "Riwayat sikap"),
    "lobby.history_start": ("{stance} (partner file)", "{stance} (berkas mitra)"),
    "lobby.history_change": ("{stance} on {date}", "{stance} pada {date}"),
    "lobby.history_none": ("no contact yet", "belum ada kontak"),
    "lobby.history_same": ("unchanged after {contacts} contact(s)", "tidak berubah setelah {contacts} kontak"),
    "lobby.unknown_title": (
        "Names in the lobby log that are not the partner's people",
        "Nama di log lobi yang bukan orang mitra yang tercatat",
    ),
    # --- pln report: meetings and lobby coverage ---------------------------------------
    "report.meetings_title": ("Open meetings", "Meeting terbuka"),
    "report.meetings_note": (
        "Neither held nor cancelled: the ones to come, and the overdue until they are recorded.",
        "Belum terlaksana maupun dibatalkan: yang akan datang, dan yang lewat tanggal sampai dicatat.",
    ),
    "report.no_meetings": ("No meeting is planned or waiting to be recorded.", "Tidak ada meeting yang direncanakan atau menunggu dicatat."),
    "report.lobby_title": ("Lobby coverage", "Cakupan lobi"),
    "report.lobby_note": (
        "Per partner: the people with influence 3 or more, and how many of them are supportive or better now.",
        "Per mitra: orang berpengaruh (skala 3 ke atas), dan berapa di antaranya kini sudah mendukung.",
    ),
    "report.key_people": ("Influence 3+", "Pengaruh 3+"),
    "report.on_side": ("Supportive or better", "Sudah mendukung"),
    "report.names_on_side": ("Who", "Siapa"),
    # --- commands: due ---------------------------------------------------------------------
    "due.title": ("Due by {until}", "Jatuh tempo sampai {until}"),
    "due.subtitle": ("Today {today}, looking {days} day(s) ahead", "Hari ini {today}, melihat {days} hari ke depan"),
    "due.empty": ("Nothing is due in the next {days} day(s), and nothing is overdue.", "Tidak ada yang jatuh tempo dalam {days} hari ke depan, dan tidak ada yang terlambat."),
    "due.count": ("{count} item(s), {overdue} overdue", "{count} hal, {overdue} terlambat"),
    "due.overdue": ("OVERDUE", "TERLAMBAT"),
    "due.when": ("!", "!"),
    "due.kind": ("Kind", "Jenis"),
    "due.ref": ("Ref", "Rujukan"),
    "due.what": ("What", "Apa"),
}
