"""The chart and the frontier table of `deal options`, on hand-made results."""

from __future__ import annotations

from pln_cli.negotiation.options import Options, Package
from pln_cli.render.options import scatter, shown_frontier


def _package(n: int, us: float, them: float) -> Package:
    return Package(number=n, terms={"min_spend": 100 * n}, steps=(n,), value_us=us, value_them=them, our_net_cost=0.0,
                   partner_incremental_spend=0.0, partner_payment=0.0, partner_gross_gain=0.0)


def _options(points: list[tuple[float, float]], pareto: list[int], nash: int | None, meso: list[int],
             positions: dict[str, Package | None]) -> Options:
    packages = [_package(n, u, t) for n, (u, t) in enumerate(points)]
    return Options(deal="d", issues=("min_spend",), steps=5, partner_margin=0.04, meso_wanted=3, packages_total=len(points),
                   packages_evaluated=len(points), skipped=0, skipped_reason=None, pareto=tuple(packages[i] for i in pareto),
                   nash=packages[nash] if nash is not None else None, meso=tuple(packages[i] for i in meso),
                   points=tuple(points), positions=positions, notes=())


def test_the_chart_marks_every_kind_of_point():
    points = [(0.0, -100.0), (50.0, 50.0), (100.0, 100.0), (150.0, 0.0), (200.0, -50.0)]
    o = _options(points, pareto=[4, 2, 1], nash=2, meso=[2], positions={"us": _package(-1, 200.0, -100.0), "them": _package(-1, 0.0, 100.0)})
    lines = scatter(o, "en", width=21, height=11)
    grid = [line.split("|", 1)[1] for line in lines if "|" in line and not line.startswith(".")]
    assert len(grid) == 11 and all(len(row) == 21 for row in grid)
    assert grid[0][10] == "N"  # (100, 100): the top row, the middle column
    assert grid[0][0] == "T" and grid[10][20] == "U"  # their position top left, ours bottom right
    assert grid[10][0] == "."  # (0, -100): a package off the frontier
    assert grid[5][15] == "." and set(grid[5]) == {"-", "."}  # value_them = 0: the dashed row
    assert grid[2][5] == "o" and grid[8][20] == "o"  # the rest of the frontier (7.5 rows up rounds to 8)
    assert lines[-2].strip().startswith("Rp0") and lines[-2].rstrip().endswith("Rp200")


def test_both_positions_on_one_point_are_a_star():
    o = _options([(0.0, 0.0), (10.0, 10.0)], pareto=[1], nash=1, meso=[1],
                 positions={"us": _package(-1, 0.0, 0.0), "them": _package(-1, 0.0, 0.0)})
    assert any("*" in line.split("|", 1)[-1] for line in scatter(o, "en", width=11, height=5) if "|" in line)


def test_a_long_frontier_is_shown_evenly_with_nash_and_meso_kept():
    points = [(float(1000 - n), float(n)) for n in range(300)]
    o = _options(points, pareto=list(range(300)), nash=137, meso=[137, 5, 290], positions={})
    shown = shown_frontier(o, limit=40)
    ranks = [rank for rank, _ in shown]
    assert ranks[0] == 1 and ranks[-1] == 300 and ranks == sorted(ranks)
    assert {p.number for _, p in shown} >= {137, 5, 290}
    assert 40 <= len(shown) <= 43
    short = _options(points[:10], pareto=list(range(10)), nash=None, meso=[], positions={})
    assert [rank for rank, _ in shown_frontier(short, limit=40)] == list(range(1, 11))
