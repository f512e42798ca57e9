"""How files are named to a person: relative to where they stand."""

from __future__ import annotations

import os
from pathlib import Path


def display_path(path: Path) -> str:
    """Relative to the current folder when below it, so messages stay short."""
    try:
        return os.path.relpath(path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(path)


def inside(path: Path, root: Path) -> bool:
    """Does `path`, with every symbolic link followed, lie within `root`?

    A workspace file may be a link (a team shares data that way), but what
    it points at must be part of the workspace: data is never read from, and
    an append never lands in, a file outside it.
    """
    real = Path(os.path.realpath(path))
    base = Path(os.path.realpath(root))
    return real == base or base in real.parents


# The folders of a workspace that hold files of one kind each.
KIND_FOLDERS = ("partners", "offers", "deals", "meetings", "lobby", "campaigns")


def root_of(path: Path) -> Path:
    """The workspace a file belongs to: the nearest folder upward holding
    pln.yaml, else the parent of the kind folder it is in, else its folder."""
    folder = Path(os.path.abspath(path)).parent
    for candidate in (folder, *folder.parents):
        if (candidate / "pln.yaml").is_file():
            return candidate
    for candidate in (folder, *folder.parents):
        if candidate.name in (*KIND_FOLDERS, "data"):
            return candidate.parent
    return folder
