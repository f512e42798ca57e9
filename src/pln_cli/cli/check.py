"""`pln check`: every problem in the workspace, in one run."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from pln_cli.cli.common import DirOption, LangOption, format_for, guarded, print_problems, settle_language, write_output


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
    import json

    from pln_cli.api.workspace import check as check_files
    from pln_cli.i18n import tr

    chosen = format_for(format, None, ("text", "json"), default="text")
    result = check_files(paths or [], dir)
    language = settle_language(lang, result.language)
    if chosen == "json":
        data = {"errors": result.errors, "warnings": result.warnings, "problems": [p.to_dict(language) for p in result.problems]}
        write_output(json.dumps(data, ensure_ascii=False, indent=2), None)
    elif result.problems:
        print_problems(result.problems, language)
        typer.echo(tr("check.summary", language, errors=result.errors, warnings=result.warnings))
    if result.errors:
        raise typer.Exit(1)
