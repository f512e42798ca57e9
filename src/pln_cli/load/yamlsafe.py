"""Strict YAML: values keep the user's meaning and their line and column.

We build values straight from the parser's events instead of letting
PyYAML resolve them, because YAML 1.1 resolution changes meaning behind
the model's back: `450.000` becomes the float 450.0, `no` becomes False,
`2017-10-10` a date, `010` an octal 8.  Here a plain scalar becomes
  - a bool only for `true` / `false`,
  - an int only for a plain decimal integer,
  - None for `null`, `~` or nothing,
and stays text otherwise; quoted scalars are always text.  The models
decide what the text means (money, shares, dates).

Working from events also lets us refuse anchors and aliases the moment
they appear, so an alias bomb costs nothing, and record a (line, column)
for every key and value so that a model error points at the culprit.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from pln_cli.i18n import Msg
from pln_cli.load.problem import Problem

try:  # libyaml is much faster; the pure-Python parser is the fallback.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 2 * 1024 * 1024

# (line, column, length), 1-based like an editor.
Mark = tuple[int, int, int]
PathKey = tuple[Any, ...]

_INT = re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$")
# C0 controls but tab, LF, CR; DEL; C1 controls but NEL; surrogates; non-characters.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
_STR_TAG = "tag:yaml.org,2002:str"
_Scalar, _Alias = yaml.ScalarEvent, yaml.AliasEvent
_MapStart, _MapEnd = yaml.MappingStartEvent, yaml.MappingEndEvent
_SeqStart, _SeqEnd = yaml.SequenceStartEvent, yaml.SequenceEndEvent
_DocStart, _DocEnd, _StreamEnd = yaml.DocumentStartEvent, yaml.DocumentEndEvent, yaml.StreamEndEvent
_ALLOWED_COLLECTION_TAGS = {None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


class Document:
    """One YAML document: its data and where every value came from.

    Documents read on the fast path carry no positions; the first time one
    is asked for (to report a problem), the file is parsed again on the
    exact path, once, and the positions come from there.
    """

    __slots__ = ("data", "_marks", "_key_marks", "_start_line", "end_line", "terminated", "_exact")

    def __init__(
        self,
        data: Any,
        marks: dict[PathKey, Mark] | None = None,
        key_marks: dict[PathKey, Mark] | None = None,
        start_line: int = 1,
        end_line: int = 1,
        terminated: bool = False,
        exact: Callable[[], "Document | None"] | None = None,
    ) -> None:
        self.data = data
        self._marks = marks if marks is not None or exact is not None else {}
        self._key_marks = key_marks if key_marks is not None or exact is not None else {}
        self._start_line = start_line
        self.end_line = end_line
        self.terminated = terminated
        self._exact = exact

    def _resolve(self) -> None:
        exact = self._exact() if self._exact is not None else None
        self._exact = None
        if exact is None:
            self._marks, self._key_marks = {}, {}
            return
        self._marks, self._key_marks, self._start_line = exact.marks, exact.key_marks, exact.start_line

    @property
    def marks(self) -> dict[PathKey, Mark]:
        if self._marks is None:
            self._resolve()
        return self._marks  # type: ignore[return-value]

    @property
    def key_marks(self) -> dict[PathKey, Mark]:
        if self._key_marks is None:
            self._resolve()
        return self._key_marks  # type: ignore[return-value]

    @property
    def start_line(self) -> int:
        if self._exact is not None:
            self._resolve()
        return self._start_line

    def mark(self, path: PathKey, *, key: bool = False) -> Mark:
        """The mark of `path`, or of its nearest ancestor that has one."""
        table = self.key_marks if key else self.marks
        probe = tuple(path)
        while probe:
            if probe in table:
                return table[probe]
            if not key and probe in self.marks:
                return self.marks[probe]
            probe = probe[:-1]
        return self.marks.get((), (self.start_line, 1, 1))


@dataclass
class Source:
    """A file's text, kept so that problems can quote the offending line."""

    display: str
    text: str
    _lines: list[str] | None = None
    _exact: list[Document] | None = None

    def exact_documents(self) -> list[Document]:
        """Every document with positions, from the exact parser (parsed once)."""
        if self._exact is None:
            try:
                self._exact = _parse(self.text, self)
            except (_Abort, yaml.YAMLError, RecursionError):
                self._exact = []
        return self._exact

    def line(self, number: int | None) -> str | None:
        if number is None:
            return None
        if self._lines is None:
            self._lines = self.text.splitlines()
        if 1 <= number <= len(self._lines):
            return self._lines[number - 1]
        return None

    def problem(
        self,
        mark: Mark | None,
        code: str,
        message: Msg,
        hint: Msg | None = None,
        severity: str = "error",
    ) -> Problem:
        line, column, span = mark if mark else (None, None, 1)
        return Problem(
            path=self.display,
            line=line,
            column=column,
            code=code,
            message=message,
            hint=hint,
            severity=severity,
            source_line=self.line(line),
            span=span,
        )


def read_source(path: Path, display: str) -> tuple[Source | None, list[Problem]]:
    """Read a file as UTF-8 text, refusing huge files and control characters."""
    try:
        with open(path, "rb") as file:  # one open; the size from it, not from another look-up
            size = os.fstat(file.fileno()).st_size
            if size > MAX_BYTES:
                return None, [
                    Problem(display, None, None, "size", Msg("yaml.too_large", {"size": size}), Msg("yaml.too_large.hint"))
                ]
            raw = file.read()
    except OSError as exc:
        return None, [Problem(display, None, None, "io", Msg("io.read", {"error": exc.strerror or str(exc)}))]
    return source_from_bytes(raw, display)


def source_from_bytes(raw: bytes, display: str) -> tuple[Source | None, list[Problem]]:
    if len(raw) > MAX_BYTES:
        return None, [
            Problem(display, None, None, "size", Msg("yaml.too_large", {"size": len(raw)}), Msg("yaml.too_large.hint"))
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        return None, [
            Problem(display, line, column, "encoding", Msg("yaml.encoding"), Msg("yaml.encoding.hint"))
        ]
    if text.startswith("\ufeff"):
        text = text[1:]
    source = Source(display, text)
    bad = _CONTROL.search(text)
    if bad:
        # libyaml reports these with a byte offset only; we give line:column.
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        return None, [
            source.problem(
                (line, column, 1),
                "control-char",
                Msg("yaml.control", {"char": f"U+{ord(bad.group()):04X}"}),
                Msg("yaml.control.hint"),
            )
        ]
    return source, []


class _Abort(Exception):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem


def _mark_of(event: Any) -> Mark:
    start, end = event.start_mark, event.end_mark
    span = end.column - start.column if end.line == start.line else 1
    return (start.line + 1, start.column + 1, max(1, span))


def _tag_problem(event: Any, source: Source) -> Problem:
    return source.problem(_mark_of(event), "yaml-tag", Msg("yaml.tag", {"tag": event.tag}), Msg("yaml.tag.hint"))


def parse_documents(source: Source, stream: bool = False) -> tuple[list[Document], list[Problem]]:
    """Parse every document of a stream.  Never raises for bad input.

    Well-formed files take the fast path (libyaml composes, we convert);
    anything unusual, and every file with a problem, takes the exact path,
    which knows the line and column of every value.
    """
    fast = _fast(source, stream)
    if fast is not None:
        return fast, []
    try:
        return _parse(source.text, source), []
    except _Abort as abort:
        return [], [abort.problem]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = (mark.line + 1, mark.column + 1, 1) if mark else None
        detail = exc.problem or exc.context or "invalid YAML"
        return [], [source.problem(where, "yaml", Msg("yaml.syntax", {"detail": detail}), Msg("yaml.syntax.hint"))]
    except yaml.YAMLError as exc:  # reader errors and the like
        return [], [source.problem(None, "yaml", Msg("yaml.syntax", {"detail": str(exc).splitlines()[0]}))]
    except RecursionError:
        return [], [source.problem(None, "yaml", Msg("yaml.syntax", {"detail": "nesting too deep"}))]


def _parse(text: str, source: Source) -> list[Document]:
    """Build values from parser events.  This loop is the hot path of loading
    a large workspace, so it avoids per-event helper calls where it can."""
    docs: list[Document] = []
    doc: Document | None = None
    marks: dict[PathKey, Mark] = {}
    key_marks: dict[PathKey, Mark] = {}
    # Frames: [container, path, pending_key, is_mapping] for open collections.
    stack: list[list[Any]] = []
    parser = _Loader(text)
    try:
        while True:
            event = parser.get_event()
            cls = event.__class__
            if cls is _Scalar or cls is _MapStart or cls is _SeqStart or cls is _Alias:
                if cls is _Alias or event.anchor is not None:
                    raise _Abort(source.problem(_mark_of(event), "yaml-alias", Msg("yaml.alias"), Msg("yaml.alias.hint")))
                start, end = event.start_mark, event.end_mark
                line = start.line
                mark = (line + 1, start.column + 1, (end.column - start.column) if end.line == line and end.column > start.column else 1)
                frame = stack[-1] if stack else None
                if frame is not None and frame[3] and frame[2] is None:
                    # This event is a key of the enclosing mapping.
                    if cls is not _Scalar:
                        raise _Abort(source.problem(mark, "yaml-key", Msg("yaml.complex_key"), Msg("yaml.complex_key.hint")))
                    if event.tag is not None and event.tag not in ("!", _STR_TAG):
                        raise _Abort(_tag_problem(event, source))
                    key = event.value
                    container = frame[0]
                    key_path = frame[1] + (key,)
                    if key in container:
                        raise _Abort(
                            source.problem(
                                mark,
                                "duplicate-key",
                                Msg("yaml.duplicate", {"key": key}),
                                Msg("yaml.duplicate.hint", {"line": key_marks[key_path][0]}),
                            )
                        )
                    frame[2] = key
                    container[key] = None
                    key_marks[key_path] = mark
                    continue
                if cls is _Scalar:
                    tag = event.tag
                    # Plain style is None in the pure parser and "" in libyaml's.
                    if tag is not None or event.style:
                        if tag is not None and tag not in ("!", _STR_TAG):
                            raise _Abort(_tag_problem(event, source))
                        value: Any = event.value  # quoted, or explicitly text
                    else:
                        value = _plain(event.value)
                else:
                    if event.tag not in _ALLOWED_COLLECTION_TAGS:
                        raise _Abort(_tag_problem(event, source))
                    value = {} if cls is _MapStart else []
                if frame is None:
                    assert doc is not None
                    doc.data = value
                    path: PathKey = ()
                elif frame[3]:
                    frame[0][frame[2]] = value
                    path = frame[1] + (frame[2],)
                    frame[2] = None
                else:
                    path = frame[1] + (len(frame[0]),)
                    frame[0].append(value)
                marks[path] = mark
                if cls is not _Scalar:
                    stack.append([value, path, None, cls is _MapStart])
            elif cls is _MapEnd or cls is _SeqEnd:
                stack.pop()
            elif cls is _DocStart:
                marks, key_marks = {}, {}
                doc = Document(data=None, marks=marks, key_marks=key_marks, start_line=event.start_mark.line + 1)
            elif cls is _DocEnd:
                assert doc is not None
                doc.terminated = bool(event.explicit)
                doc.end_line = event.end_mark.line + 1
                docs.append(doc)
                doc = None
            elif cls is _StreamEnd:
                break
    finally:
        parser.dispose()
    return docs


class _Slow(Exception):
    """The fast path declines; the exact path will decide."""


_PLAIN_TAG, _QUOTED_TAG = "!pln/plain", "!pln/quoted"
_MAP_TAG, _SEQ_TAG = "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
_KEY_TAGS = frozenset((_PLAIN_TAG, _QUOTED_TAG, _STR_TAG))
_ScalarNode, _MappingNode = yaml.ScalarNode, yaml.MappingNode
_LAST_LINE_IS_END = re.compile(r"(?:^|\n)\.\.\.[ \t]*(?:#[^\n]*)?(?:\n(?:[ \t]*(?:#[^\n]*)?))*\n?\Z")


class _FastLoader(_Loader):  # type: ignore[misc, valid-type]
    """libyaml composes; resolution only records plain versus quoted."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is _ScalarNode:
            return _PLAIN_TAG if implicit[0] else _QUOTED_TAG
        return _MAP_TAG if kind is _MappingNode else _SEQ_TAG

    # libyaml calls these two for every node and ignores what they return;
    # path resolvers are never used here.  C callables of the same arity
    # (`slice(parent, index)`, `tuple()`) do nothing of consequence and spare
    # a million Python calls at 2,000 deals (measured: 0.85x compose time).
    descend_resolver = slice
    ascend_resolver = tuple


def _fast(source: Source, stream: bool) -> list[Document] | None:
    text = source.text
    # Anchors, aliases, deep nesting and (for streams) a tail without `...`
    # all go to the exact path, which reports them with their position.
    if "&" in text or "*" in text or "\n" + " " * 128 in text or text.count("[") + text.count("{") > 256:
        return None
    if stream and not _ends_with_end_marker(text):
        return None
    loader = _FastLoader(text)
    try:
        values = []
        while loader.check_node():
            values.append(_build(loader.get_node()))
    except (_Slow, yaml.YAMLError, RecursionError):
        return None
    finally:
        loader.dispose()
    docs = []
    for index, value in enumerate(values):
        docs.append(Document(value, terminated=True, exact=_exact_of(source, index)))
    return docs


def _ends_with_end_marker(text: str) -> bool:
    """Is the last line that is not blank or a comment `...`?  Only the
    last line starting with `...` can be: any later one would be such a
    line itself.  (Searching the whole text for the pattern cost a scan
    from every line start.)"""
    at = text.rfind("\n...")
    if at < 0:
        return text.startswith("...") and _LAST_LINE_IS_END.match(text) is not None
    return _LAST_LINE_IS_END.match(text, at) is not None


def _exact_of(source: Source, index: int) -> Callable[[], Document | None]:
    def exact() -> Document | None:
        docs = source.exact_documents()
        return docs[index] if index < len(docs) else None

    return exact


def _build(node: Any) -> Any:
    """Convert a composed node.  Scalars inside collections are converted
    inline (no call per scalar), because they are most of the nodes of a
    workspace; `_plain` says what a plain scalar means."""
    cls = node.__class__
    if cls is _ScalarNode:
        return _scalar_value(node)
    if cls is _MappingNode:
        if node.tag != _MAP_TAG:
            raise _Slow
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.__class__ is not _ScalarNode or key_node.tag not in _KEY_TAGS:
                raise _Slow
            key = key_node.value
            if key in result:
                raise _Slow
            if value_node.__class__ is _ScalarNode:
                tag, value = value_node.tag, value_node.value
                if tag is _PLAIN_TAG:
                    special = _SPECIAL.get(value, _MISSING)
                    if special is not _MISSING:
                        value = special
                    elif value[:1] in _INT_START and len(value) <= 20 and _INT.match(value):
                        value = int(value)
                elif tag is not _QUOTED_TAG and tag != _STR_TAG:
                    raise _Slow
                result[key] = value
            else:
                result[key] = _build(value_node)
        return result
    if node.tag != _SEQ_TAG:
        raise _Slow
    items = []
    for item in node.value:
        if item.__class__ is _ScalarNode:
            tag, value = item.tag, item.value
            if tag is _PLAIN_TAG:
                special = _SPECIAL.get(value, _MISSING)
                if special is not _MISSING:
                    value = special
                elif value[:1] in _INT_START and len(value) <= 20 and _INT.match(value):
                    value = int(value)
            elif tag is not _QUOTED_TAG and tag != _STR_TAG:
                raise _Slow
            items.append(value)
        else:
            items.append(_build(item))
    return items


def _scalar_value(node: Any) -> Any:
    tag = node.tag
    if tag == _PLAIN_TAG:
        return _plain(node.value)
    if tag == _QUOTED_TAG or tag == _STR_TAG:
        return node.value
    raise _Slow


# What `_plain` gives for the words that are not text; `_INT_START` lets
# most text skip the integer pattern (`_build` inlines both).
_SPECIAL: dict[str, Any] = {"true": True, "false": False, "": None, "~": None, "null": None}
_MISSING = object()
_INT_START = frozenset("+-0123456789")


def _plain(value: str) -> Any:
    """A plain scalar: only true/false, null and decimal integers are not text."""
    special = _SPECIAL.get(value, _MISSING)
    if special is not _MISSING:
        return special
    # A plain integer becomes an int only while it is a sensible size: a
    # thousand-digit "number" stays text, and its field says it is too large
    # (instead of Python's int-string limit raising deep in the loader).
    if len(value) <= 20 and _INT.match(value):
        return int(value)
    return value


def load_mapping(source: Source) -> tuple[Document | None, list[Problem]]:
    """A single-document file whose root is a mapping (partner, offer, ...)."""
    docs, problems = parse_documents(source)
    if problems:
        return None, problems
    if not docs or docs[0].data is None:
        return None, [source.problem((1, 1, 1), "yaml-root", Msg("yaml.empty"), Msg("yaml.root.hint"))]
    if len(docs) > 1:
        extra = docs[1]
        return None, [
            source.problem((extra.start_line, 1, 3), "yaml-multi", Msg("yaml.multi"), Msg("yaml.multi.hint"))
        ]
    doc = docs[0]
    if not isinstance(doc.data, dict):
        return None, [source.problem(doc.marks.get(()), "yaml-root", Msg("yaml.root"), Msg("yaml.root.hint"))]
    return doc, []


_DOC_END = re.compile(r"^\.\.\.[ \t]*(?:#.*)?$", re.MULTILINE)


def load_stream(source: Source) -> tuple[list[Document], list[Problem]]:
    """A multi-document, append-only file (a deal log).

    Complete documents load even when the tail is torn: a last document
    without `...`, or a tail that does not parse at all, is reported and
    left out, and everything before the last `...` still counts.
    """
    docs, problems = parse_documents(source, stream=True)
    if problems:
        bad_line = problems[0].line
        cut = _last_end_marker_before(source.text, bad_line)
        if cut is None:
            return [], problems
        head = Source(source.display, source.text[:cut])
        docs, head_problems = parse_documents(head)
        if head_problems:
            return [], problems
        return [d for d in docs if d.data is not None], [_torn(source, head.text.count("\n") + 1, problems[0])]
    docs = [d for d in docs if d.data is not None or d.terminated]
    docs = [d for d in docs if d.data is not None]
    if docs and not docs[-1].terminated:
        last = docs.pop()
        return docs, [
            source.problem((last.start_line, 1, 1), "torn-write", Msg("yaml.torn"), Msg("yaml.torn.hint"))
        ]
    return docs, []


def _last_end_marker_before(text: str, line: int | None) -> int | None:
    limit = len(text)
    if line is not None:
        # Offset of the start of the offending line.
        pos = 0
        for _ in range(line - 1):
            nxt = text.find("\n", pos)
            if nxt < 0:
                break
            pos = nxt + 1
        limit = pos
    best = None
    for match in _DOC_END.finditer(text, 0, limit):
        best = match.end()
    if best is None:
        return None
    return best + 1 if best < len(text) and text[best] == "\n" else best


def _torn(source: Source, line: int, cause: Problem) -> Problem:
    return source.problem(
        (line, 1, 1),
        "torn-write",
        Msg("yaml.torn_unparsable", {"line": cause.line, "detail": cause.message}),
        Msg("yaml.torn.hint"),
    )
