"""pln.yaml: optional workspace settings."""

from __future__ import annotations

from typing import Annotated

from pln_cli.model.types import Frozen, Text, choice


class Settings(Frozen):
    name: Text | None = None
    language: Annotated[str, choice("en", "id")] | None = None
