"""The deal log: header, rounds and outcome (shared/NEGOTIATION.md)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Union

from pydantic import BeforeValidator, model_validator

from pln_cli.i18n import Msg
from pln_cli.model.types import (
    Day,
    Frozen,
    PositiveInt,
    Rupiah,
    Share,
    Slug,
    Text,
    choice,
    fail,
    shown,
)


@dataclass(frozen=True)
class IssueInfo:
    """What a negotiable term is, and which offer field it replaces."""

    key: str
    kind: str  # "money" | "share" | "count"
    field: tuple[str, ...]  # path in the offer file
    better: str  # our usual direction, when target == reservation says nothing


# Order matters: it is the order of columns and of checks everywhere.
ISSUES: dict[str, IssueInfo] = {
    info.key: info
    for info in (
        IssueInfo("min_spend", "money", ("scheme", "tiers", 0, "min_spend"), "higher"),
        IssueInfo("voucher", "money", ("scheme", "tiers", 0, "voucher"), "lower"),
        IssueInfo("partner_share", "share", ("funding", "partner_share"), "higher"),
        IssueInfo("quota", "count", ("caps", "quota"), "lower"),
        IssueInfo("budget", "money", ("caps", "budget"), "lower"),
        IssueInfo("redemption_rate", "share", ("assumptions", "redemption_rate"), "lower"),
        IssueInfo("voucher_valid_days", "count", ("voucher", "valid_days"), "lower"),
        IssueInfo("voucher_min_order", "money", ("voucher", "min_order"), "higher"),
    )
}

INTEGRATIVE_ITEMS = ("commonalities", "interests", "all_needs", "information", "options", "objective_criteria")
DISTRIBUTIVE_SIGNALS = ("positional", "single_issue", "withholding", "pressure", "win_lose")
DERIVED_SIGNALS = ("single_issue", "backtracking")
ANSWER_POINTS = {"yes": 2, "partly": 1, "no": 0}
TACTICS = {"boulware": 0.2, "linear": 1.0, "conceder": 2.0}
STATUSES = ("open", "agreed", "walked_away", "paused")


class _Spec(Frozen):
    better: Annotated[str, choice("higher", "lower")] | None = None

    @model_validator(mode="after")
    def _direction(self) -> "_Spec":
        target, reservation = self.target, self.reservation  # type: ignore[attr-defined]
        if self.better == "higher" and target < reservation:
            raise fail("issue", Msg("issue.direction", {"better": "higher"}), Msg("issue.direction.hint"), at=("better",))
        if self.better == "lower" and target > reservation:
            raise fail("issue", Msg("issue.direction", {"better": "lower"}), Msg("issue.direction.hint"), at=("better",))
        return self


class MoneySpec(_Spec):
    target: Rupiah
    reservation: Rupiah
    their_reservation: Rupiah | None = None


class ShareSpec(_Spec):
    target: Share
    reservation: Share
    their_reservation: Share | None = None


class CountSpec(_Spec):
    target: PositiveInt
    reservation: PositiveInt
    their_reservation: PositiveInt | None = None


Spec = Union[MoneySpec, ShareSpec, CountSpec]


def direction(key: str, spec: Spec) -> int:
    """d = +1 when a higher value is better for us, -1 when lower is."""
    better = spec.better
    if better is None:
        if spec.target > spec.reservation:
            better = "higher"
        elif spec.target < spec.reservation:
            better = "lower"
        else:
            better = ISSUES[key].better
    return 1 if better == "higher" else -1


class Issues(Frozen):
    min_spend: MoneySpec | None = None
    voucher: MoneySpec | None = None
    partner_share: ShareSpec | None = None
    quota: CountSpec | None = None
    budget: MoneySpec | None = None
    redemption_rate: ShareSpec | None = None
    voucher_valid_days: CountSpec | None = None
    voucher_min_order: MoneySpec | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> "Issues":
        if not self.declared():
            raise fail("issues", Msg("issues.empty"), Msg("issues.hint", {"keys": ", ".join(ISSUES)}))
        return self

    def declared(self) -> dict[str, Spec]:
        return {key: getattr(self, key) for key in ISSUES if getattr(self, key) is not None}


class Terms(Frozen):
    """Values of negotiated terms; which ones a deal may use is checked against its header."""

    min_spend: Rupiah | None = None
    voucher: Rupiah | None = None
    partner_share: Share | None = None
    quota: PositiveInt | None = None
    budget: Rupiah | None = None
    redemption_rate: Share | None = None
    voucher_valid_days: PositiveInt | None = None
    voucher_min_order: Rupiah | None = None

    def named(self) -> dict[str, Any]:
        # Fields are declared in ISSUES order, and pydantic keeps them in __dict__.
        return {key: value for key, value in self.__dict__.items() if value is not None}


class Tactic(Frozen):
    name: str
    beta: float


def _tactic(value: Any) -> Any:
    if isinstance(value, Tactic):
        return value
    if isinstance(value, str) and value in TACTICS:
        return {"name": value, "beta": TACTICS[value]}
    if isinstance(value, dict) and set(value) == {"beta"}:
        raw = value["beta"]
        try:
            beta = float(raw) if not isinstance(raw, bool) else -1.0
        except (TypeError, ValueError):
            beta = -1.0
        if beta > 0:
            return {"name": "custom", "beta": beta}
    raise fail("tactic", Msg("tactic.invalid", {"value": shown(value)}), Msg("tactic.hint"))


class Deadline(Frozen):
    rounds: PositiveInt = 4
    date: Day | None = None


_Answer = Annotated[str, choice("yes", "partly", "no")]


class Checklist(Frozen):
    commonalities: _Answer | None = None
    interests: _Answer | None = None
    all_needs: _Answer | None = None
    information: _Answer | None = None
    options: _Answer | None = None
    objective_criteria: _Answer | None = None
    positional: _Answer | None = None
    single_issue: _Answer | None = None
    withholding: _Answer | None = None
    pressure: _Answer | None = None
    win_lose: _Answer | None = None

    def answered(self) -> dict[str, str]:
        return {k: v for k, v in self.model_dump().items() if v is not None}


CHECKLIST_KEYS = tuple(Checklist.model_fields)


class Header(Frozen):
    deal: Slug
    partner: Slug
    offer: Text
    title: Text | None = None
    deadline: Deadline = Deadline()
    tactic: Annotated[Tactic, BeforeValidator(_tactic)] = Tactic(name="linear", beta=1.0)
    batna: Text | None = None
    issues: Issues
    notes: Text | None = None


class Round(Frozen):
    round: PositiveInt
    date: Day
    by: Annotated[str, choice("us", "them")]
    terms: Terms = Terms()
    notes: Text | None = None
    checklist: Checklist | None = None


class Outcome(Frozen):
    outcome: Annotated[str, choice("agreed", "walked_away", "paused")]
    date: Day | None = None
    terms: Terms | None = None
    notes: Text | None = None
    checklist: Checklist | None = None


@dataclass(frozen=True)
class Deal:
    """A whole deal log after loading: header, rounds in order, outcome."""

    header: Header
    rounds: tuple[Round, ...]
    outcome: Outcome | None = None

    @property
    def id(self) -> str:
        return self.header.deal

    @property
    def status(self) -> str:
        return self.outcome.outcome if self.outcome else "open"
