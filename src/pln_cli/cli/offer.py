"""`pln offer simulate`: the economics of a scheme, its counter-offers and grids."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from pln_cli.cli.common import (
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

if TYPE_CHECKING:
    from pln_cli.api.offers import OfferReport
    from pln_cli.load.spend import Progress

app = typer.Typer(help="Voucher-for-spend offers: simulate them before the meeting.", no_args_is_help=True)

FORMATS = ("table", "json", "csv", "markdown")
PROGRESS_MIN_BYTES = 8 * 1024 * 1024
# Counter-offers in one --vs comparison: enough for any meeting; each is one
# more simulation (cheap: the data is read once for all of them).
MAX_VARIANTS = 50


@app.command("simulate")
@guarded
def simulate(
    offers: Annotated[list[str], typer.Argument(help="Offer files, offer ids, or folders of offers.", metavar="OFFER...")],
    vs: Annotated[list[str], typer.Option("--vs", help="A counter-offer: KEY=VALUE[,KEY=VALUE...] with issue keys (min_spend=400rb,voucher=30rb). Repeatable.", metavar="TERMS")] = [],  # noqa: B006 - typer reads the default
    grid: Annotated[list[str], typer.Option("--grid", help="A sensitivity axis KEY=FROM:TO:STEP (once or twice).", metavar="AXIS")] = [],  # noqa: B006
    metric: Annotated[Optional[str], typer.Option("--metric", help="What a --grid shows: any numeric JSON key (default our_net_cost).", metavar="NAME")] = None,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="table, json, csv or markdown.", metavar="FORMAT")] = None,
    output: OutputOption = None,
    strict: StrictOption = False,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Simulate a voucher-for-spend offer for both sides, with talking points.

    With --vs, counter-offers appear as columns beside the base; with
    --grid, a one- or two-way sensitivity table of --metric.  Several offers
    (or a folder) give one row per offer.
    """
    from pln_cli.api.workspace import offer_files, workspace_root

    chosen = format_for(format, output, FORMATS)
    paths, named_folder = offer_files(offers, dir)
    root = workspace_root(dir, paths[0])
    language = language_at(root, lang)
    if len(paths) > 1 or named_folder:
        if vs or grid:
            raise usage("usage.vs_grid_single")
        _batch(paths, chosen, output, language, root, strict)
    elif grid:
        if vs:
            raise usage("usage.vs_and_grid")
        _grid(paths[0], grid, metric or "our_net_cost", chosen, output, language, root)
    else:
        if metric:
            raise usage("usage.metric_needs_grid")
        if len(vs) > MAX_VARIANTS:
            raise usage("usage.too_many_variants", count=len(vs), max=MAX_VARIANTS)
        _single(paths[0], vs, chosen, output, language, root)


def _single(path: Path, vs: list[str], chosen: str, output: str | None, language: str, root: Path) -> None:
    from pln_cli.api.offers import report_of_entry
    from pln_cli.econ.variants import parse_assignments
    from pln_cli.load.workspace import load_offer

    entry = load_offer(path)
    with _progress(entry.data_path) as progress:
        report = report_of_entry(entry, [parse_assignments(text) for text in vs], progress)
    _emit(report, bool(vs), chosen, output, language, root, [path])


def _emit(report: OfferReport, variants: bool, chosen: str, output: str | None, lang: str, root: Path, reads: list[Path]) -> None:
    from pln_cli.render.data import columns_of, flatten, to_csv, to_json
    from pln_cli.render.offer import report_document, simulation_record, variants_document
    from pln_cli.render.values import variant_name
    from pln_cli.i18n import tr

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
    with _progress(entry.data_path) as progress:
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


class _progress:
    """A Rich progress bar on stderr while a big file is read on a terminal."""

    def __init__(self, path: Path | None) -> None:
        self.path, self.bar = path, None

    def __enter__(self) -> Progress | None:
        import sys

        try:
            big = self.path is not None and self.path.stat().st_size >= PROGRESS_MIN_BYTES
        except OSError:
            big = False
        if not big or not sys.stderr.isatty():
            return None
        from rich.console import Console
        from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

        self.bar = Progress("{task.description}", BarColumn(), DownloadColumn(), TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        task = self.bar.add_task(self.path.name.replace("[", "\\["), total=self.path.stat().st_size)
        self.bar.start()
        return lambda done, total: self.bar.update(task, completed=done, total=total)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
