"""`pln offer simulate`: the economics of a scheme, its counter-offers and grids."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from pln_cli.cli.common import (
    DataProblems,
    draw_document,
    DirOption,
    LangOption,
    OutputOption,
    UsageProblem,
    guarded,
    lang_for,
    language_at,
    term_problem,
)

app = typer.Typer(help="Voucher-for-spend offers: simulate them before the meeting.", no_args_is_help=True)

FORMATS = ("table", "json", "csv", "markdown")
PROGRESS_MIN_BYTES = 8 * 1024 * 1024


@app.command("simulate")
@guarded
def simulate(
    offers: Annotated[list[str], typer.Argument(help="Offer files, offer ids, or folders of offers.", metavar="OFFER...")],
    vs: Annotated[list[str], typer.Option("--vs", help="A counter-offer: KEY=VALUE[,KEY=VALUE...] with issue keys (min_spend=400rb,voucher=30rb). Repeatable.", metavar="TERMS")] = [],  # noqa: B006 - typer reads the default
    grid: Annotated[list[str], typer.Option("--grid", help="A sensitivity axis KEY=FROM:TO:STEP (once or twice).", metavar="AXIS")] = [],  # noqa: B006
    metric: Annotated[Optional[str], typer.Option("--metric", help="What a --grid shows: any numeric JSON key (default our_net_cost).", metavar="NAME")] = None,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="table, json, csv or markdown.", metavar="FORMAT")] = None,
    output: OutputOption = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Simulate a voucher-for-spend offer for both sides, with talking points.

    With --vs, counter-offers appear as columns beside the base; with
    --grid, a one- or two-way sensitivity table of --metric.  Several offers
    (or a folder) give one row per offer.
    """
    from pln_cli.cli.common import format_for

    chosen = format_for(format, output, FORMATS)
    paths = _offer_paths(offers, dir)
    if len(paths) > 1 or any(Path(o).is_dir() for o in offers):
        if vs or grid:
            raise UsageProblem("--vs and --grid take a single offer")
        _batch(paths, chosen, output, lang)
        return
    if len(grid) > 2:
        raise UsageProblem("--grid can be given once or twice")
    if vs and grid:
        raise UsageProblem("use --vs or --grid, not both")
    if metric and not grid:
        raise UsageProblem("--metric goes with --grid")
    _single(paths[0], vs, grid, metric, chosen, output, lang)


def _offer_paths(args: list[str], workspace_dir: Path | None) -> list[Path]:
    from pln_cli.load.workspace import find_root, yaml_files

    paths: list[Path] = []
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            folder = path / "offers" if (path / "offers").is_dir() else path
            found = yaml_files(folder)
            if not found:
                raise UsageProblem(f"{arg}: no offer files (*.yaml) in this folder")
            paths.extend(found)
        elif path.is_file():
            paths.append(path)
        elif "/" not in arg and not arg.endswith((".yaml", ".yml")):
            candidate = find_root(None, workspace_dir) / "offers" / f"{arg}.yaml"
            if not candidate.is_file():
                raise UsageProblem(f"{arg}: no such offer (looked for {candidate})")
            paths.append(candidate)
        else:
            raise UsageProblem(f"{arg}: no such file")
    return paths


def _load(path: Path, lang: str | None) -> tuple[Any, str, str]:
    """The offer entry, the partner's display name, and the language to speak."""
    from pln_cli.load.workspace import find_root, load_offer, partner_at

    entry = load_offer(path)
    root = find_root(path)
    partner = partner_at(root, entry.model.partner) if entry.model is not None else None
    partner_name = partner.name if partner else (entry.model.partner if entry.model else path.stem)
    return entry, partner_name, language_at(root, lang)


def _progress(path: Path) -> tuple[Any, Any]:
    """A Rich progress bar on stderr for big files on a terminal, else nothing."""
    import sys

    if path.stat().st_size < PROGRESS_MIN_BYTES or not sys.stderr.isatty():
        return None, None
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

    bar = Progress("[progress.description]{task.description}", BarColumn(), DownloadColumn(), TimeRemainingColumn(),
                   console=Console(stderr=True), transient=True)
    task = bar.add_task(path.name, total=path.stat().st_size)

    def update(done: int, total: int) -> None:
        bar.update(task, completed=done, total=total)

    return bar, update


def _simulate_entry(entry: Any, partner_name: str, variants: list[dict[str, Any]], language: str) -> list[Any]:
    """Views for the base scheme followed by each variant; raises DataProblems."""
    from dataclasses import replace

    from pln_cli.econ.insight import talking_points, warnings
    from pln_cli.econ.scheme import inputs_from_offer, simulate
    from pln_cli.econ.variants import TermError, apply_terms
    from pln_cli.load.spend import spend_for
    from pln_cli.model.offer import Transactions
    from pln_cli.render.offer import OfferView

    offer = entry.model
    # N comes from the offer, or (for a transactions file) from its rows once read.
    base = inputs_from_offer(offer, rows=0)
    schemes = [base]
    for terms in variants:
        try:
            schemes.append(apply_terms(base, terms))
        except TermError as exc:
            raise term_problem(exc, language) from None
    bar, update = (None, None)
    if isinstance(offer.assumptions.spend, Transactions):
        bar, update = _progress(entry.data_path)
    if bar is not None:
        with bar:
            spend = spend_for(entry, schemes, update)
    else:
        spend = spend_for(entry, schemes, update)
    if spend.problems or spend.distribution is None:
        raise DataProblems(spend.problems, language)
    if offer.assumptions.transactions is None:
        schemes = [replace(s, transactions=spend.rows or 0) for s in schemes]
    spend_text, spend_source, n_source = _describe_spend(entry, spend, language)
    views = []
    for scheme in schemes:
        result = simulate(scheme, spend.distribution)
        views.append(
            OfferView(
                result=result,
                title=offer.label(),
                partner_name=partner_name,
                period=_period(offer, language),
                spend=spend_text,
                spend_source=spend_source,
                transactions_source=n_source,
                warnings=warnings(result),
                talking_points=talking_points(result, partner_name),
            )
        )
    return views


def _describe_spend(entry: Any, spend: Any, lang: str) -> tuple[str, str, str]:
    from pln_cli.i18n import number
    from pln_cli.load.workspace import display_path
    from pln_cli.model.offer import Histogram, Lognormal
    from pln_cli.money import format_rupiah
    from pln_cli.i18n import tr as label

    spec = entry.model.assumptions.spend
    if isinstance(spec, Lognormal):
        if spec.p90 is not None:
            return label("a.lognormal_p90", lang, median=format_rupiah(spec.median), p90=format_rupiah(spec.p90)), "estimate", "estimate"
        return label("a.lognormal_mean", lang, median=format_rupiah(spec.median), mean=format_rupiah(spec.mean)), "estimate", "estimate"
    source = display_path(entry.data_path)
    if isinstance(spec, Histogram):
        buckets = entry.histogram or []
        text = label("a.histogram", lang, buckets=len(buckets), count=number(sum(b.count for b in buckets), lang))
        return text, source, "estimate"
    text = label("a.transactions_file", lang, rows=number(spend.rows or 0, lang), column=spec.column)
    return text, source, source if entry.model.assumptions.transactions is None else "estimate"


def _period(offer: Any, lang: str) -> str:
    from pln_cli.i18n import tr as label

    period = offer.period
    days = f"{period.length} {label('offer.days', lang)}"
    if period.start and period.end:
        return f"{period.start.isoformat()} – {period.end.isoformat()} ({days})"
    return days


def _single(path: Path, vs: list[str], grid: list[str], metric: str | None, chosen: str, output: str | None, lang: str | None) -> None:
    from pln_cli.econ.variants import TermError, describe, parse_assignments, parse_grid, show_value

    entry, partner_name, language = _load(path, lang)
    if not entry.usable:
        raise DataProblems(entry.problems, language)
    try:
        variant_terms = [parse_assignments(text) for text in vs]
        axes = [parse_grid(text) for text in grid]
    except TermError as exc:
        raise term_problem(exc, language) from None
    if len(axes) == 2 and axes[0][0] == axes[1][0]:
        raise UsageProblem("the two --grid axes must be different issues")

    if axes:
        points = _grid_points(axes)
        views = _simulate_entry(entry, partner_name, points, language)
        _emit_grid(views[0], axes, points, views[1:], metric or "our_net_cost", chosen, output, language, show_value)
        return
    views = _simulate_entry(entry, partner_name, variant_terms, language)
    if variant_terms:
        from pln_cli.i18n import tr as label

        names = [label("offer.base", language)] + [describe(t) for t in variant_terms]
        _emit_variants(list(zip(names, views)), variant_terms, chosen, output, language)
    else:
        _emit_single(views[0], chosen, output, language)


def _grid_points(axes: list[tuple[str, list[Any]]]) -> list[dict[str, Any]]:
    if len(axes) == 1:
        key, values = axes[0]
        return [{key: v} for v in values]
    (key_a, values_a), (key_b, values_b) = axes
    return [{key_a: a, key_b: b} for a in values_a for b in values_b]


def _emit_single(view: Any, chosen: str, output: str | None, lang: str) -> None:
    from pln_cli.cli.common import write_output
    from pln_cli.render.data import columns_of, flatten, to_csv, to_json
    from pln_cli.render.offer import report_document

    if chosen == "json":
        write_output(to_json(view.record(lang)), output)
    elif chosen == "csv":
        row = flatten({k: v for k, v in view.record(lang).items() if k not in ("warnings", "talking_points")})
        write_output(to_csv(columns_of([row]), [row]), output)
    else:
        draw_document(report_document(view, lang), chosen, output)


def _emit_variants(named: list[tuple[str, Any]], terms: list[dict[str, Any]], chosen: str, output: str | None, lang: str) -> None:
    from pln_cli.cli.common import write_output
    from pln_cli.render.data import columns_of, flatten, to_csv, to_json
    from pln_cli.render.offer import variants_document

    records = []
    for (name, view), changed in zip(named, [{}] + terms):
        data = view.record(lang)
        data["variant"] = changed
        records.append(data)
    if chosen == "json":
        write_output(to_json(records), output)
    elif chosen == "csv":
        rows = []
        for (name, _), data in zip(named, records):
            row = {"variant": name}
            row.update(flatten({k: v for k, v in data.items() if k not in ("warnings", "talking_points", "variant")}))
            rows.append(row)
        write_output(to_csv(columns_of(rows), rows), output)
    else:
        draw_document(variants_document(named, lang), chosen, output)


def _emit_grid(base: Any, axes: list[tuple[str, list[Any]]], points: list[dict[str, Any]], views: list[Any], metric: str, chosen: str, output: str | None, lang: str, show_value: Any) -> None:
    from pln_cli.cli.common import write_output
    from pln_cli.render.data import columns_of, flatten, to_csv, to_json
    from pln_cli.render.offer import METRIC_KINDS, grid_document

    records = [view.record(lang) for view in views]
    numeric = {k for k, v in records[0].items() if isinstance(v, (int, float)) and not isinstance(v, bool)} | {"reward_rate", "cac", "roi", "exhaustion_day"}
    if metric not in numeric:
        raise UsageProblem(f"--metric must be one of: {', '.join(sorted(numeric))}")
    if chosen == "json":
        for record, point in zip(records, points):
            record["grid"] = point
        write_output(to_json(records), output)
        return
    if chosen == "csv":
        rows = []
        for record, point in zip(records, points):
            row = {f"grid_{k}": v for k, v in point.items()}
            row.update(flatten({k: v for k, v in record.items() if k not in ("warnings", "talking_points")}))
            rows.append(row)
        write_output(to_csv(columns_of(rows), rows), output)
        return
    kind = METRIC_KINDS.get(metric, "share" if metric.endswith(("_share", "_rate")) else "count")
    if metric in ("reward_rate",):
        kind = "share"
    labelled = [(key, [show_value(key, v) for v in values]) for key, values in axes]
    if len(axes) == 1:
        table = [[r.get(metric)] for r in records]
    else:
        width = len(axes[1][1])
        table = [[r.get(metric) for r in records[row * width:(row + 1) * width]] for row in range(len(axes[0][1]))]
    draw_document(grid_document(base.title, metric, labelled, table, kind, lang), chosen, output)


def _batch(paths: list[Path], chosen: str, output: str | None, lang: str | None) -> None:
    """One row per offer; broken offers are reported on stderr and skipped."""
    from pln_cli.cli.common import print_problems, write_output
    from pln_cli.render.data import columns_of, flatten, to_csv, to_json
    from pln_cli.render.offer import batch_document

    views, problems, language = [], [], None
    for path in paths:
        entry, partner_name, found_language = _load(path, lang)
        language = language or found_language
        if not entry.usable:
            problems.extend(entry.problems)
            continue
        try:
            views.append(_simulate_entry(entry, partner_name, [], language)[0])
        except DataProblems as exc:
            problems.extend(exc.problems)
    language = language or lang_for(lang)
    if chosen == "json":
        write_output(to_json([v.record(language) for v in views]), output)
    elif chosen == "csv":
        rows = [flatten({k: v for k, v in view.record(language).items() if k not in ("warnings", "talking_points")}) for view in views]
        write_output(to_csv(columns_of(rows), rows), output)
    else:
        draw_document(batch_document(views, language), chosen, output)
    if problems:
        import sys

        print_problems(problems, language, stream=sys.stderr)
        raise typer.Exit(1)
