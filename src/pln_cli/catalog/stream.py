"""Streams of records (deal rounds, meeting events, campaign posts): torn writes and their hints."""

from __future__ import annotations

# The torn tail's hint names the record of each kind of log; the deal and
# campaign texts are the ones those logs always gave (goldens hold them).
ENTRIES: dict[str, tuple[str, str]] = {
    "stream.torn.deal": (
        "check the last round by hand: complete it and end it with `...`, or delete it; "
        "the rounds before it are used",
        "periksa putaran terakhir secara manual: lengkapi dan akhiri dengan `...`, atau hapus; "
        "putaran sebelumnya tetap dipakai",
    ),
    "stream.torn.meeting": (
        "check the last event by hand: complete it and end it with `...`, or delete it; "
        "the events before it are used",
        "periksa peristiwa terakhir secara manual: lengkapi dan akhiri dengan `...`, atau hapus; "
        "peristiwa sebelumnya tetap dipakai",
    ),
    "stream.torn.campaign": (
        "check the last event by hand: complete it and end it with `...`, or delete it; the events before it are used",
        "periksa peristiwa terakhir secara manual: lengkapi dan akhiri dengan `...`, atau hapus; peristiwa sebelumnya tetap dipakai",
    ),
    "stream.torn.lobby": (
        "check the last contact by hand: complete it and end it with `...`, or delete it; "
        "the contacts before it are used",
        "periksa kontak terakhir secara manual: lengkapi dan akhiri dengan `...`, atau hapus; "
        "kontak sebelumnya tetap dipakai",
    ),
}
