"""The two documents of a meeting (PREP.md, "The partner deck and the
internal brief"), as data: what the partner may see, and what the team and
the head see.

    view = meeting_partner_view("meetings/total-spbu-kickoff.yaml")   # -> the deck
    view = offer_partner_view("offers/total-spbu-2017q4.yaml", day)  # no meeting yet
    brief = meeting_brief("meetings/total-spbu-kickoff.yaml", today)  # -> brief.html / .md

**Partner-safe by construction.**  `PartnerView` and every dataclass under
it hold only what the partner may see: names, the date, their interests as
we understood them, the scheme's terms, what they gain, their own spend
distribution, next steps.  They have no field for our reservation values,
targets, BATNA, our net cost, CAC, ROI, estimates of their reservations,
stances, influence or notes, and `partner_view` copies values one by one
from a whitelist (never a model, a dict or a result object), so nothing
unlisted can ride along.  `PARTNER_VIEW_TYPES` lists every type a view is
made of; tests walk it for forbidden field names.

The brief (`MeetingBrief`) is internal and may hold everything.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal

from pln_cli.api.deals import DealContext, deal_context
from pln_cli.api.meetings import MeetingReport, lobby_of, show_meeting
from pln_cli.api.offers import OfferReport, Simulation, report_of_entry
from pln_cli.catalog import Msg
from pln_cli.econ.dist import Distribution, Empirical, Histogram, Lognormal
from pln_cli.econ.scheme import Result
from pln_cli.errors import ProblemsFound
from pln_cli.load import workspace as ws
from pln_cli.load.data import AmountStream
from pln_cli.load.meetings import MeetingEntry, load_meeting
from pln_cli.load.paths import display_path
from pln_cli.load.problem import Problem
from pln_cli.load.spend import SpendData
from pln_cli.load.workspace import OfferEntry, Workspace
from pln_cli.model.meeting import Plan
from pln_cli.model.offer import Histogram as HistogramSpec
from pln_cli.model.offer import Lognormal as LognormalSpec
from pln_cli.model.offer import Offer
from pln_cli.model.partner import Partner
from pln_cli.model.terms import ISSUES
from pln_cli.prep.lobby import LobbyMap

# Our side's name on the title slide: the team's company (the catalogue's
# sentences name it too).  A `company:` in pln.yaml would be the place to
# make it a setting.
OUR_NAME = "JD.ID"
MAX_BARS = 16  # a chart a room can read
MAX_INTERESTS = 8

ChartSource = Literal["histogram", "lognormal", "transactions"]
StepKey = Literal["agree", "sign", "prepare", "launch", "review"]


# --- the partner view ---------------------------------------------------------------


@dataclass(frozen=True)
class TierTerms:
    min_spend: int
    voucher: int
    reward_rate: float  # voucher / min_spend


@dataclass(frozen=True)
class VoucherTerms:
    product: str | None = None
    min_order: int | None = None
    valid_days: int | None = None


@dataclass(frozen=True)
class SchemeTerms:
    tiers: tuple[TierTerms, ...]
    stacking: str  # highest_tier | per_multiple
    max_per_transaction: int | None
    # Value issued / spend of the qualifying transactions, over all tiers:
    # what a customer who qualifies gets back on what they spend.
    effective_reward_rate: float | None
    voucher: VoucherTerms
    start: date | None
    end: date | None
    days: int
    quota: int | None  # vouchers available in the period (a term the partner knows)


@dataclass(frozen=True)
class PartnerGains:
    transactions: int  # N: their transactions in the period (as the offer assumes)
    qualifying_share: float  # q, with customers topping up to the threshold
    reach_share: float  # already at or above the first threshold, without top-ups
    qualifying_transactions: float  # N q
    vouchers_issued: float  # to their customers
    face_value_issued: float
    incremental_spend: float  # from customers topping up to the threshold
    payment: float  # what they pay us over the period
    partner_share: float  # their share of the voucher value
    billing: str  # redeemed | issued


@dataclass(frozen=True)
class SpendBar:
    low: int
    high: int | None  # None: the open tail (low and above)
    share: float  # of transactions
    qualifying: bool  # at or above the first threshold


@dataclass(frozen=True)
class SpendChart:
    """The objective criteria: the spend distribution, the thresholds on it."""

    source: ChartSource
    bars: tuple[SpendBar, ...]
    thresholds: tuple[int, ...]
    reach_share: float  # sum of the qualifying bars: P(S >= T_1)
    qualifying_share: float  # with top-ups
    observed: int | None = None  # transactions behind a histogram or a transactions file

    @property
    def first_qualifying(self) -> int:
        """The index of the first bar at or above the threshold (len(bars) when none)."""
        return next((i for i, b in enumerate(self.bars) if b.qualifying), len(self.bars))


@dataclass(frozen=True)
class NextStep:
    key: StepKey
    start: date | None = None
    end: date | None = None
    days: int | None = None


@dataclass(frozen=True)
class PartnerView:
    """What the partner deck shows, and nothing else (see the module's doc)."""

    partner_name: str
    our_name: str
    day: date | None
    presenters: tuple[str, ...]
    their_interests: tuple[str, ...]
    scheme: SchemeTerms
    gains: PartnerGains
    criteria: SpendChart
    next_steps: tuple[NextStep, ...]
    agreed: bool = False  # the terms shown are those both sides agreed


# Every type a partner view is made of (a test walks their fields).
PARTNER_VIEW_TYPES: tuple[type, ...] = (
    PartnerView, TierTerms, VoucherTerms, SchemeTerms, PartnerGains, SpendBar, SpendChart, NextStep,
)


def view_values(view: Any) -> list[Any]:
    """Every leaf value of a view (for tests and audits): strings, numbers, dates."""
    out: list[Any] = []

    def walk(value: Any) -> None:
        if is_dataclass(value) and not isinstance(value, type):
            for f in fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, (tuple, list)):
            for item in value:
                walk(item)
        else:
            out.append(value)

    walk(view)
    return out


def partner_view(report: OfferReport, chart: SpendChart, *, partner: Partner | None = None, plan: Plan | None = None,
                 day: date | None = None, our_name: str = OUR_NAME, simulation: Simulation | None = None,
                 agreed: bool = False) -> PartnerView:
    """The partner view of one simulated scheme (the report's base, or
    `simulation`), copied value by value from the whitelist below.

    `plan` gives the date and the presenters; without it, `day`."""
    sim = simulation or report.base
    result = sim.result
    i = result.inputs
    offer = report.offer
    tiers = tuple(TierTerms(int(t), int(v), float(r)) for (t, v), r in zip(i.tiers, result.reward_rates))
    voucher = VoucherTerms(
        str(offer.voucher.product) if offer.voucher is not None and offer.voucher.product else None,
        None if i.voucher_min_order is None else int(i.voucher_min_order),
        None if i.voucher_valid_days is None else int(i.voucher_valid_days),
    )
    scheme = SchemeTerms(
        tiers=tiers,
        stacking=str(i.stacking),
        max_per_transaction=None if i.max_per_transaction is None else int(i.max_per_transaction),
        effective_reward_rate=effective_reward_rate(result.expected_value, result.qualifying_share, result.avg_qualifying_spend),
        voucher=voucher,
        start=offer.period.start,
        end=offer.period.end,
        days=int(i.days),
        quota=None if i.quota is None else int(i.quota),
    )
    gains = PartnerGains(
        transactions=int(i.transactions),
        qualifying_share=float(result.qualifying_share),
        reach_share=float(chart.reach_share),
        qualifying_transactions=float(i.transactions * result.qualifying_share),
        vouchers_issued=float(result.vouchers_issued),
        face_value_issued=float(result.face_value_issued),
        incremental_spend=float(result.partner_incremental_spend),
        payment=float(result.partner_payment),
        partner_share=float(i.partner_share),
        billing=str(i.billing),
    )
    return PartnerView(
        partner_name=str(partner.name if partner is not None else report.partner_name),
        our_name=str(our_name),
        day=plan.date if plan is not None else day,
        presenters=tuple(str(p) for p in plan.presenters) if plan is not None else (),
        their_interests=tuple(str(x) for x in partner.their_interests[:MAX_INTERESTS]) if partner is not None else (),
        scheme=scheme,
        gains=gains,
        criteria=chart,
        next_steps=next_steps(offer, agreed),
        agreed=bool(agreed),
    )


def effective_reward_rate(expected_value: float, qualifying_share: float, avg_qualifying_spend: float | None) -> float | None:
    """Value issued / spend of the qualifying transactions (per transaction
    both, so caps cancel): E[value] / (q * average qualifying spend)."""
    if not avg_qualifying_spend or qualifying_share <= 0:
        return None
    return float(expected_value / (qualifying_share * avg_qualifying_spend))


def next_steps(offer: Offer, agreed: bool) -> tuple[NextStep, ...]:
    """What comes after the meeting: agree and sign (unless agreed), prepare,
    launch for the period, review together half-way."""
    period = offer.period
    steps: list[NextStep] = [] if agreed else [NextStep("agree"), NextStep("sign")]
    steps.append(NextStep("prepare"))
    steps.append(NextStep("launch", period.start, period.end, period.length))
    if period.start is not None:
        steps.append(NextStep("review", period.start + timedelta(days=period.length // 2)))
    else:
        steps.append(NextStep("review", days=period.length // 2))
    return tuple(steps)


# --- the spend chart ----------------------------------------------------------------


def spend_chart(offer: Offer, data: SpendData, result: Result) -> SpendChart:
    """The spend distribution of the offer's own data, as bars split at the
    thresholds: a histogram's buckets as given (split where a threshold falls
    inside one), a lognormal or a transactions file in evenly spaced bins.

    `result` is the simulated scheme: its thresholds, qualifying share and
    mean spend.  A transactions file is read once more, at the bars' edges."""
    inputs = result.inputs
    thresholds = tuple(int(t) for t, _ in inputs.tiers[:1 if inputs.stacking == "per_multiple" else None])
    spec = offer.assumptions.spend
    observed: int | None = None
    if isinstance(spec, HistogramSpec):
        buckets = [(b.lower, b.upper, b.count) for b in (data.histogram or ())]
        observed = sum(c for _, _, c in buckets)
        dist: Distribution = Histogram.of(buckets)
        edges = sorted({float(x) for lo, hi, _ in buckets for x in (lo, hi)} | {float(t) for t in thresholds})
        bars = _bars(dist, edges, thresholds, open_tail=False, keep=lambda lo, hi: _covered(buckets, lo, hi))
        source: ChartSource = "histogram"
    elif isinstance(spec, LognormalSpec):
        dist = (Lognormal.from_median_p90(spec.median, spec.p90) if spec.p90 is not None
                else Lognormal.from_median_mean(spec.median, spec.mean or spec.median))
        upper = max(math.exp(dist.mu + 2.05 * dist.sigma), 1.25 * thresholds[-1])  # about the 98th percentile
        edges = _even_edges(upper, thresholds)
        bars = _bars(dist, edges, thresholds, open_tail=True)
        source = "lognormal"
    else:
        if data.data_path is None:
            raise ProblemsFound([Problem(offer.id, None, None, "spend", Msg("data.missing"), Msg("data.missing.hint"))])
        upper = max(2.5 * result.mean_spend, 1.5 * thresholds[-1])
        edges = _even_edges(upper, thresholds)
        stream = AmountStream(data.data_path, display_path(data.data_path), spec.column)
        dist = Empirical.from_chunks(stream.chunks(), edges)
        if stream.problems:
            raise ProblemsFound(stream.problems)
        observed = dist.n
        bars = _bars(dist, edges, thresholds, open_tail=True)
        source = "transactions"
    bars = _merge(bars, thresholds)
    reach = sum(b.share for b in bars if b.qualifying)
    return SpendChart(source, tuple(bars), thresholds, float(reach), float(result.qualifying_share), observed)


def chart_of(entry: OfferEntry, simulation: Simulation) -> SpendChart:
    """`spend_chart` of a loaded offer file and one of its simulations."""
    assert entry.model is not None
    return spend_chart(entry.model, entry.spend_data, simulation.result)


def _covered(buckets: list[tuple[int, int, int]], low: float, high: float) -> bool:
    """Does [low, high) lie inside a bucket of the data (not a gap between buckets)?"""
    return any(lo <= low and high <= hi for lo, hi, _ in buckets)


def _bars(dist: Distribution, edges: list[float], thresholds: tuple[int, ...], open_tail: bool, keep: Any = None) -> list[SpendBar]:
    first = thresholds[0]
    bars = []
    for low, high in zip(edges, edges[1:]):
        if keep is not None and not keep(low, high):
            continue
        bars.append(SpendBar(int(low), int(high), float(dist.prob_between(low, high)), low >= first))
    if open_tail:
        low = edges[-1]
        bars.append(SpendBar(int(low), None, float(dist.prob_ge(low)), low >= first))
    return bars


def _nice_step(span: float, count: int) -> float:
    """The smallest of 1, 2, 2.5, 5 x 10^k at least span / count."""
    raw = span / count
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power  # pragma: no cover - the loop always returns


def _even_edges(upper: float, thresholds: tuple[int, ...]) -> list[float]:
    """0, s, 2s, ... up to `upper` (s a round number), with each threshold an edge."""
    step = _nice_step(upper, MAX_BARS - 4)
    count = math.ceil(upper / step)
    edges = {step * k for k in range(count + 1)} | {float(t) for t in thresholds}
    return sorted(edges)


def _merge(bars: list[SpendBar], thresholds: tuple[int, ...]) -> list[SpendBar]:
    """Merge neighbouring bars (never across a threshold, never the open tail)
    until at most MAX_BARS are left, the lightest pair first."""
    cuts = set(thresholds)
    bars = list(bars)
    while len(bars) > MAX_BARS:
        best = None
        for k in range(len(bars) - 1):
            a, b = bars[k], bars[k + 1]
            if a.high is None or b.high is None or a.high != b.low or b.low in cuts:
                continue
            if best is None or a.share + b.share < best[0]:
                best = (a.share + b.share, k)
        if best is None:
            break
        k = best[1]
        a, b = bars[k], bars[k + 1]
        bars[k:k + 2] = [SpendBar(a.low, b.high, a.share + b.share, a.qualifying)]
    return bars


# --- loading what a view needs ------------------------------------------------------


def offer_partner_view(offer: str | Path, day: date | None = None, our_name: str = OUR_NAME) -> PartnerView:
    """`pln offer deck OFFER`: the partner view of an offer file (no meeting yet)."""
    entry = ws.load_offer(Path(offer))
    report = report_of_entry(entry)
    assert entry.model is not None
    partner = ws.partner_at(ws.find_root(entry.path), entry.model.partner)
    return partner_view(report, chart_of(entry, report.base), partner=partner, day=day, our_name=our_name)


@dataclass(frozen=True)
class _MeetingFiles:
    workspace: Workspace
    entry: MeetingEntry
    offer: OfferEntry | None


def _meeting_files(path: Path) -> _MeetingFiles:
    workspace = ws.load_workspace(ws.find_root(path))
    found = workspace.meetings.get(path.stem)
    entry = found if found is not None and os.path.samefile(found.path, path) else load_meeting(path)
    if entry.plan is None:
        raise ProblemsFound([p for p in entry.problems if p.severity == "error"] or [_no_plan(entry)])
    offer_path = entry.offer_path(workspace.deals)
    offer = None
    if offer_path is not None:
        offer = workspace.offer_at(offer_path) or (ws.load_offer(offer_path) if offer_path.is_file() else None)
    return _MeetingFiles(workspace, entry, offer)


def _no_plan(entry: MeetingEntry) -> Problem:
    return Problem(entry.display, None, None, "meeting-plan", Msg("meeting.plan"), Msg("meeting.plan.hint"))


def _no_offer(entry: MeetingEntry) -> Problem:
    return Problem(entry.display, None, None, "no-offer", Msg("meeting.topic.no_offer"))


def agreed_terms(workspace: Workspace, plan: Plan) -> dict[str, Any]:
    """The terms of the linked deal's agreed outcome (known to both sides),
    when it was agreed by the meeting's date; else none (the offer as it
    stands).  A deck rebuilt later, after the deal moved on, stays the deck
    of its meeting, so its approval does not go stale."""
    deal_entry = workspace.deals.get(plan.deal) if plan.deal else None
    deal = deal_entry.deal if deal_entry is not None else None
    if deal is None or deal.outcome is None or deal.outcome.outcome != "agreed" or deal.outcome.terms is None:
        return {}
    if deal.outcome.date is None or deal.outcome.date > plan.date:
        return {}
    # Only terms the offer has (an assumption such as redemption_rate is ours alone).
    return {k: v for k, v in deal.outcome.terms.named().items() if k in ISSUES and k != "redemption_rate"}


def meeting_partner_view(path: str | Path, our_name: str = OUR_NAME) -> PartnerView:
    """`pln meeting deck M`: the partner view of a meeting's linked offer; when
    the linked deal was agreed, with the agreed terms."""
    files = _meeting_files(Path(path))
    plan = files.entry.plan
    assert plan is not None
    if files.offer is None:
        raise ProblemsFound([_no_offer(files.entry)])
    terms = agreed_terms(files.workspace, plan)
    report = report_of_entry(files.offer, [terms] if terms else [])
    sim = report.simulations[-1]
    partner_entry = files.workspace.partners.get(plan.partner)
    partner = partner_entry.model if partner_entry is not None else None
    return partner_view(report, chart_of(files.offer, sim), partner=partner, plan=plan, our_name=our_name,
                        simulation=sim, agreed=bool(terms))


# --- the internal brief -------------------------------------------------------------


@dataclass(frozen=True)
class Track:
    """One issue of the deal, round by round: the offer-convergence chart.

    `us[k]` / `them[k]` is what each side stood on after round k+1 (their
    latest value on the issue; None before their first), so the two lines
    close in on each other as the sides converge."""

    key: str
    kind: str  # money | share | count
    better: str  # higher | lower (for us)
    rounds: tuple[int, ...]
    by: tuple[str, ...]  # who made each round
    us: tuple[float | None, ...]
    them: tuple[float | None, ...]
    target: float
    reservation: float
    their_reservation: float | None
    estimate: float | None  # their reservation read from their offers
    next_offer: float
    accept: bool


def tracks(context: DealContext) -> tuple[Track, ...]:
    deal = context.deal
    out = []
    for key, issue in context.analysis.issues.items():
        us: list[float | None] = []
        them: list[float | None] = []
        ours = theirs = None
        for r in deal.rounds:
            value = r.terms.named().get(key)
            if value is not None:
                if r.by == "us":
                    ours = value
                else:
                    theirs = value
            us.append(ours)
            them.append(theirs)
        estimate = context.estimates.get(key)
        out.append(Track(
            key, str(getattr(ISSUES[key].kind, "value", ISSUES[key].kind)), "higher" if issue.d > 0 else "lower",
            tuple(r.round for r in deal.rounds), tuple(r.by for r in deal.rounds), tuple(us), tuple(them),
            issue.target, issue.reservation, issue.their_reservation,
            estimate.value if estimate is not None else None, issue.next_offer, issue.accept,
        ))
    return tuple(out)


@dataclass(frozen=True)
class MeetingBrief:
    """The internal page of a meeting: everything, for the team and the head."""

    meeting: MeetingReport  # readiness, approval, audience (lobby class, influence, stance), the partner
    today: date
    lobby: LobbyMap | None = None  # steps done, last contact, next action per person
    offer: OfferReport | None = None  # the economics of both sides (the base simulation)
    offer_error: tuple[Problem, ...] = ()  # why there is no simulation
    view: PartnerView | None = None  # what the deck shows (the scheme and the spend chart)
    deal: DealContext | None = None  # rounds with their economics, analysis, estimates, BATNA
    tracks: tuple[Track, ...] = ()
    packages: Any = None  # api.options.BriefPackages: MESO and Nash, or why there are none

    @property
    def partner_name(self) -> str:
        return self.meeting.partner_name

    @property
    def batna(self) -> str | None:
        return self.deal.deal.header.batna if self.deal is not None else None


def meeting_brief(path: str | Path, today: date | None = None, our_name: str = OUR_NAME) -> MeetingBrief:
    """`pln meeting brief M`: readiness and approval, the audience with its
    lobby status, both sides' economics, the deal with its next offer, the
    BATNA, and the packages to put on the table (or why there are none).

    A meeting with no usable plan raises ProblemsFound; an offer that does
    not simulate or a deal that cannot be read leaves its part out, and says
    why, so the brief is written anyway."""
    from pln_cli.api.options import brief_packages

    path = Path(path)
    day = today or date.today()
    report = show_meeting(path, day)
    files = _meeting_files(path)
    plan = files.entry.plan
    assert plan is not None
    lobby = lobby_of(files.workspace, report.partner)
    offer_report = view = None
    offer_error: tuple[Problem, ...] = ()
    if files.offer is None:
        offer_error = (_no_offer(files.entry),)
    else:
        try:
            terms = agreed_terms(files.workspace, plan)
            offer_report = report_of_entry(files.offer, [terms] if terms else [])
            sim = offer_report.simulations[-1]
            view = partner_view(offer_report, chart_of(files.offer, sim), partner=report.partner, plan=plan,
                                our_name=our_name, simulation=sim, agreed=bool(terms))
        except ProblemsFound as exc:
            offer_error = tuple(exc.problems)
    context = packages = None
    found_tracks: tuple[Track, ...] = ()
    deal_entry = files.workspace.deals.get(plan.deal) if plan.deal else None
    if deal_entry is not None and deal_entry.deal is not None:
        context = deal_context(deal_entry.path)
        found_tracks = tracks(context)
        packages = brief_packages(context)
    return MeetingBrief(report, day, lobby, offer_report, offer_error, view, context, found_tracks, packages)
