"""Spend distributions: lognormal, histogram, and exact empirical data.

Each answers the four questions the scheme needs (ECONOMICS.md):
  prob_ge(t)            P(S >= t)
  partial(a, b)         E[S; a <= S < b]   (b may be inf)
  multiples(T, K)       sum_{k=1..K} P(S >= k*T) = E[min(floor(S/T), K)]
  mean()                E[S]
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from itertools import compress, repeat
from operator import floordiv, le
from collections.abc import Iterable
from dataclasses import dataclass, field

Z90 = 1.2815515655446004  # the standard normal's 90th percentile
_SQRT2 = math.sqrt(2.0)
_MAX_MULTIPLES = 1_000_000  # per_multiple without a cap: stop long before this


def _upper_tail(x: float) -> float:
    """1 - Phi(x), accurate far into the tail."""
    return 0.5 * math.erfc(x / _SQRT2)


def _phi(x: float) -> float:
    return 0.5 * math.erfc(-x / _SQRT2)


class Distribution:
    """What the scheme asks of spend; subclasses answer for their source."""

    def prob_ge(self, t: float) -> float:  # pragma: no cover - interface
        raise NotImplementedError

    def partial(self, a: float, b: float) -> float:  # pragma: no cover - interface
        raise NotImplementedError

    def mean(self) -> float:
        return self.partial(0.0, math.inf)

    def prob_between(self, a: float, b: float) -> float:
        """P(a <= S < b)."""
        if b <= a:
            return 0.0
        return max(0.0, self.prob_ge(a) - self.prob_ge(b))

    def multiples(self, threshold: float, cap: int | None) -> float:
        """sum_k P(S >= kT), term by term until the terms no longer count.

        Terms below 1e-15 are dropped (a million of them add less than
        1e-9), and at most `_MAX_MULTIPLES` terms are summed, so neither a
        cap of 10^15 vouchers nor a Rp1 threshold can make this hang.
        """
        total = 0.0
        limit = min(cap, _MAX_MULTIPLES) if cap is not None else _MAX_MULTIPLES
        for k in range(1, limit + 1):
            p = self.prob_ge(k * threshold)
            if p < 1e-15:
                break
            total += p
        return total


@dataclass(frozen=True)
class Lognormal(Distribution):
    mu: float
    sigma: float

    @classmethod
    def from_median_p90(cls, median: int, p90: int) -> "Lognormal":
        return cls(math.log(median), math.log(p90 / median) / Z90)

    @classmethod
    def from_median_mean(cls, median: int, mean: int) -> "Lognormal":
        return cls(math.log(median), math.sqrt(2.0 * math.log(mean / median)))

    def prob_ge(self, t: float) -> float:
        if t <= 0:
            return 1.0
        if math.isinf(t):
            return 0.0
        return _upper_tail((math.log(t) - self.mu) / self.sigma)

    def partial(self, a: float, b: float) -> float:
        if b <= a:
            return 0.0
        scale = math.exp(self.mu + self.sigma**2 / 2.0)
        shift = self.mu + self.sigma**2

        def z(x: float) -> float:
            if x <= 0:
                return -math.inf
            if math.isinf(x):
                return math.inf
            return (math.log(x) - shift) / self.sigma

        za, zb = z(a), z(b)
        # Phi(zb) - Phi(za), written with upper tails when both are high to
        # avoid cancellation.
        if za > 0:
            mass = _upper_tail(za) - (_upper_tail(zb) if not math.isinf(zb) else 0.0)
        else:
            mass = (_phi(zb) if not math.isinf(zb) else 1.0) - (_phi(za) if not math.isinf(za) else 0.0)
        return scale * max(0.0, mass)


@dataclass(frozen=True)
class Histogram(Distribution):
    """Spend uniform inside each bucket [lower, upper)."""

    buckets: tuple[tuple[int, int, int], ...]  # (lower, upper, count)
    total: int = 0

    @classmethod
    def of(cls, buckets: Iterable[tuple[int, int, int]]) -> "Histogram":
        rows = tuple(sorted(buckets))
        return cls(rows, sum(count for _, _, count in rows))

    def prob_ge(self, t: float) -> float:
        if self.total == 0:
            return 0.0
        mass = 0.0
        for lower, upper, count in self.buckets:
            if t <= lower:
                mass += count
            elif t < upper:
                mass += count * (upper - t) / (upper - lower)
        return mass / self.total

    def partial(self, a: float, b: float) -> float:
        if self.total == 0 or b <= a:
            return 0.0
        value = 0.0
        for lower, upper, count in self.buckets:
            lo, hi = max(a, lower), min(b, upper)
            if hi > lo:
                value += count * (hi * hi - lo * lo) / (2.0 * (upper - lower))
        return value / self.total

    def multiples(self, threshold: float, cap: int | None) -> float:
        """E[min(floor(S/T), K)] in closed form, one step per bucket.

        With S uniform in a bucket, this is the integral of the staircase
        min(floor(s/T), K) over the bucket divided by its width; `_stairs`
        gives that integral from 0 in O(1), so a bucket reaching Rp10^15 or
        a threshold of Rp1 costs the same as any other (no loop over k).
        """
        if self.total == 0 or threshold <= 0:
            return 0.0
        value = 0.0
        for lower, upper, count in self.buckets:
            value += count * (_stairs(upper, threshold, cap) - _stairs(lower, threshold, cap)) / (upper - lower)
        return value / self.total


def _stairs(x: float, threshold: float, cap: int | None) -> float:
    """The integral from 0 to x of min(floor(s/T), K) ds.

    Below K*T: the full steps 0, 1, ..., m-1 (each T wide) plus m times the
    part of step m up to x, with m = floor(x/T).  Beyond K*T the staircase is
    flat at K.
    """
    if cap is not None and x >= cap * threshold:
        return threshold * cap * (cap - 1) / 2.0 + cap * (x - cap * threshold)
    m = math.floor(x / threshold)
    return threshold * m * (m - 1) / 2.0 + m * (x - m * threshold)


@dataclass
class Empirical(Distribution):
    """The exact distribution of observed transactions, summarised in one pass.

    Rows are never kept: we count and sum them between the breakpoints the
    schemes ask about (thresholds and upsell-window edges), and accumulate
    sum(min(floor(s/T), K)) for each per_multiple scheme.  Every answer at
    those points is then exact.
    """

    breakpoints: list[float]
    counts: list[int] = field(default_factory=list)
    sums: list[int] = field(default_factory=list)
    multiple_sums: dict[tuple[float, int | None], int] = field(default_factory=dict)
    n: int = 0

    @classmethod
    def from_values(
        cls,
        values: Iterable[int],
        breakpoints: Iterable[float],
        multiples: Iterable[tuple[float, int | None]] = (),
    ) -> "Empirical":
        points = sorted(set(float(b) for b in breakpoints if b > 0))
        counts = [0] * (len(points) + 1)
        sums = [0] * (len(points) + 1)
        wanted = sorted(set(multiples), key=lambda m: (m[0], m[1] if m[1] is not None else math.inf))
        multiple_sums = {m: 0 for m in wanted}
        n = 0
        if wanted:
            for value in values:
                i = bisect_right(points, value)
                counts[i] += 1
                sums[i] += value
                for key in wanted:
                    threshold, cap = key
                    k = int(value // threshold)
                    multiple_sums[key] += k if cap is None or k < cap else cap
                n += 1
        else:
            # The hot loop of a million-row file: keep it to the bone.
            for value in values:
                i = bisect_right(points, value)
                counts[i] += 1
                sums[i] += value
            n = sum(counts)
        return cls(points, counts, sums, multiple_sums, n)

    @classmethod
    def from_chunks(
        cls,
        chunks: Iterable,
        breakpoints: Iterable[float],
        multiples: Iterable[tuple[float, int | None]] = (),
    ) -> "Empirical":
        """The same summary as `from_values`, a chunk of values at a time.

        A chunk is a list of amounts (`summarise` below), or an object that
        summarises itself the same way (`summarise(cuts, multiples)`: the
        arrays of `load/arrow.py`), so that this module never needs pyarrow.
        """
        points = sorted(set(float(b) for b in breakpoints if b > 0))
        # Amounts are whole Rupiah: s >= point exactly when s >= ceil(point).
        cuts = [math.ceil(p) for p in points]
        counts = [0] * (len(points) + 1)
        sums = [0] * (len(points) + 1)
        wanted = sorted(set(multiples), key=lambda m: (m[0], m[1] if m[1] is not None else math.inf))
        multiple_sums = {m: 0 for m in wanted}
        n = 0
        for chunk in chunks:
            if not len(chunk):
                continue
            own = getattr(chunk, "summarise", None)
            part_counts, part_sums, part_multiples = own(cuts, wanted) if own else summarise(chunk, cuts, wanted)
            n += len(chunk)
            for k in range(len(counts)):
                counts[k] += part_counts[k]
                sums[k] += part_sums[k]
            for key, value in zip(wanted, part_multiples):
                multiple_sums[key] += value
        return cls(points, counts, sums, multiple_sums, n)

    def _index(self, t: float) -> int:
        """Number of the first bucket holding values >= t (t is a breakpoint)."""
        if t <= 0:
            return 0
        if math.isinf(t):
            return len(self.counts)
        i = bisect_right(self.breakpoints, t)
        if i == 0 or self.breakpoints[i - 1] != t:
            raise KeyError(f"{t} was not summarised")
        return i

    def prob_ge(self, t: float) -> float:
        if self.n == 0:
            return 0.0
        return sum(self.counts[self._index(t):]) / self.n

    def partial(self, a: float, b: float) -> float:
        if self.n == 0 or b <= a:
            return 0.0
        return sum(self.sums[self._index(a):self._index(b)]) / self.n

    def multiples(self, threshold: float, cap: int | None) -> float:
        if self.n == 0:
            return 0.0
        return self.multiple_sums[(float(threshold), cap)] / self.n


def summarise(values: list[int], cuts: list[int], multiples: list[tuple[float, int | None]]) -> tuple[list[int], list[int], list[int]]:
    """Counts and sums of `values` between ascending integer `cuts` (a value
    equal to a cut belongs above it), and sum(min(floor(s/T), K)) for each
    (T, K) of `multiples`.

    No Python code runs per value.  Spend thresholds usually sit above most
    amounts, so one C pass (`compress`) keeps the values at or above the
    first cut; only those few are sorted and cut with `bisect`.
    """
    total = sum(values)
    counts, sums = [len(values)], [total]
    if cuts:
        above = list(compress(values, map(le, repeat(cuts[0]), values)))
        counts, sums = [len(values) - len(above)], [total - sum(above)]
        above.sort()
        start = 0
        for cut in cuts[1:]:
            end = bisect_left(above, cut, start)
            counts.append(end - start)
            sums.append(sum(above[start:end]))
            start = end
        counts.append(len(above) - start)
        sums.append(sum(above[start:]))
    found = []
    for threshold, cap in multiples:
        # floor(s/T) per value, then min with K: map() passes in C.
        whole = float(threshold).is_integer()
        steps = map(floordiv, values, repeat(int(threshold) if whole else threshold))
        if not whole:
            steps = map(int, steps)
        found.append(sum(steps) if cap is None else sum(map(min, steps, repeat(cap))))
    return counts, sums, found
