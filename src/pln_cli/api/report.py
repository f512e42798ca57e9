"""The portfolio: every deal of a workspace in rows, with totals.

`pln report` and `pln deal list` both read these rows; `deal list` asks
for them without economics (no simulation), `report` with, and with a day:
then the meetings still to come (readiness and acc) and each partner's
lobby coverage come too.

Broken files, the one policy of every command that lists many files
(`report`, `deal list`, `offer simulate` on several offers): a file with
errors is left out of the rows, its Problems are returned beside them, and
the rest is listed.  A deal whose only error is a torn tail keeps its
complete rounds and is listed.

`pln report` streams the deals (`stream_portfolio`): each becomes its row
while the workspace loads and is then let go.  A deal's terms are simulated
as it comes when its offer's spend is in memory; the terms of all the
deals on an offer whose spend is a transactions file are simulated at the
end, in one pass over that file.  Partners that no meeting or lobby log
names are kept summed up (`load.workspace.PartnerSummary`), not whole.
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pln_cli.api.engine import Terms, evaluate
from pln_cli.errors import ProblemsFound
from pln_cli.load.problem import Problem
from pln_cli.load.workspace import OfferEntry, Workspace
from pln_cli.negotiation.analytics import analyse
from pln_cli.portfolio import DealRow, StatusTotal, TermsName, bare_row, priced, selected, totals, warned_names
from pln_cli.econ.scheme import Result

if TYPE_CHECKING:  # imported when a workspace has meetings or campaigns: the others never need them
    from pln_cli.campaign.summary import CampaignRow
    from pln_cli.prep.lobby import Coverage
    from pln_cli.prep.meeting import MeetingView


@dataclass(frozen=True)
class Filters:
    statuses: Collection[str] = ()
    partners: Collection[str] = ()
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class PartnerCoverage:
    """Of a partner's people with influence >= 3, how many are supportive or better now."""

    partner: str
    partner_name: str
    coverage: Coverage


@dataclass(frozen=True)
class Portfolio:
    rows: tuple[DealRow, ...]
    totals: tuple[StatusTotal, ...]
    idle_partners: tuple[str, ...]  # "Name (id)" of partners without a deal
    idle_offers: tuple[str, ...]
    problems: tuple[Problem, ...] = field(default=())
    # With a day: the meetings neither held nor cancelled (upcoming, and the
    # overdue), by date, and the lobby coverage of each partner with key people.
    meetings: tuple[MeetingView, ...] = ()
    partner_names: Mapping[str, str] = field(default_factory=dict)
    lobby: tuple[PartnerCoverage, ...] = ()
    campaigns: tuple["CampaignRow", ...] = ()  # with a day: one row per campaign


def _usable_deal(entry: Any) -> bool:
    return entry.deal is not None and not any(p.severity == "error" and p.code != "torn-write" for p in entry.problems)


SET_NAMES = ("ours", "theirs", "agreed")  # the term sets a row simulates: our latest, theirs, the agreed ones


@dataclass(frozen=True)
class _Pending:
    """A selected deal's row before its economics, and what pricing it needs."""

    row: DealRow  # of `bare_row`
    warned: tuple[TermsName, ...]
    start: date | None  # the offer's first day, when its period has dates


class _Rows:
    """The portfolio's rows, built deal by deal as the deals come (streamed
    while the workspace loads, or from a loaded one): each deal is analysed
    and made into its row at once, and only the row is kept, so the deal
    itself can be let go.

    A deal's terms are simulated as it comes when its offer's spend is in
    memory (a histogram, a distribution: a pass costs nothing), and its row
    is priced then.  On an offer whose spend is a transactions file, the
    names of its warned terms and its term sets wait for the one pass over
    that file per offer at the end."""

    def __init__(self, filters: Filters, economics: bool) -> None:
        self.statuses = set(filters.statuses) or None
        self.partners = set(filters.partners) or None
        self.since, self.until = filters.since, filters.until
        self.economics = economics
        # A priced row, a row waiting for its offer's pass, or None: a deal
        # the filters leave out (still simulated: its offer's problems count).
        self.rows: list[DealRow | _Pending | None] = []
        # offer path -> the offer, and (deal index, set name, terms) of every
        # deal waiting on it; the offers' problems, in the order their first
        # deal came (the order a single pass over all the offers found them).
        self.by_offer: dict[Path, tuple[OfferEntry, list[tuple[int, str, Terms]]]] = {}
        self.offer_problems: dict[Path, list[Problem]] = {}
        self.used_partners: set[str] = set()
        self.used_offers: set[str] = set()

    def add(self, entry: Any, workspace: Workspace) -> None:
        """One deal entry of `workspace` (left out when it is not usable)."""
        if not _usable_deal(entry):
            return
        deal = entry.deal
        analysis = analyse(deal)
        offer = workspace.deal_offer(entry)[1]
        partner = workspace.partners.get(deal.header.partner)
        name = partner.model.name if partner and partner.model else deal.header.partner
        row = bare_row(deal, analysis, name)
        index = len(self.rows)
        self.used_partners.add(deal.header.partner)
        if offer is not None:
            self.used_offers.add(offer.id)
        results: dict[str, Result | None] | None = {}
        if self.economics and offer is not None and offer.usable:
            sets = [row.our_terms, row.their_terms]
            if deal.outcome is not None and deal.outcome.terms is not None:
                sets.append(deal.outcome.terms.named())
            found = self.offer_problems.setdefault(offer.path, [])
            if _streamed_spend(offer):
                # Our and their latest terms are the very dicts of the row:
                # held once, not twice, until the offer is simulated.
                wanted = self.by_offer.setdefault(offer.path, (offer, []))[1]
                wanted.extend((index, set_name, terms) for set_name, terms in zip(SET_NAMES, sets))
                results = None
            else:
                results = _simulate(offer, sets, found)
        if not selected(row, self.statuses, self.partners, self.since, self.until, [r.date for r in deal.rounds]):
            self.rows.append(None)
            return
        start = offer.model.period.start if offer is not None and offer.usable and offer.model is not None else None
        warned = warned_names(deal, analysis)
        self.rows.append(_Pending(row, warned, start) if results is None else priced(row, warned, results, start))

    def finish(self, workspace: Workspace, today: date | None) -> Portfolio:
        """The rows priced, sorted and totalled; with `today`, the meetings,
        lobby and campaigns of the workspace too (they need only the deals' headers)."""
        # Each deal's rows priced as soon as its offer is simulated, so that
        # the results of one offer at a time are held, not all of them.
        for index, results in _simulate_offers(self.by_offer, self.offer_problems):
            if isinstance(pending := self.rows[index], _Pending):
                self.rows[index] = priced(pending.row, pending.warned, results, pending.start)
        rows = [priced(r.row, r.warned, {}, r.start) if isinstance(r, _Pending) else r for r in self.rows if r is not None]
        data_problems: list[Problem] = []
        for found in self.offer_problems.values():
            data_problems.extend(p for p in found if p not in data_problems)
        idle_partners = tuple(f"{e.model.name} ({pid})" for pid, e in sorted(workspace.partners.items()) if e.model is not None and pid not in self.used_partners)
        idle_offers = tuple(f"{e.model.label()} ({oid})" for oid, e in sorted(workspace.offers.items()) if e.model is not None and oid not in self.used_offers)
        rows.sort(key=lambda r: (r.status != "open", r.deal))
        found = Portfolio(tuple(rows), tuple(totals(rows)), idle_partners, idle_offers, tuple(workspace.all_problems()) + tuple(data_problems))
        if today is None:
            return found
        wanted = tuple(sorted(self.partners or ()))
        # What `list_meetings` and `campaign_rows` give a workspace without
        # meetings or campaigns, without importing them (and the models and
        # checks they import): most of a start-up's cost is imports.
        if workspace.meetings:
            from pln_cli.api.meetings import list_meetings

            meetings = list_meetings(workspace, today, wanted)
            upcoming, names = tuple(v for v in meetings.views if v.open), dict(meetings.partner_names)
        else:
            upcoming, names = (), {key: e.model.name for key, e in workspace.partners.items() if e.model is not None}
        campaigns: tuple[CampaignRow, ...] = ()
        if workspace.campaigns:
            from pln_cli.api.campaigns import campaign_rows

            campaigns = campaign_rows(workspace, today)
        return replace(found, meetings=upcoming, partner_names=names, lobby=lobby_coverage(workspace, wanted), campaigns=campaigns)


def _streamed_spend(offer: OfferEntry) -> bool:
    """Whether simulating the offer reads a transactions file (a pass worth sharing)."""
    from pln_cli.model.offer import Transactions

    return offer.model is not None and isinstance(offer.model.assumptions.spend, Transactions)


def _simulate(offer: OfferEntry, sets: list[Terms], problems: list[Problem]) -> dict[str, Result | None]:
    """One deal's term sets on its offer, by set name; {} when the spend
    cannot be read (its Problems join `problems`, once)."""
    # Sets alike (the agreed terms are often our last offer) are simulated
    # once: the simulation is a pure function of the offer and the terms.
    unique: list[Terms] = []
    at: list[int] = []
    for terms in sets:
        items = list(terms.items())
        same = next((i for i, seen in enumerate(unique) if list(seen.items()) == items), None)
        if same is None:
            same = len(unique)
            unique.append(terms)
        at.append(same)
    try:
        evaluation = evaluate(offer.model, offer.spend_data, unique, strict=False)
    except ProblemsFound as exc:
        problems.extend(p for p in exc.problems if p not in problems)
        return {}
    return {name: evaluation.results[i] for name, i in zip(SET_NAMES, at)}


def portfolio(workspace: Workspace, filters: Filters = Filters(), economics: bool = True, today: date | None = None) -> Portfolio:
    """One row per deal (selected by `filters`), totals by status, and the
    partners and offers that have no deal; with `today`, the open meetings
    and the lobby coverage too (of the `filters.partners` when given)."""
    rows = _Rows(filters, economics)
    for entry in workspace.deals.values():
        rows.add(entry, workspace)
    return rows.finish(workspace, today)


def stream_portfolio(root: Path, filters: Filters = Filters(), economics: bool = True, today: date | None = None) -> Portfolio:
    """`portfolio` of the workspace at `root`, with its deals streamed: each
    is made into its row while the workspace loads and then let go, so a
    workspace of thousands of deals never holds all their rounds at once.

    The cyclic garbage collector stays off until the portfolio is made:
    what is made meanwhile either lives on (the rows, the partners and
    offers) or dies by reference count, so a collection would only walk
    the workspace again."""
    from pln_cli.load.workspace import load_workspace

    rows = _Rows(filters, economics)
    enabled = gc.isenabled()
    gc.disable()
    try:
        workspace = load_workspace(root, on_deal=rows.add)
        return rows.finish(workspace, today)
    finally:
        if enabled:
            gc.enable()


def lobby_coverage(workspace: Workspace, partners: Collection[str] = ()) -> tuple[PartnerCoverage, ...]:
    """Each partner with people of influence >= 3 (or a lobby log): how many
    of those are supportive or better, their stance now from the lobby log."""
    from pln_cli.prep.lobby import coverage

    found = []
    for pid, entry in sorted(workspace.partners.items()):
        if entry.model is None or (partners and pid not in partners):
            continue
        # The contacts `lobby_of` maps: the partner's lobby log, when usable.
        log = workspace.lobby.get(entry.model.id)
        figure = coverage(entry.model, log.log.contacts if log is not None and log.log is not None else ())
        if figure.key_people or pid in workspace.lobby:
            found.append(PartnerCoverage(pid, entry.model.name, figure))
    return tuple(found)


Key = TypeVar("Key")


def _simulate_offers(by_offer: Mapping[Path, tuple[OfferEntry, list[tuple[Key, str, Terms]]]],
                     problems: Mapping[Path, list[Problem]] | None = None) -> Iterator[tuple[Key, dict[str, Result | None]]]:
    """Each offer's term sets simulated in one pass over its spend data: the
    results by the key each set came with (a deal) and the set's name, one
    offer at a time (a key's sets are all on one offer).  An offer's spend
    that cannot be read gives no results; its Problems go to
    `problems[path]`."""
    for path, (offer, wanted) in by_offer.items():
        try:
            evaluation = evaluate(offer.model, offer.spend_data, [t for _, _, t in wanted], strict=False)
        except ProblemsFound as exc:
            # Bad rows of a transactions file surface only when it is read:
            # they join the report's Problems (and fail --strict).
            if problems is not None:
                found = problems[path]
                found.extend(p for p in exc.problems if p not in found)
            continue
        results: dict[Key, dict[str, Result | None]] = {}
        for (key, name, _), result in zip(wanted, evaluation.results):
            results.setdefault(key, {})[name] = result
        yield from results.items()
