"""Options for mutual gain (NEGOTIATION.md): packages of the deal's issues,
valued for both sides, with the Pareto frontier, the Nash package and a
MESO set (several packages of about equal value to us, offered together).

Two steps, so that the spend data is read once for every package:

    p = plan(deal, base_inputs, steps)                 # all packages, as Inputs
    results = <simulate p's packages and positions>    # the shell: one pass
    o = choose(p, results, positions, margin, meso)    # value, choose

`pln deal options` (`api.options.deal_options`) simulates through the one
pipeline, `api.engine.evaluate`, which reads the spend once and decides N.
`evaluate` here does the same for a distribution already at hand (tests,
notebooks), asking it through a memo.  `choose` keeps five numbers per
package, so memory grows with the package count, never with the data.

Pure: no I/O; results are frozen; sentences are `Msg`.
"""

from __future__ import annotations

import itertools
import math
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import Any

from pln_cli.econ.dist import Distribution
from pln_cli.econ.scheme import Inputs, Result, simulate
from pln_cli.econ.values import value_them as _value_them
from pln_cli.econ.values import value_us as _value_us
from pln_cli.econ.variants import apply_terms
from pln_cli.i18n import Msg, Num, Pct
from pln_cli.model.deal import Deal
from pln_cli.model.terms import ISSUES

Value = float  # int for money and counts, float for shares

MAX_PACKAGES = 20_000
DEFAULT_STEPS = 5
DEFAULT_MESO = 3
MESO_BAND = 0.02  # |value_us - value_us(Nash)| <= 2 % of |value_us(Nash)|
FIXED_ISSUES = ("redemption_rate",)  # an assumption, not a term we trade: keeps the offer's value
SHARE_DIGITS = 4


class OptionsError(ValueError):
    """Why `deal options` cannot run: a message, a hint, and the numbers in them."""

    def __init__(self, code: str, message: Msg, hint: Msg | None = None, count: int | None = None, steps: int | None = None) -> None:
        super().__init__(message.render("en"))
        self.code = code  # "steps" | "meso" | "no_issues" | "too_many"
        self.message = message
        self.hint = hint
        self.count = count  # distinct packages, for "too_many"
        self.steps = steps  # a --steps that fits, for "too_many"


# --- the values of one issue ---------------------------------------------------

@dataclass(frozen=True)
class Axis:
    """One issue's values, from our target to our reservation."""

    key: str
    kind: str
    values: tuple[Value, ...]  # distinct, in step order
    indices: tuple[int, ...]  # the step index (0 .. steps-1) of each value: its first occurrence


def _exact(value: Value) -> Fraction:
    # Shares are floats parsed from decimals: their shortest repr is what the user wrote.
    return Fraction(value) if isinstance(value, int) else Fraction(repr(float(value)))


def _round_ratio(num: int, den: int) -> int:
    """num / den (den > 0) to the nearest integer, half to even, exactly."""
    q, rem = divmod(num, den)
    twice = 2 * rem
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


def step_values(kind: str, target: Value, reservation: Value, steps: int) -> tuple[tuple[Value, ...], tuple[int, ...]]:
    """`steps` values evenly spaced from target to reservation inclusive, rounded
    (money and counts to integers, shares to 4 decimals, half to even); a value
    equal to an earlier one is dropped, the earlier keeps its step index.

    Exact: x_k = t + (r - t) k / (steps - 1) in integer arithmetic, so a
    value that is exactly half-way rounds to even, as the contract says."""
    if steps < 2:
        raise ValueError("steps must be 2 or more")
    scale = 1 if kind in ("money", "count") else 10**SHARE_DIGITS
    t, r = _exact(target) * scale, _exact(reservation) * scale
    common = math.lcm(t.denominator, r.denominator)
    a = t.numerator * (common // t.denominator)
    c = r.numerator * (common // r.denominator)
    span = steps - 1
    values: list[Value] = []
    indices: list[int] = []
    seen: set[int] = set()
    for k in range(steps):
        q = _round_ratio(a * span + (c - a) * k, common * span)
        if q not in seen:
            seen.add(q)
            values.append(q if scale == 1 else q / scale)
            indices.append(k)
    return tuple(values), tuple(indices)


def negotiable_issues(deal: Deal, order: Sequence[str] | None = None) -> tuple[str, ...]:
    """The header's issues in header order, except those that keep the offer's value.

    The validated header keeps its issues in the registry's order; `order` is
    the order the header file writes them in (`list(doc.data["issues"])`),
    when the caller has it.  It decides the enumeration order, and so the
    ties of Nash and MESO."""
    declared = deal.header.issues.declared()
    keys = [k for k in (order or ()) if k in declared] + [k for k in declared if k not in (order or ())]
    return tuple(dict.fromkeys(k for k in keys if k not in FIXED_ISSUES))


def axes_for(deal: Deal, steps: int, order: Sequence[str] | None = None) -> tuple[Axis, ...]:
    declared = deal.header.issues.declared()
    out = []
    for key in negotiable_issues(deal, order):
        spec = declared[key]
        kind = kind_of(key)
        values, indices = step_values(kind, spec.target, spec.reservation, steps)
        out.append(Axis(key, kind, values, indices))
    return tuple(out)


def kind_of(key: str) -> str:
    """"money" | "share" | "count" (the registry's Kind is a str enum)."""
    kind = ISSUES[key].kind
    return str(getattr(kind, "value", kind))


def package_count(axes: Sequence[Axis]) -> int:
    return math.prod(len(a.values) for a in axes)


def steps_that_fit(deal: Deal, below: int, limit: int = MAX_PACKAGES, order: Sequence[str] | None = None) -> int | None:
    """A --steps under `below` whose package count is at most `limit` (the
    largest, when the count grows with the steps, as it does but for rounding)."""
    low, high = 2, min(below - 1, limit)
    if high < low or package_count(axes_for(deal, low, order)) > limit:
        return None
    while low < high:
        mid = (low + high + 1) // 2
        if package_count(axes_for(deal, mid, order)) <= limit:
            low = mid
        else:
            high = mid - 1
    return low


def check_steps(deal: Deal, steps: int, limit: int = MAX_PACKAGES, order: Sequence[str] | None = None) -> tuple[Axis, ...]:
    """The axes for `steps`, or OptionsError before anything is simulated."""
    if steps < 2:
        raise OptionsError("steps", Msg("options.steps_low", {"steps": steps}), Msg("options.steps.hint"))
    if not negotiable_issues(deal, order):
        raise OptionsError("no_issues", Msg("options.no_issues"), Msg("options.no_issues.hint"))
    if steps > limit:
        # More values per issue than packages allowed: refuse without listing them.
        fit = steps_that_fit(deal, steps, limit, order)
        raise OptionsError("too_many", Msg("options.steps_high", {"steps": Num(steps), "max": Num(limit)}),
                           _fit_hint(fit), steps=fit)
    axes = axes_for(deal, steps, order)
    count = package_count(axes)
    if count > limit:
        fit = steps_that_fit(deal, steps, limit, order)
        raise OptionsError("too_many", Msg("options.too_many", {"count": Num(count), "max": Num(limit), "steps": steps}),
                           _fit_hint(fit), count=count, steps=fit)
    return axes


def _fit_hint(fit: int | None) -> Msg:
    return Msg("options.too_many.hint", {"steps": fit}) if fit is not None else Msg("options.too_many.fewer_issues")


# --- the plan: every package as Inputs --------------------------------------

@dataclass(frozen=True)
class Position:
    """A side's current position on the deal's issues, to mark on the chart."""

    side: str  # "us" | "them"
    terms: Mapping[str, Value]
    scheme: Inputs | None  # None: the terms cannot be simulated (e.g. tier order)


@dataclass(frozen=True)
class Plan:
    deal: str
    steps: int
    axes: tuple[Axis, ...]
    total: int  # distinct packages, before any is skipped
    choices: tuple[tuple[int, ...], ...]  # per package kept: the position of its value on each axis
    schemes: tuple[Inputs, ...]  # per package kept, in enumeration order
    skipped: int  # packages that break the tier order (or another rule of the scheme)
    skipped_reason: Msg | None  # the first one's reason
    positions: tuple[Position, ...]

    @property
    def issues(self) -> tuple[str, ...]:
        return tuple(a.key for a in self.axes)

    def all_schemes(self) -> Iterator[Inputs]:
        """What `spend_for` must summarise: every package and both positions."""
        yield from self.schemes
        for p in self.positions:
            if p.scheme is not None:
                yield p.scheme

    def terms(self, n: int) -> dict[str, Value]:
        return {a.key: a.values[i] for a, i in zip(self.axes, self.choices[n])}

    def step_indices(self, n: int) -> tuple[int, ...]:
        return tuple(a.indices[i] for a, i in zip(self.axes, self.choices[n]))


def current_positions(deal: Deal, order: Sequence[str] | None = None) -> tuple[tuple[str, dict[str, Value]], ...]:
    """Each side's latest stand on the negotiable issues: the terms of its
    rounds, later ones replacing earlier ones.  We stand on our targets until
    we offer; they have no position until they offer."""
    keys = negotiable_issues(deal, order)
    declared = deal.header.issues.declared()
    ours: dict[str, Value] = {k: declared[k].target for k in keys}
    theirs: dict[str, Value] = {}
    for r in deal.rounds:
        named = {k: v for k, v in r.terms.named().items() if k in keys}
        (ours if r.by == "us" else theirs).update(named)
    theirs = {k: theirs[k] for k in keys if k in theirs}
    out: list[tuple[str, dict[str, Value]]] = [("us", ours)]
    if theirs:
        out.append(("them", theirs))
    return tuple(out)


def plan(deal: Deal, base: Inputs, steps: int = DEFAULT_STEPS, limit: int = MAX_PACKAGES,
         order: Sequence[str] | None = None) -> Plan:
    """Every package of the deal's negotiable issues on the base scheme.

    Enumeration order: issues in header order, each from target to
    reservation, the last varying fastest.  Raises OptionsError (bad steps,
    no issue to trade, too many packages) before building anything.
    """
    axes = check_steps(deal, steps, limit, order)
    choices: list[tuple[int, ...]] = []
    schemes: list[Inputs] = []
    skipped = 0
    reason: Msg | None = None
    keys = [a.key for a in axes]
    for choice in itertools.product(*(range(len(a.values)) for a in axes)):
        terms = {k: a.values[i] for k, a, i in zip(keys, axes, choice)}
        try:
            scheme = apply_terms(base, terms)
        except ValueError as exc:  # InvalidValue: the tier order, a term below its minimum
            skipped += 1
            reason = reason or getattr(exc, "message", None)
            continue
        choices.append(choice)
        schemes.append(scheme)
    positions = []
    for side, terms in current_positions(deal, order):
        try:
            at: Inputs | None = apply_terms(base, terms)
        except ValueError:
            at = None
        positions.append(Position(side, terms, at))
    return Plan(deal.id, steps, axes, package_count(axes), tuple(choices), tuple(schemes), skipped, reason, tuple(positions))


# --- valuing and choosing -----------------------------------------------------

class _Memo(Distribution):
    """Remembers every answer: packages ask the same few questions again and again."""

    def __init__(self, inner: Distribution) -> None:
        self._inner = inner
        self._ge: dict[float, float] = {}
        self._partial: dict[tuple[float, float], float] = {}
        self._between: dict[tuple[float, float], float] = {}
        self._multiples: dict[tuple[float, int | None], float] = {}
        self._mean: float | None = None

    def prob_ge(self, t: float) -> float:
        try:
            return self._ge[t]
        except KeyError:
            value = self._ge[t] = self._inner.prob_ge(t)
            return value

    def partial(self, a: float, b: float) -> float:
        try:
            return self._partial[(a, b)]
        except KeyError:
            value = self._partial[(a, b)] = self._inner.partial(a, b)
            return value

    def prob_between(self, a: float, b: float) -> float:
        try:
            return self._between[(a, b)]
        except KeyError:
            value = self._between[(a, b)] = self._inner.prob_between(a, b)
            return value

    def multiples(self, threshold: float, cap: int | None) -> float:
        try:
            return self._multiples[(threshold, cap)]
        except KeyError:
            value = self._multiples[(threshold, cap)] = self._inner.multiples(threshold, cap)
            return value

    def mean(self) -> float:
        if self._mean is None:
            self._mean = self._inner.mean()
        return self._mean


@dataclass(frozen=True)
class Package:
    number: int  # enumeration order among the packages evaluated (0-based)
    terms: Mapping[str, Value]  # issue -> value, in header order
    steps: tuple[int, ...]  # each value's step index
    value_us: float
    value_them: float
    our_net_cost: float
    partner_incremental_spend: float
    partner_payment: float
    partner_gross_gain: float  # m_p * partner_incremental_spend: what the extra spend earns them


@dataclass(frozen=True)
class Options:
    deal: str
    issues: tuple[str, ...]
    steps: int
    partner_margin: float
    meso_wanted: int
    packages_total: int  # distinct packages enumerated
    packages_evaluated: int
    skipped: int
    skipped_reason: Msg | None
    pareto: tuple[Package, ...]  # by value_us descending
    nash: Package | None
    meso: tuple[Package, ...]  # in the order chosen
    points: tuple[tuple[float, float], ...]  # (value_us, value_them) of every package, for the chart
    positions: Mapping[str, Package | None]  # "us" / "them": the sides' current positions, valued
    notes: tuple[Msg, ...]


def pareto_indices(us: Sequence[float], them: Sequence[float]) -> list[int]:
    """Packages no other package beats on one value without losing on the other;
    by value_us descending, equal value_us in enumeration order."""
    order = sorted(range(len(us)), key=lambda n: (-us[n], n))
    out: list[int] = []
    best_them = -math.inf  # the best value_them among strictly greater value_us
    start = 0
    while start < len(order):
        end = start
        while end < len(order) and us[order[end]] == us[order[start]]:
            end += 1
        group = order[start:end]
        top = max(them[n] for n in group)
        if top > best_them:
            out.extend(n for n in group if them[n] == top)
            best_them = top
        start = end
    return out


def nash_index(us: Sequence[float], them: Sequence[float]) -> int | None:
    """The package that maximises value_us * value_them where both are > 0;
    ties: higher value_them, then enumeration order."""
    best: int | None = None
    best_key: tuple[float, float] = (-math.inf, -math.inf)
    for n, (u, t) in enumerate(zip(us, them)):
        if u > 0 and t > 0:
            key = (u * t, t)
            if key > best_key:
                best, best_key = n, key
    return best


def meso_indices(us: Sequence[float], them: Sequence[float], steps: Sequence[Sequence[int]],
                 nash: int | None, k: int, band: float = MESO_BAND) -> list[int]:
    """Nash first, then, among packages with value_them > 0 and value_us within
    `band` of Nash's, the farthest from those chosen (distance: summed step
    differences; ties: higher value_them, then enumeration order), up to k.

    The distance is compared as the integer sum of |step differences|: the
    contract's sum / (steps - 1) has the same order without float ties."""
    if nash is None or k < 1:
        return []
    centre = us[nash]
    tolerance = band * abs(centre)
    chosen = [nash]
    nearest = {
        n: _distance(steps[n], steps[nash])
        for n in range(len(us))
        if n != nash and them[n] > 0 and abs(us[n] - centre) <= tolerance
    }
    while len(chosen) < k and nearest:
        pick = max(nearest, key=lambda n: (nearest[n], them[n], -n))
        chosen.append(pick)
        del nearest[pick]
        for n, d in nearest.items():
            nearest[n] = min(d, _distance(steps[n], steps[pick]))
    return chosen


def _distance(a: Sequence[int], b: Sequence[int]) -> int:
    return sum(abs(x - y) for x, y in zip(a, b))


def evaluate(p: Plan, dist: Distribution, partner_margin: float, meso: int = DEFAULT_MESO,
             transactions: int | None = None) -> Options:
    """Simulate and value every package of the plan on one shared distribution.

    `transactions` replaces N in every scheme: for a transactions file, N is
    its row count, known only once `spend_for` has read it.  (The commands
    go through `api.engine.evaluate`, which decides N, and hand the results
    to `choose`.)
    """
    check_meso(meso)
    cached = _Memo(dist)

    def run(scheme: Inputs) -> Result:
        if transactions is not None:
            scheme = replace(scheme, transactions=transactions)
        return simulate(scheme, cached)

    positions = {x.side: (run(x.scheme) if x.scheme is not None else None) for x in p.positions}
    return choose(p, (run(s) for s in p.schemes), positions, partner_margin, meso)


def check_meso(meso: int) -> None:
    if meso < 1:
        raise OptionsError("meso", Msg("options.meso_low", {"meso": meso}), Msg("options.meso.hint"))


def _valued(result: Result, partner_margin: float, number: int, terms: Mapping[str, Value], steps: tuple[int, ...]) -> Package:
    vt = _value_them(result, partner_margin)
    assert vt is not None
    return Package(
        number=number, terms=dict(terms), steps=steps, value_us=_value_us(result), value_them=vt,
        our_net_cost=result.our_net_cost, partner_incremental_spend=result.partner_incremental_spend,
        partner_payment=result.partner_payment, partner_gross_gain=partner_margin * result.partner_incremental_spend,
    )


def choose(p: Plan, results: Iterable[Result], positions: Mapping[str, Result | None], partner_margin: float,
           meso: int = DEFAULT_MESO) -> Options:
    """Value the simulated packages (one Result per `p.schemes`, in order, read
    once) and the sides' positions, and choose the Pareto frontier, the Nash
    package and the MESO set.  Only five numbers per package are kept."""
    check_meso(meso)
    us, them = array("d"), array("d")
    cost, incremental, payment = array("d"), array("d"), array("d")
    for r in results:
        us.append(_value_us(r))
        them.append(_value_them(r, partner_margin))  # type: ignore[arg-type]
        cost.append(r.our_net_cost)
        incremental.append(r.partner_incremental_spend)
        payment.append(r.partner_payment)
    n = len(us)
    if n != len(p.schemes):
        raise ValueError(f"{n} results for {len(p.schemes)} packages")

    def package(i: int) -> Package:
        return Package(
            number=i,
            terms=p.terms(i),
            steps=p.step_indices(i),
            value_us=us[i],
            value_them=them[i],
            our_net_cost=cost[i],
            partner_incremental_spend=incremental[i],
            partner_payment=payment[i],
            partner_gross_gain=partner_margin * incremental[i],
        )

    steps = [p.step_indices(i) for i in range(n)]
    pareto = tuple(package(i) for i in pareto_indices(us, them))
    nash_i = nash_index(us, them)
    meso_i = meso_indices(us, them, steps, nash_i, meso)

    valued: dict[str, Package | None] = {}
    for position in p.positions:
        r = positions.get(position.side)
        valued[position.side] = None if r is None else _valued(r, partner_margin, -1, position.terms, ())

    notes: list[Msg] = []
    if p.skipped:
        notes.append(Msg("options.skipped", {"count": Num(p.skipped), "reason": p.skipped_reason or ""}))
    if nash_i is None:
        notes.append(Msg("options.no_nash"))
    elif len(meso_i) < meso:
        notes.append(Msg("options.meso_short", {"found": len(meso_i), "wanted": meso, "band": Pct(MESO_BAND, 0)}))
    return Options(
        deal=p.deal,
        issues=p.issues,
        steps=p.steps,
        partner_margin=partner_margin,
        meso_wanted=meso,
        packages_total=p.total,
        packages_evaluated=n,
        skipped=p.skipped,
        skipped_reason=p.skipped_reason,
        pareto=pareto,
        nash=package(nash_i) if nash_i is not None else None,
        meso=tuple(package(i) for i in meso_i),
        points=tuple(zip(us, them)),
        positions=valued,
        notes=tuple(notes),
    )


def options(deal: Deal, base: Inputs, dist: Distribution, partner_margin: float,
            steps: int = DEFAULT_STEPS, meso: int = DEFAULT_MESO, order: Sequence[str] | None = None) -> Options:
    """plan + evaluate, for a distribution already at hand (lognormal, histogram)."""
    return evaluate(plan(deal, base, steps, order=order), dist, partner_margin, meso)


# --- JSON ------------------------------------------------------------------------

def _money(x: float) -> int:
    return round(x)


def package_json(pkg: Package) -> dict[str, Any]:
    return {
        "terms": dict(pkg.terms),
        "value_us": _money(pkg.value_us),
        "value_them": _money(pkg.value_them),
        "our_net_cost": _money(pkg.our_net_cost),
        "partner_incremental_spend": _money(pkg.partner_incremental_spend),
        "partner_payment": _money(pkg.partner_payment),
        # extras
        "partner_gross_gain": _money(pkg.partner_gross_gain),
        "steps": list(pkg.steps),
    }


def to_json(o: Options, lang: str = "en") -> dict[str, Any]:
    """The contract's keys (packages_evaluated, pareto, nash, meso), money in
    whole Rupiah, plus extras."""
    return {
        "packages_evaluated": o.packages_evaluated,
        "pareto": [package_json(x) for x in o.pareto],
        "nash": package_json(o.nash) if o.nash is not None else None,
        "meso": [package_json(x) for x in o.meso],
        # extras
        "deal": o.deal,
        "issues": list(o.issues),
        "steps": o.steps,
        "partner_margin": o.partner_margin,
        "packages_total": o.packages_total,
        "packages_skipped": o.skipped,
        "meso_wanted": o.meso_wanted,
        "positions": {side: (package_json(x) if x is not None else None) for side, x in o.positions.items()},
        "notes": [m.render(lang) for m in o.notes],
    }
