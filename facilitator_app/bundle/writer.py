"""Export: one workshop run of the local store as a signed, deterministic bundle.

Everything that goes into the file is a function of the data: the manifest's time is the
latest change in the run, the bundle's UUID is derived from the payload's hash, members and
keys are in a fixed order and Ed25519 signatures are deterministic. Exporting the same data
twice therefore gives the same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from facilitator_app import __version__
from facilitator_app.atomic import write_atomically
from facilitator_app.bundle import format as fmt
from facilitator_app.bundle.container import write_container
from facilitator_app.bundle.keys import InstallationKey
from facilitator_app.catalogue import catalogue_sha256, catalogue_to_dict
from facilitator_app.domain import Catalogue, Contribution, EngagementNotes, WorkshopRun
from facilitator_app.strict_json import dumps
from facilitator_app.text_rules import (
    contribution_problem,
    name_problem,
    notes_problem,
    sanitise_name,
    sanitise_text,
)

BUNDLE_NAMESPACE = fmt.BUNDLE_NAMESPACE


@dataclass(frozen=True, slots=True)
class Exported:
    """What an export wrote."""

    path: Path
    sha256: str
    size: int
    counts: fmt.Counts
    fingerprint: str


def _fit_text(text: str) -> str:
    """A text stored before the text rules, made fit for a bundle (which a reader would refuse
    otherwise); a text that fits is written as it is."""
    if contribution_problem(text) is None:
        return text
    return sanitise_text(text).strip() or "\ufffd"  # nothing left: the replacement character


def _fit_names(names: tuple[str, ...]) -> tuple[str, ...]:
    if all(name_problem(n) is None for n in names):
        return names
    return tuple(fitted for fitted in (n if name_problem(n) is None else sanitise_name(n)
                                       for n in names) if fitted)


def _fit(run: WorkshopRun, contributions: list[Contribution], notes: list[EngagementNotes]
         ) -> tuple[WorkshopRun, list[Contribution], list[EngagementNotes]]:
    """What a bundle carries follows the text rules (docs/bundle-format.md), even for data a
    store kept from before them: control characters removed, line ends as line feeds."""
    run = replace(run, facilitators=_fit_names(run.facilitators),
                  organisations=_fit_names(run.organisations))
    contributions = [c if contribution_problem(c.text) is None else replace(
        c, text=_fit_text(c.text)) for c in contributions]
    notes = [n if notes_problem(n.text) is None else replace(n, text=sanitise_text(n.text))
             for n in notes]
    return run, contributions, notes


def build_bundle(run: WorkshopRun, catalogue: Catalogue, contributions: list[Contribution],
                 notes: list[EngagementNotes], installation_id: str,
                 key: InstallationKey) -> bytes:
    """The bytes of the bundle of one run (tombstones included)."""
    run, contributions, notes = _fit(run, contributions, notes)
    ordered = tuple(sorted(contributions, key=fmt.contribution_order))
    ordered_notes = tuple(sorted(notes, key=lambda n: n.engagement_number))
    payload = dumps({
        "format_version": fmt.FORMAT_VERSION,
        "run": fmt.run_to_json(run),
        "contributions": [fmt.contribution_to_json(c) for c in ordered],
        "notes": [fmt.notes_to_json(n) for n in ordered_notes],
    })
    catalogue_bytes = dumps(catalogue_to_dict(catalogue))
    contents = {fmt.MIMETYPE_MEMBER: fmt.MIMETYPE, fmt.CATALOGUE: catalogue_bytes,
                fmt.PAYLOAD: payload}
    atelier = catalogue.atelier(run.atelier_number)
    latest = max([run.updated_at, *(c.updated_at for c in ordered),
                  *(n.updated_at for n in ordered_notes)])
    payload_hash = hashlib.sha256(payload).hexdigest()
    manifest = dumps({
        "format": fmt.FORMAT_NAME,
        "format_version": fmt.FORMAT_VERSION,
        "app_version": __version__,
        "bundle_uuid": fmt.bundle_uuid(installation_id, payload_hash),
        "created_at": fmt.instant(latest),
        "installation_id": installation_id,
        "facilitators": list(run.facilitators),
        "event": {"title": catalogue.event.title, "date": catalogue.event.date.isoformat()},
        "atelier": {"number": atelier.number, "title": atelier.title},
        "catalogue": {"id": catalogue.id, "version": catalogue.version,
                      "sha256": catalogue_sha256(catalogue)},
        "run_uuid": run.uuid,
        "counts": fmt.Counts.of(ordered, ordered_notes).to_json(),
        "members": {name: {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
                    for name, content in contents.items()},
        "signer": {"algorithm": "Ed25519", "public_key": key.public_base64,
                   "fingerprint": key.fingerprint},
    })
    signature = dumps({"algorithm": "Ed25519",
                       "signature": base64.b64encode(key.sign(manifest)).decode("ascii")})
    members = {**contents, fmt.MANIFEST: manifest, fmt.SIGNATURE: signature}
    return write_container([(name, members[name]) for name in fmt.MEMBERS])


def export_run(store, run_uuid: str, key: InstallationKey, destination: Path | str) -> Exported:
    """Write the bundle of one run of ``store`` (a LocalStore) to ``destination``, atomically."""
    contributions = store.contributions(run_uuid, include_deleted=True)
    notes = list(store.notes(run_uuid).values())
    data = build_bundle(store.run(run_uuid), store.catalogue_of(run_uuid), contributions, notes,
                        store.installation_id, key)
    path = write_atomically(Path(destination), data)
    return Exported(path, hashlib.sha256(data).hexdigest(), len(data),
                    fmt.Counts.of(tuple(contributions), tuple(notes)), key.fingerprint)


def default_filename(run: WorkshopRun, catalogue: Catalogue, fingerprint: str) -> str:
    """A name that tells organisers what the file is, e.g.
    ``atelier-3_2016-06-21_dupont_3F2A9C1B.fabundle``."""
    who = run.facilitators[0] if run.facilitators else "facilitateur"
    slug = unicodedata.normalize("NFKD", who).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "-", slug).strip("-")[:30] or "facilitateur"
    return (f"atelier-{run.atelier_number}_{catalogue.event.date.isoformat()}_{slug}_"
            f"{fingerprint.replace('-', '')[:8]}{fmt.EXTENSION}")
