"""`pln offer simulate`: the economics of a scheme, its counter-offers and grids."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from pln_cli.cli.common import (
    progress_bar,
    DirOption,
    LangOption,
    OutputOption,
    StrictOption,
    report_problems,
    draw_document,
    format_for,
    guarded,
    language_at,
    usage,
    write_output,
)
from pln_cli.cli.completion import ids, issue_keys

if TYPE_CHECKING:
    from pln_cli.api.offers import OfferReport

app = typer.Typer(help="Voucher-for-spend offers: simulate them before the meeting.", no_args_is_help=True)

FORMATS = ("table", "json", "csv", "markdown", "xlsx")
# Counter-offers in one --vs comparison: enough for any meeting; each is one
# more simulation (cheap: the data is read once for all of them).
MAX_VARIANTS = 50


@app.command("simulate")
@guarded
def simulate(
    offers: Annotated[list[str], typer.Argument(help="Offer files, offer ids, or folders of offers.", metavar="OFFER...", autocompletion=ids("offers"))],
    vs: Annotated[list[str], typer.Option("--vs", help="A counter-offer: KEY=VALUE[,KEY=VALUE...] with issue keys (min_spend=400rb,voucher=30rb). Repeatable.", metavar="TERMS", autocompletion=issue_keys)] = [],  # noqa: B006 - typer reads the default
    grid: Annotated[list[str], typer.Option("--grid", help="A sensitivity axis KEY=FROM:TO:STEP (once or twice).", metavar="AXIS", autocompletion=issue_keys)] = [],  # noqa: B006
    metric: Annotated[Optional[str], typer.Option("--metric", help="What a --grid shows: any numeric JSON key (default our_net_cost).", metavar="NAME")] = None,
    uncertainty: Annotated[bool, typer.Option("--uncertainty", help="Draw the ranged assumptions ({low, mode, high} in the offer file): P10/P50/P90 bands, shares of draws where a cap binds or we lose money, a tornado and break-even values. With --vs or --grid, every counter-offer or cell gets its own bands: one more set of draws each.")] = False,
    draws: Annotated[Optional[str], typer.Option("--draws", help="Draws for --uncertainty: 1 to 1,000,000 (default 10,000; a few µs each, so a million take seconds).", metavar="N")] = None,
    seed: Annotated[Optional[str], typer.Option("--seed", help="Seed of the draws: 0 to 2^53-1 (default 1); the same seed gives the same numbers.", metavar="S")] = None,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="table, json, csv, markdown or xlsx.", metavar="FORMAT")] = None,
    output: OutputOption = None,
    strict: StrictOption = False,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Simulate a voucher-for-spend offer for both sides, with talking points.

    With --vs, counter-offers appear as columns beside the base; with
    --grid, a one- or two-way sensitivity table of --metric.  Several offers
    (or a folder) give one row per offer.  With --uncertainty, the ranges
    written in the offer file are drawn (ECONOMICS.md, "Uncertainty").
    """
    from pln_cli.api.workspace import offer_files, workspace_root

    chosen = format_for(format, output, FORMATS)
    paths, named_folder = offer_files(offers, dir)
    root = workspace_root(dir, paths[0])
    language = language_at(root, lang)
    if (draws is not None or seed is not None) and not uncertainty:
        raise usage("usage.draws_needs_uncertainty")
    if chosen == "xlsx" and (uncertainty or grid or len(paths) > 1 or named_folder):
        raise usage("xlsx.single_offer")
    if len(paths) > 1 or named_folder:
        if uncertainty:
            raise usage("usage.uncertainty_single")
        if vs or grid:
            raise usage("usage.vs_grid_single")
        _batch(paths, chosen, output, language, root, strict)
    elif grid:
        if vs:
            raise usage("usage.vs_and_grid")
        if uncertainty:
            _uncertain(paths[0], [], grid, metric or "our_net_cost", draws, seed, chosen, output, language, root)
        else:
            _grid(paths[0], grid, metric or "our_net_cost", chosen, output, language, root)
    else:
        if metric:
            raise usage("usage.metric_needs_grid")
        if len(vs) > MAX_VARIANTS:
            raise usage("usage.too_many_variants", count=len(vs), max=MAX_VARIANTS)
        if uncertainty:
            _uncertain(paths[0], vs, [], None, draws, seed, chosen, output, language, root)
        else:
            _single(paths[0], vs, chosen, output, language, root)


def _single(path: Path, vs: list[str], chosen: str, output: str | None, language: str, root: Path) -> None:
    from pln_cli.api.offers import report_of_entry
    from pln_cli.econ.variants import parse_assignments
    from pln_cli.load.workspace import load_offer

    entry = load_offer(path)
    with progress_bar(entry.data_path) as progress:
        report = report_of_entry(entry, [parse_assignments(text) for text in vs], progress)
    _emit(report, bool(vs), chosen, output, language, root, [path])


def _emit(report: OfferReport, variants: bool, chosen: str, output: str | None, lang: str, root: Path, reads: list[Path]) -> None:
    from pln_cli.render.data import columns_of, flatten, to_csv, to_json
    from pln_cli.render.offer import report_document, simulation_record, variants_document
    from pln_cli.render.values import variant_name
    from pln_cli.i18n import tr

    if chosen == "xlsx":
        from pln_cli.cli.common import write_binary
        from pln_cli.render.xlsx import simulation_workbook

        write_binary(simulation_workbook(report, lang), output, root, reads)
        return
    sims = report.simulations if variants else report.simulations[:1]
    records = [simulation_record(s, lang) for s in sims]
    if variants:
        for record, sim in zip(records, sims):
            record["variant"] = sim.terms
    if chosen == "json":
        write_output(to_json(records if variants else records[0]), output, root, reads)
    elif chosen == "csv":
        rows = []
        for record, sim in zip(records, sims):
            row = {"variant": variant_name(sim.terms, lang) or tr("offer.base", lang)} if variants else {}
            row.update(flatten({k: v for k, v in record.items() if k not in ("warnings", "talking_points", "variant")}))
            rows.append(row)
        write_output(to_csv(columns_of(rows), rows), output, root, reads)
    else:
        document = variants_document(report, lang) if variants else report_document(report, lang)
        draw_document(document, chosen, output, root, reads)


def _grid(path: Path, specs: list[str], metric: str, chosen: str, output: str | None, lang: str, root: Path) -> None:
    from pln_cli.api.offers import simulate_grid
    from pln_cli.econ.variants import parse_grid
    from pln_cli.load.workspace import load_offer
    from pln_cli.render.data import columns_of, flatten, to_csv, to_json
    from pln_cli.render.offer import grid_document, simulation_record

    if len(specs) > 2:
        raise usage("usage.grid_count")
    entry = load_offer(path)
    with progress_bar(entry.data_path) as progress:
        grid = simulate_grid(entry, [parse_grid(text) for text in specs], metric, progress)
    records = [simulation_record(s, lang) for s in grid.report.variants]
    if chosen == "json":
        for record, point in zip(records, grid.points()):
            record["grid"] = point
        write_output(to_json(records), output, root, [path])
    elif chosen == "csv":
        rows = []
        for record, point in zip(records, grid.points()):
            row = {f"grid_{k}": v for k, v in point.items()}
            row.update(flatten({k: v for k, v in record.items() if k not in ("warnings", "talking_points")}))
            rows.append(row)
        write_output(to_csv(columns_of(rows), rows), output, root, [path])
    else:
        draw_document(grid_document(grid, lang), chosen, output, root, [path])


def _whole(text: str | None, key: str, default: int) -> int:
    """--draws or --seed as a whole number (10000, 10.000 or 10,000); its
    bounds are the api's to check."""
    if text is None:
        return default
    import re

    digits = text.strip()
    grouped = re.fullmatch(r"[0-9]{1,3}([.,])[0-9]{3}(?:\1[0-9]{3})*", digits, re.ASCII)
    if grouped:
        digits = digits.replace(grouped.group(1), "")
    if not (digits.isascii() and digits.isdigit()) or len(digits) > 20:
        raise usage(key, value=text)
    return int(digits)


def _uncertain(path: Path, vs: list[str], grid: list[str], metric: str | None, draws: str | None, seed: str | None, chosen: str, output: str | None, lang: str, root: Path) -> None:
    """--uncertainty: the offer (with counter-offers, or a grid of `metric`) and its bands."""
    from pln_cli.api.uncertainty import uncertainty_grid, uncertainty_of_entry
    from pln_cli.catalog import Msg
    from pln_cli.cli.common import say_warning
    from pln_cli.econ.uncertainty import DEFAULT_DRAWS, DEFAULT_SEED
    from pln_cli.econ.variants import parse_assignments, parse_grid
    from pln_cli.load.workspace import load_offer
    from pln_cli.render.uncertainty import csv_output, document, json_output

    n, s = _whole(draws, "usage.draws", DEFAULT_DRAWS), _whole(seed, "usage.seed", DEFAULT_SEED)
    entry = load_offer(path)
    with progress_bar(entry.data_path) as progress:
        if grid:
            result = uncertainty_grid(entry, [parse_grid(text) for text in grid], metric or "our_net_cost", progress, draws=n, seed=s)
        else:
            result = uncertainty_of_entry(entry, [parse_assignments(text) for text in vs], progress, draws=n, seed=s)
    if chosen == "json":
        write_output(json_output(result, lang), output, root, [path])
    elif chosen == "csv":
        write_output(csv_output(result, lang), output, root, [path])
    else:
        draw_document(document(result, lang), chosen, output, root, [path])
    if not result.ranged and chosen in ("json", "csv"):
        say_warning(Msg("unc.no_ranges"))


def _batch(paths: list[Path], chosen: str, output: str | None, lang: str, root: Path, strict: bool) -> None:
    """One row per offer; broken offers are reported on stderr and left out."""
    from pln_cli.api.offers import simulate_offers
    from pln_cli.render.data import columns_of, flatten, to_csv, to_json
    from pln_cli.render.offer import batch_document, simulation_record

    batch = simulate_offers(paths)
    records = [simulation_record(r.base, lang) for r in batch.reports]
    if chosen == "json":
        write_output(to_json(records), output, root, paths)
    elif chosen == "csv":
        rows = [flatten({k: v for k, v in record.items() if k not in ("warnings", "talking_points")}) for record in records]
        write_output(to_csv(columns_of(rows), rows), output, root, paths)
    else:
        draw_document(batch_document(batch.reports, lang), chosen, output, root, paths)
    report_problems(batch.problems, lang, strict)


@app.command("deck")
@guarded
def deck(
    offer: Annotated[str, typer.Argument(help="An offer id in the workspace, or the path of an offer file.", metavar="OFFER", autocompletion=ids("offers"))],
    output: Annotated[str, typer.Option("--output", "-o", help="The .pptx file to write (decks/ is the place for it).", metavar="FILE.pptx")],
    date_: Annotated[Optional[str], typer.Option("--date", help="The date on the title slide (default today).", metavar="YYYY-MM-DD")] = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """The partner's slides for an offer, before there is a meeting: safe by
    construction (no internal number can reach them).

    Example: pln offer deck total-spbu-2017q4 -o decks/total-q4.pptx
    """
    import importlib.util

    from pln_cli.cli.common import parse_day
    from pln_cli.api.present import offer_partner_view
    from pln_cli.api.workspace import named_file, workspace_root
    from pln_cli.cli.common import write_binary
    from pln_cli.render.deck import deck_bytes

    if not output.lower().endswith(".pptx"):
        raise usage("usage.deck_suffix", file=output)
    path = named_file(offer, "offers", dir)
    root = workspace_root(dir, path)
    language = language_at(root, lang)
    if importlib.util.find_spec("pptx") is None:
        raise usage("usage.deck_extra")
    write_binary(deck_bytes(offer_partner_view(path, day=parse_day(date_)), language), output, root, [path])


def _register_new() -> None:
    # `pln offer new` lives with `pln init` and `pln partner new` (the
    # templates); it is registered here so that it reads `pln offer new`.
    from pln_cli.cli.start import offer_new

    app.command("new")(offer_new)


_register_new()
