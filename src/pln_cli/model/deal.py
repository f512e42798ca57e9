"""The deal log: header, rounds and outcome (shared/NEGOTIATION.md)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Optional, Union, get_args

from pydantic import BeforeValidator, Field, create_model, model_validator

from pln_cli.i18n import Msg
from pln_cli.model.terms import ISSUES, Kind, Term
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


# Each vocabulary is written once, as a Literal; the tuples are its values.
Party = Literal["us", "them"]
Answer = Literal["yes", "partly", "no"]
OutcomeKind = Literal["agreed", "walked_away", "paused"]
Status = Literal["open", "agreed", "walked_away", "paused"]
TacticName = Literal["boulware", "linear", "conceder"]

PARTIES: tuple[Party, ...] = get_args(Party)
ANSWERS: tuple[Answer, ...] = get_args(Answer)
OUTCOMES: tuple[OutcomeKind, ...] = get_args(OutcomeKind)
STATUSES: tuple[Status, ...] = get_args(Status)

INTEGRATIVE_ITEMS = ("commonalities", "interests", "all_needs", "information", "options", "objective_criteria")
DISTRIBUTIVE_SIGNALS = ("positional", "single_issue", "withholding", "pressure", "win_lose")
ANSWER_POINTS: dict[Answer, int] = {"yes": 2, "partly": 1, "no": 0}
TACTICS: dict[TacticName, float] = {"boulware": 0.2, "linear": 1.0, "conceder": 2.0}


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
            better = ISSUES[key].better.value
    return 1 if better == "higher" else -1


_SPEC_OF_KIND: dict[Kind, type[_Spec]] = {Kind.MONEY: MoneySpec, Kind.SHARE: ShareSpec, Kind.COUNT: CountSpec}
_VALUE_OF_KIND: dict[Kind, Any] = {Kind.MONEY: Rupiah, Kind.SHARE: Share, Kind.COUNT: PositiveInt}


class _IssuesBase(Frozen):
    @model_validator(mode="after")
    def _not_empty(self) -> "_IssuesBase":
        if not self.declared():
            raise fail("issues", Msg("issues.empty"), Msg("issues.hint", {"keys": ", ".join(ISSUES)}))
        return self

    def declared(self) -> dict[str, Spec]:
        return {key: getattr(self, key) for key in ISSUES if getattr(self, key) is not None}


class _TermsBase(Frozen):
    """Values of negotiated terms; which ones a deal may use is checked against its header."""

    def named(self) -> dict[str, Any]:
        # Fields are declared in ISSUES order, and pydantic keeps them in __dict__.
        return {key: value for key, value in self.__dict__.items() if value is not None}


def build_term_models(registry: dict[str, Term]) -> tuple[type[_IssuesBase], type[_TermsBase]]:
    """The header's `issues:` and a round's `terms:` models, one field per
    registry entry: adding an issue key to the registry adds it here too."""
    issues = create_model(
        "Issues", __base__=_IssuesBase, **{k: (Optional[_SPEC_OF_KIND[t.kind]], None) for k, t in registry.items()}  # type: ignore[call-overload]
    )
    terms = create_model(
        "Terms", __base__=_TermsBase, **{k: (Optional[_VALUE_OF_KIND[t.kind]], None) for k, t in registry.items()}  # type: ignore[call-overload]
    )
    return issues, terms


Issues, Terms = build_term_models(ISSUES)


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
        except (TypeError, ValueError, OverflowError):
            beta = -1.0
        if math.isfinite(beta) and beta > 0:  # "inf" and "nan" parse as floats
            return {"name": "custom", "beta": beta}
    raise fail("tactic", Msg("tactic.invalid", {"value": shown(value)}), Msg("tactic.hint"))


class Deadline(Frozen):
    rounds: PositiveInt = 4
    date: Day | None = None


_Answer = Annotated[str, choice(*ANSWERS)]


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
    deadline: Deadline = Field(default_factory=Deadline)  # not an instance: see Offer.funding
    tactic: Annotated[Tactic, BeforeValidator(_tactic)] = Field(default_factory=lambda: Tactic(name="linear", beta=1.0))
    batna: Text | None = None
    issues: Issues
    notes: Text | None = None


class Round(Frozen):
    round: PositiveInt
    date: Day
    by: Annotated[str, choice(*PARTIES)]
    terms: Terms = Field(default_factory=Terms)
    notes: Text | None = None
    checklist: Checklist | None = None


class Outcome(Frozen):
    outcome: Annotated[str, choice(*OUTCOMES)]
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
    def status(self) -> Status:
        return self.outcome.outcome if self.outcome else "open"  # type: ignore[return-value]
