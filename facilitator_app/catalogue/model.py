"""Validation and (de)serialisation of catalogues, shared by every catalogue source.

The validator walks a plain dict tree. It reports each problem through ``locate``, a function
that turns a path inside the tree (``("engagements", 3, "title")``) into words a person can find:
a JSON path for JSON files, a sheet, row and column for workbooks.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from facilitator_app import strict_json
from facilitator_app.domain import (
    AgendaItem,
    Atelier,
    Catalogue,
    Completion,
    Engagement,
    Event,
    Milestone,
)
from facilitator_app.errors import CatalogueError, os_reason
from facilitator_app.i18n import Message, msg
from facilitator_app.resources import resource_path

FORMAT_NAME = "facilitator-app/catalogue"
FORMAT_VERSION = 1
BUILTIN_CATALOGUE_ID = "ministere-ouvert-1"
MAX_TEXT = 10_000
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_VERSION_LENGTH = 40  # characters of a catalogue's version (the central store's column)
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,79}$")
_TIME_RE = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]\Z")
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")  # only this ISO 8601 form
MAX_ATELIER = 999  # what a bundle's manifest and payload can name

Path_ = tuple[str | int, ...]
Locate = Callable[[Path_], "str | Message"]


def json_path(path: Path_) -> str:
    """``("engagements", 3, "title")`` -> ``$.engagements[3].title``."""
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


class _Validator:
    def __init__(self, source: str, locate: Locate) -> None:
        self.source = source
        self.locate = locate

    def fail(self, path: Path_, message: Message) -> CatalogueError:
        return CatalogueError(self.source, self.locate(path), message)

    def obj(self, value: Any, path: Path_, required: set[str], optional: set[str]) -> dict:
        if not isinstance(value, dict):
            raise self.fail(path, msg("un objet avec des champs nommés est attendu",
                                      "expected an object with named fields"))
        for key in sorted(required - value.keys()):
            raise self.fail(path + (key,), msg("le champ « {key} » manque",
                                               "the field '{key}' is missing", key=key))
        for key in sorted(value.keys() - required - optional):
            raise self.fail(path + (key,), msg(
                "champ inconnu « {key} » (vérifiez l'orthographe)",
                "unknown field '{key}' (check its spelling)", key=key))
        return value

    def text(self, value: Any, path: Path_, *, empty: bool = False, limit: int = MAX_TEXT) -> str:
        if not isinstance(value, str):
            raise self.fail(path, msg("du texte est attendu", "expected text"))
        value = value.strip()
        if not value and not empty:
            raise self.fail(path, msg("ne doit pas être vide", "must not be empty"))
        if len(value) > limit:
            raise self.fail(path, msg(
                "compte {n} caractères ; {limit} au plus sont permis",
                "is {n} characters long; at most {limit} are allowed", n=len(value), limit=limit))
        if any(ord(c) < 32 and c not in "\n\t" for c in value):
            raise self.fail(path, msg("contient des caractères de contrôle",
                                      "contains control characters"))
        return value

    def integer(self, value: Any, path: Path_, *, minimum: int = 1, maximum: int = 9999) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                raise self.fail(path, msg("un nombre entier est attendu",
                                          "expected a whole number"))
        if not minimum <= value <= maximum:
            raise self.fail(path, msg(
                "doit être compris entre {minimum} et {maximum}, pas {value}",
                "must be between {minimum} and {maximum}, not {value}",
                minimum=minimum, maximum=maximum, value=value))
        return value

    def listof(self, value: Any, path: Path_, *, non_empty: bool = False) -> list:
        if not isinstance(value, list):
            raise self.fail(path, msg("une liste est attendue", "expected a list"))
        if non_empty and not value:
            raise self.fail(path, msg("doit contenir au moins un élément",
                                      "must list at least one item"))
        return value


def catalogue_from_dict(data: Any, source: str, locate: Locate = json_path) -> Catalogue:
    """Validate a catalogue's dict tree and build the :class:`Catalogue`, or raise
    :class:`CatalogueError` naming the first problem's place."""
    v = _Validator(source, locate)
    root = v.obj(
        data, (),
        {"format", "format_version", "id", "version", "event", "ateliers", "engagements"},
        set(),
    )
    if root["format"] != FORMAT_NAME:
        raise v.fail(("format",), msg("doit valoir « {name} »", "must be '{name}'",
                                      name=FORMAT_NAME))
    version = v.integer(root["format_version"], ("format_version",), minimum=1, maximum=10**6)
    if version > FORMAT_VERSION:
        raise v.fail(
            ("format_version",),
            msg("ce catalogue utilise le format {found}, plus récent que celui que cette "
                "application comprend ({known}) : mettez l'application à jour",
                "this catalogue uses format {found}, newer than this application understands "
                "({known}): update the application", found=version, known=FORMAT_VERSION),
        )
    cat_id = v.text(root["id"], ("id",), limit=80)
    if not _ID_RE.match(cat_id):
        raise v.fail(("id",), msg(
            "n'utilisez que des minuscules, des chiffres, « . », « _ » ou « - »",
            "use lower-case letters, digits, '.', '_' or '-' only"))
    raw_version = root["version"]
    cat_version = v.text(str(raw_version) if isinstance(raw_version, int)
                         and not isinstance(raw_version, bool) else raw_version,
                         ("version",), limit=MAX_VERSION_LENGTH)

    engagements = _engagements(v, root["engagements"])
    known = {e.number for e in engagements}
    ateliers = _ateliers(v, root["ateliers"], known)
    return Catalogue(cat_id, cat_version, _event(v, root["event"]), ateliers, engagements)


def _event(v: _Validator, value: Any) -> Event:
    path: Path_ = ("event",)
    ev = v.obj(value, path, {"title", "date", "host"}, {"venue", "agenda"})
    raw_date = v.text(ev["date"], path + ("date",), limit=10)
    try:
        if not _DATE_RE.match(raw_date):
            raise ValueError(raw_date)
        when = date.fromisoformat(raw_date)
    except ValueError:
        raise v.fail(path + ("date",), msg(
            "« {d} » n'est pas une date écrite AAAA-MM-JJ",
            "'{d}' is not a date written YYYY-MM-DD", d=raw_date)) from None
    agenda = []
    for i, item in enumerate(v.listof(ev.get("agenda", []), path + ("agenda",))):
        ipath = path + ("agenda", i)
        item = v.obj(item, ipath, {"start", "label"}, {"end"})
        times = {}
        for key in ("start", "end"):
            t = v.text(item.get(key, ""), ipath + (key,), empty=key == "end", limit=5)
            if t and not _TIME_RE.match(t):
                raise v.fail(ipath + (key,), msg(
                    "« {t} » n'est pas une heure écrite HH:MM",
                    "'{t}' is not a time written HH:MM", t=t))
            times[key] = t
        agenda.append(AgendaItem(times["start"], v.text(item["label"], ipath + ("label",)),
                                 times["end"]))
    return Event(
        title=v.text(ev["title"], path + ("title",), limit=200),
        date=when,
        host=v.text(ev["host"], path + ("host",), limit=300),
        agenda=tuple(agenda),
        venue=v.text(ev.get("venue", ""), path + ("venue",), empty=True, limit=300),
    )


def _engagements(v: _Validator, value: Any) -> tuple[Engagement, ...]:
    out: list[Engagement] = []
    seen: set[int] = set()
    for i, item in enumerate(v.listof(value, ("engagements",), non_empty=True)):
        path: Path_ = ("engagements", i)
        e = v.obj(item, path, {"number", "title", "carrier"},
                  {"completion", "milestones", "description", "official_title", "ogp_id"})
        number = v.integer(e["number"], path + ("number",))
        if number in seen:
            raise v.fail(path + ("number",), msg(
                "l'engagement {n} figure deux fois", "engagement {n} is listed twice", n=number))
        seen.add(number)
        completion = None
        raw = e.get("completion")
        if raw not in (None, ""):
            try:
                completion = Completion(raw)
            except ValueError:
                choices = ", ".join(c.value for c in Completion)
                raise v.fail(path + ("completion",), msg(
                    "« {raw} » n'est pas l'une des valeurs {choices}",
                    "'{raw}' is not one of {choices}", raw=raw, choices=choices)) from None
        milestones = []
        for j, m in enumerate(v.listof(e.get("milestones", []), path + ("milestones",))):
            mpath = path + ("milestones", j)
            if isinstance(m, str):
                milestones.append(Milestone(v.text(m, mpath, limit=500)))
                continue
            m = v.obj(m, mpath, {"title"}, {"done"})
            done = m.get("done", False)
            if not isinstance(done, bool):
                raise v.fail(mpath + ("done",), msg("true ou false est attendu",
                                                    "expected true or false"))
            milestones.append(Milestone(v.text(m["title"], mpath + ("title",), limit=500), done))
        out.append(Engagement(
            number=number,
            title=v.text(e["title"], path + ("title",), limit=500),
            carrier=v.text(e["carrier"], path + ("carrier",), limit=500),
            completion=completion,
            milestones=tuple(milestones),
            description=v.text(e.get("description", ""), path + ("description",), empty=True),
            official_title=v.text(e.get("official_title", ""), path + ("official_title",),
                                  empty=True, limit=500),
            ogp_id=v.text(e.get("ogp_id", ""), path + ("ogp_id",), empty=True, limit=20),
        ))
    return tuple(out)


def _ateliers(v: _Validator, value: Any, known: set[int]) -> tuple[Atelier, ...]:
    out: list[Atelier] = []
    seen: set[int] = set()
    for i, item in enumerate(v.listof(value, ("ateliers",), non_empty=True)):
        path: Path_ = ("ateliers", i)
        a = v.obj(item, path, {"number", "title", "engagements"}, {"room", "facilitators"})
        number = v.integer(a["number"], path + ("number",), maximum=MAX_ATELIER)
        if number in seen:
            raise v.fail(path + ("number",), msg(
                "l'atelier {n} figure deux fois", "atelier {n} is listed twice", n=number))
        seen.add(number)
        facilitators = tuple(
            v.text(f, path + ("facilitators", j), limit=200)
            for j, f in enumerate(v.listof(a.get("facilitators", []), path + ("facilitators",)))
        )
        numbers: list[int] = []
        for j, n in enumerate(v.listof(a["engagements"], path + ("engagements",), non_empty=True)):
            n = v.integer(n, path + ("engagements", j))
            if n not in known:
                raise v.fail(path + ("engagements", j), msg(
                    "l'engagement {n} ne figure pas parmi les engagements du catalogue",
                    "engagement {n} is not among the catalogue's engagements", n=n))
            if n in numbers:
                raise v.fail(path + ("engagements", j), msg(
                    "l'engagement {n} figure deux fois", "engagement {n} is listed twice", n=n))
            numbers.append(n)
        out.append(Atelier(
            number=number,
            title=v.text(a["title"], path + ("title",), limit=300),
            room=v.text(a.get("room", ""), path + ("room",), empty=True, limit=200),
            facilitators=facilitators,
            engagement_numbers=tuple(numbers),
        ))
    return tuple(out)


def catalogue_to_dict(catalogue: Catalogue) -> dict[str, Any]:
    """The canonical dict of a catalogue: what JSON files hold and what the store keeps."""
    ev = catalogue.event
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "id": catalogue.id,
        "version": catalogue.version,
        "event": {
            "title": ev.title,
            "date": ev.date.isoformat(),
            "host": ev.host,
            "venue": ev.venue,
            "agenda": [{"start": a.start, "end": a.end, "label": a.label} for a in ev.agenda],
        },
        "engagements": [
            {
                "number": e.number,
                "title": e.title,
                "official_title": e.official_title,
                "carrier": e.carrier,
                "ogp_id": e.ogp_id,
                "completion": e.completion.value if e.completion else None,
                "milestones": [{"title": m.title, "done": m.done} for m in e.milestones],
                "description": e.description,
            }
            for e in catalogue.engagements
        ],
        "ateliers": [
            {
                "number": a.number,
                "title": a.title,
                "room": a.room,
                "facilitators": list(a.facilitators),
                "engagements": list(a.engagement_numbers),
            }
            for a in catalogue.ateliers
        ],
    }


def catalogue_sha256(catalogue: Catalogue) -> str:
    """A fingerprint of the catalogue's content, the same whatever file it came from."""
    return hashlib.sha256(strict_json.dumps(catalogue_to_dict(catalogue))).hexdigest()


def parse_strict_json(raw: bytes, source: str) -> Any:
    """Parse a catalogue file by the rules of :mod:`facilitator_app.strict_json` (duplicate
    keys, NaN, invalid UTF-8... are refused), a byte order mark allowed: Windows editors and
    spreadsheet tools write one. Integers may have as many digits as a version may have
    characters (a version may be written as a number)."""
    try:
        return strict_json.loads(raw, allow_bom=True, max_digits=MAX_VERSION_LENGTH)
    except strict_json.StrictJsonError as refused:
        raise CatalogueError(source, "", refused.message) from None


def load_json_catalogue(path: Path | str) -> Catalogue:
    """Read and validate a JSON catalogue file."""
    path = Path(path)
    source = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CatalogueError(source, "", msg(
                "le fichier fait {size} octets ; un catalogue en fait au plus {limit}",
                "the file is {size} bytes; a catalogue is at most {limit} bytes",
                size=size, limit=MAX_FILE_BYTES))
        raw = path.read_bytes()
    except OSError as exc:
        raise CatalogueError(source, "", msg("illisible ({e})", "cannot be read ({e})",
                                             e=os_reason(exc))) from None
    return catalogue_from_dict(parse_strict_json(raw, source), source)


@cache
def builtin_catalogue() -> Catalogue:
    """The Ministère ouvert #1 evening (21 June 2016), shipped with the application."""
    return load_json_catalogue(resource_path("catalogues", f"{BUILTIN_CATALOGUE_ID}.json"))
