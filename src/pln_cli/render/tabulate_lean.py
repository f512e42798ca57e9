"""tabulate, imported without the version lookup it does not need.

tabulate 0.10 asks `importlib.metadata` for its own version when it is
imported.  That import pulls in `email`, `zipfile`, `socket`, `tempfile`
and about forty regexes: 30 million instructions (3%) of `pln offer
simulate`'s run on the start-up benchmark (1,083 M before, 1,053 M
after), all for a version string pln never reads.

So in the `pln` command (the entry point calls `skip_version_lookup()`;
a program that imports pln_cli keeps tabulate as it is), only while
tabulate is being imported and only if nothing has loaded
`importlib.metadata` yet, a stand-in answers the lookup with
`PackageNotFoundError`, a case tabulate handles: its `__version__` is then
"unknown", which nothing in pln reads.  The stand-in is removed as soon as
the import returns, so anything imported later gets the real module.  This
only skips work; it never decides what tabulate draws.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

_METADATA = "importlib.metadata"
_skip = False


def skip_version_lookup() -> None:
    """Import tabulate without its version lookup from now on (the command)."""
    global _skip
    _skip = True


def tabulate() -> Callable[..., str]:
    """The `tabulate.tabulate` function."""
    module = sys.modules.get("tabulate")
    if module is None:
        module = _import_without_metadata()
    return module.tabulate  # type: ignore[no-any-return]


def _import_without_metadata() -> Any:
    if not _skip or _METADATA in sys.modules:
        import tabulate as module

        return module
    import types

    class PackageNotFoundError(ModuleNotFoundError):
        """As `importlib.metadata.PackageNotFoundError`: no such distribution."""

    def version(name: str) -> str:
        raise PackageNotFoundError(name)

    stand_in = types.ModuleType(_METADATA, "no metadata while tabulate imports (pln_cli.render.tabulate_lean)")
    stand_in.version = version  # type: ignore[attr-defined]
    stand_in.PackageNotFoundError = PackageNotFoundError  # type: ignore[attr-defined]
    sys.modules[_METADATA] = stand_in
    try:
        import tabulate as module
    finally:
        if sys.modules.get(_METADATA) is stand_in:
            del sys.modules[_METADATA]
    return module
