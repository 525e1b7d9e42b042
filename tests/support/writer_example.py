"""The standalone writer of ``docs/examples/write_bundle.py``, loaded for tests, and a way to
change one field of what it writes while deriving the rest again as a writer would."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import uuid
from pathlib import Path

from facilitator_app.bundle import format as fmt
from tests.support.bundles import members_of

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
SCRIPT = EXAMPLES / "write_bundle.py"


def _load_writer():
    spec = importlib.util.spec_from_file_location("write_bundle", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


wb = _load_writer()


def _set(data: dict, path: str, value) -> None:
    *parents, last = path.split(".")
    for key in _keys(parents):
        data = data[int(key)] if isinstance(data, list) else data[key]
    if value == "(absent)":
        del data[last]
    elif isinstance(data, list):
        data[int(last)] = value
    else:
        data[last] = value


def _keys(parts: list[str]) -> list[str]:
    """Path parts, with the member names ``payload.json`` and ``catalogue.json`` kept whole."""
    out: list[str] = []
    for part in parts:
        if part == "json" and out:
            out[-1] += ".json"
        else:
            out.append(part)
    return out


def changed(description: dict, member: str, path: str, value) -> bytes:
    """The bundle of ``description`` with one field of one member changed; the envelope
    (member hashes, catalogue hash, bundle UUID, signature) derived again unless the change
    is to the envelope itself. ``"(absent)"`` removes the field."""
    members = members_of(wb.build(description))
    key = wb.Ed25519PrivateKey.from_private_bytes(bytes.fromhex(description["key_seed"]))
    parsed = {name: json.loads(members[f"{name}.json"])
              for name in ("manifest", "payload", "catalogue", "signature")}
    if path == "signer.public_key":
        value = base64.b64encode(wb.Ed25519PrivateKey.from_private_bytes(bytes(32)).public_key()
                                 .public_bytes(wb.Encoding.Raw, wb.PublicFormat.Raw)).decode()
    _set(parsed[member], path, value)
    if member != "manifest":  # the envelope, derived again
        members[f"{member}.json"] = wb.canonical_json(parsed[member])
    manifest = parsed["manifest"]
    envelope = member == "manifest" and (path.startswith(("members.", "bundle_uuid", "catalogue.",
                                                          "signer.")))
    if not envelope:
        for name in manifest["members"]:
            manifest["members"][name] = {
                "sha256": hashlib.sha256(members[name]).hexdigest(), "size": len(members[name])}
        manifest["catalogue"]["sha256"] = hashlib.sha256(members[fmt.CATALOGUE]).hexdigest()
        manifest["bundle_uuid"] = str(uuid.uuid5(wb.BUNDLE_NAMESPACE, "{}:{}".format(
            manifest["installation_id"], manifest["members"][fmt.PAYLOAD]["sha256"])))
    members[fmt.MANIFEST] = wb.canonical_json(manifest)
    signed = b"another message" if (member, path) == ("signature", "signature") \
        else members[fmt.MANIFEST]
    if member != "signature" or path == "signature":
        members[fmt.SIGNATURE] = wb.canonical_json({"algorithm": "Ed25519", "signature": (
            base64.b64encode(key.sign(signed)).decode())})
    return wb.canonical_zip([(name, members[name]) for name in wb.MEMBERS])
