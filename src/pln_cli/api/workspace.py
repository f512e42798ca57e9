"""Finding the workspace and the files a command names; loading and checking it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pln_cli.catalog import Msg
from pln_cli.errors import UsageError
from pln_cli.load import workspace as ws
from pln_cli.load.problem import Problem, sort_key
from pln_cli.model.types import SLUG_RE

Kind = Literal["partners", "offers", "deals"]
Workspace = ws.Workspace


def workspace_root(folder: str | Path | None = None, start: Path | None = None) -> Path:
    """The workspace: `folder` (--dir), else PLN_DIR, else found from `start`
    or the current folder, like git finds its repository."""
    return ws.find_root(start, folder)


def require_workspace(root: Path) -> Path:
    """Refuse to work silently on a folder that is not a workspace."""
    if (root / ws.SETTINGS_FILE).is_file() or any((root / kind).is_dir() for kind in ws.KIND_FOLDERS):
        return root
    raise UsageError(Msg("usage.not_workspace", {"root": str(root)}))


def load_workspace(path: str | Path | None = None) -> Workspace:
    """Every partner, offer and deal of the workspace at (or found from)
    `path`, with every Problem; nothing is raised for bad files."""
    root = require_workspace(workspace_root(path) if path is not None else workspace_root())
    return ws.load_workspace(root)


def is_bare_id(name: str) -> bool:
    """`total-spbu` names a file of the workspace; anything else is a path."""
    return bool(SLUG_RE.match(name))


def named_file(name: str, kind: Kind, folder: str | Path | None = None) -> Path:
    """The file a command argument names: a bare id always means the
    workspace's `kind/<id>.yaml` (never a file of that name in the current
    folder); anything else is a path."""
    if is_bare_id(name):
        root = require_workspace(workspace_root(folder))
        path = root / kind / f"{name}.yaml"
        if not path.is_file():
            known = ", ".join(p.stem for p in ws.yaml_files(root / kind)) or "-"
            raise UsageError(Msg(f"usage.no_such.{kind}", {"name": name, "path": str(path), "known": known}))
        return path
    path = Path(name)
    if not path.is_file():
        raise UsageError(Msg("usage.no_such_file", {"name": name}))
    return path


def offer_files(names: Sequence[str], folder: str | Path | None = None) -> tuple[list[Path], bool]:
    """Offer files named by ids, paths, or folders (a folder's offers/), and
    whether a folder was named (then the answer is a list, even of one)."""
    paths: list[Path] = []
    named_folder = False
    for name in names:
        path = Path(name)
        folder_named = path.is_dir() and not (is_bare_id(name) and _workspace_has(name, "offers", folder))
        if folder_named:
            named_folder = True
            inner = path / "offers" if (path / "offers").is_dir() else path
            found = ws.yaml_files(inner)
            if not found:
                raise UsageError(Msg("usage.no_offers_in", {"name": name}))
            paths.extend(found)
        else:
            paths.append(named_file(name, "offers", folder))
    return paths, named_folder


def _workspace_has(name: str, kind: Kind, folder: str | Path | None) -> bool:
    return (workspace_root(folder) / kind / f"{name}.yaml").is_file()


@dataclass(frozen=True)
class CheckResult:
    problems: tuple[Problem, ...]
    language: str | None  # the checked workspace's pln.yaml language

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors


def check(paths: Sequence[str | Path] = (), folder: str | Path | None = None) -> CheckResult:
    """Every Problem of the workspace, or of the named files and folders."""
    targets: list[Path | None] = [Path(p) for p in paths] or [None]
    problems: list[Problem] = []
    language: str | None = None
    loaded: dict[Path, Workspace] = {}
    for target in targets:
        if target is not None and not target.exists():
            raise UsageError(Msg("usage.no_such_path", {"name": str(target)}))
        root = ws.find_root(target, folder)
        if target is None or target.is_dir():
            require_workspace(root)
        key = root.resolve()
        if key not in loaded:
            loaded[key] = ws.load_workspace(root)
            _check_transaction_rows(loaded[key])
        workspace = loaded[key]
        language = language or workspace.language
        found = workspace.all_problems()
        if target is not None and target.is_file():
            wanted = target.resolve()
            found = [p for p in found if Path(p.path).resolve() == wanted or _is_data_of(p, target, workspace)]
            if not _is_checked(wanted, workspace) and not any(p.code == "not-checked" for p in found):
                found.append(Problem(str(target), None, None, "not-checked", Msg("ref.not_checked", {"file": target.name}), Msg("ref.not_checked.hint"), severity="warning"))
        elif target is not None and target.resolve() != key:
            below = target.resolve()  # a kind folder: only the files below it
            found = [p for p in found if below in Path(p.path).resolve().parents]
        problems.extend(p for p in found if p not in problems)
    return CheckResult(tuple(sorted(problems, key=sort_key)), language)


def _check_transaction_rows(workspace: Workspace) -> None:
    """Every row of every transactions file, as `offer simulate` would read
    it: a bad row is found by `check`, not first in front of the partner."""
    from pln_cli.load.data import AmountStream
    from pln_cli.load.paths import display_path
    from pln_cli.model.offer import Transactions

    seen: set[Path] = set()
    for entry in workspace.offers.values():
        spend = entry.model.assumptions.spend if entry.model is not None else None
        if not isinstance(spend, Transactions) or entry.data_path is None or not entry.usable or entry.data_path in seen:
            continue
        seen.add(entry.data_path)
        stream = AmountStream(entry.data_path, display_path(entry.data_path), spend.column)
        for _ in stream.chunks():  # whole chunks: a pyarrow batch is never turned back into Python ints
            pass
        entry.problems.extend(stream.problems)


def _is_checked(path: Path, workspace: Workspace) -> bool:
    """Was `path` loaded as one of the workspace's files (or its data)?"""
    tables = (workspace.partners, workspace.offers, workspace.deals, workspace.meetings, workspace.lobby, workspace.campaigns)
    loaded = {Path(e.path).resolve() for table in tables for e in table.values()}
    loaded |= {e.data_path for e in workspace.offers.values() if e.data_path is not None}
    return path in loaded or path == (workspace.root / ws.SETTINGS_FILE).resolve()


def _is_data_of(problem: Problem, target: Path, workspace: Workspace) -> bool:
    """A problem in a data file counts for the offer that references it."""
    entry = workspace.offers.get(target.stem)
    return bool(entry and entry.data_path and Path(problem.path).resolve() == entry.data_path)
