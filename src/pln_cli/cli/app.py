"""The `pln` command: a root with sub-commands, each in its own module.

Start-up pays only for the command that runs: `main()` looks at the
command line and registers just that command's module (all of them for
`pln --help` and for shell completion), and of a group just the command
named (`pln offer simulate` registers `simulate`, not `deck`).  `app`, the
whole tree, is built on first access, for tests and for `python -m pln_cli`.
`pln --version` alone builds no tree at all.  Every parameter is coerced
without pydantic (`_PlainCoercion`), and the command turns pydantic's
plugin scan off (`no_pydantic_plugins`).  tests/cli/test_startup.py
guards what each command imports.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from pln_cli import __version__
from pln_cli.cli.common import EXIT_INTERNAL, State, check_lang


def _version(value: bool) -> None:
    if value:
        typer.echo(f"pln {__version__}")
        raise typer.Exit()


def root(
    version: Annotated[
        Optional[bool],
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show Python tracebacks for internal errors.")] = False,
    lang: Annotated[Optional[str], typer.Option("--lang", help="Language for every command: en or id.", metavar="en|id")] = None,
) -> None:
    """Presentasi, Lobi, Negosiasi: partnership deals, exactly."""
    State.debug = debug or bool(os.environ.get("PLN_DEBUG"))
    State.language = None  # settled again by this command (a test runs many in one process)
    # `pln --lang id deal show ...` as well as `pln deal show ... --lang id`;
    # a command's own --lang still wins.
    from pln_cli.errors import UsageError

    try:
        State.lang = check_lang(lang)
    except UsageError as exc:
        bad = typer.BadParameter(str(exc), param_hint="--lang")
        bad.pln_message = exc.message  # type: ignore[attr-defined]  # drawn in Indonesian under PLN_LANG=id (cli/helptext.py)
        raise bad from None


# name -> (module, attribute, is a group of sub-commands)
COMMANDS: dict[str, tuple[str, str, bool]] = {
    "check": ("pln_cli.cli.check", "check", False),
    "offer": ("pln_cli.cli.offer", "app", True),
    "deal": ("pln_cli.cli.deal", "app", True),
    "report": ("pln_cli.cli.report", "report", False),
    "meeting": ("pln_cli.cli.meeting", "app", True),
    "lobby": ("pln_cli.cli.lobby", "app", True),
    "due": ("pln_cli.cli.due", "due", False),
    "campaign": ("pln_cli.cli.campaign", "app", True),
    "init": ("pln_cli.cli.start", "init", False),
    "partner": ("pln_cli.cli.start", "partner_app", True),
    "completion": ("pln_cli.cli.completion", "completion", False),
    "help": ("pln_cli.cli.help", "help_topic", False),
}
_ROOT_OPTIONS_WITH_VALUE = {"--lang"}


class _PlainCoercion:
    """typer's coercion of one parameter, without pydantic for what a
    command line gives.

    typer 0.29 turns every value (even an absent one) through a pydantic
    TypeAdapter built on first use: the first option imports all of
    pydantic (`typer._adapters`) and each parameter builds a schema, which
    is most of the start-up of a command that validates no file with
    pydantic.  Our parameters are strings, paths, lists of them, flags and
    a few ints.  For an absent value, a string and a path the answer is
    what the adapter gives (the value; `Path(value)` then typer's own path
    checks), so it is given here; anything else (an int, a value of an
    unexpected shape) goes to typer's own coercion, built only then.
    """

    __slots__ = ("descriptor", "kind", "full")

    def __init__(self, descriptor: object) -> None:
        from pathlib import Path
        from typing import get_args, get_origin

        annotation = descriptor.annotation  # type: ignore[attr-defined]
        item = get_args(annotation)[0] if get_origin(annotation) is list and len(get_args(annotation)) == 1 else None
        info = descriptor.parameter_info  # type: ignore[attr-defined]
        plain = info.parser is None
        self.descriptor = descriptor
        self.kind = (
            ("str" if annotation is str else "path" if annotation is Path else None) if item is None
            else ("str" if item is str else "path" if item is Path else None)
        ) if plain else None
        self.full = None

    def coerce(self, value: object, param: object, ctx: object) -> object:
        multi = param.multiple or param.nargs == -1  # type: ignore[attr-defined]
        if value is None:
            return () if multi else None
        kind = self.kind
        if kind is not None:
            if not multi and isinstance(value, str):
                return value if kind == "str" else self._path(value, param, ctx)
            if multi and isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
                return list(value) if kind == "str" else [self._path(v, param, ctx) for v in value]
        if self.full is None:
            from typer._coercion import build_runtime_param

            self.full = build_runtime_param(self.descriptor)
        return self.full.coerce(value, param=param, ctx=ctx)

    def _path(self, value: str, param: object, ctx: object) -> object:
        from pathlib import Path

        from typer._param_types import coerce_cli_path

        # A Path already: typer skips its adapter and makes its own checks.
        return coerce_cli_path(Path(value), self.descriptor.parameter_info, path_type=Path, param=param, ctx=ctx)  # type: ignore[attr-defined]


def plain_coercion(command: object) -> None:
    """Give every typer parameter of `command` and below `_PlainCoercion`.

    typer keeps a parameter's coercion in `_runtime_param`, built lazily;
    it is set here before typer builds it.  Should a typer release rename
    it, nothing breaks: typer builds its own, and the start-up guard test
    (tests/cli/test_startup.py) reports pydantic on the paths that must
    not import it."""
    for param in getattr(command, "params", ()):
        _seed(param)
    help_option = getattr(command, "get_help_option", None)
    if help_option is not None and "get_help_option" not in vars(command):
        # --help is made on first use, per command: seed it then.
        def get_help_option(ctx: object, _made: object = help_option) -> object:
            option = _made(ctx)  # type: ignore[operator]
            _seed(option)
            return option

        command.get_help_option = get_help_option  # type: ignore[attr-defined]
    for sub in getattr(command, "commands", {}).values():
        plain_coercion(sub)


def _typer_internals() -> bool:
    """The two typer internals `_PlainCoercion` falls back to, where it
    found them (typer 0.29).  Without them it stays out of the way, and
    typer coerces every value itself: slower, never wrong."""
    try:
        from typer._coercion import build_runtime_param  # noqa: F401
        from typer._param_types import coerce_cli_path  # noqa: F401
    except ImportError:
        return False
    return True


def _seed(param: object) -> None:
    if not _TYPER_INTERNALS:
        return
    if getattr(param, "_runtime_param", False) is None and hasattr(param, "type_descriptor"):
        param._runtime_param = _PlainCoercion(param.type_descriptor)  # type: ignore[attr-defined]


_TYPER_INTERNALS = _typer_internals()


class _Root(TyperGroup):
    """The root group: its tree is complete when it is made (typer builds
    every sub-group first), so its parameters get their coercion here,
    for `main()` as for a test's CliRunner."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        plain_coercion(self)


def build_app(only: str | None = None, *, commands: bool = True, sub: str | None = None) -> typer.Typer:
    """The root with every command (`only` None), or with just `only`;
    of a group `only`, just its command `sub` when `sub` names one."""
    import importlib

    from pln_cli.cli.completion import enable
    from pln_cli.cli.helptext import add_examples, tidy_types
    from pln_cli.cli.usage_errors import localize_usage_errors

    tidy_types()
    localize_usage_errors()
    enable()
    root_app = typer.Typer(
        name="pln",
        help=(
            "Tools for partnership deals - Presentasi, Lobi, Negosiasi.\n\n"
            "Plan a client meeting and get the head's acc, work the partner's people, "
            "simulate a voucher-for-spend offer, log each negotiation round, see what "
            "is due, and report on every deal in the workspace."
        ),
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        cls=_Root,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    root_app.callback()(root)
    for name, (module, attribute, group) in COMMANDS.items():
        if not commands or (only is not None and name != only):
            continue
        target = getattr(importlib.import_module(module), attribute)
        if group:
            add_examples(target, (name,))
            root_app.add_typer(_just(target, sub) if only is not None else target, name=name)
        else:
            root_app.command(name)(target)
    add_examples(root_app, ())
    return root_app


def _just(group: typer.Typer, sub: str | None) -> typer.Typer:
    """`group` with only its command `sub` (typer reads the signature of
    every command it registers: `pln offer simulate` need not pay for
    `offer deck`).  A copy: the module's group keeps all its commands."""
    import copy

    chosen = [info for info in group.registered_commands if sub is not None and info.name == sub]
    if not chosen:
        return group  # help, a sub-group, or a name typer is to refuse
    narrow = copy.copy(group)
    narrow.registered_commands = chosen
    return narrow


def subcommand_of(argv: list[str], command: str | None) -> str | None:
    """The word right after `command` on the command line (`simulate` in
    `pln offer simulate x`), when it is not an option."""
    args = iter(argv)
    for arg in args:
        if arg in _ROOT_OPTIONS_WITH_VALUE:
            next(args, None)
        elif not arg.startswith("-"):
            if arg != command:
                return None
            following = next(args, None)
            return following if following is not None and not following.startswith("-") else None
    return None


def command_of(argv: list[str]) -> str | None:
    """The sub-command named on the command line, past the root's options."""
    args = iter(argv)
    for arg in args:
        if arg in _ROOT_OPTIONS_WITH_VALUE:
            next(args, None)
        elif not arg.startswith("-"):
            return arg
    return None


def __getattr__(name: str) -> typer.Typer:
    if name == "app":
        globals()["app"] = built = build_app()
        return built
    raise AttributeError(name)


_PLUGINS_OFF = ("__all__", "1", "true")


def no_pydantic_plugins() -> None:
    """No pydantic plugin in the `pln` command, nor the scan for them.

    pydantic looks for plugins (entry points of the `pydantic` group) when
    it builds the first validator: it imports `importlib.metadata` and reads
    the metadata of every installed package.  pln's models are its own
    file formats, not an API: a plugin installed for another program in
    the same environment (an observability hook, say) has nothing to
    observe here, and it could slow or change how pln reads a file.  So
    the command sets pydantic's own switch, PYDANTIC_DISABLE_PLUGINS, unless
    the user set it (then theirs stands, scan and all).  With the switch
    on, pydantic's loader returns no plugins before it reads anything, but
    its module still imports `importlib.metadata` at the top; the stand-in
    below answers `get_plugins()` as the loader would and defers every
    other name to the real module.  Only the command does this: a program
    that imports pln_cli keeps its plugins.
    """
    if os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__") not in _PLUGINS_OFF:
        return
    name = "pydantic.plugin._loader"
    if name in sys.modules:
        return
    import types

    def real() -> types.ModuleType:
        import importlib

        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
        return importlib.import_module(name)

    def get_plugins() -> tuple[()] | object:
        if os.environ.get("PYDANTIC_DISABLE_PLUGINS") in _PLUGINS_OFF:
            return ()
        return real().get_plugins()

    def other(attribute: str) -> object:
        if attribute.startswith("__"):  # the import system asks for __path__ and the like
            raise AttributeError(attribute)
        return getattr(real(), attribute)

    stand_in = types.ModuleType(name, "pydantic's plugin loader while plugins are off (pln_cli.cli.app)")
    stand_in.get_plugins = get_plugins  # type: ignore[attr-defined]
    stand_in.__getattr__ = other  # type: ignore[attr-defined]
    sys.modules[name] = stand_in


def main() -> None:
    argv = sys.argv[1:]
    if argv == ["--version"]:
        # Just the version: no command tree to build (`pln --version
        # --lang xx` and the like still go through typer, which checks them).
        typer.echo(f"pln {__version__}")
        return
    no_pydantic_plugins()
    from pln_cli.render.tabulate_lean import skip_version_lookup

    skip_version_lookup()
    wanted = command_of(argv)
    if "--version" in argv and (wanted is None or argv.index("--version") < argv.index(wanted)):
        runner = build_app(commands=False)  # --version answers before any command runs
    elif wanted in COMMANDS and "_PLN_COMPLETE" not in os.environ and not any(k.endswith("_COMPLETE") for k in os.environ):
        runner = build_app(wanted, sub=subcommand_of(argv, wanted))
    else:
        runner = build_app()  # help, completion, or a name to be refused
    try:
        runner()
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - last line of defence
        if State.debug:
            raise
        sys.stderr.write(f"pln: internal error: {type(exc).__name__}: {exc}\n")
        sys.exit(EXIT_INTERNAL)
