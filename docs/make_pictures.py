"""Make the README's pictures of the partner deck and the internal brief.

    .venv/bin/python docs/make_pictures.py            # writes docs/deck-slide.png and docs/brief-page1.png

From the example workspace's TOTAL SPBU kickoff meeting, with the same
code the tests use: `api.present` builds the partner view and the brief,
`render.deck` draws the deck (a slide is pictured by LibreOffice) and
`render.brief` the brief (its first page is pictured by headless Chromium).
Needs python-pptx and Jinja2 (`pip install '.[deck]'`), LibreOffice
(`apt-get install libreoffice-impress`) and Chromium (`apt-get install chromium`).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEETING = ROOT / "examples" / "meetings" / "total-spbu-kickoff.yaml"
SLIDE = 5  # the objective criteria: the spend distribution with the threshold


def _catalogue() -> None:
    # Until catalog/present.py is registered in catalog/__init__.py.
    import pln_cli.catalog as catalog
    from pln_cli.catalog import present

    merged = catalog.catalog()
    if "present.and" not in merged:
        catalog._CATALOG = {**merged, **present.ENTRIES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=["en", "id"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--slide", type=int, default=SLIDE)
    args = parser.parse_args(argv)
    _catalogue()

    from pln_cli.api.present import meeting_brief, meeting_partner_view
    from pln_cli.render.brief import brief_page_png, find_chromium
    from pln_cli.render.deck import deck_bytes, find_soffice, slide_png

    missing = [name for name, found in (("soffice (LibreOffice)", find_soffice()), ("chromium", find_chromium())) if found is None]
    if missing:
        print(f"make_pictures: not installed: {', '.join(missing)}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    deck = deck_bytes(meeting_partner_view(MEETING), args.lang)
    slide = slide_png(deck, args.slide, args.out / "deck-slide.png")
    brief = meeting_brief(MEETING, date(2017, 9, 12))
    page = brief_page_png(brief, args.lang, args.out / "brief-page1.png")
    for path in (slide, page):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
