"""Bundles for tests: a fixed sample run signed by a fixed test key, and the hostile corpus.

``scripts/make_hostile_bundles.py`` writes :data:`HOSTILE` into ``tests/data/hostile/``; each
case breaks exactly one rule of the reader, and the test suite checks that each is refused with
that rule. The cases are built here from the valid sample, re-signed with the test key where
the rule under test lies past the signature check, so that each reaches its own rule.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import warnings
import stat
import struct
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from facilitator_app.bundle import format as fmt
from facilitator_app.bundle.container import write_container
from facilitator_app.bundle.keys import InstallationKey
from facilitator_app.bundle.writer import build_bundle
from facilitator_app.catalogue import builtin_catalogue
from facilitator_app.domain import Contribution, EngagementNotes, WorkshopRun
from facilitator_app.strict_json import dumps

TEST_KEY = InstallationKey.from_private(Ed25519PrivateKey.from_private_bytes(bytes(range(32))))
OTHER_KEY = InstallationKey.from_private(Ed25519PrivateKey.from_private_bytes(bytes(32)))
INSTALLATION = "0b7c1c1e-5a8e-4d7e-9a53-1f0d4c2b9e11"
RUN_UUID = "5d1f8a0e-7c3b-4e2a-8f61-2b9d0c4e7a35"
T0 = datetime(2016, 6, 21, 16, 20, tzinfo=UTC)

TEXTS = [
    "Nombre de jeux de données publiés sur data.gouv.fr, et leur taux de réutilisation",
    "S'inspirer d'Etalab et de l'Open Government Partnership 🌍✨",
    "مشاركة المواطنين في صنع القرار",  # right-to-left text
    "Former les agents : « ouvrir par défaut » n'est pas encore un réflexe",
    "x" * 10_000,
    "Ligne 1\nLigne 2\tavec tabulation",
]


def sample(atelier: int = 3) -> tuple:
    """A run of the built-in catalogue's ``atelier``: accents, emoji, right-to-left text, a
    10,000-character contribution, an edit, a star and a tombstone."""
    catalogue = builtin_catalogue()
    engagements = catalogue.atelier(atelier).engagement_numbers
    run = WorkshopRun(RUN_UUID, catalogue.id, catalogue.version, atelier,
                      catalogue.atelier(atelier).facilitators, 21, ("Etalab", "Cour des comptes"),
                      T0, None, T0, T0 + timedelta(minutes=50), 4)
    contributions = []
    for i, text in enumerate(TEXTS):
        contributions.append(Contribution(
            uuid=f"00000000-0000-4000-8000-{i:012d}", run_uuid=RUN_UUID,
            engagement_number=engagements[i % len(engagements)],
            question_key=fmt_question(i), text=text, position=i // 4, starred=i == 1,
            created_at=T0 + timedelta(minutes=i, microseconds=123_456),
            updated_at=T0 + timedelta(minutes=i + 1), revision=1 + (i == 3),
            deleted=i == 5))
    notes = [EngagementNotes(RUN_UUID, engagements[0], "Q : quand ? R : fin 2016.",
                             T0 + timedelta(minutes=30), 2)]
    return run, catalogue, contributions, notes


def fmt_question(i: int) -> str:
    return ("indicators", "inspirations", "challenges", "commitments")[i % 4]


def valid_bundle() -> bytes:
    run, catalogue, contributions, notes = sample()
    return build_bundle(run, catalogue, contributions, notes, INSTALLATION, TEST_KEY)


def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rebuild(members: dict[str, bytes], *, key: InstallationKey | None = TEST_KEY,
            rehash: bool = True) -> bytes:
    """The canonical container of ``members``, with the manifest's hashes brought up to date and
    re-signed (unless told not to), so that a change inside a member reaches the later rules."""
    members = dict(members)
    if rehash:
        manifest = json.loads(members[fmt.MANIFEST])
        for name in manifest["members"]:
            manifest["members"][name] = {"sha256": hashlib.sha256(members[name]).hexdigest(),
                                         "size": len(members[name])}
        members[fmt.MANIFEST] = dumps(manifest)
    if key is not None:
        members[fmt.SIGNATURE] = dumps({"algorithm": "Ed25519", "signature": base64.b64encode(
            key.sign(members[fmt.MANIFEST])).decode()})
    return write_container([(n, members[n]) for n in fmt.MEMBERS if n in members]
                           + [(n, c) for n, c in members.items() if n not in fmt.MEMBERS])


def _edit_json(member: str, change: Callable[[dict], None]) -> bytes:
    members = members_of(valid_bundle())
    data = json.loads(members[member])
    change(data)
    members[member] = dumps(data)
    return rebuild(members)


def _replace_member(member: str, raw: bytes) -> bytes:
    members = members_of(valid_bundle())
    members[member] = raw
    return rebuild(members, rehash=member != fmt.MANIFEST)


def _zip(entries: list[tuple[str, bytes]], *, compress: int = zipfile.ZIP_STORED,
         attrs: dict[str, int] | None = None) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", compression=compress) as archive:
        warnings.simplefilter("ignore")  # duplicate names are the point of some cases
        for name, content in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = compress
            info.external_attr = (attrs or {}).get(name, (stat.S_IFREG | 0o644) << 16)
            archive.writestr(info, content)
    return out.getvalue()


def _valid_entries() -> list[tuple[str, bytes]]:
    members = members_of(valid_bundle())
    return [(n, members[n]) for n in fmt.MEMBERS]


def _overlapping() -> bytes:
    """Two directory entries pointing at the same bytes."""
    entries = _valid_entries()
    data = bytearray(write_container(entries))
    end = data.rfind(struct.pack("<I", 0x06054B50))
    cd_offset = struct.unpack_from("<I", data, end + 16)[0]
    # Point the second directory entry at the first member's local header.
    first = cd_offset
    name_len = struct.unpack_from("<H", data, first + 28)[0]
    second = first + 46 + name_len
    struct.pack_into("<I", data, second + 42, 0)
    return bytes(data)


def _declared_too_large() -> bytes:
    data = bytearray(valid_bundle())
    end = data.rfind(struct.pack("<I", 0x06054B50))
    cd_offset = struct.unpack_from("<I", data, end + 16)[0]
    struct.pack_into("<I", data, cd_offset + 24, 3_000_000_000)  # uncompressed size
    return bytes(data)


def _encrypted() -> bytes:
    data = bytearray(valid_bundle())
    end = data.rfind(struct.pack("<I", 0x06054B50))
    cd_offset = struct.unpack_from("<I", data, end + 16)[0]
    flags = struct.unpack_from("<H", data, cd_offset + 8)[0]
    struct.pack_into("<H", data, cd_offset + 8, flags | 1)
    return bytes(data)


def _changed_date() -> bytes:
    data = bytearray(valid_bundle())
    struct.pack_into("<H", data, 10, 0x5A1F)  # first local header's modification time
    return bytes(data)


def _case_collision() -> bytes:
    return _zip(_valid_entries() + [("Manifest.json", b"{}")])


def _too_many() -> bytes:
    return _zip(_valid_entries() + [(f"extra/{i}.txt", b"") for i in range(40)])


def _bomb() -> bytes:
    return _zip([(n, c) for n, c in _valid_entries() if n != fmt.PAYLOAD]
                + [(fmt.PAYLOAD, b" " * 14_000_000)], compress=zipfile.ZIP_DEFLATED)


def _deflated() -> bytes:
    return _zip(_valid_entries(), compress=zipfile.ZIP_DEFLATED)


def _symlink() -> bytes:
    entries = _valid_entries() + [("link", b"/etc/passwd")]
    return _zip(entries, attrs={"link": (stat.S_IFLNK | 0o777) << 16})


def _manifest_changed_unsigned() -> bytes:
    members = members_of(valid_bundle())
    manifest = json.loads(members[fmt.MANIFEST])
    manifest["facilitators"] = ["Quelqu'un d'autre"]
    members[fmt.MANIFEST] = dumps(manifest)
    return rebuild(members, key=None, rehash=False)


def _signed_by_other_key() -> bytes:
    """The manifest names the test key but the signature is another key's."""
    return rebuild(members_of(valid_bundle()), key=OTHER_KEY, rehash=False)


def signed_by_weak_key(public_raw: bytes) -> bytes:
    """The sample "signed" by a weak key: R the identity or the point of order 2 and S = 0,
    which OpenSSL's cofactorless check accepts whenever [k]A = -R (one of the two works)."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from facilitator_app.bundle.keys import fingerprint

    members = members_of(valid_bundle())
    manifest = json.loads(members[fmt.MANIFEST])
    manifest["signer"] = {"algorithm": "Ed25519",
                          "public_key": base64.b64encode(public_raw).decode(),
                          "fingerprint": fingerprint(public_raw)}
    members[fmt.MANIFEST] = dumps(manifest)
    for r in ("01" + "00" * 31, "ec" + "ff" * 30 + "7f"):
        signature = bytes.fromhex(r) + bytes(32)
        try:
            Ed25519PublicKey.from_public_bytes(public_raw).verify(signature,
                                                                  members[fmt.MANIFEST])
        except InvalidSignature:
            continue
        members[fmt.SIGNATURE] = dumps({"algorithm": "Ed25519",
                                        "signature": base64.b64encode(signature).decode()})
        return rebuild(members, key=None)
    raise AssertionError("no forgery found for this key")


def _large_s() -> bytes:
    """The test key's signature with L added to S: the same equation, a second spelling."""
    from facilitator_app.bundle.strict_ed25519 import L

    members = members_of(valid_bundle())
    signature = base64.b64decode(json.loads(members[fmt.SIGNATURE])["signature"])
    s = int.from_bytes(signature[32:], "little") + L
    members[fmt.SIGNATURE] = dumps({"algorithm": "Ed25519", "signature": base64.b64encode(
        signature[:32] + s.to_bytes(32, "little")).decode()})
    return rebuild(members, key=None)


def divergent_catalogue() -> bytes:
    """The sample with another title for its atelier, in its catalogue and its manifest alike,
    under the built-in catalogue's id and version: a consistent, signed, changed copy."""
    members = members_of(valid_bundle())
    catalogue = json.loads(members[fmt.CATALOGUE])
    manifest = json.loads(members[fmt.MANIFEST])
    for atelier in catalogue["ateliers"]:
        if atelier["number"] == manifest["atelier"]["number"]:
            atelier["title"] = manifest["atelier"]["title"] = "Un titre contrefait"
    members[fmt.CATALOGUE] = dumps(catalogue)
    manifest["catalogue"]["sha256"] = hashlib.sha256(members[fmt.CATALOGUE]).hexdigest()
    members[fmt.MANIFEST] = dumps(manifest)
    return rebuild(members)


def with_text(index: int, text: str) -> bytes:
    """The sample with contribution ``index`` holding ``text``, hashed and signed."""
    def change(payload: dict) -> None:
        payload["contributions"][index]["text"] = text
    return _edit_json(fmt.PAYLOAD, change)


def with_facilitator(name: str) -> bytes:
    """The sample with its first facilitator named ``name``, in the run and the manifest."""
    members = members_of(valid_bundle())
    payload, manifest = json.loads(members[fmt.PAYLOAD]), json.loads(members[fmt.MANIFEST])
    payload["run"]["facilitators"][0] = manifest["facilitators"][0] = name
    members[fmt.PAYLOAD] = dumps(payload)
    manifest["bundle_uuid"] = fmt.bundle_uuid(manifest["installation_id"],
                                              hashlib.sha256(members[fmt.PAYLOAD]).hexdigest())
    members[fmt.MANIFEST] = dumps(manifest)
    return rebuild(members)


def _payload_changed_unhashed() -> bytes:
    members = members_of(valid_bundle())
    members[fmt.PAYLOAD] = members[fmt.PAYLOAD].replace("Etalab".encode(), "Btalab".encode(), 1)
    return rebuild(members, rehash=False)


def _newer() -> bytes:
    members = members_of(valid_bundle())
    manifest = json.loads(members[fmt.MANIFEST])
    manifest["format_version"] = 99
    manifest["something_new"] = {"from": "the future"}
    members[fmt.MANIFEST] = dumps(manifest)
    return rebuild(members, rehash=False)


def _nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


HOSTILE: dict[str, tuple[str, Callable[[], bytes]]] = {
    # name: (rule the reader must name, how to make it)
    "not-a-zip": ("container", lambda: b"Ceci n'est pas un paquet.\n" * 20),
    "empty-file": ("container", lambda: b""),
    "truncated": ("container", lambda: valid_bundle()[:-200]),
    "too-many-members": ("member-count", _too_many),
    "absolute-path": ("member-path", lambda: _zip(_valid_entries() + [("/etc/cron.d/x", b"")])),
    "parent-path": ("member-path", lambda: _zip(_valid_entries() + [("../../evil.sh", b"")])),
    "drive-letter": ("member-path", lambda: _zip(_valid_entries() + [("C:/Windows/x.dll", b"")])),
    "backslash": ("member-path", lambda: _zip(_valid_entries() + [("a\\..\\b", b"")])),
    "symlink": ("member-type", _symlink),
    "duplicate-name": ("member-duplicate",
                       lambda: _zip(_valid_entries() + [(fmt.PAYLOAD, b"{}")])),
    "case-collision": ("member-duplicate", _case_collision),
    "encrypted-member": ("member-type", _encrypted),
    "declared-too-large": ("member-size", _declared_too_large),
    "compression-bomb": ("compression-ratio", _bomb),
    "compressed-members": ("compression-method", _deflated),
    "overlapping-entries": ("overlap", _overlapping),
    "missing-member": ("members", lambda: _zip(_valid_entries()[:-1])),
    "extra-member": ("members", lambda: _zip(_valid_entries() + [("readme.txt", b"hi")])),
    "not-canonical": ("canonical", _changed_date),
    "trailing-bytes": ("canonical", lambda: valid_bundle() + b"\0" * 16),
    "wrong-mimetype": ("mimetype", lambda: _replace_member(fmt.MIMETYPE_MEMBER,
                                                           b"application/zip")),
    "manifest-not-json": ("json-syntax", lambda: _replace_member(fmt.MANIFEST, b"{manifest")),
    "manifest-not-ours": ("format", lambda: _replace_member(fmt.MANIFEST, b'{"format":"x"}')),
    "newer-format": ("format-version", _newer),
    "manifest-schema": ("schema", lambda: _edit_json(fmt.MANIFEST,
                                                     lambda m: m.pop("installation_id"))),
    "signature-mismatch": ("signature", _manifest_changed_unsigned),
    "signature-other-key": ("signature", _signed_by_other_key),
    "small-order-key": ("key-small-order", lambda: signed_by_weak_key(
        bytes.fromhex("01" + "00" * 31))),
    "non-canonical-key": ("key-non-canonical", lambda: signed_by_weak_key(
        bytes.fromhex("ec" + "ff" * 31))),
    "large-s-signature": ("signature-non-canonical", _large_s),
    "hash-mismatch": ("hash", _payload_changed_unhashed),
    "invalid-utf8": ("utf-8", lambda: _replace_member(
        fmt.PAYLOAD, members_of(valid_bundle())[fmt.PAYLOAD].replace(b"Etalab", b"\xff\xfetalab"))),
    "byte-order-mark": ("utf-8", lambda: _replace_member(
        fmt.PAYLOAD, b"\xef\xbb\xbf" + members_of(valid_bundle())[fmt.PAYLOAD])),
    "lone-surrogate": ("json-string", lambda: _replace_member(
        fmt.PAYLOAD, members_of(valid_bundle())[fmt.PAYLOAD].replace(b"Etalab", b"\\ud800E"))),
    "nan": ("json-constant", lambda: _replace_member(
        fmt.PAYLOAD, members_of(valid_bundle())[fmt.PAYLOAD].replace(
            b'"participant_count":21', b'"participant_count":NaN'))),
    "duplicate-key": ("json-duplicate-key", lambda: _replace_member(
        fmt.PAYLOAD, members_of(valid_bundle())[fmt.PAYLOAD].replace(
            b'"participant_count":21', b'"participant_count":21,"participant_count":2000'))),
    "huge-number": ("json-number", lambda: _replace_member(
        fmt.PAYLOAD, members_of(valid_bundle())[fmt.PAYLOAD].replace(
            b'"participant_count":21', b'"participant_count":' + b"9" * 5000))),
    "huge-float": ("json-number", lambda: _replace_member(
        fmt.PAYLOAD, members_of(valid_bundle())[fmt.PAYLOAD].replace(
            b'"participant_count":21', b'"participant_count":1e400'))),
    "deep-nesting": ("json-depth", lambda: _replace_member(fmt.PAYLOAD, _nested(100_000))),
    "moderate-nesting": ("json-depth", lambda: _replace_member(fmt.PAYLOAD, _nested(40))),
    "string-too-long": ("json-string", lambda: _edit_json(
        fmt.PAYLOAD, lambda p: p["contributions"][0].update(text="é" * 150_000))),
    "payload-schema-type": ("schema", lambda: _edit_json(
        fmt.PAYLOAD, lambda p: p["contributions"][0].update(text=12))),
    "payload-schema-missing": ("schema", lambda: _edit_json(
        fmt.PAYLOAD, lambda p: p["contributions"][1].pop("revision"))),
    "payload-schema-extra": ("schema", lambda: _edit_json(
        fmt.PAYLOAD, lambda p: p["run"].update(password="hunter2"))),
    "uuid-trailing-newline": ("schema", lambda: _edit_json(
        fmt.PAYLOAD, lambda p: p["contributions"][0].update(
            uuid=p["contributions"][0]["uuid"] + "\n"))),
    "impossible-date": ("schema", lambda: _edit_json(
        fmt.PAYLOAD, lambda p: p["contributions"][0].update(
            created_at="2016-02-30T10:00:00.000000Z"))),
    "unknown-engagement": ("reference", lambda: _edit_json(
        fmt.PAYLOAD, lambda p: p["contributions"][0].update(engagement=9999))),
    "unknown-question": ("reference", lambda: _edit_json(
        fmt.PAYLOAD, lambda p: p["contributions"][0].update(question="opinions"))),
    "duplicate-contribution": ("reference", lambda: _edit_json(
        fmt.PAYLOAD, lambda p: p["contributions"].append(p["contributions"][0]))),
    "counts-mismatch": ("reference", lambda: _edit_json(
        fmt.MANIFEST, lambda m: m["counts"].update(contributions=99))),
    "catalogue-tampered": ("catalogue", lambda: _edit_json(
        fmt.CATALOGUE, lambda c: c["event"].update(title="Une autre soirée"))),
    "catalogue-divergent": ("catalogue-divergent", divergent_catalogue),
    "nul-in-text": ("text", lambda: with_text(0, "avant\x00après")),
    "escape-in-text": ("text", lambda: with_text(1, "\x1b[31mrouge\x1b[0m")),
    "bell-in-text": ("text", lambda: with_text(2, "ding\x07")),
    "noncharacter-in-text": ("text", lambda: with_text(3, "fin\uffff")),
    "blank-text": ("text", lambda: with_text(0, "   \t\n\u3000")),
    "escape-in-name": ("name", lambda: with_facilitator("Simon\x1b]0;pwned\x07")),
    "line-feed-in-name": ("name", lambda: with_facilitator("Simon\nChignard")),
    "manifest-other-event": ("manifest-catalogue", lambda: _edit_json(
        fmt.MANIFEST, lambda m: m["event"].update(title="Une autre soirée"))),
    "manifest-other-date": ("manifest-catalogue", lambda: _edit_json(
        fmt.MANIFEST, lambda m: m["event"].update(date="2017-01-01"))),
    "manifest-other-atelier-title": ("manifest-catalogue", lambda: _edit_json(
        fmt.MANIFEST, lambda m: m["atelier"].update(title="Un autre atelier"))),
    "created-at-forged": ("created-at", lambda: _edit_json(
        fmt.MANIFEST, lambda m: m.update(created_at="2016-06-22T09:00:00.000000Z"))),
    "bundle-uuid-forged": ("bundle-uuid", lambda: _edit_json(
        fmt.MANIFEST, lambda m: m.update(bundle_uuid="00000000-0000-4000-8000-000000000001"))),
}

