"""pln: tools for partnership deals - Presentasi, Lobi, Negosiasi.

The use cases are importable from here (`from pln_cli import
simulate_offer, load_workspace`); they are loaded on first use, so that
`pln --version` imports nothing but this line.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

# Names re-exported from pln_cli.api, resolved lazily by __getattr__.
_API = (
    "Offer",
    "check",
    "close_deal",
    "deal_context",
    "load_workspace",
    "log_round",
    "new_deal",
    "offer_report",
    "portfolio",
    "simulate_grid",
    "simulate_offer",
    "simulate_offers",
)

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name == "Offer":
        from pln_cli.model.offer import Offer

        return Offer
    if name in _API:
        from pln_cli import api

        return getattr(api, name)
    raise AttributeError(f"module 'pln_cli' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
