"""The one reader of bundles, used by ``verify`` and by the merge.

It reads a whole file in memory (never extracting anything to disk) and either returns a
:class:`Bundle` whose every fact has been checked, or raises :class:`BundleError` naming the
rule that was broken. The checks go from the outside in: size and container, member names,
the container's canonical form, the manifest and its signature, the members' hashes, then the
payload's JSON, schema and references. Older format versions stay readable: each has its own
entry in ``_PAYLOAD_READERS``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from facilitator_app.bundle import format as fmt
from facilitator_app.bundle.container import Limits, read_members
from facilitator_app.bundle import strict_ed25519 as ed
from facilitator_app.bundle.keys import fingerprint, verify_signature
from facilitator_app.catalogue import (
    builtin_catalogue,
    catalogue_from_dict,
    catalogue_sha256,
    catalogue_to_dict,
)
from facilitator_app.domain import (
    QUESTION_KEYS,
    Atelier,
    Catalogue,
    Contribution,
    EngagementNotes,
    WorkshopRun,
)
from facilitator_app.errors import BundleError, BundleNewerError, CatalogueError, os_reason
from facilitator_app.i18n import msg
from facilitator_app.json_schema import SchemaViolation, shown_text
from facilitator_app.strict_json import StrictJsonError, check_tree, dumps, loads
from facilitator_app.text_rules import (
    code_point,
    forbidden_in_name,
    forbidden_in_text,
    is_blank,
    may_hold_other_planes_noncharacters,
)


@dataclass(frozen=True, slots=True)
class Bundle:
    """A verified bundle: who made it, for which atelier, and everything it carries."""

    source: str
    sha256: str  # of the whole file; the same content always has the same hash
    size: int
    format_version: int
    app_version: str
    bundle_uuid: str
    created_at: datetime
    installation_id: str
    facilitators: tuple[str, ...]
    public_key: bytes
    fingerprint: str
    catalogue: Catalogue
    catalogue_sha256: str
    run: WorkshopRun
    contribution_columns: fmt.ContributionColumns = field(repr=False)
    notes: tuple[EngagementNotes, ...]
    counts: fmt.Counts

    @property
    def contributions(self) -> tuple[Contribution, ...]:
        """Built when first asked for: verifying a bundle does not need them."""
        return self.contribution_columns.contributions()

    @property
    def atelier(self) -> Atelier:
        return self.catalogue.atelier(self.run.atelier_number)

    @property
    def event_date(self) -> date:
        return self.catalogue.event.date


def read_bundle(path: Path | str, limits: Limits = Limits()) -> Bundle:
    """Read and check the bundle at ``path``."""
    path = Path(path)
    source = path.name
    try:
        size = path.stat().st_size
        if size > limits.file_bytes:
            raise BundleError(source, "file-size", msg(
                "le fichier fait {size} octets, plus que les {limit} permis.",
                "the file is {size} bytes, more than the {limit} allowed.",
                size=size, limit=limits.file_bytes))
        data = path.read_bytes()
    except OSError as exc:
        raise BundleError(source, "unreadable", msg("le fichier est illisible ({detail}).",
                                                    "the file cannot be read ({detail}).",
                                                    detail=os_reason(exc))) from None
    return read_bundle_bytes(data, source, limits)


def read_bundle_bytes(data: bytes, source: str, limits: Limits = Limits()) -> Bundle:
    """Check the bytes of a bundle; ``source`` names it in messages."""
    members = read_members(data, source, fmt.MEMBERS, limits)
    if members[fmt.MIMETYPE_MEMBER] != fmt.MIMETYPE:
        raise BundleError(source, "mimetype", msg(
            "ce n'est pas un paquet de facilitator-app (type « {found} »).",
            "it is not a facilitator-app bundle (type '{found}').",
            found=shown_text(members[fmt.MIMETYPE_MEMBER][:60].decode("ascii", "replace"))))
    manifest = _json(members[fmt.MANIFEST], fmt.MANIFEST, source, limits)
    version = _format_version(manifest, source)
    _validate(manifest, "manifest", version, fmt.MANIFEST, source,
              before=lambda: _check_names(manifest, "facilitators", source))
    _check_signature(manifest, members, version, source, limits)
    for name, expected in manifest["members"].items():
        content = members[name]
        if len(content) != expected["size"] or \
                hashlib.sha256(content).hexdigest() != expected["sha256"]:
            raise BundleError(source, "hash", msg(
                "le contenu de « {name} » ne correspond pas à son empreinte dans le manifeste : "
                "le fichier a été modifié ou endommagé.",
                "the content of '{name}' does not match its hash in the manifest: the file was "
                "changed or damaged.", name=name))
    catalogue = _catalogue(members[fmt.CATALOGUE], manifest, source, limits)
    # The payload's schema bounds depth, strings and numbers within the limits: the parser's
    # own walk for them is needed only when the schema refuses the payload.
    bounded = _schema_within("payload", version, limits)
    payload = _json(members[fmt.PAYLOAD], fmt.PAYLOAD, source, limits, walk=not bounded)
    def before() -> None:  # the schema refuses: a JSON rule or a text rule may say why
        if bounded:
            _walk(payload, fmt.PAYLOAD, source, limits)
        _check_texts(payload, source)
    _validate(payload, "payload", version, fmt.PAYLOAD, source, before=before)
    # The schema's patterns say the text rules but for the other planes' noncharacters.
    if may_hold_other_planes_noncharacters(members[fmt.PAYLOAD]):
        _check_texts(payload, source)
    try:
        run, columns, notes = _PAYLOAD_READERS[version](payload)
        created_at = fmt.parse_instant(manifest["created_at"])
    except ValueError as exc:  # a date that fits the pattern but not the calendar
        raise BundleError(source, "schema", msg("une date est invalide ({detail}).",
                                                "a date is invalid ({detail}).",
                                                detail=str(exc)[:100])) from None
    counts = fmt.Counts.of_columns(columns, notes)
    _check_references(manifest, catalogue, run, columns, notes, counts, source)
    _check_derived(manifest, catalogue, run, columns, notes, source)
    public_key = base64.b64decode(manifest["signer"]["public_key"])
    return Bundle(
        source=source, sha256=hashlib.sha256(data).hexdigest(), size=len(data),
        format_version=version, app_version=manifest["app_version"],
        bundle_uuid=manifest["bundle_uuid"], created_at=created_at,
        installation_id=manifest["installation_id"],
        facilitators=tuple(manifest["facilitators"]), public_key=public_key,
        fingerprint=fingerprint(public_key), catalogue=catalogue,
        catalogue_sha256=manifest["catalogue"]["sha256"], run=run,
        contribution_columns=columns, notes=notes, counts=counts,
    )


def _json(raw: bytes, member: str, source: str, limits: Limits, walk: bool = True) -> Any:
    try:
        return loads(raw, max_depth=limits.json_depth, max_string=limits.string_chars,
                     max_digits=limits.integer_digits, walk=walk)
    except StrictJsonError as exc:
        raise _strict_error(exc, member, source) from None


def _walk(value: Any, member: str, source: str, limits: Limits) -> None:
    try:
        check_tree(value, limits.json_depth, limits.string_chars, limits.integer_digits)
    except StrictJsonError as exc:
        raise _strict_error(exc, member, source) from None


def _strict_error(exc: StrictJsonError, member: str, source: str) -> BundleError:
    return BundleError(source, exc.rule, msg("dans « {member} », {problem}",
                                             "in '{member}', {problem}",
                                             member=member, problem=exc.message))


@lru_cache(maxsize=16)
def _schema_within(member: str, version: int, limits: Limits) -> bool:
    """Whether every document valid under the member's schema is within the JSON limits."""
    bounds = fmt.schema(member, version).bounds()
    return bounds is not None and bounds.depth <= limits.json_depth and \
        bounds.string <= limits.string_chars and bounds.magnitude < 10 ** limits.integer_digits


def _strings(items: Any, key: str | None = None) -> list[str]:
    """The strings of a list (or its items' ``key``), whatever else it holds: the texts are
    checked both before the schema has passed and after."""
    if not isinstance(items, list):
        return []
    if key is not None:
        items = [item.get(key) for item in items if isinstance(item, dict)]
    return [item for item in items if isinstance(item, str)]


def _check_names(container: Any, key: str, source: str, where: str = fmt.MANIFEST) -> None:
    names = _strings(container.get(key) if isinstance(container, dict) else None)
    for name in names:
        bad = forbidden_in_name(name)
        if bad is not None or is_blank(name):
            raise BundleError(source, "name", msg(
                "dans «\u00a0{member}\u00a0», le nom «\u00a0{name}\u00a0» {problem}.",
                "in '{member}', the name '{name}' {problem_en}.", member=where,
                name=shown_text(name[:40]),
                problem=f"contient le caractère {code_point(bad)}, interdit dans un nom"
                if bad else "est vide", problem_en=f"holds the character {code_point(bad)}, "
                "which no name may hold" if bad else "is blank"))


def _check_texts(payload: Any, source: str) -> None:
    """The text rules (:mod:`~facilitator_app.text_rules`): contributions, notes and names."""
    if not isinstance(payload, dict):
        return
    run = payload.get("run")
    for key in ("facilitators", "organisations"):
        _check_names(run, key, source, fmt.PAYLOAD)
    for member, kind, kind_en, blank_refused in (
            ("contributions", "la contribution", "contribution", True),
            ("notes", "l\u2019entrée de notes", "notes entry", False)):
        texts = _strings(payload.get(member), "text")
        joined = "\n".join(texts)  # one search for all; then which one, if any
        if forbidden_in_text(joined) is None and not (blank_refused and any(map(is_blank, texts))):
            continue
        for index, text in enumerate(texts):
            bad = forbidden_in_text(text)
            if bad is not None:
                raise BundleError(source, "text", msg(
                    "{kind} {i} contient le caractère {ch}, qu\u2019aucun texte saisi ne peut "
                    "contenir.", "{kind_en} {i} holds the character {ch}, which no text "
                    "captured can hold.", kind=kind, kind_en=kind_en, i=index + 1,
                    ch=code_point(bad)))
            if blank_refused and is_blank(text):
                raise BundleError(source, "text", msg(
                    "la contribution {i} est vide (rien que des espaces).",
                    "contribution {i} is blank (nothing but white space).", i=index + 1))


def _format_version(manifest: Any, source: str) -> int:
    if not isinstance(manifest, dict) or manifest.get("format") != fmt.FORMAT_NAME:
        raise BundleError(source, "format", msg(
            "le manifeste n'est pas celui d'un paquet de facilitator-app.",
            "the manifest does not present itself as a facilitator-app bundle's."))
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise BundleError(source, "format-version", msg(
            "la version de format du manifeste est absente ou invalide.",
            "the manifest's format version is missing or invalid."))
    if version > fmt.FORMAT_VERSION:
        raise BundleNewerError(source, version, fmt.FORMAT_VERSION)
    return version


def _validate(value: Any, member: str, version: int, name: str, source: str,
              before: Callable[[], None] | None = None) -> None:
    """Validate against the member's schema; ``before`` runs first when it refuses (it may
    raise a more precise error)."""
    try:
        fmt.schema(member, version).validate(value)
    except SchemaViolation as exc:
        if before is not None:
            before()
        raise BundleError(source, "schema", msg(
            "« {name} » n'est pas conforme au schéma publié (à l'emplacement {path}) : {problem}",
            "'{name}' does not follow the published schema, at {path}: {problem}",
            name=name, path=exc.path or "/", problem=exc.problem)) from None


def _check_signature(manifest: dict, members: dict[str, bytes], version: int, source: str,
                     limits: Limits) -> None:
    signature = _json(members[fmt.SIGNATURE], fmt.SIGNATURE, source, limits)
    _validate(signature, "signature", version, fmt.SIGNATURE, source)
    try:
        public_key = base64.b64decode(manifest["signer"]["public_key"], validate=True)
        signed = base64.b64decode(signature["signature"], validate=True)
    except (binascii.Error, ValueError):
        public_key, signed = b"", b""
    if fingerprint(public_key) != manifest["signer"]["fingerprint"]:
        raise BundleError(source, "signature", msg(
            "l'empreinte annoncée ne correspond pas à la clé publique du paquet.",
            "the announced fingerprint does not match the bundle's public key."))
    key_problem = ed.public_key_problem(public_key)
    if key_problem is not None:
        raise BundleError(source, key_problem, _KEY_PROBLEMS[key_problem])
    signature_problem = ed.signature_problem(signed)
    if signature_problem is not None:
        raise BundleError(source, signature_problem, _KEY_PROBLEMS[signature_problem])
    if not verify_signature(public_key, signed, members[fmt.MANIFEST]):
        raise BundleError(source, "signature", msg(
            "la signature du manifeste n'est pas valide : le paquet a été modifié après sa "
            "signature, ou n'a pas été signé par la clé {fingerprint}.",
            "the manifest's signature is wrong: the bundle was changed after it was signed, or "
            "was not signed by the key {fingerprint}.",
            fingerprint=manifest["signer"]["fingerprint"]))


_KEY_PROBLEMS = {
    ed.KEY_NOT_CANONICAL: msg(
        "la clé publique n\u2019est pas l\u2019encodage canonique d\u2019un point de la "
        "courbe Ed25519 (une autre écriture d\u2019une clé aurait une autre empreinte).",
        "the public key is not the canonical encoding of a point of the Ed25519 curve (another "
        "spelling of a key would have another fingerprint)."),
    ed.KEY_SMALL_ORDER: msg(
        "la clé publique est d\u2019ordre petit\u00a0: avec elle, n\u2019importe qui peut "
        "fabriquer une signature valide de n\u2019importe quel manifeste.",
        "the public key is of small order: with it, anyone can make a valid signature of any "
        "manifest."),
    ed.SIGNATURE_NOT_CANONICAL: msg(
        "la signature n\u2019est pas canonique (S n\u2019est pas inférieur à l\u2019ordre "
        "du groupe, ou R n\u2019est pas l\u2019encodage canonique d\u2019un point)\u00a0: "
        "ce n\u2019est pas une signature qu\u2019un signataire Ed25519 produit.",
        "the signature is not canonical (S is not below the group order, or R is not the "
        "canonical encoding of a point): no Ed25519 signer produces it."),
    ed.SIGNATURE_SMALL_ORDER: msg(
        "le point R de la signature est d\u2019ordre petit\u00a0: ce n\u2019est pas une "
        "signature qu\u2019un signataire Ed25519 produit.",
        "the signature's point R is of small order: no Ed25519 signer produces it."),
}


@lru_cache(maxsize=16)
def _checked_catalogue(raw: bytes, limits: Limits) -> tuple[Catalogue, str]:
    """Bundles of one evening share their catalogue: check each distinct one once."""
    data = loads(raw, max_depth=limits.json_depth, max_string=limits.string_chars,
                 max_digits=limits.integer_digits)
    catalogue = catalogue_from_dict(data, fmt.CATALOGUE)
    return catalogue, catalogue_sha256(catalogue)


def _catalogue(raw: bytes, manifest: dict, source: str, limits: Limits) -> Catalogue:
    try:
        catalogue, sha = _checked_catalogue(raw, limits)
    except StrictJsonError as exc:
        raise BundleError(source, exc.rule, msg(
            "dans « {member} », {problem}", "in '{member}', {problem}",
            member=fmt.CATALOGUE, problem=exc.message)) from None
    except CatalogueError as exc:
        raise BundleError(source, "catalogue", exc.message) from None
    expected = manifest["catalogue"]
    if sha != expected["sha256"] and hashlib.sha256(raw).hexdigest() == expected["sha256"]:
        # The producer hashed its own bytes, which are not the canonical form the hash is of.
        raise _not_canonical(raw, catalogue, source, limits)
    if (catalogue.id, catalogue.version, sha) != \
            (expected["id"], expected["version"], expected["sha256"]):
        raise BundleError(source, "catalogue", msg(
            "le catalogue joint n'est pas celui que le manifeste annonce ({id}, version "
            "{version}).", "the enclosed catalogue is not the one the manifest announces ({id}, "
            "version {version}).", id=expected["id"], version=expected["version"]))
    known = known_catalogues().get((catalogue.id, catalogue.version))
    if known is not None and known != sha:
        raise BundleError(source, "catalogue-divergent", msg(
            "le catalogue joint se présente comme «\u00a0{id}\u00a0», version {version}, mais "
            "son contenu n\u2019est pas celui du catalogue que l\u2019application connaît sous "
            "ce nom et cette version\u00a0: c\u2019est une copie modifiée.",
            "the enclosed catalogue presents itself as '{id}', version {version}, but its "
            "content is not that of the catalogue the application knows by that name and "
            "version: it is a changed copy.", id=shown_text(catalogue.id),
            version=shown_text(catalogue.version)))
    return catalogue


def _not_canonical(raw: bytes, catalogue: Catalogue, source: str, limits: Limits
                   ) -> BundleError:
    """Why a catalogue member is refused when its own bytes, not its canonical form, were
    hashed: the first place where it differs from the canonical form."""
    found = _first_difference(loads(raw, max_depth=limits.json_depth),
                              catalogue_to_dict(catalogue))

    def shown(value: Any) -> str:
        return shown_text(dumps(value).decode("utf-8"))

    if found is None:
        where, given, canonical = "/", msg(
            "les mêmes valeurs écrites autrement (ordre des clés, espaces, échappements)",
            "the same values written otherwise (key order, white space, escapes)"), \
            msg("leur écriture canonique", "their canonical spelling")
    else:
        where, given, canonical = found[0], msg("le champ manque", "the field is absent") \
            if found[1] is None else shown(found[1]), shown(found[2])
    return BundleError(source, "catalogue-canonical", msg(
        "«\u00a0{member}\u00a0» n\u2019est pas écrit sous sa forme canonique, celle dont "
        "le manifeste doit donner l\u2019empreinte (champs facultatifs remplis de leur "
        "valeur par défaut, clés triées, sans espaces). À {path}\u00a0: dans le fichier, "
        "{given}\u00a0; dans la forme canonique, {canonical}.",
        "'{member}' is not written in its canonical form, whose hash the manifest must give "
        "(optional fields filled with their defaults, keys sorted, no white space). At "
        "{path}: in the file, {given}; in the canonical form, {canonical}.",
        member=fmt.CATALOGUE, path=where, given=given, canonical=canonical))


def _first_difference(given: Any, canonical: Any, path: str = "") -> tuple[str, Any, str] | None:
    """Where a catalogue as written first differs from its canonical form: the path, what is
    written there (None when the field is absent) and what the canonical form has."""
    if isinstance(given, dict) and isinstance(canonical, dict) and given.keys() <= canonical.keys():
        for key in canonical:
            where = f"{path}.{key}" if path else key
            if key not in given:
                return where, None, canonical[key]
            found = _first_difference(given[key], canonical[key], where)
            if found:
                return found
        return None
    if isinstance(given, list) and isinstance(canonical, list) and len(given) == len(canonical):
        for index, (a, b) in enumerate(zip(given, canonical)):
            found = _first_difference(a, b, f"{path}[{index}]")
            if found:
                return found
        return None
    if dumps(given) != dumps(canonical):
        return path or "/", given, canonical
    return None


@lru_cache(maxsize=1)
def known_catalogues() -> dict[tuple[str, str], str]:
    """The SHA-256 of each catalogue the application ships, by (id, version): a bundle's copy
    under the same id and version must be the same catalogue."""
    catalogue = builtin_catalogue()
    return {(catalogue.id, catalogue.version): catalogue_sha256(catalogue)}


def _read_payload_1(payload: dict) -> tuple[WorkshopRun, fmt.ContributionColumns,
                                            tuple[EngagementNotes, ...]]:
    run = fmt.run_from_json(payload["run"])
    columns = fmt.ContributionColumns(payload["contributions"], run.uuid)
    notes = tuple(fmt.notes_from_json(n, run.uuid) for n in payload["notes"])
    return run, columns, notes


# Format version -> reader of its payload. A new format adds an entry; none is ever removed.
_PAYLOAD_READERS = {1: _read_payload_1}


def _reference_error(source: str, fr: str, en: str, **params) -> BundleError:
    return BundleError(source, "reference", msg(fr, en, **params))


def _check_references(manifest: dict, catalogue: Catalogue, run: WorkshopRun,
                      contributions: fmt.ContributionColumns,
                      notes: tuple[EngagementNotes, ...], counts: fmt.Counts, source: str) -> None:
    """What a schema cannot say: the payload agrees with the manifest and the catalogue."""
    try:
        atelier = catalogue.atelier(run.atelier_number)
    except KeyError:
        raise _reference_error(source, "l'atelier {n} n'existe pas dans le catalogue.",
                               "atelier {n} does not exist in the catalogue.",
                               n=run.atelier_number) from None
    if (run.uuid, run.atelier_number, run.catalogue_id, run.catalogue_version,
            list(run.facilitators)) != (manifest["run_uuid"], manifest["atelier"]["number"],
                                        catalogue.id, catalogue.version,
                                        manifest["facilitators"]):
        raise _reference_error(source, "l'atelier, les animateurs ou le catalogue de l'atelier "
                               "tenu ne sont pas ceux du manifeste.", "the run's atelier, "
                               "facilitators or catalogue are not the manifest's.")
    reviewed = set(atelier.engagement_numbers)
    engagements, questions, uuids = \
        contributions.engagements, contributions.questions, contributions.uuids
    if not (set(engagements) <= reviewed and set(questions) <= set(QUESTION_KEYS)
            and len(set(uuids)) == len(uuids)):  # all at once; then the first culprit, if any
        seen: set[str] = set()
        for index, (number, question, uuid) in enumerate(zip(engagements, questions, uuids)):
            if number not in reviewed:
                raise _reference_error(source, "la contribution {i} porte sur l'engagement {n}, "
                                       "que l'atelier {a} ne traite pas.", "contribution {i} is "
                                       "about engagement {n}, which atelier {a} does not review.",
                                       i=index + 1, n=number, a=atelier.number)
            if question not in QUESTION_KEYS:
                raise _reference_error(source, "la contribution {i} répond à une question "
                                       "inconnue « {q} ».", "contribution {i} answers an unknown "
                                       "question '{q}'.", i=index + 1, q=question)
            if uuid in seen:
                raise _reference_error(source, "la contribution {uuid} apparaît deux fois.",
                                       "the contribution {uuid} appears twice.", uuid=uuid)
            seen.add(uuid)
    for n in notes:
        if n.engagement_number not in reviewed:
            raise _reference_error(source, "des notes portent sur l'engagement {n}, que l'atelier "
                                   "ne traite pas.", "notes are about engagement {n}, which the "
                                   "atelier does not review.", n=n.engagement_number)
    if len({n.engagement_number for n in notes}) != len(notes):
        raise _reference_error(source, "un engagement a deux jeux de notes.",
                               "an engagement has two sets of notes.")
    if counts.to_json() != manifest["counts"]:
        raise _reference_error(source, "le manifeste annonce {announced} contributions, le "
                               "contenu en a {found}.", "the manifest announces {announced} "
                               "contributions, the content holds {found}.",
                               announced=manifest["counts"]["contributions"],
                               found=counts.contributions)


def _check_derived(manifest: dict, catalogue: Catalogue, run: WorkshopRun,
                   contributions: fmt.ContributionColumns,
                   notes: tuple[EngagementNotes, ...], source: str) -> None:
    """The manifest's fields that repeat the catalogue, and those derived from the data."""
    atelier = catalogue.atelier(run.atelier_number)
    event = catalogue.event
    if (manifest["event"]["title"], manifest["event"]["date"], manifest["atelier"]["title"]) \
            != (event.title, event.date.isoformat(), atelier.title):
        raise BundleError(source, "manifest-catalogue", msg(
            "l\u2019évènement, sa date ou le titre de l\u2019atelier annoncés par le manifeste "
            "ne sont pas ceux du catalogue («\u00a0{title}\u00a0», {date}, atelier {n}).",
            "the event, its date or the atelier's title announced by the manifest are not the "
            "catalogue's ('{title}', {date}, atelier {n}).", title=shown_text(event.title[:80]),
            date=event.date.isoformat(), n=atelier.number))
    latest = max([run.updated_at, *contributions.updated_at, *(n.updated_at for n in notes)])
    if manifest["created_at"] != fmt.instant(latest):
        raise BundleError(source, "created-at", msg(
            "la date du manifeste ({found}) n\u2019est pas celle du dernier changement des "
            "données ({expected}), d\u2019où elle est tirée.",
            "the manifest's time ({found}) is not that of the latest change in the data "
            "({expected}), which it is derived from.",
            found=manifest["created_at"], expected=fmt.instant(latest)))
    expected = fmt.bundle_uuid(manifest["installation_id"],
                               manifest["members"][fmt.PAYLOAD]["sha256"])
    if manifest["bundle_uuid"] != expected:
        raise BundleError(source, "bundle-uuid", msg(
            "l\u2019identifiant du paquet ({found}) n\u2019est pas celui que son installation "
            "et son contenu donnent ({expected}).",
            "the bundle's UUID ({found}) is not the one its installation and content give "
            "({expected}).", found=manifest["bundle_uuid"], expected=expected))


def bundle_files(paths) -> list[Path]:
    """The bundle files named, folders searched recursively, in a stable order; each file once
    (a file named twice, by two spellings of its path, or also inside a folder named, is kept
    where it first appears, as first spelt)."""
    found: dict[Path, Path] = {}
    for name in paths:
        path = Path(name)
        files = sorted(p for p in path.rglob(f"*{fmt.EXTENSION}") if p.is_file()) \
            if path.is_dir() else [path]
        for file in files:
            found.setdefault(_identity(file), file)
    return list(found.values())


def _identity(path: Path) -> Path:
    """The file ``path`` names, whatever its spelling (relative, ``..``, a link)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a loop of links: left to the reader to refuse
        return path.absolute()
