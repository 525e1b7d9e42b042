"""Write a facilitator-app bundle (format 1) from a small JSON description, as another program
would: from docs/bundle-format.md alone, with the standard library and `cryptography`.

    python write_bundle.py description.json out.fabundle

The description (see `example-description.json` next to this file):

    {"key_seed": "<64 hex digits: the Ed25519 private key's 32-byte seed>",
     "installation_id": "<a UUID>", "app_version": "write_bundle.py 1",
     "catalogue": {<a catalogue file: optional fields may be left out>},
     "run": {"uuid", "atelier_number", "facilitators", "participant_count", "organisations",
             "started_at", "ended_at", "created_at", "updated_at", "revision"},
     "contributions": [{"uuid", "engagement", "question", "text", "position", "starred",
                        "created_at", "updated_at", "revision", "deleted"}, ...],
     "notes": [{"engagement", "text", "updated_at", "revision"}, ...]}

Instants are written as bundles write them (`2016-06-21T16:35:12.000000Z`). The script fills
what a bundle derives (the catalogue's canonical form, the manifest's hashes, counts, time and
UUID, the signature) and trims contributions and names as the application's capture does.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import sys
import uuid
import zlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

MIMETYPE = b"application/vnd.facilitator-app.bundle+zip"
MEMBERS = ("mimetype", "manifest.json", "catalogue.json", "payload.json", "signature.json")
BUNDLE_NAMESPACE = uuid.UUID("6f1d3a52-4b7e-5c2a-9d0e-2f6a1b8c4e71")


def canonical_json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def canonical_zip(members) -> bytes:
    """Stored members, fixed dates and attributes, nothing else: the docs' container table."""
    out, central = bytearray(), bytearray()
    for name, content in members:
        n, crc, size, offset = name.encode(), zlib.crc32(content), len(content), len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x0800, 0, 0, 0x0021,
                           crc, size, size, len(n), 0) + n + content
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0x0314, 20, 0x0800, 0, 0,
                               0x0021, crc, size, size, len(n), 0, 0, 0, 0,
                               0o100644 << 16, offset) + n
    return bytes(out + central + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members),
                                             len(members), len(central), len(out), 0))


def canonical_catalogue(c: dict) -> dict:
    """The catalogue's canonical form: every optional field with its default, texts trimmed,
    milestones as objects (the docs' table "The canonical form of a catalogue")."""
    def t(value):
        return value.strip() if isinstance(value, str) else value
    event = c["event"]
    return {
        "format": "facilitator-app/catalogue", "format_version": 1, "id": t(c["id"]),
        "version": t(str(c["version"])),
        "event": {"title": t(event["title"]), "date": t(event["date"]), "host": t(event["host"]),
                  "venue": t(event.get("venue", "")),
                  "agenda": [{"start": t(a["start"]), "end": t(a.get("end") or ""),
                              "label": t(a["label"])} for a in event.get("agenda", [])]},
        "engagements": [{
            "number": e["number"], "title": t(e["title"]),
            "official_title": t(e.get("official_title", "")), "carrier": t(e["carrier"]),
            "ogp_id": t(e.get("ogp_id", "")),
            "completion": t(e.get("completion")) or None,  # "" and null: not assessed
            "milestones": [{"title": t(m), "done": False} if isinstance(m, str) else
                           {"title": t(m["title"]), "done": m.get("done", False)}
                           for m in e.get("milestones", [])],
            "description": t(e.get("description", "")),
        } for e in c["engagements"]],
        "ateliers": [{
            "number": a["number"], "title": t(a["title"]), "room": t(a.get("room", "")),
            "facilitators": [t(f) for f in a.get("facilitators", [])],
            "engagements": list(a["engagements"]),
        } for a in c["ateliers"]],
    }


def build(description: dict) -> bytes:
    """The bytes of the bundle the description describes."""
    catalogue = canonical_catalogue(description["catalogue"])
    run = dict(description["run"], catalogue_id=catalogue["id"],
               catalogue_version=catalogue["version"])
    run["facilitators"] = [name.strip() for name in run["facilitators"]]
    run["organisations"] = [name.strip() for name in run["organisations"]]
    contributions = sorted(
        (dict(c, text=c["text"].strip()) for c in description["contributions"]),
        key=lambda c: (c["engagement"], c["question"], c["position"], c["uuid"]))
    notes = sorted(description["notes"], key=lambda n: n["engagement"])
    payload = canonical_json({"format_version": 1, "run": run,
                              "contributions": contributions, "notes": notes})
    catalogue_bytes = canonical_json(catalogue)
    contents = {"mimetype": MIMETYPE, "catalogue.json": catalogue_bytes, "payload.json": payload}

    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(description["key_seed"]))
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    digest = hashlib.sha256(public).hexdigest()[:16].upper()
    atelier = next(a for a in catalogue["ateliers"] if a["number"] == run["atelier_number"])
    live = [c for c in contributions if not c["deleted"]]
    installation = description["installation_id"]
    manifest = canonical_json({
        "format": "facilitator-app-bundle", "format_version": 1,
        "app_version": description["app_version"],
        "bundle_uuid": str(uuid.uuid5(
            BUNDLE_NAMESPACE, f"{installation}:{hashlib.sha256(payload).hexdigest()}")),
        # The latest change in the data: all instants have the same form, so text order works.
        "created_at": max([run["updated_at"], *(c["updated_at"] for c in contributions),
                           *(n["updated_at"] for n in notes)]),
        "installation_id": installation,
        "facilitators": run["facilitators"],
        "event": {"title": catalogue["event"]["title"], "date": catalogue["event"]["date"]},
        "atelier": {"number": atelier["number"], "title": atelier["title"]},
        "catalogue": {"id": catalogue["id"], "version": catalogue["version"],
                      "sha256": hashlib.sha256(catalogue_bytes).hexdigest()},
        "run_uuid": run["uuid"],
        "counts": {"contributions": len(contributions), "live": len(live),
                   "deleted": len(contributions) - len(live),
                   "starred": sum(c["starred"] for c in live), "notes": len(notes)},
        "members": {name: {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
                    for name, content in contents.items()},
        "signer": {"algorithm": "Ed25519", "public_key": base64.b64encode(public).decode(),
                   "fingerprint": "-".join(digest[i:i + 4] for i in range(0, 16, 4))},
    })
    signature = canonical_json({"algorithm": "Ed25519",
                                "signature": base64.b64encode(key.sign(manifest)).decode()})
    members = {**contents, "manifest.json": manifest, "signature.json": signature}
    return canonical_zip([(name, members[name]) for name in MEMBERS])


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as handle:
        description = json.load(handle)
    with open(argv[2], "wb") as out:
        out.write(build(description))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
