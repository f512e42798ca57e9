"""`pln init`, `pln partner new`, `pln offer new`: from an empty folder to a
first simulation.

Each writes commented files that pass `pln check`; on a terminal it asks
for what the options left out, and scripts give options.  Nothing that
exists is ever overwritten.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from pln_cli.cli.common import (
    DirOption,
    LangOption,
    check_lang,
    current_language,
    err,
    guarded,
    language_at,
    settle_language,
    stdin_is_terminal,
    usage,
)

partner_app = typer.Typer(help="Partners: the companies and organisations we make deals with.", no_args_is_help=True)



@guarded
def init(
    folder: Annotated[Optional[Path], typer.Argument(help="Folder of the new workspace (default: the current folder); made when missing.", metavar="DIR", show_default=False)] = None,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Language of the workspace and its sample files: en or id (asked on a terminal).", metavar="en|id")] = None,
    name: Annotated[Optional[str], typer.Option("--name", help="The workspace's name, written to pln.yaml.", metavar="TEXT")] = None,
) -> None:
    """Example: pln init deals --lang id

    Start a workspace: pln.yaml, the folders, and a sample partner, offer
    (with a spend histogram in data/) and deal whose comments explain every
    field, in the workspace's language.  They pass `pln check` as written.
    Nothing is overwritten: a folder that is a workspace already is refused.
    """
    import shlex

    from pln_cli.api.start import init_workspace
    from pln_cli.i18n import tr
    from pln_cli.load.paths import display_path
    from pln_cli.render.safe import visible

    chosen = check_lang(lang)
    if chosen is None and stdin_is_terminal():
        chosen = typer.prompt(tr("start.ask.language", current_language()), default=current_language(), value_proc=_language)
    language = settle_language(chosen)
    root = folder or Path.cwd()
    done = init_workspace(root, language, name)
    shown = [visible(str(p.relative_to(done.root))) for p in done.files if not p.name.startswith(".")]
    typer.echo(tr("start.init.done", language, root=visible(display_path(done.root)), language=tr(f"start.lang.{language}", language)))
    typer.echo("".join(f"  {p}\n" for p in shown), nl=False)
    steps = [] if folder is None or done.root.resolve() == Path.cwd().resolve() else [(f"cd {shlex.quote(str(folder))}", "start.init.next.cd")]
    steps += [("pln check", "start.init.next.check"), (f"pln offer simulate {done.offer}", "start.init.next.simulate"),
              (f"pln deal show {done.deal}", "start.init.next.show"), ("pln partner new ID --name NAME; pln offer new ID", "start.init.next.new")]
    width = max(len(command) for command, _ in steps)
    typer.echo(tr("start.init.next", language))
    for command, key in steps:
        typer.echo(f"  {visible(command).ljust(width)}   # {tr(key, language)}")


def _language(text: str) -> str:
    """An answer to the language question: en or id (or a name of them); else asked again."""
    from pln_cli.i18n import normalize_lang, tr

    found = normalize_lang(text)
    if found is None:
        raise typer.BadParameter(tr("usage.lang", current_language(), value=text))
    return found


@partner_app.command("new")
@guarded
def partner_new(
    id: Annotated[str, typer.Argument(help="The new partner's id: lowercase words joined by hyphens (total-spbu).", metavar="ID")],
    name: Annotated[Optional[str], typer.Option("--name", help="The partner's name as reports show it (asked on a terminal).", metavar="TEXT")] = None,
    sector: Annotated[Optional[str], typer.Option("--sector", help="What the partner does.", metavar="TEXT")] = None,
    size: Annotated[Optional[str], typer.Option("--size", help="The partner compared with us: smaller, similar or larger.", metavar="SIZE")] = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Example: pln partner new total-spbu --name "TOTAL SPBU Indonesia" --size larger

    Write partners/ID.yaml: a template whose comments explain every field
    (the people to lobby, interests, notes).  On a terminal, asks for what
    the options leave out.  An existing file is never overwritten.
    """
    from pln_cli.api.start import new_partner
    from pln_cli.api.workspace import require_workspace, workspace_root
    from pln_cli.i18n import tr
    from pln_cli.load.paths import display_path

    root = require_workspace(workspace_root(dir))
    language = language_at(root, lang)
    if name is None and stdin_is_terminal():
        name = typer.prompt(tr("start.ask.name", language))
        if sector is None:
            sector = typer.prompt(tr("start.ask.sector", language), default="", show_default=False) or None
        if size is None:
            size = typer.prompt(tr("start.ask.size", language), default="", show_default=False) or None
    path = new_partner(root, id, name, sector=sector, size=size, language=language)
    err(tr("start.created", language, path=display_path(path)))
    err(tr("start.created.partner.next", language, id=id))


@guarded
def offer_new(
    id: Annotated[str, typer.Argument(help="The new offer's id: lowercase words joined by hyphens (total-spbu-2018q1).", metavar="ID")],
    partner: Annotated[Optional[str], typer.Option("--partner", help="The partner's id.", metavar="ID")] = None,
    min_spend: Annotated[Optional[str], typer.Option("--min-spend", help="Spend in one transaction that earns the voucher: 450rb, Rp450.000, 450000 or 1,5jt.", metavar="AMOUNT")] = None,
    voucher: Annotated[Optional[str], typer.Option("--voucher", help="The voucher's value (25rb, Rp25.000).", metavar="AMOUNT")] = None,
    days: Annotated[Optional[str], typer.Option("--days", help="Days the scheme runs (or --start and --end).", metavar="N")] = None,
    start: Annotated[Optional[str], typer.Option("--start", help="First day of the scheme.", metavar="YYYY-MM-DD")] = None,
    end: Annotated[Optional[str], typer.Option("--end", help="Last day of the scheme.", metavar="YYYY-MM-DD")] = None,
    transactions: Annotated[Optional[str], typer.Option("--transactions", help="The partner's transactions in the period (120000 or 120.000).", metavar="N")] = None,
    redemption_rate: Annotated[Optional[str], typer.Option("--redemption-rate", help="Share of vouchers that get used: 35%, 0.35 or 0,35.", metavar="SHARE")] = None,
    median: Annotated[Optional[str], typer.Option("--median", help="Median spend per transaction (a lognormal estimate, with --p90 or --mean).", metavar="AMOUNT")] = None,
    p90: Annotated[Optional[str], typer.Option("--p90", help="Spend that 90% of transactions stay below.", metavar="AMOUNT")] = None,
    mean: Annotated[Optional[str], typer.Option("--mean", help="Mean spend per transaction, instead of --p90.", metavar="AMOUNT")] = None,
    histogram: Annotated[Optional[Path], typer.Option("--histogram", help="A lower,upper,count CSV of spend per transaction, inside the workspace (instead of --median).", metavar="FILE")] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="How reports name the offer.", metavar="TEXT")] = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Example: pln offer new total-spbu-q4 --partner total-spbu --min-spend 450rb --voucher 25rb --days 92 --transactions 120000 --redemption-rate 35% --median 250rb --p90 600rb

    Write offers/ID.yaml: a voucher-for-spend scheme whose comments explain
    every field, with the other terms and assumptions as commented examples.
    On a terminal, asks for what the options leave out.  An existing file is
    never overwritten.
    """
    from pln_cli.api.start import new_offer
    from pln_cli.api.workspace import require_workspace, workspace_root
    from pln_cli.i18n import tr
    from pln_cli.load.paths import display_path

    root = require_workspace(workspace_root(dir))
    language = language_at(root, lang)
    values = {"min_spend": min_spend, "voucher": voucher, "days": days, "transactions": transactions,
              "redemption_rate": redemption_rate, "median": median, "p90": p90}
    if stdin_is_terminal():
        skip = ({"days"} if start and end else set()) | ({"median", "p90"} if histogram else {"p90"} if mean else set())
        partner = partner or _ask_partner(root, language)
        for key in values:
            if values[key] is None and key not in skip:
                values[key] = typer.prompt(tr(f"start.ask.{key}", language), default="90" if key == "days" else None)
    path = new_offer(root, id, partner, **values, start=start, end=end, mean=mean, histogram=histogram, title=title, language=language)
    err(tr("start.created", language, path=display_path(path)))
    err(tr("start.created.offer.next", language, id=id))


def _ask_partner(root: Path, lang: str) -> str:
    """Ask which partner, offering the workspace's."""
    from pln_cli.i18n import tr
    from pln_cli.load.workspace import yaml_files

    partners = [p.stem for p in yaml_files(root / "partners")]
    if not partners:
        raise usage("start.offer.no_partners", folder=str(root / "partners"))
    return typer.prompt(tr("ask.partner", lang, options=", ".join(partners)), default=partners[0] if len(partners) == 1 else None)
