"""Validate a parsed document against a model; errors become Problems.

We never print `str(ValidationError)`: on hostile input it can be huge and
slow.  We walk `errors()` instead and point each one at the line and
column of the offending value (for a missing field: its parent mapping).
"""

from __future__ import annotations

import difflib
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from pln_cli.i18n import Msg
from pln_cli.load.problem import Problem
from pln_cli.load.yamlsafe import Document, Mark, PathKey, Source

M = TypeVar("M", bound=BaseModel)

_MAX_ERRORS_PER_FILE = 50


def validate(model: type[M], doc: Document, source: Source, context: dict[str, Any] | None = None) -> tuple[M | None, list[Problem]]:
    try:
        return model.model_validate(doc.data, context=context), []
    except ValidationError as exc:
        return None, problems_from(exc, model, doc, source)


def problems_from(exc: ValidationError, model: type[BaseModel], doc: Document, source: Source, base: PathKey = ()) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[tuple[Any, ...]] = set()
    for error in exc.errors(include_url=False, include_input=False)[:_MAX_ERRORS_PER_FILE]:
        problem = _one(error, model, doc, source, base)
        key = (problem.line, problem.column, problem.code)
        if key not in seen:
            seen.add(key)
            problems.append(problem)
    return problems


def data_path(data: Any, loc: tuple[Any, ...]) -> tuple[PathKey, bool]:
    """The part of pydantic's `loc` that exists in the data, and whether all of it did.

    pydantic inserts union tags and validator names into `loc`; they are not
    keys in the user's file, so we step over them.
    """
    path: list[Any] = []
    node = data
    complete = True
    for part in loc:
        if isinstance(node, dict) and part in node:
            node = node[part]
            path.append(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
            path.append(part)
        else:
            complete = False
    return tuple(path), complete


def _one(error: dict[str, Any], model: type[BaseModel], doc: Document, source: Source, base: PathKey) -> Problem:
    kind = error["type"]
    loc = tuple(error["loc"])
    ctx = error.get("ctx") or {}
    path, _ = data_path(doc.data if not base else _at(doc.data, base), loc)
    path = base + path

    if kind == "missing":
        field = str(loc[-1])
        return source.problem(
            _parent_mark(doc, path), "missing", Msg("model.missing", {"field": field}), Msg("model.missing.hint", {"field": field})
        )
    if kind == "extra_forbidden":
        field = str(loc[-1])
        hint = Msg("model.extra.hint")
        suggestion = _suggest(model, loc[:-1], field)
        previous = _cut_at_comma(doc, source, path)
        if field[:1].isdigit():
            # `{p90: 2,5jt}`: inside braces YAML splits at the comma.
            hint = Msg("model.extra.flow_comma", {"field": field})
        elif previous is not None:
            # `{notes: ex-banker, wants numbers}`: the same split, in free text.
            text = _at(doc.data, (*path[:-1], previous))
            hint = Msg("model.extra.flow_comma_text", {"field": field, "previous": previous, "text": text})
        elif suggestion:
            hint = Msg("model.extra.did_you_mean", {"suggestion": suggestion})
        return source.problem(doc.mark(path, key=True), "unknown-field", Msg("model.extra", {"field": field}), hint)
    if "pln_msg" in ctx:
        if ctx.get("pln_at"):
            inner, _ = data_path(_at(doc.data, path), tuple(ctx["pln_at"]))
            path = path + inner
        return source.problem(_value_mark(doc, path), kind, ctx["pln_msg"], ctx.get("pln_hint"))
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return source.problem(_value_mark(doc, path), "type", Msg("model.mapping"))
    if kind == "list_type":
        return source.problem(_value_mark(doc, path), "type", Msg("model.list"))
    if kind == "too_short":
        return source.problem(_value_mark(doc, path), "too-short", Msg("model.too_short", {"min": ctx.get("min_length", 1)}))
    return source.problem(_value_mark(doc, path), "invalid", Msg("model.invalid", {"detail": error.get("msg", kind)}))


def _cut_at_comma(doc: Document, source: Source, path: PathKey) -> str | None:
    """The field whose text a comma cut, when `path` is a key without a value
    that follows a comma inside braces (`{notes: ex-banker, wants numbers}`)."""
    if not path:
        return None
    try:
        parent = _at(doc.data, path[:-1])
    except (KeyError, IndexError, TypeError):
        return None
    if not isinstance(parent, dict) or path[-1] not in parent or parent[path[-1]] is not None:
        return None
    keys = list(parent)
    index = keys.index(path[-1])
    if index == 0 or not isinstance(parent[keys[index - 1]], str):
        return None
    line, column, _ = doc.mark(path, key=True)
    before = (source.line(line) or "")[: max(column - 1, 0)]
    return str(keys[index - 1]) if before.rstrip().endswith(",") else None


def _at(data: Any, path: PathKey) -> Any:
    for part in path:
        data = data[part]
    return data


def _value_mark(doc: Document, path: PathKey) -> Mark:
    """A scalar's own mark; for a mapping or list, the key that introduces it."""
    if path in doc.key_marks and path in doc.marks:
        line, column, span = doc.marks[path]
        key_line = doc.key_marks[path][0]
        if line != key_line:  # a block collection: point at its key
            return doc.key_marks[path]
        return (line, column, span)
    return doc.mark(path)


def _parent_mark(doc: Document, path: PathKey) -> Mark:
    if path and path in doc.key_marks:
        return doc.key_marks[path]
    if path in doc.marks:
        return doc.marks[path]
    return doc.mark(path)


def _suggest(model: type[BaseModel], loc: tuple[Any, ...], field: str) -> str | None:
    """'Did you mean' from the field names of the model at `loc`."""
    names = _fields_at(model, loc)
    if not names:
        return None
    close = difflib.get_close_matches(field, names, n=1, cutoff=0.6)
    return close[0] if close else None


def _fields_at(model: Any, loc: tuple[Any, ...]) -> list[str]:
    import typing

    current: Any = model
    for part in loc:
        current = _unwrap(current, typing)
        if isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            current = current.model_fields[part].annotation
        elif isinstance(part, int):
            continue  # a list index: the item type was unwrapped already
        else:
            continue  # a union tag or the like
    current = _unwrap(current, typing)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap(annotation: Any, typing: Any) -> Any:
    for _ in range(6):
        origin = typing.get_origin(annotation)
        if origin is None:
            return annotation
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if origin is typing.Annotated:
            annotation = args[0]
        elif origin in (list, tuple):
            annotation = args[0] if args else annotation
        elif origin is dict:
            annotation = args[-1]
        elif args:
            annotation = args[0]
        else:
            return annotation
    return annotation
