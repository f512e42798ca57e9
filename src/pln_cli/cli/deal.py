"""`pln deal`: the round log after each meeting, and where we stand before the next."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from pln_cli.cli.common import (
    DataProblems,
    DirOption,
    LangOption,
    OutputOption,
    UsageProblem,
    format_for,
    guarded,
    language_at,
    require_workspace,
    term_problem,
)

app = typer.Typer(help="Deal logs: record each negotiation round, see where you stand.", no_args_is_help=True)

DealArg = Annotated[str, typer.Argument(help="A deal id in the workspace, or the path of a deal file.", metavar="DEAL")]
SetOption = Annotated[list[str], typer.Option("--set", help="A term KEY=VALUE (min_spend=400rb); repeatable, or comma-separated.", metavar="KEY=VALUE")]


def _deal_path(deal: str, workspace_dir: Path | None) -> Path:
    from pln_cli.load.workspace import find_root

    path = Path(deal)
    if path.is_file():
        return path
    if "/" in deal or deal.endswith((".yaml", ".yml")):
        raise UsageProblem(f"{deal}: no such deal file")
    candidate = find_root(None, workspace_dir) / "deals" / f"{deal}.yaml"
    if not candidate.is_file():
        raise UsageProblem(f"{deal}: no such deal (looked for {candidate})")
    return candidate


def _language(path: Path, option: str | None) -> str:
    from pln_cli.load.workspace import find_root

    return language_at(find_root(path), option)


def _parse_terms(values: list[str], language: str) -> dict[str, Any]:
    from pln_cli.econ.variants import TermError, parse_assignments

    terms: dict[str, Any] = {}
    for text in values:
        try:
            parsed = parse_assignments(text)
        except TermError as exc:
            raise term_problem(exc, language) from None
        for key, value in parsed.items():
            if key in terms:
                raise UsageProblem(f'--set gives "{key}" twice')
            terms[key] = value
    return terms


def _parse_checks(values: list[str]) -> dict[str, str]:
    from pln_cli.model.deal import CHECKLIST_KEYS

    checks: dict[str, str] = {}
    for text in values:
        for part in text.split(","):
            key, sep, answer = part.partition("=")
            key, answer = key.strip(), answer.strip().lower()
            if not sep or key not in CHECKLIST_KEYS:
                raise UsageProblem(f"--check {part!r}: use ITEM=yes|partly|no with ITEM one of {', '.join(CHECKLIST_KEYS)}")
            if answer not in ("yes", "partly", "no"):
                raise UsageProblem(f"--check {part!r}: the answer must be yes, partly or no")
            checks[key] = answer
    return checks


def _parse_date(text: str | None) -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageProblem(f"--date {text!r}: write the date as YYYY-MM-DD") from None


def _check_new_document(entry: Any, text: str) -> list[Any]:
    """Parse the log as it would be after the append; any new error refuses it."""
    from pln_cli.load.deals import parse_deal_bytes
    from pln_cli.load.yamlsafe import Source

    raw = entry.source.text if entry.source else ""
    joined = raw + ("" if not raw or raw.endswith("\n") else "\n") + text
    after = parse_deal_bytes(entry.path, joined.encode("utf-8"))
    before = {(p.line, p.column, p.code) for p in entry.problems}
    new = [p for p in after.problems if p.severity == "error" and (p.line, p.column, p.code) not in before]
    if new:
        # Point at the new text itself, not at lines of a file that does not exist.
        offset = joined.count("\n", 0, len(joined) - len(text))
        source = Source("(new round)", text)
        return [source.problem(((p.line or offset + 1) - offset, p.column or 1, p.span), p.code, p.message, p.hint) for p in new]
    return []


def _append(path: Path, render: Any, language: str) -> tuple[Any, str]:
    from pln_cli.load.append import AppendRefused, append_document

    try:
        return append_document(path, render, _check_new_document)
    except AppendRefused as exc:
        raise DataProblems(exc.problems, language) from None


@app.command("log")
@guarded
def log(
    deal: DealArg,
    by: Annotated[Optional[str], typer.Option("--by", help="Who made this offer: us or them.", metavar="us|them")] = None,
    set_: SetOption = [],  # noqa: B006 - typer reads the default
    note: Annotated[Optional[str], typer.Option("--note", help="What happened in the meeting.", metavar="TEXT")] = None,
    date_: Annotated[Optional[str], typer.Option("--date", help="Meeting date (default today).", metavar="YYYY-MM-DD")] = None,
    check: Annotated[list[str], typer.Option("--check", help="Checklist answer ITEM=yes|partly|no; repeatable.", metavar="ITEM=ANSWER")] = [],  # noqa: B006
    from_: Annotated[Optional[str], typer.Option("--from", help="Read the round as YAML from FILE, or - for stdin.", metavar="FILE")] = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Append one round to a deal log, after a meeting.

    The round is checked against the deal's header first; then it is
    appended as one YAML document under an exclusive lock, numbered under
    that lock, and flushed to disk.  Nothing in the file is rewritten, and
    on any error nothing is written.
    """
    from pln_cli.load.writer import round_document

    path = _deal_path(deal, dir)
    language = _language(path, lang)
    if from_ is not None:
        if by or set_ or note or date_ or check:
            raise UsageProblem("--from gives the whole round; leave out --by, --set, --note, --date and --check")
        fields = _round_from_yaml(from_, language)
    else:
        if by not in ("us", "them"):
            raise UsageProblem("--by us or --by them is required")
        fields = {"by": by, "terms": _parse_terms(set_, language), "notes": note, "date": _parse_date(date_), "checklist": _parse_checks(check)}

    def render(entry: Any) -> str:
        number = len(entry.deal.rounds) + 1
        return round_document(number, fields["date"], fields["by"], fields["terms"], fields["notes"], fields["checklist"])

    _append(path, render, language)
    _print_summary(path, language, logged=True)


def _round_from_yaml(source_name: str, language: str) -> dict[str, Any]:
    """A round written as YAML (the `round:` number is assigned by pln)."""
    from pln_cli.load.validate import validate
    from pln_cli.load.yamlsafe import load_mapping, source_from_bytes
    from pln_cli.model.deal import Round

    if source_name == "-":
        raw = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
        display = "(stdin)"
    else:
        try:
            raw = Path(source_name).read_bytes()
        except OSError as exc:
            raise UsageProblem(f"--from {source_name}: {exc.strerror or exc}") from None
        display = source_name
    source, problems = source_from_bytes(raw, display)
    if source is None:
        raise DataProblems(problems, language)
    doc, problems = load_mapping(source)
    if doc is None:
        raise DataProblems(problems, language)
    data = dict(doc.data)
    data.setdefault("round", 1)
    data.setdefault("date", date.today().isoformat())
    doc.data = data
    model, problems = validate(Round, doc, source)
    if model is None:
        raise DataProblems(problems, language)
    checklist = model.checklist.answered() if model.checklist else {}
    return {"by": model.by, "terms": model.terms.named(), "notes": model.notes, "date": model.date, "checklist": checklist}


@app.command("close")
@guarded
def close(
    deal: DealArg,
    outcome: Annotated[str, typer.Argument(help="agreed, walked_away or paused.", metavar="OUTCOME")],
    set_: SetOption = [],  # noqa: B006
    note: Annotated[Optional[str], typer.Option("--note", help="How it ended.", metavar="TEXT")] = None,
    date_: Annotated[Optional[str], typer.Option("--date", help="Date (default today).", metavar="YYYY-MM-DD")] = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Append the outcome of a deal: agreed (with the final terms), walked_away or paused."""
    from pln_cli.load.writer import outcome_document
    from pln_cli.negotiation.analytics import analyse

    if outcome not in ("agreed", "walked_away", "paused"):
        raise UsageProblem(f"OUTCOME must be agreed, walked_away or paused, not {outcome!r}")
    path = _deal_path(deal, dir)
    language = _language(path, lang)
    terms = _parse_terms(set_, language)
    day = _parse_date(date_)

    def render(entry: Any) -> str:
        final = dict(terms)
        if outcome == "agreed" and not final:
            analysis = analyse(entry.deal)
            met = {k: i.theirs for k, i in analysis.issues.items() if i.gap == 0 and not i.crossed and i.theirs is not None}
            if len(met) != len(analysis.issues):
                raise UsageProblem("the offers have not met on every issue: give the agreed terms with --set KEY=VALUE")
            final = met
        return outcome_document(outcome, day, final, note)

    _append(path, render, language)
    _print_summary(path, language, logged=False)


def _print_summary(path: Path, language: str, logged: bool) -> None:
    from pln_cli.cli.common import stdout_is_terminal, write_output
    from pln_cli.load.deals import load_deal
    from pln_cli.negotiation.analytics import analyse
    from pln_cli.render.deal import verdict_sections, where_section, todo
    from pln_cli.render.document import Document, Section, make_console, to_plain, to_rich
    from pln_cli.i18n import tr as label

    entry = load_deal(path)
    deal = entry.deal
    if deal is None:  # pragma: no cover - we just validated it
        return
    analysis = analyse(deal)
    if logged:
        last = deal.rounds[-1]
        title = label("deal.logged", language, n=last.round, deal=deal.id, by=label(f"deal.by.{last.by}", language), date=last.date.isoformat())
    else:
        title = label("deal.closed_msg", language, deal=deal.id, status=label(f"deal.status.{deal.status}", language))
    verdict = verdict_sections(analysis, _context_for(path, deal, language, simulate_rounds=False), language)[0]
    document = Document(title, [], [where_section(analysis, language), verdict, Section(label("deal.todo", language), bullets=todo(analysis, language))])
    if stdout_is_terminal():
        to_rich(document, make_console())
    else:
        write_output(to_plain(document), None)


def _context_for(path: Path, deal: Any, language: str, simulate_rounds: bool = True) -> Any:
    """Partner name and interests, the base offer, and each round's economics."""
    from pln_cli.load.deals import resolve_offer_ref
    from pln_cli.load.workspace import find_root, load_offer, partner_at
    from pln_cli.render.deal import DealContext

    partner = partner_at(find_root(path), deal.header.partner)
    partner_name = partner.name if partner else deal.header.partner
    interests = list(partner.their_interests) if partner else []
    offer_path = resolve_offer_ref(path, deal.header.offer)
    context = DealContext(partner_name, deal.header.offer, interests)
    if not offer_path.is_file():
        return context
    entry = load_offer(offer_path)
    if not entry.usable:
        return context
    context.offer_label = entry.model.label()
    if simulate_rounds and deal.rounds:
        context.economics = round_economics(entry, deal)
    return context


def round_economics(entry: Any, deal: Any) -> list[Any]:
    """Simulate each round's position: the base offer with that party's terms."""
    from dataclasses import replace

    from pln_cli.econ.scheme import inputs_from_offer, simulate
    from pln_cli.econ.variants import TermError, apply_terms
    from pln_cli.load.spend import spend_for
    from pln_cli.negotiation.analytics import positions
    from pln_cli.render.deal import RoundEconomics

    offer = entry.model
    base = inputs_from_offer(offer, rows=0)
    schemes = []
    for position in positions(deal):
        try:
            schemes.append(apply_terms(base, position))
        except TermError:
            schemes.append(None)
    spend = spend_for(entry, [s for s in schemes if s is not None])
    if spend.distribution is None:
        return [RoundEconomics() for _ in schemes]
    result = []
    for scheme in schemes:
        if scheme is None:
            result.append(RoundEconomics())
            continue
        if offer.assumptions.transactions is None:
            scheme = replace(scheme, transactions=spend.rows or 0)
        r = simulate(scheme, spend.distribution)
        result.append(RoundEconomics(r.our_net_cost, r.cac, r.qualifying_share, r.reward_rates[0]))
    return result


@app.command("show")
@guarded
def show(
    deal: DealArg,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="table, json or markdown (a meeting brief).", metavar="FORMAT")] = None,
    output: OutputOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Where the negotiation stands: rounds and what each concession costs,
    gap, ZOPA, the next offer, and an integrative or distributive verdict."""
    from pln_cli.cli.common import print_problems
    from pln_cli.cli.common import draw_document
    from pln_cli.load.deals import load_deal
    from pln_cli.negotiation.analytics import analyse, to_json
    from pln_cli.render.data import to_json as dump_json
    from pln_cli.render.deal import show_document

    chosen = format_for(format, output, ("table", "json", "markdown"))
    path = _deal_path(deal, dir)
    language = _language(path, lang)
    entry = load_deal(path)
    if entry.deal is None:
        raise DataProblems(entry.problems, language)
    if entry.problems:
        # A torn tail: the complete rounds are shown, and the damage is named.
        print_problems(entry.problems, language, stream=sys.stderr)
    analysis = analyse(entry.deal)
    context = _context_for(path, entry.deal, language)
    if chosen == "json":
        from pln_cli.cli.common import write_output

        data = to_json(analysis)
        data["rounds_detail"] = _rounds_detail(entry.deal, context)
        write_output(dump_json(data), output)
        return
    draw_document(show_document(analysis, context, language), chosen, output)


def _rounds_detail(deal: Any, context: Any) -> list[dict[str, Any]]:
    """Each round with the economics of its party's position (an extra JSON key)."""
    detail = []
    for index, r in enumerate(deal.rounds):
        econ = context.economics[index] if index < len(context.economics) else None
        detail.append({
            "round": r.round,
            "date": r.date.isoformat(),
            "by": r.by,
            "terms": r.terms.named(),
            "notes": r.notes,
            "our_net_cost": None if econ is None or econ.our_net_cost is None else int(round(econ.our_net_cost)),
            "cac": None if econ is None or econ.cac is None else int(round(econ.cac)),
            "qualifying_share": None if econ is None else econ.qualifying_share,
            "reward_rate": None if econ is None else econ.reward_rate,
        })
    return detail


@app.command("list")
@guarded
def list_(
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="table, json, csv or markdown.", metavar="FORMAT")] = None,
    output: OutputOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Every deal with partner, status, rounds, overall gap and last meeting."""
    from pln_cli.cli.common import print_problems, write_output
    from pln_cli.cli.common import draw_document
    from pln_cli.load.deals import load_deal
    from pln_cli.load.workspace import find_root, partner_at, yaml_files
    from pln_cli.negotiation.analytics import analyse
    from pln_cli.render.data import to_csv, to_json
    from pln_cli.render.deal import list_document

    chosen = format_for(format, output, ("table", "json", "csv", "markdown"))
    root = find_root(None, dir)
    require_workspace(root)
    language = language_at(root, lang)
    rows, problems, names = [], [], {}
    for path in yaml_files(root / "deals"):
        entry = load_deal(path)
        problems.extend(entry.problems)
        if entry.deal is None:
            continue
        analysis = analyse(entry.deal)
        partner = entry.deal.header.partner
        if partner not in names:
            model = partner_at(root, partner)
            names[partner] = model.name if model else partner
        rows.append({
            "deal": entry.deal.id,
            "partner": partner,
            "partner_name": names[partner],
            "status": entry.deal.status,
            "rounds": len(entry.deal.rounds),
            "overall_gap": analysis.overall_gap,
            "last_date": entry.deal.rounds[-1].date.isoformat() if entry.deal.rounds else None,
        })
    if chosen == "json":
        write_output(to_json(rows), output)
    elif chosen == "csv":
        write_output(to_csv(list(rows[0]) if rows else ["deal"], rows), output)
    else:
        draw_document(list_document(rows, language), chosen, output)
    if problems:
        print_problems(problems, language, stream=sys.stderr)


@app.command("new")
@guarded
def new(
    deal: Annotated[str, typer.Argument(help="The new deal's id (a slug, e.g. total-spbu-2018).", metavar="DEAL")],
    partner: Annotated[Optional[str], typer.Option("--partner", help="Partner id.", metavar="ID")] = None,
    offer: Annotated[Optional[str], typer.Option("--offer", help="Base offer id (or path relative to deals/).", metavar="OFFER")] = None,
    issue: Annotated[list[str], typer.Option("--issue", help="KEY=TARGET:RESERVATION[:THEIR_RESERVATION], e.g. min_spend=450rb:400rb:425rb; repeatable.", metavar="ISSUE")] = [],  # noqa: B006
    deadline: Annotated[Optional[int], typer.Option("--deadline", help="Offers we plan to make, opening included (default 4).", metavar="N")] = None,
    tactic: Annotated[Optional[str], typer.Option("--tactic", help="boulware, linear, conceder, or a beta such as 0.5 (default linear).", metavar="TACTIC")] = None,
    batna: Annotated[Optional[str], typer.Option("--batna", help="Our best alternative if this deal fails.", metavar="TEXT")] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="A title for reports.", metavar="TEXT")] = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Start a deal log: the header with issues, targets and reservations.

    Give everything as options, or leave them out on a terminal and pln
    asks.  An existing deal is never overwritten.
    """
    from pln_cli.load.workspace import find_root
    from pln_cli.model.types import SLUG_RE

    root = find_root(None, dir)
    require_workspace(root)
    language = language_at(root, lang)
    if not SLUG_RE.match(deal):
        raise UsageProblem(f"{deal!r} is not an id: use lowercase words joined by hyphens, e.g. total-spbu-2018")
    path = root / "deals" / f"{deal}.yaml"
    if path.exists():
        raise UsageProblem(f"{path} exists already; a deal is never overwritten (log rounds with `pln deal log {deal}`)")
    interactive = _stdin_is_terminal() and (partner is None or offer is None or not issue)
    if interactive:
        partner, offer, issue, deadline, tactic, batna = _ask(root, partner, offer, issue, deadline, tactic, batna, language)
    if not partner or not offer or not issue:
        raise UsageProblem("--partner, --offer and at least one --issue are required (or run on a terminal to be asked)")
    _create(root, path, deal, partner, offer, issue, deadline or 4, tactic or "linear", batna, title, language)


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _issue_specs(issues: list[str], language: str) -> dict[str, dict[str, Any]]:
    from pln_cli.econ.variants import TermError, parse_value

    specs: dict[str, dict[str, Any]] = {}
    for text in issues:
        key, sep, rest = text.partition("=")
        key = key.strip()
        parts = rest.split(":")
        if not sep or len(parts) not in (2, 3):
            raise UsageProblem(f"--issue {text!r}: write KEY=TARGET:RESERVATION[:THEIR_RESERVATION]")
        try:
            values = [parse_value(key, p.strip()) for p in parts if p.strip()]
        except TermError as exc:
            raise term_problem(exc, language, prefix=f"--issue {text!r}: ") from None
        specs[key] = {"target": values[0], "reservation": values[1], "their_reservation": values[2] if len(values) > 2 else None}
    return specs


def _tactic(value: str) -> str | float:
    if value in ("boulware", "linear", "conceder"):
        return value
    try:
        beta = float(value)
    except ValueError:
        raise UsageProblem(f"--tactic {value!r}: use boulware, linear, conceder or a positive beta") from None
    if beta <= 0:
        raise UsageProblem("--tactic: beta must be above zero")
    return beta


def _create(root: Path, path: Path, deal: str, partner: str, offer: str, issues: list[str], deadline: int, tactic: str, batna: str | None, title: str | None, language: str) -> None:
    from pln_cli.cli.common import err
    from pln_cli.load.append import create_exclusive
    from pln_cli.load.deals import parse_deal_bytes, resolve_offer_ref
    from pln_cli.load.writer import header_document
    from pln_cli.i18n import tr as label

    if deadline < 1:
        raise UsageProblem("--deadline must be at least 1")
    if not (root / "partners" / f"{partner}.yaml").is_file():
        raise UsageProblem(f"no partner {partner!r} in {root / 'partners'}")
    offer_ref = offer if ("/" in offer or offer.endswith(".yaml")) else f"../offers/{offer}.yaml"
    if not resolve_offer_ref(path, offer_ref).is_file():
        raise UsageProblem(f"no offer {offer!r} in {root / 'offers'}")
    text = header_document(deal, partner, offer_ref, _issue_specs(issues, language), deadline, _tactic(tactic), batna, title)
    check = parse_deal_bytes(path, text.encode("utf-8"))
    if check.problems:
        raise DataProblems(check.problems, language)
    try:
        create_exclusive(path, text)
    except FileExistsError:
        raise UsageProblem(f"{path} exists already; a deal is never overwritten") from None
    err(label("deal.created", language, path=path))


def _ask(root: Path, partner: str | None, offer: str | None, issues: list[str], deadline: int | None, tactic: str | None, batna: str | None, lang: str) -> tuple:
    """Ask on a terminal for what the options did not give."""
    from pln_cli.load.workspace import yaml_files
    from pln_cli.model.deal import ISSUES
    from pln_cli.i18n import tr as label

    partners = [p.stem for p in yaml_files(root / "partners")]
    offers = [p.stem for p in yaml_files(root / "offers")]
    if partner is None:
        partner = typer.prompt(label("ask.partner", lang, options=", ".join(partners)))
    if offer is None:
        matching = [o for o in offers if o.startswith(partner)] or offers
        offer = typer.prompt(label("ask.offer", lang, options=", ".join(matching)), default=matching[0] if len(matching) == 1 else None)
    if not issues:
        keys = typer.prompt(label("ask.issues", lang, options=", ".join(ISSUES)), default="min_spend,voucher")
        for key in [k.strip() for k in keys.split(",") if k.strip()]:
            target = typer.prompt(label("ask.target", lang, key=key))
            reservation = typer.prompt(label("ask.reservation", lang, key=key))
            theirs = typer.prompt(label("ask.their_reservation", lang, key=key), default="", show_default=False)
            issues.append(f"{key}={target}:{reservation}" + (f":{theirs}" if theirs else ""))
    if deadline is None:
        deadline = typer.prompt(label("ask.deadline", lang), default=4, type=int)
    if tactic is None:
        tactic = typer.prompt(label("ask.tactic", lang), default="linear")
    if batna is None:
        batna = typer.prompt(label("ask.batna", lang), default="", show_default=False) or None
    return partner, offer, issues, deadline, tactic, batna
