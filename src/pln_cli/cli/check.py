"""`pln check`: every problem in the workspace, in one run."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from pln_cli.cli.common import (
    DirOption,
    LangOption,
    format_for,
    guarded,
    lang_for,
    print_problems,
    require_workspace,
    write_output,
)


@guarded
def check(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Workspace folders or single files (default: the workspace).", show_default=False)] = None,
    format: Annotated[Optional[str], typer.Option("--format", "-f", help="text or json.", metavar="text|json")] = None,
    lang: LangOption = None,
    dir: DirOption = None,
) -> None:
    """Check partner, offer and deal files; silent and exit 0 when all is well.

    Every problem is reported with FILE:LINE:COL, a message and a hint, and
    the exit code is 1 when any error is found.
    """
    from pln_cli.load.problem import sort_key
    from pln_cli.load.workspace import find_root, load_workspace

    chosen = format_for(format, None, ("text", "json"), default="text")
    targets = paths or [None]
    problems = []
    language_default = None
    seen_roots = {}
    for target in targets:
        if target is not None and not target.exists():
            from pln_cli.cli.common import UsageProblem

            raise UsageProblem(f"{target}: no such file or folder")
        root = find_root(target, dir)
        if target is None or target.is_dir():
            require_workspace(root)
        key = root.resolve()
        if key not in seen_roots:
            seen_roots[key] = load_workspace(root)
        workspace = seen_roots[key]
        language_default = language_default or workspace.language
        found = workspace.all_problems()
        if target is not None and target.is_file():
            wanted = target.resolve()
            found = [p for p in found if Path(p.path).resolve() == wanted or _is_data_of(p, target, workspace)]
        elif target is not None and target.resolve() != key:
            # A kind folder (`pln check partners/`): only the files below it.
            below = target.resolve()
            found = [p for p in found if below in Path(p.path).resolve().parents]
        problems.extend(p for p in found if p not in problems)
    language = lang_for(lang, language_default)
    problems.sort(key=sort_key)
    errors = sum(1 for p in problems if p.severity == "error")
    if chosen == "json":
        import json

        write_output(json.dumps({"errors": errors, "warnings": len(problems) - errors,
                                 "problems": [p.to_dict(language) for p in problems]}, ensure_ascii=False, indent=2), None)
    elif problems:
        print_problems(problems, language)
        from pln_cli.i18n import tr

        typer.echo(tr("check.summary", language, errors=errors, warnings=len(problems) - errors))
    if errors:
        raise typer.Exit(1)


def _is_data_of(problem, target: Path, workspace) -> bool:
    """A problem in a data file counts for the offer that references it."""
    entry = workspace.offers.get(target.stem)
    return bool(entry and entry.data_path and Path(problem.path).resolve() == entry.data_path)
