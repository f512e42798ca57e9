"""The use cases of pln, one function each: what every command calls, and
what a notebook imports.

    from pln_cli import simulate_offer, load_workspace

Functions take paths or models and return dataclasses; they never print,
never read the terminal, and report bad input by raising
`pln_cli.errors.ProblemsFound` (bad data: file, line, column, hint),
`UsageError` (a request that cannot be carried out) or `InvalidValue`
(one value that cannot be used).
"""

from __future__ import annotations

from typing import Any

# Where each public name lives; loaded on first use, so that a command
# importing one use case (`pln_cli.api.offers`) does not load them all.
_WHERE = {
    "Appended": "deals", "DealContext": "deals", "IssueInput": "deals", "NewDeal": "deals",
    "RoundEconomics": "deals", "RoundInput": "deals", "close_deal": "deals", "deal_context": "deals",
    "log_round": "deals", "new_deal": "deals",
    "Evaluation": "engine", "evaluate": "engine",
    "Batch": "offers", "Grid": "offers", "OfferReport": "offers", "Simulation": "offers",
    "offer_report": "offers", "simulate_grid": "offers", "simulate_offer": "offers", "simulate_offers": "offers",
    "Filters": "report", "Portfolio": "report", "portfolio": "report",
    "DealOptions": "options", "deal_options": "options",
    "UncertaintyReport": "uncertainty", "offer_uncertainty": "uncertainty",
    "CheckResult": "workspace", "Workspace": "workspace", "check": "workspace", "load_workspace": "workspace",
    "EventInput": "meetings", "MeetingReport": "meetings", "NewMeeting": "meetings", "approve_meeting": "meetings",
    "cancel_meeting": "meetings", "list_meetings": "meetings", "new_meeting": "meetings", "record_held": "meetings",
    "reject_meeting": "meetings", "show_meeting": "meetings", "submit_meeting": "meetings",
    "ContactInput": "lobby", "LobbyView": "lobby", "lobby_view": "lobby", "log_contact": "lobby",
    "DueList": "due", "what_is_due": "due",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(f"pln_cli.api.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'pln_cli.api' has no attribute {name!r}")


__all__ = [
    "DealOptions",
    "UncertaintyReport",
    "deal_options",
    "offer_uncertainty",
    "ContactInput",
    "DueList",
    "EventInput",
    "LobbyView",
    "MeetingReport",
    "NewMeeting",
    "approve_meeting",
    "cancel_meeting",
    "list_meetings",
    "lobby_view",
    "log_contact",
    "new_meeting",
    "record_held",
    "reject_meeting",
    "show_meeting",
    "submit_meeting",
    "what_is_due",
    "Appended",
    "Batch",
    "CheckResult",
    "DealContext",
    "Evaluation",
    "Filters",
    "Grid",
    "IssueInput",
    "NewDeal",
    "OfferReport",
    "Portfolio",
    "RoundEconomics",
    "RoundInput",
    "Simulation",
    "Workspace",
    "check",
    "close_deal",
    "deal_context",
    "evaluate",
    "load_workspace",
    "log_round",
    "new_deal",
    "offer_report",
    "portfolio",
    "simulate_grid",
    "simulate_offer",
    "simulate_offers",
]
