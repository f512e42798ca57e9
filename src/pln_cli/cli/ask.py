"""Questions on a terminal for what a command's options left out."""

from __future__ import annotations

from pathlib import Path

import typer


def ask_new_deal(root: Path, partner: str | None, offer: str | None, issues: list[str], deadline: int | None,
                 tactic: str | None, batna: str | None, lang: str) -> tuple[str, str, list[str], int, str, str | None]:
    """Ask for the partner, the offer, the issues and the plan of a new deal."""
    from pln_cli.i18n import tr
    from pln_cli.load.workspace import yaml_files
    from pln_cli.model.terms import ISSUES

    partners = [p.stem for p in yaml_files(root / "partners")]
    offers = [p.stem for p in yaml_files(root / "offers")]
    if partner is None:
        partner = typer.prompt(tr("ask.partner", lang, options=", ".join(partners)))
    if offer is None:
        matching = [o for o in offers if o.startswith(partner)] or offers
        offer = typer.prompt(tr("ask.offer", lang, options=", ".join(matching)), default=matching[0] if len(matching) == 1 else None)
    issues = list(issues)
    if not issues:
        keys = typer.prompt(tr("ask.issues", lang, options=", ".join(ISSUES)), default="min_spend,voucher")
        for key in [k.strip() for k in keys.split(",") if k.strip()]:
            target = typer.prompt(tr("ask.target", lang, key=key))
            reservation = typer.prompt(tr("ask.reservation", lang, key=key))
            theirs = typer.prompt(tr("ask.their_reservation", lang, key=key), default="", show_default=False)
            issues.append(f"{key}={target}:{reservation}" + (f":{theirs}" if theirs else ""))
    if deadline is None:
        deadline = typer.prompt(tr("ask.deadline", lang), default=4, type=int)
    if tactic is None:
        tactic = typer.prompt(tr("ask.tactic", lang), default="linear")
    if batna is None:
        batna = typer.prompt(tr("ask.batna", lang), default="", show_default=False) or None
    return partner, offer, issues, deadline, tactic, batna
