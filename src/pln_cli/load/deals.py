"""Deal logs: a stream of header, rounds and an optional outcome."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from pln_cli.i18n import Msg
from pln_cli.load.paths import display_path
from pln_cli.load.problem import Problem
from pln_cli.load.stream import StreamKind, open_stream
from pln_cli.load.stream import where as stream_where
from pln_cli.load.validate import validate
from pln_cli.load.yamlsafe import Document, Source, read_source, source_from_bytes
from pln_cli.model.deal import Deal, Header, Outcome, Round, Status, Terms

@dataclass
class DealEntry:
    id: str
    path: Path
    source: Source | None
    docs: list[Document] = field(default_factory=list)  # the header document only (see parse_deal)
    deal: Deal | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def display(self) -> str:
        return self.source.display if self.source else display_path(self.path)

    @property
    def model(self) -> Deal | None:
        return self.deal

    def offer_path(self) -> Path | None:
        if self.deal is None:
            return None
        return resolve_offer_ref(self.path, self.deal.header.offer)


def resolve_offer_ref(deal_path: Path, ref: str) -> Path:
    """`offer:` is a path relative to the deal file, or a bare offer id."""
    # normpath, not resolve(): no file-system calls, and a workspace is one
    # tree.  On strings, not paths: a report asks this of every deal.
    folder = os.path.dirname(os.fspath(deal_path))
    if "/" in ref or ref.endswith((".yaml", ".yml")):
        return Path(os.path.abspath(os.path.join(folder, ref)))
    return Path(os.path.abspath(os.path.join(os.path.dirname(folder), "offers", f"{ref}.yaml")))


def load_deal(path: Path, display: str | None = None) -> DealEntry:
    source, problems = read_source(path, display or display_path(path))
    return parse_deal(path, source, problems)


def parse_deal_bytes(path: Path, raw: bytes) -> DealEntry:
    source, problems = source_from_bytes(raw, display_path(path))
    return parse_deal(path, source, problems)


DEAL_STREAM = StreamKind("deal", "deal-header", "deal.header", "stream.torn.deal", Header)


def parse_deal(path: Path, source: Source | None, problems: list[Problem]) -> DealEntry:
    entry = DealEntry(path.stem, path, source, problems=list(problems))
    if source is None:
        return entry
    opened = open_stream(path, source, DEAL_STREAM, entry.problems)
    # Only the header document is kept: the rounds' documents are needed
    # only while they are checked here (their Problems are made below), and
    # kept they were most of a large workspace's memory.
    entry.docs = opened.docs[:1]
    header = opened.header
    if header is None:
        return entry
    docs = opened.docs
    declared = header.issues.declared()
    rounds: list[Round] = []
    outcome: Outcome | None = None
    ok = True
    round_docs = 0  # every `round:` document counts, valid or not, for numbering
    for doc in docs[1:]:
        data = doc.data
        # Positions are only worked out when there is a problem to report.
        where = (lambda d=doc: stream_where(d))  # noqa: E731
        if not isinstance(data, dict):
            entry.problems.append(source.problem(where(), "deal-document", Msg("deal.document"), Msg("deal.document.hint")))
            ok = False
            continue
        if outcome is not None:
            entry.problems.append(source.problem(where(), "deal-after-outcome", Msg("deal.after_outcome"), Msg("deal.after_outcome.hint")))
            ok = False
            continue
        if "round" in data:
            round_docs += 1
            model, problems = validate(Round, doc, source)
        elif "outcome" in data:
            model, problems = validate(Outcome, doc, source)
        else:
            entry.problems.append(source.problem(where(), "deal-document", Msg("deal.document"), Msg("deal.document.hint")))
            ok = False
            continue
        entry.problems.extend(problems)
        if model is None:
            ok = False
            continue
        terms = model.terms if model.terms is not None else Terms()
        for key in terms.named():
            if key not in declared:
                entry.problems.append(
                    source.problem(doc.mark(("terms", key), key=True), "undeclared-issue",
                                   Msg("deal.undeclared", {"key": key}),
                                   Msg("deal.undeclared.hint", {"keys": ", ".join(declared)}))
                )
                ok = False
        if isinstance(model, Round):
            expected = round_docs
            if model.round != expected:
                entry.problems.append(
                    source.problem(doc.mark(("round",)), "round-number",
                                   Msg("deal.round_number", {"found": model.round, "expected": expected}),
                                   Msg("deal.round_number.hint"))
                )
                ok = False
            if rounds and model.date < rounds[-1].date:
                entry.problems.append(
                    source.problem(doc.mark(("date",)), "round-date",
                                   Msg("deal.round_date", {"date": model.date, "previous": rounds[-1].date}),
                                   Msg("deal.round_date.hint"), severity="warning")
                )
            rounds.append(model)
        else:
            outcome = model
    if ok:
        entry.deal = Deal(header=header, rounds=tuple(rounds), outcome=outcome)
    return entry


@dataclass(frozen=True, slots=True)
class HeaderRef:
    """What the workspace's other files read of a deal's header (a
    meeting's references and readiness): all a released deal keeps of it."""

    deal: str
    partner: str
    offer: str
    batna: str | None


class ReleasedDeal(Deal):
    """A streamed deal once `on_deal` has had it: its id, partner, offer,
    BATNA and status stay, for the meetings that name it.  Its rounds and
    outcome were let go, and so was the rest of its header (the issues are
    most of it): reading them raises, so that no code takes a released
    deal for one without rounds."""

    def __init__(self, deal: Deal) -> None:
        header = deal.header
        # The dataclass is frozen: its fields are set the way it sets them.
        object.__setattr__(self, "header", HeaderRef(header.deal, header.partner, header.offer, header.batna))
        object.__setattr__(self, "_status", deal.status)

    @property
    def status(self) -> Status:  # type: ignore[override]
        return self._status  # type: ignore[attr-defined, no-any-return]

    @property
    def rounds(self) -> tuple:  # type: ignore[override]
        raise RuntimeError(f"the rounds of deal {self.header.deal} were released once it was streamed")

    @property
    def outcome(self) -> None:  # type: ignore[override]
        raise RuntimeError(f"the outcome of deal {self.header.deal} was released once it was streamed")

    __eq__ = object.__eq__  # the dataclass's would compare the released fields
    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return f"ReleasedDeal({self.header.deal!r}, status={self.status!r})"


def release_deal(entry: DealEntry) -> None:
    """Let go of what only the deal's own use needed (see `ReleasedDeal`),
    and of its header document and text: its Problems are made by now,
    and quote their lines already."""
    if entry.deal is not None:
        entry.deal = ReleasedDeal(entry.deal)
    entry.docs = []
    if entry.source is not None:
        entry.source = Source(entry.source.display, "")
