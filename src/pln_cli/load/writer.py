"""YAML text for the documents pln appends to a deal log.

Values are written the way the team writes them by hand (`Rp450.000`,
`35%`), so a log reads the same whether a person or `pln` wrote a round.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import yaml

from pln_cli.model.terms import term


def _flow(mapping: dict[str, str]) -> str:
    return "{" + ", ".join(f"{k}: {v}" for k, v in mapping.items()) + "}"


def _text(key: str, value: str) -> str:
    """A free-text field, quoted or folded by the YAML emitter as it needs."""
    return yaml.safe_dump({key: value}, allow_unicode=True, width=80, default_flow_style=False, sort_keys=False)


def round_document(number: int, day: date, by: str, terms: dict[str, Any], notes: str | None, checklist: dict[str, str]) -> str:
    lines = ["---", f"round: {number}", f"date: {day.isoformat()}", f"by: {by}"]
    if terms:
        lines.append(f"terms: {_flow({k: term(k).write(v) for k, v in terms.items()})}")
    text = "\n".join(lines) + "\n"
    if notes:
        text += _text("notes", notes)
    if checklist:
        text += f"checklist: {_flow(checklist)}\n"
    return text + "...\n"


def outcome_document(outcome: str, day: date, terms: dict[str, Any], notes: str | None) -> str:
    text = f"---\noutcome: {outcome}\ndate: {day.isoformat()}\n"
    if terms:
        text += f"terms: {_flow({k: term(k).write(v) for k, v in terms.items()})}\n"
    if notes:
        text += _text("notes", notes)
    return text + "...\n"


def header_document(
    deal: str,
    partner: str,
    offer: str,
    issues: dict[str, dict[str, Any]],
    rounds: int,
    tactic: str | float,
    batna: str | None,
    title: str | None,
) -> str:
    text = f"# Deal log: append-only. Record rounds with `pln deal log {deal}`.\n"
    text += f"deal: {deal}\npartner: {partner}\noffer: {offer}\n"
    if title:
        text += _text("title", title)
    text += f"deadline: {{rounds: {rounds}}}\n"
    text += f"tactic: {{beta: {tactic}}}\n" if isinstance(tactic, float) else f"tactic: {tactic}\n"
    if batna:
        text += _text("batna", batna)
    text += "issues:\n"
    for key, spec in issues.items():
        fields = {}
        if spec.get("better"):
            fields["better"] = spec["better"]
        for name in ("target", "reservation", "their_reservation"):
            if spec.get(name) is not None:
                fields[name] = term(key).write(spec[name])
        text += f"  {key}: {_flow(fields)}\n"
    return text + "...\n"
