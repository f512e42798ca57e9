"""The layers hold: no import cycle, and the core never reaches the shell.

Imports are read from the source (every `import` statement, at any depth,
including those inside functions and under TYPE_CHECKING), so a lazy
import cannot hide a cycle or a layer breach.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "pln_cli"

# Layers that must never import the terminal-facing ones.
CORE = ("pln_cli.econ", "pln_cli.negotiation", "pln_cli.model", "pln_cli.money", "pln_cli.api", "pln_cli.prep", "pln_cli.campaign")
SHELL = ("pln_cli.cli", "pln_cli.render")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _resolve(name: str, known: dict[str, Path]) -> str | None:
    """The pln module an import names (a package's submodule when it is one)."""
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def _imports(module: str, path: Path, known: dict[str, Path]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            names = [f"{base}.{alias.name}" for alias in node.names] + [base]
        else:
            continue
        for name in names:
            if name.startswith("pln_cli"):
                target = _resolve(name, known)
                if target and target != module:
                    found.add(target)
    return found


def _graph() -> dict[str, set[str]]:
    known = _modules()
    return {name: _imports(name, path, known) for name, path in known.items()}


def _is_package_parent(a: str, b: str) -> bool:
    # `from pln_cli.catalog import x` names the package itself; a package's
    # __init__ importing its own submodules is not a cycle of modules.
    return b.startswith(a + ".") or a.startswith(b + ".")


def test_no_import_cycles():
    graph = _graph()
    cycles = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if _is_package_parent(node, target):
                continue
            if state.get(target) == 1:
                cycles.append(stack[stack.index(target):] + [target])
            elif target not in state:
                visit(target)
        stack.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)
    assert cycles == []


@pytest.mark.parametrize("module", sorted(m for m in _modules() if m.startswith(CORE)))
def test_core_never_imports_the_shell(module):
    imported = _graph()[module]
    assert not [m for m in imported if m.startswith(SHELL)], f"{module} imports {imported}"


def test_the_walker_sees_lazy_imports():
    """A guard on the guard: a function-level import is found."""
    graph = _graph()
    assert "pln_cli.econ.scheme" in graph["pln_cli.load.spend"]
