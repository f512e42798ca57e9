"""Workspace discovery and loading of every file kind, with cross references.

A workspace is a folder with `partners/`, `offers/`, `deals/` and `data/`
(DESIGN.md).  Each file is parsed once; the result keeps the model, the
parsed document (for line:column of later, cross-file problems) and the
Problems found.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from pln_cli.i18n import Msg
from pln_cli.load.data import Bucket, check_transactions_header, read_histogram
from pln_cli.load.paths import KIND_FOLDERS, display_path, inside, root_of
from pln_cli.load.problem import Problem
from pln_cli.load.spend import SpendData
from pln_cli.load.validate import validate
from pln_cli.load.yamlsafe import Document, Source, load_mapping, read_source
from pln_cli.model.offer import Histogram, Offer, Transactions
from pln_cli.model.types import SLUG_RE  # the one definition of a slug (imported by the models anyway)
from pln_cli.model.settings import Settings

SETTINGS_FILE = "pln.yaml"
YAML_SUFFIXES = (".yaml", ".yml")

T = TypeVar("T")

if TYPE_CHECKING:  # loaded with the workspace only: `offer simulate` never needs them
    from pln_cli.load.deals import DealEntry
    from pln_cli.model.partner import Partner
    from pln_cli.load.campaigns import CampaignEntry
    from pln_cli.load.lobby import LobbyEntry
    from pln_cli.load.meetings import MeetingEntry


def find_root(start: Path | None = None, explicit: str | Path | None = None) -> Path:
    """--dir, else PLN_DIR, else the nearest pln.yaml upward, else a kind folder's parent, else cwd."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("PLN_DIR")
    if env:
        return Path(env)
    origin = (start or Path.cwd()).absolute()
    folder = origin if origin.is_dir() else origin.parent
    for candidate in (folder, *folder.parents):
        if (candidate / SETTINGS_FILE).is_file():
            return candidate
    if origin.is_dir() and any((origin / kind).is_dir() for kind in KIND_FOLDERS):
        return origin
    for candidate in (folder, *folder.parents):
        if candidate.name in (*KIND_FOLDERS, "data"):
            return candidate.parent
    return folder if start is not None else Path.cwd()


@dataclass
class Entry(Generic[T]):
    """One loaded file: the model (None when invalid) and where it came from."""

    id: str
    path: Path
    source: Source | None
    doc: Document | None
    model: T | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def display(self) -> str:
        return self.source.display if self.source else display_path(self.path)

    @property
    def usable(self) -> bool:
        """A model, and no error in the file (warnings do not count)."""
        return self.model is not None and not any(p.severity == "error" for p in self.problems)


@dataclass
class OfferEntry(Entry[Offer]):
    histogram: list[Bucket] | None = None
    data_path: Path | None = None  # the spend CSV, when there is one

    @property
    def spend_data(self) -> SpendData:
        return SpendData(self.data_path, tuple(self.histogram) if self.histogram else None)


def _load_mapping_file(path: Path, model: type, kind_id_field: str | None,
                       display: str | None = None) -> tuple[Source | None, Document | None, object | None, list[Problem]]:
    source, problems = read_source(path, display or display_path(path))
    if source is None:
        return None, None, None, problems
    doc, problems = load_mapping(source)
    if doc is None:
        return source, None, None, problems
    value, problems = validate(model, doc, source)
    if value is not None and kind_id_field:
        file_id = path.stem
        if getattr(value, kind_id_field) != file_id:
            problems.append(
                source.problem(
                    doc.mark((kind_id_field,)),
                    "id-mismatch",
                    Msg("ref.id_mismatch", {"id": getattr(value, kind_id_field), "file": path.name}),
                    Msg("ref.id_mismatch.hint", {"stem": file_id}),
                )
            )
    return source, doc, value, problems


def load_partner(path: Path, display: str | None = None) -> Entry[Partner]:
    from pln_cli.model.partner import Partner  # here: `offer simulate` reads no partner

    source, doc, model, problems = _load_mapping_file(path, Partner, "id", display)
    return Entry(path.stem, path, source, doc, model, problems)  # type: ignore[arg-type]


def load_offer(path: Path, check_data: bool = True, display: str | None = None, root: Path | None = None,
               places: dict | None = None) -> OfferEntry:
    """`root`: the workspace the offer's data must lie in (found from `path`
    when not given); `places`: see `read_spend_data`."""
    source, doc, model, problems = _load_mapping_file(path, Offer, "id", display)
    entry = OfferEntry(path.stem, path, source, doc, model, problems)  # type: ignore[arg-type]
    if isinstance(model, Offer) and source is not None and doc is not None and check_data:
        def missing(field: tuple[str, ...], name: str) -> Problem:
            return source.problem(doc.mark(field), "data-missing", Msg("ref.data_missing", {"file": name}), Msg("data.missing.hint"))

        def outside(field: tuple[str, ...], name: str) -> Problem:
            return source.problem(doc.mark(field), "data-outside", Msg("ref.data_outside", {"file": name}), Msg("ref.data_outside.hint"))

        data, problems = read_spend_data(model, path.parent, missing, root=root or root_of(path), outside=outside,
                                            places=places)
        entry.data_path = data.data_path
        entry.histogram = list(data.histogram) if data.histogram else None
        entry.problems.extend(problems)
    return entry


MissingData = Callable[[tuple[str, ...], str], Problem]


def read_spend_data(offer: Offer, folder: Path, missing: MissingData | None = None, *, root: Path | None = None,
                    outside: MissingData | None = None, places: dict | None = None) -> tuple[SpendData, list[Problem]]:
    """The data file an offer's spend names, relative to `folder`: a
    histogram is read and checked whole, a transactions file only for its
    column (it is streamed when simulated).  A file that resolves outside
    `root` (the workspace) is refused unread, so no line of it is ever
    quoted in a message.

    `places`, when given, remembers where a name written in `folder` leads
    (resolved, inside `root`, a file) for one workspace load: many offers
    name one data file, and following its links cost a `lstat` per folder
    of its path, every time; and what a histogram file holds, read once
    (per name as written in a folder: a file reached by two names is read
    once for each)."""
    spend = offer.assumptions.spend
    if isinstance(spend, Histogram):
        field, name = ("assumptions", "spend", "histogram"), spend.histogram
    elif isinstance(spend, Transactions):
        field, name = ("assumptions", "spend", "transactions"), spend.transactions
    else:
        return SpendData(), []
    key = (folder, name, root)
    place = places.get(key) if places is not None else None
    if place is None:
        target = (folder / name).resolve()
        place = (target, root is None or inside(target, root), target.is_file(), None)
        if places is not None:
            places[key] = place
    target, within, is_file, read = place
    if not within:
        problem = outside(field, name) if outside else Problem(name, None, None, "data-outside", Msg("ref.data_outside", {"file": name}), Msg("ref.data_outside.hint"))
        return SpendData(), [problem]
    if not is_file:
        problem = missing(field, name) if missing else Problem(name, None, None, "data-missing", Msg("data.missing"), Msg("data.missing.hint"))
        return SpendData(target), [problem]
    if isinstance(spend, Histogram):
        # Read once per load however many offers name it: the offers then
        # share its buckets (a workspace's offers often name one histogram).
        if read is None:
            buckets, problems = read_histogram(target, display_path(target))
            read = (tuple(buckets) or None, problems)
            if places is not None:
                places[key] = (target, within, is_file, read)
        return SpendData(target, read[0]), list(read[1])
    return SpendData(target), check_transactions_header(target, display_path(target), spend.column)


def load_settings(root: Path) -> tuple[Settings | None, list[Problem]]:
    path = root / SETTINGS_FILE
    if not path.is_file():
        return None, []
    source, doc, model, problems = _load_mapping_file(path, Settings, None)
    return model, problems  # type: ignore[return-value]


def workspace_language(root: Path) -> str | None:
    """The `language:` of the workspace's pln.yaml, if it has one."""
    settings, _ = load_settings(root)
    return settings.language if settings else None


def partner_at(root: Path, partner_id: str) -> Partner | None:
    """The partner with this id in `root`, when its file exists and is valid."""
    path = root / "partners" / f"{partner_id}.yaml"
    return load_partner(path).model if path.is_file() else None


def yaml_files(folder: Path) -> list[Path]:
    """The folder's YAML files by name.  Names are sorted as strings and
    entries come from one `scandir` (the same order as sorting the paths,
    without a pathlib object and a stat per comparison and per file)."""
    try:
        with os.scandir(folder) as found:
            names = sorted(e.name for e in found if e.name.endswith(YAML_SUFFIXES) and not e.name.startswith(".") and e.is_file())
    except (FileNotFoundError, NotADirectoryError):
        return []
    return [folder / name for name in names]


def _display_in(folder: Path) -> Callable[[Path], str]:
    """`display_path` of the files of one folder, worked out once for the
    folder (it asks the OS for the current folder every time)."""
    prefix = display_path(folder)
    if prefix == ".":
        return lambda path: path.name
    return lambda path: os.path.join(prefix, path.name)


def bad_file_name(path: Path, stem: str | None = None) -> Problem | None:
    """A Problem when the file's name is no id; `stem`: `path.stem`, when known."""
    if SLUG_RE.match(path.stem if stem is None else stem):
        return None
    return Problem(display_path(path), None, None, "file-name", Msg("ref.file_name", {"file": path.name}), Msg("ref.file_name.hint"))


@dataclass
class Workspace:
    root: Path
    settings: Settings | None = None
    partners: dict[str, Entry[Partner]] = field(default_factory=dict)
    offers: dict[str, OfferEntry] = field(default_factory=dict)
    deals: dict[str, DealEntry] = field(default_factory=dict)
    meetings: dict[str, "MeetingEntry"] = field(default_factory=dict)
    lobby: dict[str, "LobbyEntry"] = field(default_factory=dict)  # by partner id
    campaigns: dict[str, "CampaignEntry"] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    _by_path: dict[str, OfferEntry] | None = None
    _deal_offers: dict[Path, tuple[Path, OfferEntry | None]] = field(default_factory=dict)
    _inside: "_Inside | None" = None

    def offer_at(self, path: Path | None) -> OfferEntry | None:
        """The offer loaded from `path`, if any; an index (of plain strings,
        which are cheap) built once."""
        if path is None:
            return None
        if self._by_path is None:
            self._by_path = {os.path.normpath(os.path.abspath(e.path)): e for e in self.offers.values()}
        return self._by_path.get(os.path.normpath(os.path.abspath(path)))

    def deal_offer(self, entry: DealEntry) -> tuple[Path | None, OfferEntry | None]:
        """The offer file a valid deal names (`entry.offer_path()`) and the
        offer loaded from it, if any: worked out once per deal file (the
        references check and the report both ask)."""
        if entry.deal is None:
            return None, None
        found = self._deal_offers.get(entry.path)
        if found is None:
            path = entry.offer_path()
            found = self._deal_offers[entry.path] = (path, self.offer_at(path))  # type: ignore[assignment]
        return found

    def holds(self, path: Path) -> bool:
        """`paths.inside(path, self.root)`, for the many files of a workspace."""
        if self._inside is None:
            self._inside = _Inside(self.root)
        return self._inside(path)

    @property
    def language(self) -> str | None:
        return self.settings.language if self.settings else None

    def all_problems(self) -> list[Problem]:
        found = list(self.problems)
        for table in (self.partners, self.offers, self.deals, self.meetings, self.lobby, self.campaigns):
            for entry in table.values():
                found.extend(entry.problems)
        return found


class _Inside:
    """`paths.inside(path, root)` for many files: the root's real path and
    each folder's are worked out once (a `realpath` costs an `lstat` per
    folder of the path, and thousands of deals name offers in one folder);
    the file itself is still followed when it is a link."""

    def __init__(self, root: Path) -> None:
        base = os.path.realpath(root)
        self.base, self.prefix = base, base.rstrip(os.sep) + os.sep
        self.folders: dict[str, str] = {}

    def __call__(self, path: Path) -> bool:
        text = os.fspath(path)
        if os.path.islink(text):
            real = os.path.realpath(text)
        else:
            folder, name = os.path.split(text)
            real_folder = self.folders.get(folder)
            if real_folder is None:
                real_folder = self.folders[folder] = os.path.realpath(folder)
            real = os.path.join(real_folder, name)
        return real == self.base or real.startswith(self.prefix)


def _suffix(name: str) -> str:
    """`PurePath(name).suffix`, on a plain name."""
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _file_names(folder: Path) -> list[str]:
    """The names of the files of `folder` (links followed), sorted; none
    when it is not a folder.  One `scandir`, no path object per file."""
    try:
        with os.scandir(folder) as found:
            return sorted(e.name for e in found if e.is_file())
    except (FileNotFoundError, NotADirectoryError):
        return []


def stray_files(root: Path) -> list[Problem]:
    """What `check` would otherwise pass over in silence: YAML files that
    are no pln file (at the root, hidden, or with an upper-case extension)
    and an id given twice (`x.yaml` beside `x.yml`), where commands could
    disagree about which one counts."""
    found: list[Problem] = []

    def warn(path: Path, key: str) -> None:
        found.append(Problem(display_path(path), None, None, "not-checked", Msg(key, {"file": path.name}), Msg(f"{key}.hint"), severity="warning"))

    for name in _file_names(root):
        if _suffix(name).lower() in YAML_SUFFIXES and name != SETTINGS_FILE:
            warn(root / name, "ref.stray_root")
    for kind in KIND_FOLDERS:
        folder = root / kind
        stems: dict[str, list[str]] = {}  # names, not paths: a path is made only for a warning
        for name in _file_names(folder):
            suffix = _suffix(name)
            if suffix.lower() not in YAML_SUFFIXES:
                continue
            if name.startswith("."):
                warn(folder / name, "ref.hidden")
            elif suffix not in YAML_SUFFIXES:
                warn(folder / name, "ref.suffix_case")
            else:
                stems.setdefault(name[: -len(suffix)], []).append(name)
        for stem, names in stems.items():
            if len(names) > 1:
                for name in names:
                    found.append(Problem(display_path(folder / name), None, None, "id-twice",
                                         Msg("ref.id_twice", {"id": stem, "files": ", ".join(names)}),
                                         Msg("ref.id_twice.hint")))
    return found


DealSink = Callable[["DealEntry", "Workspace"], None]


def load_workspace(root: Path, on_deal: DealSink | None = None) -> Workspace:
    """Every file of the workspace at `root`, with every Problem.

    With `on_deal`, the deals are streamed: each is handed to `on_deal`
    as soon as it is loaded and its references are checked (the partners
    and offers it names are loaded by then), and is then released: the
    workspace keeps of it only what the other files' references need (see
    `release_deal`).  A report of thousands of deals so holds one deal's
    rounds at a time, not all of them.

    The cyclic garbage collector is off while loading: loading makes only
    objects that live on (models, documents), so each collection found
    nothing, and the six full ones of a 2,000-deal workspace were a fifth
    of its time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _load_workspace(root, on_deal)
    finally:
        if enabled:
            gc.enable()


def _last_of_each_id(paths: list[Path]) -> set[Path]:
    """Of files with one id (`x.yaml`, `x.yml`), the one the table keeps: the last."""
    return set({path.stem: path for path in paths}.values())


def _load_workspace(root: Path, on_deal: DealSink | None = None) -> Workspace:
    from pln_cli.load.deals import load_deal, release_deal

    # Meetings, lobby logs and campaigns (and their models) are imported
    # only for a workspace that has some: most of a start-up is imports.
    def load_meeting(path: Path) -> object:
        from pln_cli.load.meetings import load_meeting

        return load_meeting(path)

    def load_lobby(path: Path) -> object:
        from pln_cli.load.lobby import load_lobby

        return load_lobby(path)

    def load_campaign(path: Path) -> object:
        from pln_cli.load.campaigns import load_campaign

        return load_campaign(path)

    workspace = Workspace(root=root)
    workspace.settings, workspace.problems = load_settings(root)
    workspace.problems.extend(stray_files(root))
    offers_root = root_of(root / "offers" / "offer.yaml")  # the same for every offer of the folder
    places: dict = {}
    loaders: dict[str, tuple[dict, Callable[[Path, str], object]]] = {
        "partners": (workspace.partners, lambda path, display: load_partner(path, display)),
        "offers": (workspace.offers, lambda path, display: load_offer(path, display=display, root=offers_root, places=places)),
        "deals": (workspace.deals, lambda path, display: load_deal(path, display)),
        "meetings": (workspace.meetings, lambda path, display: load_meeting(path)),
        "lobby": (workspace.lobby, lambda path, display: load_lobby(path)),
        "campaigns": (workspace.campaigns, lambda path, display: load_campaign(path)),
    }
    # Streamed, the deals come last: by then the meetings and lobby logs
    # say which partners are wanted whole, and the others are summed up
    # (`summarise_partners`) before the deals stream.  Loading meetings,
    # lobby logs and campaigns needs nothing else; their references are
    # checked at the end either way.
    order = list(loaders) if on_deal is None else ["partners", "offers", "meetings", "lobby", "campaigns", "deals"]
    misnamed: dict[str, list[Problem]] = {kind: [] for kind in loaders}
    for kind in order:
        table, load = loaders[kind]
        if kind == "deals" and on_deal is not None:
            summarise_partners(workspace)
        paths = yaml_files(root / kind)
        display = _display_in(root / kind) if paths else None
        kept = _last_of_each_id(paths) if kind == "deals" and on_deal is not None else None
        for path in paths:
            stem = path.stem
            if (problem := bad_file_name(path, stem)) is not None:
                misnamed[kind].append(problem)
                continue
            entry = table[stem] = load(path, display(path))  # type: ignore[misc]
            # Each file's references are checked as soon as what they name
            # is loaded (partners, then offers, then deals), so that what
            # only the checks needed can go at once.
            if kind == "offers":
                check_offer_refs(entry, workspace)  # type: ignore[arg-type]
            elif kind == "deals":
                check_deal_refs(entry, workspace)  # type: ignore[arg-type]
                if kept is not None and path in kept:
                    on_deal(entry, workspace)  # type: ignore[misc, arg-type]
                    release_deal(entry)  # type: ignore[arg-type]
                    # Worked out again from the released header if ever asked.
                    workspace._deal_offers.pop(entry.path, None)  # type: ignore[attr-defined]
            if kind in ("partners", "offers"):
                _drop_data(entry, text=on_deal is not None)  # type: ignore[arg-type]
    for kind in loaders:  # the kinds' order, whatever the loading order
        workspace.problems.extend(misnamed[kind])
    if workspace.campaigns:
        from pln_cli.load.campaigns import check_campaign_refs

        for campaign in workspace.campaigns.values():
            check_campaign_refs(campaign, workspace)
    partners = {key: entry.model for key, entry in workspace.partners.items()}
    if workspace.meetings:
        from pln_cli.load.meetings import check_meeting_refs

        for meeting in workspace.meetings.values():
            check_meeting_refs(meeting, partners, workspace.deals, workspace.offer_at)
    if workspace.lobby:
        from pln_cli.load.lobby import check_lobby_refs

        for log in workspace.lobby.values():
            check_lobby_refs(log, partners)
    return workspace


@dataclass(frozen=True, slots=True)
class KeyPerson:
    """A partner's person of influence >= 3 (`prep.lobby.PRIORITY_MIN_INFLUENCE`),
    as `prep.lobby.coverage` reads one."""

    name: str
    influence: int
    stance: str | None


@dataclass(frozen=True, slots=True)
class PartnerSummary:
    """What a streamed report keeps of a partner that no meeting and no
    lobby log names: its id, its name, and its people of influence >= 3 for
    the lobby coverage (the first of each name, as the coverage counts
    them).  A model is some 3 KB a partner; this, a tenth of it."""

    id: str
    name: str
    people: tuple[KeyPerson, ...] = ()

    @classmethod
    def of(cls, partner: Partner) -> "PartnerSummary":
        from pln_cli.prep.lobby import PRIORITY_MIN_INFLUENCE
        from pln_cli.prep.text import name_key

        seen: set[str] = set()
        people = []
        for person in partner.people:
            key = name_key(person.name)
            if key in seen:
                continue
            seen.add(key)
            if person.influence is not None and person.influence >= PRIORITY_MIN_INFLUENCE:
                people.append(KeyPerson(person.name, person.influence, person.stance))
        return cls(partner.id, partner.name, tuple(people))


def summarise_partners(workspace: Workspace) -> None:
    """In a streamed workspace, before the deals: each valid partner that
    no meeting and no lobby log names (they read its people whole) keeps
    only its `PartnerSummary`.  Everything else the report asks of a
    partner is its id and name, and the deals ask only whether it exists."""
    wanted = set(workspace.lobby)
    wanted.update(m.plan.partner for m in workspace.meetings.values() if m.plan is not None)
    for pid, entry in workspace.partners.items():
        if entry.model is not None and pid not in wanted:
            entry.model = PartnerSummary.of(entry.model)  # type: ignore[assignment]


def _drop_data(entry: Entry, text: bool = False) -> None:
    """A valid partner's or offer's document data is not needed once its
    model is built and its references are checked (positions for a later
    Problem come from the file's text, not from the data): dropped, as it
    was a fifth of a large workspace's memory.  An invalid file keeps it,
    for `raw_ref`.

    With `text` (a streamed workspace, which serves one report and makes
    no Problem in these files once they are checked; a Problem quotes its
    line when it is made), the text and the document go too."""
    if entry.model is None or entry.doc is None:
        return
    entry.doc.data = None
    if text and entry.source is not None:
        entry.source = Source(entry.source.display, "")
        entry.doc = None


def raw_ref(doc: Document | None, name: str) -> str | None:
    """A reference (`partner:`, `offer:`) as written, for a file whose model
    is invalid: checked all the same, so that a bad reference is reported in
    the same run as the file's other errors.  None when it is not a
    well-formed id (the model's own problem already says so)."""
    from pln_cli.model.types import SLUG_RE

    data = doc.data if doc is not None else None
    value = data.get(name) if isinstance(data, dict) else None
    return value if isinstance(value, str) and SLUG_RE.match(value) else None


def check_offer_refs(entry: OfferEntry, workspace: Workspace) -> None:
    """An offer's partner must be one of the workspace's (loaded before the offers)."""
    if entry.source is None or entry.doc is None:
        return
    partner = entry.model.partner if entry.model is not None else raw_ref(entry.doc, "partner")
    if partner is not None and partner not in workspace.partners:
        entry.problems.append(unknown_partner(entry.source, entry.doc, partner, workspace))


def unknown_partner(source: Source, doc: Document, partner: str, workspace: Workspace) -> Problem:
    import difflib

    known = sorted(workspace.partners)
    close = difflib.get_close_matches(partner, known, n=1)
    hint = (
        Msg("model.extra.did_you_mean", {"suggestion": close[0]})
        if close
        else Msg("ref.partner.hint", {"known": ", ".join(known) or "-"})
    )
    return source.problem(doc.mark(("partner",)), "unknown-partner", Msg("ref.partner", {"id": partner}), hint)


def check_deal_refs(entry: DealEntry, workspace: Workspace) -> None:
    from pln_cli.load.deals import resolve_offer_ref

    deal, source = entry.deal, entry.source
    if source is None or not entry.docs:
        return
    header_doc = entry.docs[0]
    # An invalid deal is still checked for its references, as written.
    partner = deal.header.partner if deal is not None else raw_ref(header_doc, "partner")
    offer_ref = deal.header.offer if deal is not None else _raw_offer_ref(header_doc)
    if partner is not None and partner not in workspace.partners:
        entry.problems.append(unknown_partner(source, header_doc, partner, workspace))
    if offer_ref is None:
        return
    if deal is not None:
        offer_path, offer = workspace.deal_offer(entry)
        assert offer_path is not None
    else:
        offer_path = resolve_offer_ref(entry.path, offer_ref)
        offer = workspace.offer_at(offer_path)
    if not workspace.holds(offer_path):
        entry.problems.append(
            source.problem(header_doc.mark(("offer",)), "offer-outside",
                           Msg("ref.offer_outside", {"ref": offer_ref}), Msg("ref.offer_outside.hint"))
        )
    elif offer is None:
        entry.problems.append(
            source.problem(header_doc.mark(("offer",)), "unknown-offer",
                           Msg("ref.offer", {"ref": offer_ref}),
                           Msg("ref.offer.hint", {"known": ", ".join(sorted(workspace.offers)) or "-"}))
        )
    elif (partner is not None and offer.model is not None and offer.model.partner in workspace.partners
          and offer.model.partner != partner):
        entry.problems.append(
            source.problem(header_doc.mark(("offer",)), "offer-partner",
                           Msg("ref.offer_partner", {"offer": offer.id, "theirs": offer.model.partner, "ours": partner}),
                           Msg("ref.offer_partner.hint"))
        )


def _raw_offer_ref(doc: Document) -> str | None:
    """`offer:` as written in an invalid deal: an id or a relative path."""
    value = doc.data.get("offer") if isinstance(doc.data, dict) else None
    return value if isinstance(value, str) and value.strip() == value and value else None


