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
    "help.example.partner.new": (
        "Example: pln partner new total-spbu --name \"TOTAL SPBU Indonesia\" --size larger",
        "Contoh: pln partner new total-spbu --name \"TOTAL SPBU Indonesia\" --size larger",
    ),
}
