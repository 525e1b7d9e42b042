"""The checks around Ed25519 verification that OpenSSL leaves out.

OpenSSL (through ``cryptography``) verifies with the cofactorless equation ``[S]B = R + [k]A``
and refuses a non-canonical ``S``, but accepts a public key ``A`` of small order, for which a
signature with ``S = 0`` and ``R`` the identity verifies for every message, and non-canonical
encodings of a key, which give one key two fingerprints. These functions refuse what RFC 8032
§5.1.7 and libsodium's ``crypto_sign_verify_detached`` refuse: an ``A`` or an ``R`` that is not
the canonical encoding of a curve point (§5.1.3), or is of small order (libsodium's list), and
an ``S`` not below the group order ``L``. Point decoding is done here in plain integers: it is
a handful of modular operations per signature.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

P = 2 ** 255 - 19
L = 2 ** 252 + 27742317777372353535851937790883648493  # the order of the base point
_D = -121665 * pow(121666, -1, P) % P
_SQRT_M1 = pow(2, (P - 1) // 4, P)
_IDENTITY = (0, 1)

# Rule names, as the reader reports them.
KEY_NOT_CANONICAL = "key-non-canonical"
KEY_SMALL_ORDER = "key-small-order"
SIGNATURE_NOT_CANONICAL = "signature-non-canonical"
SIGNATURE_SMALL_ORDER = "signature-small-order"


def decode_point(encoded: bytes) -> tuple[int, int] | None:
    """The point (x, y) that 32 bytes encode (RFC 8032 §5.1.3), or None when they are not the
    canonical encoding of a point of the curve (y not below p, x = 0 with its sign bit set, or
    no such point)."""
    if len(encoded) != 32:
        return None
    number = int.from_bytes(encoded, "little")
    sign, y = number >> 255, number & ((1 << 255) - 1)
    if y >= P:
        return None
    u, v = (y * y - 1) % P, (_D * y * y + 1) % P
    x = u * pow(v, 3, P) * pow(u * pow(v, 7, P), (P - 5) // 8, P) % P
    if v * x * x % P == (-u) % P:
        x = x * _SQRT_M1 % P
    elif v * x * x % P != u:
        return None
    if x == 0 and sign:
        return None
    if x & 1 != sign:
        x = P - x
    return x, y


def _add(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    """The sum of two points (the complete addition law of the twisted Edwards curve)."""
    (x1, y1), (x2, y2) = a, b
    t = _D * x1 * x2 * y1 * y2 % P
    return ((x1 * y2 + y1 * x2) * pow(1 + t, -1, P) % P,
            (y1 * y2 + x1 * x2) * pow(1 - t, -1, P) % P)


def has_small_order(point: tuple[int, int]) -> bool:
    """Whether eight times the point is the identity (its order divides the cofactor)."""
    for _ in range(3):
        point = _add(point, point)
    return point == _IDENTITY


@lru_cache(maxsize=256)
def public_key_problem(raw: bytes) -> str | None:
    """The rule a raw public key breaks, if any (remembered: a laptop signs all its bundles
    with one key, and a merge checks each bundle's key twice)."""
    point = decode_point(raw)
    if point is None:
        return KEY_NOT_CANONICAL
    if has_small_order(point):
        return KEY_SMALL_ORDER
    return None


@lru_cache(maxsize=64)
def signature_problem(signature: bytes) -> str | None:
    """The rule a 64-byte signature ``R || S`` breaks on its own, whatever it signs
    (remembered for the second check of the same bundle's signature)."""
    if len(signature) != 64 or int.from_bytes(signature[32:], "little") >= L:
        return SIGNATURE_NOT_CANONICAL
    point = decode_point(signature[:32])
    if point is None:
        return SIGNATURE_NOT_CANONICAL
    if has_small_order(point):
        return SIGNATURE_SMALL_ORDER
    return None


def refused_encodings() -> list[bytes]:
    """Every 32-byte public key that is refused while naming a point of the curve or a value
    y >= p: the encodings with y >= p (both signs), x = 0 with the sign bit set, and the eight
    points of small order. (Other refused keys name no point at all: nothing can verify
    with them.)"""
    found = []
    for y in [*range(P, 2 ** 255), 0, 1, P - 1, *_order_8_ys()]:
        for sign in (0, 1):
            raw = (y | sign << 255).to_bytes(32, "little")
            if public_key_problem(raw) is not None:
                found.append(raw)
    return found


def _order_8_ys() -> list[int]:
    """The y coordinates of the points of order 8: those whose double has y = 0."""
    # y(2P) = 0 means x^2 = -y^2; on the curve, -x^2 + y^2 = 1 + d x^2 y^2 then gives
    # d y^4 + 2 y^2 - 1 = 0, so y^2 = (-1 +- sqrt(1 + d)) / d.
    root_of_discriminant = _sqrt((1 + _D) % P)
    ys = []
    for sign in (1, -1):
        square = (-1 + sign * root_of_discriminant) * pow(_D, -1, P) % P
        root = _sqrt(square)
        if root is not None:
            ys += [root, P - root]
    return sorted(set(ys))


def _sqrt(value: int) -> int | None:
    root = pow(value, (P + 3) // 8, P)
    if root * root % P != value % P:
        root = root * _SQRT_M1 % P
    return root if root * root % P == value % P else None


@cache
def refused_fingerprints(fingerprint: Callable[[bytes], str]) -> frozenset[str]:
    """The fingerprints of :func:`refused_encodings`, by the given fingerprint function."""
    return frozenset(fingerprint(raw) for raw in refused_encodings())
