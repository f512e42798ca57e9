"""Campaigns (the Social Media Strategy Wheel)."""

from __future__ import annotations

ENTRIES: dict[str, tuple[str, str]] = {
    # --- the campaign file ---------------------------------------------------
    "campaign.header": (
        "this is not a campaign file: the first document must start with `campaign:`",
        "ini bukan berkas kampanye: dokumen pertama harus diawali `campaign:`",
    ),
    "campaign.header.hint": (
        "start the plan with `campaign: <id>`, or create it with `pln campaign new`",
        "awali rencana dengan `campaign: <id>`, atau buat dengan `pln campaign new`",
    ),
    "campaign.document": (
        "each document after the plan must start with `event:`",
        "setiap dokumen setelah rencana harus diawali `event:`",
    ),
    "campaign.document.hint": (
        "use event: approval, post, metrics or mention, and end each document with `...`",
        "pakai event: approval, post, metrics atau mention, dan tutup setiap dokumen dengan `...`",
    ),
    "campaign.event": ("{value} is not a campaign event", "{value} bukan peristiwa kampanye"),
    "campaign.period": (
        "the campaign ends ({end}) before it starts ({start})",
        "kampanye berakhir ({end}) sebelum dimulai ({start})",
    ),
    "campaign.period.hint": (
        "check the dates: `end` is the last day of the campaign",
        "periksa tanggalnya: `end` adalah hari terakhir kampanye",
    ),
    "campaign.post_id": ("{value} is not a post id", "{value} bukan id posting"),
    "campaign.post_id.hint": (
        "posts are numbered p1, p2, p3, ... in the order they were recorded",
        "posting diberi nomor p1, p2, p3, ... sesuai urutan pencatatan",
    ),
    "campaign.post_number": (
        "post {found} is out of sequence; expected {expected}",
        "posting {found} tidak berurutan; seharusnya {expected}",
    ),
    "campaign.post_number.hint": (
        "number posts p1, p2, ... in file order; `pln campaign post` numbers them for you",
        "beri nomor posting p1, p2, ... sesuai urutan di berkas; `pln campaign post` menomorinya otomatis",
    ),
    "campaign.unknown_post": ("there is no post {post} in this campaign", "tidak ada posting {post} di kampanye ini"),
    "campaign.unknown_post.hint": ("the posts recorded are: {known}", "posting yang tercatat: {known}"),
    "campaign.channel_unknown": (
        "{value} is not a channel; use one of: {options}",
        "{value} bukan kanal; pakai salah satu: {options}",
    ),
    # --- channel approval ----------------------------------------------------
    "campaign.channel_refused": (
        "{channel} is not approved for this campaign: {by} approved only {approved} on {date}",
        "{channel} tidak disetujui untuk kampanye ini: {by} hanya menyetujui {approved} pada {date}",
    ),
    "campaign.channel_refused.hint": (
        "post on an approved channel, or record marketing's new decision with `pln campaign approve`",
        "posting di kanal yang disetujui, atau catat keputusan baru dari marketing dengan `pln campaign approve`",
    ),
    "campaign.channel_no_approval": (
        "no channel approval recorded yet; posting on {channel} without one",
        "belum ada persetujuan kanal yang dicatat; posting di {channel} tanpa persetujuan",
    ),
    # --- warnings ------------------------------------------------------------
    "campaign.warn.restated": (
        "{post}: {count} fell from {earlier} ({earlier_date}) to {value} ({date}); the latest snapshot counts",
        "{post}: {count} turun dari {earlier} ({earlier_date}) menjadi {value} ({date}); snapshot terakhir yang dipakai",
    ),
    "campaign.warn.post_outside": (
        "{post} is dated {date}, outside the campaign ({start} to {end})",
        "{post} bertanggal {date}, di luar masa kampanye ({start} s.d. {end})",
    ),
    "campaign.warn.post_outside.hint": (
        "check the date, or move the campaign's start or end",
        "periksa tanggalnya, atau geser tanggal mulai atau selesai kampanye",
    ),
    "campaign.warn.unapproved_post": (
        "{post} went out on {channel} ({date}), which was not approved then",
        "{post} tayang di {channel} ({date}), padahal kanal itu belum disetujui saat itu",
    ),
    "campaign.warn.snapshot_before_post": (
        "the snapshot of {post} is dated {date}, before the post went out ({posted})",
        "snapshot {post} bertanggal {date}, sebelum posting tayang ({posted})",
    ),
    "campaign.warn.snapshot_before_post.hint": (
        "a snapshot's date is the day the numbers were read",
        "tanggal snapshot adalah hari angka-angkanya diambil",
    ),
    # --- the wheel and the totals (labels) -------------------------------------
    "campaign.spoke.tracking": ("tracking & monitoring", "pelacakan & pemantauan"),
    "campaign.spoke.distribution": ("distribution/channel", "distribusi/kanal"),
    "campaign.spoke.content": ("content", "konten"),
    "campaign.spoke.engagement": ("engagement", "keterlibatan"),
    "campaign.spoke.measurement": ("measurement", "pengukuran"),
    "campaign.state.planned": ("planned", "sudah direncanakan"),
    "campaign.state.missing": ("missing", "belum ada"),
    "campaign.total.reach": ("reach", "jangkauan"),
    "campaign.total.engagement": ("engagement", "interaksi"),
    "campaign.total.clicks": ("clicks", "klik"),
    "campaign.total.answered": ("comments answered", "komentar dibalas"),
    "campaign.total.comments": ("comments", "komentar"),
    "campaign.total.redemptions": ("redemptions", "penukaran"),
    "campaign.total.engagement_rate": ("engagement rate", "tingkat interaksi"),
    "campaign.total.click_through": ("click-through", "rasio klik"),
    "campaign.total.reply_rate": ("reply rate", "tingkat balasan"),
    "campaign.total.median_reply_minutes": ("median reply time (minutes)", "median waktu balas (menit)"),
    "campaign.target_item": ("{key} {share}", "{key} {share}"),
    # --- the offer check -------------------------------------------------------
    "campaign.offer.unknown": (
        "offer {offer} could not be simulated, so there is nothing to compare with",
        "penawaran {offer} tidak bisa disimulasikan, jadi belum ada pembanding",
    ),
    "campaign.offer.untracked": (
        "offer {offer} expects about {expected} redemptions by now, but none are tracked yet",
        "penawaran {offer} memperkirakan sekitar {expected} penukaran sampai saat ini, tapi belum ada yang dicatat",
    ),
    "campaign.offer.nothing_expected": (
        "offer {offer} expects no redemptions yet on {date}",
        "penawaran {offer} belum memperkirakan penukaran pada {date}",
    ),
    "campaign.offer.off": (
        ("{tracked} redemptions tracked against {expected} expected by offer {offer} ({ratio}): "
        "its redemption rate of {assumed} looks off; {suggested} would match"),
        ("{tracked} penukaran tercatat dibanding {expected} yang diperkirakan penawaran {offer} ({ratio}): "
        "asumsi tingkat penukaran {assumed} sepertinya meleset; {suggested} lebih cocok"),
    ),
    "campaign.offer.in_line": (
        "{tracked} redemptions tracked against {expected} expected by offer {offer} ({ratio}): in line with its assumption",
        "{tracked} penukaran tercatat dibanding {expected} yang diperkirakan penawaran {offer} ({ratio}): sesuai asumsinya",
    ),
    # --- what to do next -------------------------------------------------------
    "campaign.next.tracking": (
        "Plan tracking & monitoring first: what to listen for, which communities to join, and who watches them",
        "Rencanakan pelacakan & pemantauan dulu: apa yang dipantau, komunitas mana yang diikuti, dan siapa yang memantau",
    ),
    "campaign.next.spokes": (
        "Fill in the missing spokes of the wheel: {spokes}",
        "Lengkapi jari-jari roda yang belum ada: {spokes}",
    ),
    "campaign.next.no_approval": (
        "Ask marketing to approve the channels ({channels}) and record it with `pln campaign approve`",
        "Minta persetujuan marketing untuk kanal ({channels}) lalu catat dengan `pln campaign approve`",
    ),
    "campaign.next.mismatch": (
        ("We asked for {missing}; {by} approved only {approved} on {date}: take this campaign's numbers "
        "back to marketing to argue for {missing}, and plan the content for {approved} meanwhile"),
        ("Kami meminta {missing}; {by} hanya menyetujui {approved} pada {date}: bawa angka kampanye ini "
        "ke marketing untuk memperjuangkan {missing}, sambil menyiapkan konten untuk {approved}"),
    ),
    "campaign.next.overdue": (
        "The next post was due on {date}, {days} day(s) ago: post today",
        "Posting berikutnya jatuh tempo {date}, sudah lewat {days} hari: posting hari ini",
    ),
    "campaign.next.due": ("Next post due on {date}", "Posting berikutnya jatuh tempo {date}"),
    "campaign.next.track": (
        "Track {posts}: no metrics yet (take a snapshot at 48 hours and at 7 days)",
        "Catat metrik {posts}: belum ada angka sama sekali (ambil snapshot di 48 jam dan 7 hari)",
    ),
    "campaign.next.seven_day": ("Take the 7-day snapshot of {posts}", "Ambil snapshot 7 hari untuk {posts}"),
    "campaign.next.negative": (
        "{count} negative mention(s) without a reply: answer them",
        "{count} mention negatif belum dibalas: segera balas",
    ),
    "campaign.next.slow_replies": (
        "Replies take {median} minutes (median) against a goal of {hours} hour(s): answer faster",
        "Balasan butuh {median} menit (median), padahal targetnya {hours} jam: balas lebih cepat",
    ),
    "campaign.next.offer_rate": (
        ("Redemptions are {ratio} of what offer {offer} expected: change its redemption_rate from {assumed} to {suggested} "
        "and simulate it again"),
        ("Penukaran baru {ratio} dari perkiraan penawaran {offer}: ubah asumsi tingkat penukaran di penawaran itu "
        "dari {assumed} menjadi {suggested}, lalu simulasikan ulang"),
    ),
    "campaign.next.behind": (
        "Behind target: {items}; re-evaluate content and distribution for the next campaign",
        "Di bawah target: {items}; evaluasi ulang konten dan distribusi untuk kampanye berikutnya",
    ),
    "campaign.next.unmeasured": (
        "Targets without a measure: {items}; track them, or drop the target",
        "Target yang belum terukur: {items}; catat angkanya, atau hapus targetnya",
    ),
    "campaign.next.nothing": (
        "Nothing urgent: keep posting every {days} days and track each post",
        "Tidak ada yang mendesak: tetap posting setiap {days} hari dan catat metrik setiap posting",
    ),
    # --- pln due ---------------------------------------------------------------
    "campaign.due.next": (
        "{campaign}: next post due on {date} ({channels})",
        "{campaign}: posting berikutnya jatuh tempo {date} ({channels})",
    ),
    "campaign.due.overdue": (
        "{campaign}: post overdue since {date}, {days} day(s) ({channels})",
        "{campaign}: posting terlambat sejak {date}, {days} hari ({channels})",
    ),
    # --- the calendar ------------------------------------------------------------
    "campaign.ics.summary": ("Post {n} of {total}: {title}", "Posting {n} dari {total}: {title}"),
    "campaign.ics.made": ("Posted: {posts}", "Sudah tayang: {posts}"),
    "campaign.ics.none": ("No post made yet", "Belum ada posting"),
    # --- writing a new plan ----------------------------------------------------
    "campaign.plan.comment": (
        "Campaign plan: the first document. Record events with `pln campaign approve|post|track|mention {id}`.",
        "Rencana kampanye: dokumen pertama. Catat peristiwa dengan `pln campaign approve|post|track|mention {id}`.",
    ),
    "campaign.plan.wheel": (
        "Breakenridge's Social Media Strategy Wheel, from the inside out",
        "Social Media Strategy Wheel (Breakenridge), dari dalam ke luar",
    ),
    "campaign.prompt.tracking": (
        "Fill in: what do we listen for, which communities do we join, who watches? e.g.",
        "Isi: apa yang kami pantau, komunitas mana yang kami ikuti, siapa yang memantau? mis.",
    ),
    "campaign.prompt.distribution": (
        "Fill in: where and how do these communities share? e.g.",
        "Isi: di mana dan bagaimana komunitas ini berbagi? mis.",
    ),
    "campaign.prompt.content": (
        "Fill in: the messages, and the formats that carry them? e.g.",
        "Isi: pesan apa, dan dalam format apa? mis.",
    ),
    "campaign.prompt.engagement": (
        "Fill in: what do we want (own content, sharing, relations), and how fast do we reply? e.g.",
        "Isi: apa yang kami inginkan (konten sendiri, berbagi, relasi), dan seberapa cepat kami membalas? mis.",
    ),
    "campaign.prompt.measurement": (
        "Fill in: the targets that show the campaign's value? e.g.",
        "Isi: target yang menunjukkan nilai kampanye ini? mis.",
    ),
    # --- importing metrics (CSV) -------------------------------------------------
    "campaign.metrics.columns": (
        "missing column(s) {missing}; the header has: {found}",
        "kolom {missing} tidak ada; header berisi: {found}",
    ),
    "campaign.metrics.columns.hint": (
        "the first line names the columns: post,date and any of {counts}; or use Meta's insights export as it is",
        "baris pertama menyebut kolom: post,date dan salah satu dari {counts}; atau pakai ekspor insights Meta apa adanya",
    ),
    "campaign.metrics.empty": ("the CSV file has no rows", "berkas CSV tidak memiliki baris"),
    "campaign.metrics.too_large": (
        "the CSV file is {size} bytes; files over 20 MB are refused",
        "berkas CSV berukuran {size} byte; berkas di atas 20 MB ditolak",
    ),
    "campaign.metrics.unknown_post": (
        "there is no post {post} in this campaign",
        "tidak ada posting {post} di kampanye ini",
    ),
    "campaign.metrics.count": (
        "{value} in column {column} is not a whole count",
        "{value} di kolom {column} bukan bilangan bulat",
    ),
    "campaign.metrics.count.hint": (
        "write whole numbers such as 12000 or 12.000; leave the cell empty when the count is not known",
        "tulis bilangan bulat seperti 12000 atau 12.000; kosongkan sel bila angkanya belum ada",
    ),
    "campaign.metrics.date": ("{value} is not a date", "{value} bukan tanggal"),
    "campaign.metrics.date.hint": (
        "write dates as YYYY-MM-DD, e.g. 2018-03-03",
        "tulis tanggal sebagai YYYY-MM-DD, mis. 2018-03-03",
    ),
    "campaign.metrics.no_counts": (
        "the row gives no count; it is skipped",
        "baris ini tidak berisi angka apa pun; dilewati",
    ),
    "campaign.metrics.unmatched": (
        "this row matches no post of campaign {campaign}; it is skipped",
        "baris ini tidak cocok dengan posting mana pun di kampanye {campaign}; dilewati",
    ),
    "campaign.metrics.ambiguous": (
        "this row could be any of {posts}; it is skipped",
        "baris ini bisa jadi {posts}; dilewati",
    ),
    "campaign.metrics.match.hint": (
        "add a `post` column with p1, p2, ..., or keep the post's UTM link or code in its text",
        "tambahkan kolom `post` berisi p1, p2, ..., atau cantumkan link UTM atau kode posting di teksnya",
    ),
    "campaign.metrics.none_matched": (
        "no row of this export matches a post of campaign {campaign}",
        "tidak ada baris ekspor ini yang cocok dengan posting kampanye {campaign}",
    ),
    "campaign.metrics.ignored": ("ignored column(s): {columns}", "kolom yang diabaikan: {columns}"),
    "campaign.metrics.meta": (
        "read as Meta's insights export ({channel}); columns mapped: {mapped}",
        "dibaca sebagai ekspor insights Meta ({channel}); kolom yang dipetakan: {mapped}",
    ),
    "campaign.metrics.carried": (
        "{counts} are not in Meta's export: carried over from each post's latest snapshot",
        "{counts} tidak ada di ekspor Meta: diambil dari snapshot terakhir setiap posting",
    ),
    "campaign.metrics.duplicates": (
        "{count} snapshot(s) already recorded; skipped",
        "{count} snapshot sudah tercatat; dilewati",
    ),
}

# --- the commands: `pln campaign new|approve|post|track|mention|show|calendar|list` ---
_COMMANDS: dict[str, tuple[str, str]] = {
    "campaign.product.jd_voucher": ("JD Voucher", "JD Voucher"),
    "campaign.product.jd_pulsa": ("JD Pulsa", "JD Pulsa"),
    "campaign.product.jd_flight": ("JD Flight", "JD Flight"),
    "campaign.product.jd_cinema": ("JD Cinema", "JD Cinema"),
    "campaign.sentiment.positive": ("positive", "positif"),
    "campaign.sentiment.neutral": ("neutral", "netral"),
    "campaign.sentiment.negative": ("negative", "negatif"),
    # --- show: headings and lines ---------------------------------------------
    "campaign.show.id": ("Campaign {campaign}, product {product}", "Kampanye {campaign}, produk {product}"),
    "campaign.show.period": (
        "From {start} to {end}, a post at least every {days} days",
        "Dari {start} sampai {end}, minimal satu posting setiap {days} hari",
    ),
    "campaign.show.partner": ("Partner: {partner}; offer: {offer}", "Mitra: {partner}; penawaran: {offer}"),
    "campaign.show.link": ("Landing page: {link}", "Halaman tujuan: {link}"),
    "campaign.show.today": ("As of {today}", "Per {today}"),
    "campaign.show.wheel": (
        "The Social Media Strategy Wheel, from the inside out",
        "Social Media Strategy Wheel, dari dalam ke luar",
    ),
    "campaign.show.targets_word": ("targets", "target"),
    "campaign.show.reply_within": ("reply within {hours} hour(s)", "balas dalam {hours} jam"),
    "campaign.show.channels": ("Channels", "Kanal"),
    "campaign.show.requested": ("Requested: {channels}", "Diminta: {channels}"),
    "campaign.show.no_approval": (
        "Approved: no decision from marketing recorded yet",
        "Disetujui: belum ada keputusan marketing yang dicatat",
    ),
    "campaign.show.approved": ("Approved: {channels}, by {by} on {date}", "Disetujui: {channels}, oleh {by} pada {date}"),
    "campaign.show.mismatch": (
        "Mismatch: we asked for {channels}, which {by} did not approve ({date})",
        "Tidak sesuai: kami meminta {channels}, yang tidak disetujui {by} ({date})",
    ),
    "campaign.show.posts": ("Posts", "Posting"),
    "campaign.show.no_posts": ("No post recorded yet.", "Belum ada posting yang dicatat."),
    "campaign.show.posts_note": (
        ("Measures of each post's latest snapshot (as of); eng. rate = (likes + comments + shares + saves) / reach, "
         "CTR = clicks / reach, reply rate = comments answered / comments; the total's rates divide sums"),
        ("Ukuran dari snapshot terakhir setiap posting (per); tkt. interaksi = (suka + komentar + bagikan + simpan) / jangkauan, "
         "CTR = klik / jangkauan, tkt. balasan = komentar dibalas / komentar; tingkat di baris total membagi jumlahnya"),
    ),
    "campaign.show.engagement_sum": (
        "Engagement (likes, comments, shares, saves): {engagement} for a reach of {reach}",
        "Interaksi (suka, komentar, bagikan, simpan): {engagement} dari jangkauan {reach}",
    ),
    "campaign.show.median_reply": ("Median time to reply: {minutes} minutes", "Median waktu membalas: {minutes} menit"),
    "campaign.show.cadence": ("Cadence", "Ritme posting"),
    "campaign.show.cadence_rule": (
        "A post at least every {days} days: {late} of {gaps} gap(s) late.",
        "Minimal satu posting setiap {days} hari: {late} dari {gaps} jeda terlambat.",
    ),
    "campaign.show.late_by": ("late by {days} day(s)", "terlambat {days} hari"),
    "campaign.show.on_time": ("on time", "tepat waktu"),
    "campaign.show.next_due": ("Next post due on {date}", "Posting berikutnya jatuh tempo {date}"),
    "campaign.show.overdue": (
        "Next post overdue: it was due on {date}, {days} day(s) ago",
        "Posting berikutnya terlambat: jatuh tempo {date}, {days} hari yang lalu",
    ),
    "campaign.show.not_running": (
        "The campaign is not running today ({start} to {end}): no post is due",
        "Kampanye tidak sedang berjalan hari ini ({start} s.d. {end}): tidak ada posting yang jatuh tempo",
    ),
    "campaign.show.no_next": (
        "No further post is due before the campaign ends ({end})",
        "Tidak ada posting lagi yang jatuh tempo sebelum kampanye berakhir ({end})",
    ),
    "campaign.show.targets": ("Targets against actuals", "Target dibanding capaian"),
    "campaign.show.no_targets": (
        "No targets: set them in wheel.measurement.targets",
        "Belum ada target: tetapkan di wheel.measurement.targets",
    ),
    "campaign.show.mentions": ("Mentions", "Mention"),
    "campaign.show.no_mentions": (
        "No mention recorded yet: record what you hear with `pln campaign mention`",
        "Belum ada mention yang dicatat: catat yang Anda dengar dengan `pln campaign mention`",
    ),
    "campaign.show.replied_note": (
        "The share replied is over the {said} of {total} mention(s) that say whether we replied.",
        "Porsi yang dibalas dihitung dari {said} dari {total} mention yang mencatat apakah kami membalas.",
    ),
    "campaign.show.offer": ("The offer check", "Pemeriksaan penawaran"),
    "campaign.show.expected_how": (
        ("Expected by {date}: the simulated redemptions before caps, times the smaller of the days elapsed "
         "({elapsed} of {period}) and the share of the period before the caps bind ({active})."),
        ("Perkiraan sampai {date}: penukaran hasil simulasi sebelum kuota atau anggaran habis, dikali yang lebih kecil dari hari yang sudah berjalan "
         "({elapsed} dari {period}) dan porsi periode sebelum kuota atau anggaran habis ({active})."),
    ),
    "campaign.show.spoke_planned": ("{spoke}: planned ({plan})", "{spoke}: sudah direncanakan ({plan})"),
    "campaign.show.spoke_missing": ("{spoke}: MISSING", "{spoke}: BELUM ADA"),
    "campaign.show.warnings": ("Warnings", "Peringatan"),
    "campaign.show.next": ("What to do next", "Langkah berikutnya"),
    # --- show: column headings ---------------------------------------------------
    "campaign.col.n": ("#", "#"),
    "campaign.col.post": ("post", "posting"),
    "campaign.col.date": ("date", "tanggal"),
    "campaign.col.channel": ("channel", "kanal"),
    "campaign.col.as_of": ("as of", "per"),
    "campaign.col.eng_rate": ("eng. rate", "tkt. interaksi"),
    "campaign.col.ctr": ("CTR", "CTR"),
    "campaign.col.reply_rate": ("reply rate", "tkt. balasan"),
    "campaign.col.redeemed": ("redeemed", "ditukar"),
    "campaign.col.total": ("total", "total"),
    "campaign.col.from": ("from", "dari"),
    "campaign.col.to": ("to", "sampai"),
    "campaign.col.days": ("days", "hari"),
    "campaign.col.late": ("late", "terlambat"),
    "campaign.col.measure": ("measure", "ukuran"),
    "campaign.col.target": ("target", "target"),
    "campaign.col.actual": ("actual", "capaian"),
    "campaign.col.reached": ("reached", "tercapai"),
    "campaign.col.replied": ("replied", "dibalas"),
    "campaign.col.offer": ("offer", "penawaran"),
    "campaign.col.expected": ("redemptions expected", "penukaran yang diperkirakan"),
    "campaign.col.tracked": ("redemptions tracked", "penukaran yang tercatat"),
    "campaign.col.ratio": ("tracked / expected", "tercatat / perkiraan"),
    "campaign.col.assumed_rate": ("redemption rate assumed", "asumsi tingkat penukaran"),
    "campaign.col.suggested_rate": ("redemption rate that would match", "tingkat penukaran yang cocok"),
    "campaign.col.value": ("value", "nilai"),
    "campaign.col.planned": ("planned", "rencana"),
    "campaign.col.posts_made": ("posts made", "posting yang tayang"),
    "campaign.col.campaign": ("campaign", "kampanye"),
    "campaign.col.product": ("product", "produk"),
    "campaign.col.posts": ("posts", "posting"),
    "campaign.col.redemptions_vs": ("redemptions (expected)", "penukaran (perkiraan)"),
    "campaign.col.mismatch": ("not approved", "tidak disetujui"),
    "campaign.col.next_due": ("next post due", "posting berikutnya"),
    # --- the chart (terminal only) ------------------------------------------------
    "campaign.chart.title": ("Reach and engagement per post", "Jangkauan dan interaksi per posting"),
    "campaign.chart.legend": (
        "# reach, = engagement; each on its own scale",
        "# jangkauan, = interaksi; masing-masing dengan skalanya sendiri",
    ),
    "campaign.chart.reach": ("reach", "jangkauan"),
    "campaign.chart.engagement": ("engagement", "interaksi"),
    # --- after a command wrote an event --------------------------------------------
    "campaign.created": (
        "Created {path}: fill in the wheel's spokes (the comments say how), then record the approval with `pln campaign approve {campaign}`",
        "{path} dibuat: lengkapi jari-jari roda (komentarnya menjelaskan caranya), lalu catat persetujuan dengan `pln campaign approve {campaign}`",
    ),
    "campaign.done.approval": (
        "Recorded the approval of {campaign}: {channels}, by {by} on {date}.",
        "Persetujuan {campaign} dicatat: {channels}, oleh {by} pada {date}.",
    ),
    "campaign.done.mismatch": (
        "Requested but not approved: {missing}; `pln campaign show` lists it with {by}'s decision.",
        "Diminta tetapi tidak disetujui: {missing}; `pln campaign show` menampilkannya bersama keputusan {by}.",
    ),
    "campaign.done.post": (
        "Recorded post {post} of {campaign} on {channel} ({date}).",
        "Posting {post} untuk {campaign} di {channel} ({date}) dicatat.",
    ),
    "campaign.done.link": ("Link to share: {link}", "Link untuk dibagikan: {link}"),
    "campaign.done.track": (
        "Recorded a snapshot of {post} of {campaign} on {date} ({count} count(s)).",
        "Snapshot {post} untuk {campaign} pada {date} dicatat ({count} angka).",
    ),
    "campaign.done.imported": (
        "Recorded {count} snapshot(s) of {campaign}: {posts}.",
        "{count} snapshot untuk {campaign} dicatat: {posts}.",
    ),
    "campaign.done.nothing_new": (
        "Nothing new for {campaign}: the {count} snapshot(s) in the file are already recorded.",
        "Tidak ada yang baru untuk {campaign}: {count} snapshot di berkas ini sudah tercatat.",
    ),
    "campaign.done.no_rows": (
        "Nothing recorded for {campaign}: no row of the file gives a snapshot to record",
        "Tidak ada yang dicatat untuk {campaign}: tidak ada baris di berkas yang berisi snapshot untuk dicatat",
    ),
    "campaign.done.mention": (
        "Recorded a {sentiment} mention for {campaign} ({date}).",
        "Mention {sentiment} untuk {campaign} dicatat ({date}).",
    ),
    # --- the calendar and the list ----------------------------------------------------
    "campaign.cal.title": ("Calendar: {title}", "Kalender: {title}"),
    "campaign.cal.note": (
        "A post belongs to the last planned date on or before it; `-o FILE.ics` writes the calendar for Google Calendar or Outlook.",
        "Sebuah posting masuk ke tanggal rencana terakhir pada atau sebelum tanggalnya; `-o FILE.ics` menulis kalender untuk Google Calendar atau Outlook.",
    ),
    "campaign.cal.written": (
        "Wrote {file}: import it into Google Calendar or Outlook",
        "{file} ditulis: impor ke Google Calendar atau Outlook",
    ),
    "campaign.list.title": ("Campaigns", "Kampanye"),
    "campaign.list.empty": (
        "No campaigns yet: start one with `pln campaign new`",
        "Belum ada kampanye: mulai dengan `pln campaign new`",
    ),
    "campaign.list.vs": ("{tracked} ({expected})", "{tracked} ({expected})"),
    "campaign.list.overdue": ("{date} (overdue)", "{date} (terlambat)"),
    # --- asking on a terminal ---------------------------------------------------------
    "campaign.ask.title": ("Title (optional)", "Judul (opsional)"),
    "campaign.ask.product": ("Product ({options})", "Produk ({options})"),
    "campaign.ask.start": ("First day (YYYY-MM-DD)", "Hari pertama (YYYY-MM-DD)"),
    "campaign.ask.end": ("Last day (YYYY-MM-DD)", "Hari terakhir (YYYY-MM-DD)"),
    "campaign.ask.channels": ("Channels to request ({options})", "Kanal yang diminta ({options})"),
    "campaign.ask.partner": ("Partner (optional; {options})", "Mitra (opsional; {options})"),
    "campaign.ask.offer": ("Offer it promotes (optional; {options})", "Penawaran yang dipromosikan (opsional; {options})"),
    "campaign.ask.link": ("Landing page URL (optional)", "URL halaman tujuan (opsional)"),
    # --- usage errors ---------------------------------------------------------------
    "campaign.usage.no_such": (
        "{name}: no such campaign (looked for {path}; campaigns here: {known})",
        "{name}: kampanye tidak ditemukan (dicari di {path}; yang ada: {known})",
    ),
    "campaign.usage.exists": (
        "{path} exists already; a campaign is never overwritten (record events with `pln campaign post {campaign}`)",
        "{path} sudah ada; kampanye tidak pernah ditimpa (catat peristiwa dengan `pln campaign post {campaign}`)",
    ),
    "campaign.usage.new_required": (
        "--product, --start, --end and --channels are required (or run on a terminal to be asked)",
        "--product, --start, --end, dan --channels wajib diisi (atau jalankan di terminal untuk ditanya)",
    ),
    "campaign.usage.product": ("--product {value!r}: use one of {options}", "--product {value!r}: gunakan salah satu dari {options}"),
    "campaign.usage.channels_empty": ("{option} needs at least one channel: {options}", "{option} memerlukan setidaknya satu kanal: {options}"),
    "campaign.usage.cadence": ("--cadence must be at least 1 day", "--cadence minimal 1 hari"),
    "campaign.usage.by": ("--by NAME is required: who decided", "--by NAME wajib diisi: siapa yang memutuskan"),
    "campaign.usage.channel": ("--channel is required: where the post went out", "--channel wajib diisi: di mana posting tayang"),
    "campaign.usage.kind": ("--kind {value!r}: use one of {options}", "--kind {value!r}: gunakan salah satu dari {options}"),
    "campaign.usage.count": ("{option} {value!r} is not a whole count", "{option} {value!r} bukan bilangan bulat"),
    "campaign.usage.no_counts": (
        "give at least one count: {options}",
        "berikan setidaknya satu angka: {options}",
    ),
    "campaign.usage.no_post": (
        "there is no post {post!r} in {campaign} (posts: {known})",
        "tidak ada posting {post!r} di {campaign} (posting: {known})",
    ),
    "campaign.usage.post_needed": (
        "name the post (p1, p2...) or import a CSV with --from FILE.csv",
        "sebutkan postingnya (p1, p2...) atau impor CSV dengan --from FILE.csv",
    ),
    "campaign.usage.from_alone": (
        "--from gives the posts and their counts; leave out POST, the counts and --note",
        "--from memberikan posting dan angkanya; jangan pakai POST, angka, dan --note",
    ),
    "campaign.usage.mention_required": (
        "--where and --sentiment are required",
        "--where dan --sentiment wajib diisi",
    ),
    "campaign.usage.where": ("--where must say where it was said", "--where harus menyebut di mana mention itu muncul"),
    "campaign.usage.sentiment": ("--sentiment {value!r}: use one of {options}", "--sentiment {value!r}: gunakan salah satu dari {options}"),
    "campaign.usage.replied": ("--replied {value!r}: use yes or no", "--replied {value!r}: gunakan yes atau no"),
}
assert not set(_COMMANDS) & set(ENTRIES), "a campaign catalogue key is defined twice"
ENTRIES.update(_COMMANDS)
