"""The installation's Ed25519 key pair, which signs every bundle this installation exports.

Made at first use and kept in the data folder, readable by the user only. The public key travels
in each bundle; its short *fingerprint* is what a facilitator reads out to an organiser, who can
then trust that key for that facilitator.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from facilitator_app.bundle.strict_ed25519 import (
    public_key_problem,
    refused_fingerprints,
    signature_problem,
)
from facilitator_app.errors import FacilitatorError
from facilitator_app.i18n import msg

log = logging.getLogger(__name__)

KEY_FILENAME = "installation-ed25519.pem"


def fingerprint(public_raw: bytes) -> str:
    """Sixteen hexadecimal digits in four groups, e.g. ``3F2A-9C1B-77D0-E4A5``: the first 8 bytes
    of the SHA-256 of the raw public key."""
    digest = hashlib.sha256(public_raw).hexdigest()[:16].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 16, 4))


def verify_signature(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    """Whether ``signature`` is the Ed25519 signature of ``data`` by ``public_raw``, a key
    and a signature that pass the strict checks of :mod:`~facilitator_app.bundle.strict_ed25519`
    (OpenSSL's verification uses the cofactorless equation)."""
    if public_key_problem(public_raw) or signature_problem(signature):
        return False
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def check_trustable(fingerprint_text: str) -> None:
    """Refuse to register as trusted the fingerprint of a key no bundle can be signed with
    safely: a key of small order (anyone can forge its signatures) or a non-canonical encoding
    (a second spelling of a key, with a fingerprint of its own). Called where a key is
    registered; the reader refuses such keys in bundles under the rules ``key-small-order``
    and ``key-non-canonical``."""
    if fingerprint_text.strip().upper() in refused_fingerprints(fingerprint):
        raise FacilitatorError(msg(
            "L\u2019empreinte {fp} est celle d\u2019une clé faible (d\u2019ordre petit ou mal "
            "encodée)\u00a0: n\u2019importe qui pourrait signer des paquets en son nom. Elle "
            "ne peut pas être une clé de confiance.",
            "The fingerprint {fp} is that of a weak key (of small order or not canonically "
            "encoded): anyone could sign bundles in its name. It cannot be trusted.",
            fp=fingerprint_text.strip().upper()))


@dataclass(frozen=True)
class InstallationKey:
    """This installation's signing key."""

    private: Ed25519PrivateKey
    public_raw: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    @property
    def public_base64(self) -> str:
        return base64.b64encode(self.public_raw).decode("ascii")

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)

    @classmethod
    def from_private(cls, private: Ed25519PrivateKey) -> InstallationKey:
        raw = private.public_key().public_bytes(serialization.Encoding.Raw,
                                                serialization.PublicFormat.Raw)
        return cls(private, raw)


def key_path(data_folder: Path) -> Path:
    return Path(data_folder) / "keys" / KEY_FILENAME


def load_or_create_key(data_folder: Path) -> InstallationKey:
    """The installation's key, made (owner-only permissions) the first time it is needed."""
    path = key_path(data_folder)
    try:
        pem = path.read_bytes()
    except FileNotFoundError:
        return _create(path)
    try:
        private = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:
        raise FacilitatorError(msg(
            "La clé de signature {path} est illisible ({detail}) ; restaurez-la depuis une "
            "sauvegarde ou déplacez-la pour en créer une nouvelle (les organisateurs devront "
            "alors faire confiance à la nouvelle empreinte).",
            "The signing key {path} is unreadable ({detail}); restore it from a backup or move it "
            "away to make a new one (organisers will then have to trust the new fingerprint).",
            path=path, detail=str(exc)[:100])) from None
    if not isinstance(private, Ed25519PrivateKey):
        raise FacilitatorError(msg("La clé {path} n'est pas une clé Ed25519.",
                                   "The key {path} is not an Ed25519 key.", path=path))
    return InstallationKey.from_private(private)


def _create(path: Path) -> InstallationKey:
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.name != "nt":
        os.chmod(path.parent, 0o700)
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    # Written aside then linked into place, so that no reader ever sees half a key and two
    # processes starting at once end up with one key.
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
        handle.flush()
        os.fsync(handle.fileno())
    try:
        os.link(temporary, path)
    except FileExistsError:
        return load_or_create_key(path.parent.parent)
    finally:
        temporary.unlink()
    key = InstallationKey.from_private(private)
    log.info("made the installation's signing key %s (fingerprint %s)", path, key.fingerprint)
    return key
