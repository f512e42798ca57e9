"""Questions on a terminal for what a command's options left out."""

from __future__ import annotations

from pathlib import Path

import typer


def ask_new_deal(root: Path, partner: str | None, offer: str | None, issues: list[str], deadline: int | None,
                 tactic: str | None, batna: str | None, lang: str) -> tuple[str, str, list[str], int, str, str | None]:
    """Ask for the partner, the offer, the issues and the plan of a new deal;
    the offer's current value of an issue is the default of its target."""
    from pln_cli.api.deals import offer_values
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
        current = offer_values(root, offer)
        keys = typer.prompt(tr("ask.issues", lang, options=", ".join(ISSUES)), default="min_spend,voucher")
        wanted = [k.strip() for k in keys.split(",") if k.strip()]
        if any(k in current for k in wanted):
            typer.echo(tr("advice.new.defaults", lang))
        typer.echo(tr("advice.new.their_reservation", lang))
        for key in wanted:
            now = current.get(key)
            default = ISSUES[key].write(now) if now is not None and key in ISSUES else None
            target = typer.prompt(tr("ask.target", lang, key=key), default=default)
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


def ask_new_meeting(root: Path, partner: str | None, day: str | None, deal: str | None, objective: str | None,
                    presenters: list[str], audience: list[str], place: str | None,
                    lang: str) -> tuple[str, str, str | None, str | None, list[str], list[str], str | None]:
    """Ask for the partner, the date, the deal, the objective, who presents,
    the audience (offering the partner's people) and the place of a new meeting."""
    from pln_cli.api.meetings import partner_people
    from pln_cli.i18n import tr
    from pln_cli.load.workspace import yaml_files

    def names(text: str) -> list[str]:
        return [n.strip() for n in text.split(",") if n.strip()]

    if partner is None:
        partners = [p.stem for p in yaml_files(root / "partners")]
        partner = typer.prompt(tr("ask.partner", lang, options=", ".join(partners)))
    if day is None:
        day = typer.prompt(tr("ask.meeting_date", lang))
    if deal is None:
        deals = [d.stem for d in yaml_files(root / "deals") if d.stem.startswith(partner)]
        if deals:
            deal = typer.prompt(tr("ask.meeting_deal", lang, options=", ".join(deals)), default="", show_default=False) or None
    if objective is None:
        objective = typer.prompt(tr("ask.objective", lang), default="", show_default=False) or None
    if not presenters:
        presenters = names(typer.prompt(tr("ask.presenters", lang), default="", show_default=False))
    if not audience:
        people = partner_people(root, partner)
        if people:
            typer.echo(tr("ask.people", lang))
            for index, name in enumerate(people, start=1):
                typer.echo(f"  {index}. {name}")
        answer = typer.prompt(tr("ask.audience", lang), default="", show_default=False)
        # A number picks one of the people listed; anything else is a name.
        audience = [people[int(n) - 1] if n.isdigit() and 0 < int(n) <= len(people) else n for n in names(answer)]
    if place is None:
        place = typer.prompt(tr("ask.place", lang), default="", show_default=False) or None
    return partner, day, deal, objective, presenters, audience, place
