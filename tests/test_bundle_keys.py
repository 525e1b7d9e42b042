"""Weak Ed25519 keys and signatures: refused at verify, at merge and when a key is trusted.

The edge-case vectors are those of K. Chalkias, F. Garillot and V. Nikolaenko, "Taming the many
EdDSAs" (SSR 2020, https://eprint.iacr.org/2020/1244), as published in
https://github.com/novifinancial/ed25519-speccheck (``cases.txt``, twelve cases numbered 0 to
11). The small-order encodings are libsodium's list (``ge25519_has_small_order`` in
``crypto_core/ed25519/ref10/ed25519_ref10.c``), which ignores the sign bit.
"""

from __future__ import annotations

import base64
import hashlib
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from facilitator_app.bundle import read_bundle_bytes
from facilitator_app.bundle import format as fmt
from facilitator_app.bundle import strict_ed25519 as ed
from facilitator_app.bundle.keys import check_trustable, fingerprint, verify_signature
from facilitator_app.central.store import CentralStore
from facilitator_app.errors import BundleError, FacilitatorError
from facilitator_app.strict_json import dumps
from tests.central.test_central_cli import _app
from tests.support.bundles import (
    TEST_KEY,
    members_of,
    rebuild,
    signed_by_weak_key,
    valid_bundle,
)

# (message, public key, signature), hex; case i of speccheck's cases.txt.
TAMING_VECTORS = [
    ("8c93255d71dcab10e8f379c26200f3c7bd5f09d9bc3068d3ef4edeb4853022b6",
     "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
     "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"
     "0000000000000000000000000000000000000000000000000000000000000000"),
    ("9bd9f44f4dcc75bd531b56b2cd280b0bb38fc1cd6d1230e14861d861de092e79",
     "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
     "f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43"
     "a5bb704786be79fc476f91d3f3f89b03984d8068dcf1bb7dfc6637b45450ac04"),
    ("aebf3f2601a0c8c5d39cc7d8911642f740b78168218da8471772b35f9d35b9ab",
     "f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43",
     "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa"
     "8c4bd45aecaca5b24fb97bc10ac27ac8751a7dfe1baff8b953ec9f5833ca260e"),
    ("9bd9f44f4dcc75bd531b56b2cd280b0bb38fc1cd6d1230e14861d861de092e79",
     "cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d",
     "9046a64750444938de19f227bb80485e92b83fdb4b6506c160484c016cc1852f"
     "87909e14428a7a1d62e9f22f3d3ad7802db02eb2e688b6c52fcd6648a98bd009"),
    ("e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec4011eaccd55b53f56c",
     "cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d",
     "160a1cb0dc9c0258cd0a7d23e94d8fa878bcb1925f2c64246b2dee1796bed512"
     "5ec6bc982a269b723e0668e540911a9a6a58921d6925e434ab10aa7940551a09"),
    ("e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec4011eaccd55b53f56c",
     "cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d",
     "21122a84e0b5fca4052f5b1235c80a537878b38f3142356b2c2384ebad4668b7"
     "e40bc836dac0f71076f9abe3a53f9c03c1ceeeddb658d0030494ace586687405"),
    ("85e241a07d148b41e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec40",
     "442aad9f089ad9e14647b1ef9099a1ff4798d78589e66f28eca69c11f582a623",
     "e96f66be976d82e60150baecff9906684aebb1ef181f67a7189ac78ea23b6c0e"
     "547f7690a0e2ddcd04d87dbc3490dc19b3b3052f7ff0538cb68afb369ba3a514"),
    ("85e241a07d148b41e47d62c63f830dc7a6851a0b1f33ae4bb2f507fb6cffec40",
     "442aad9f089ad9e14647b1ef9099a1ff4798d78589e66f28eca69c11f582a623",
     "8ce5b96c8f26d0ab6c47958c9e68b937104cd36e13c33566acd2fe8d38aa1942"
     "7e71f98a473474f2f13f06f97c20d58cc3f54b8bd0d272f42b695dd7e89a8c22"),
    ("9bedc267423725d473888631ebf45988bad3db83851ee85c85e241a07d148b41",
     "f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43",
     "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "03be9678ac102edcd92b0210bb34d7428d12ffc5df5f37e359941266a4e35f0f"),
    ("9bedc267423725d473888631ebf45988bad3db83851ee85c85e241a07d148b41",
     "f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43",
     "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
     "ca8c5b64cd208982aa38d4936621a4775aa233aa0505711d8fdcfdaa943d4908"),
    ("e96b7021eb39c1a163b6da4e3093dcd3f21387da4cc4572be588fafae23c155b",
     "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
     "a9d55260f765261eb9b84e106f665e00b867287a761990d7135963ee0a7d59dc"
     "a5bb704786be79fc476f91d3f3f89b03984d8068dcf1bb7dfc6637b45450ac04"),
    ("39a591f5321bbe07fd5a23dc2f39d025d74526615746727ceefd6e82ae65c06f",
     "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
     "a9d55260f765261eb9b84e106f665e00b867287a761990d7135963ee0a7d59dc"
     "a5bb704786be79fc476f91d3f3f89b03984d8068dcf1bb7dfc6637b45450ac04"),
]

# What the checks say of each case: libsodium's verdicts (only case 3 verifies), each named.
TAMING_VERDICTS = [
    ed.KEY_SMALL_ORDER, ed.KEY_SMALL_ORDER, ed.SIGNATURE_SMALL_ORDER, None, "equation",
    "equation", ed.SIGNATURE_NOT_CANONICAL, ed.SIGNATURE_NOT_CANONICAL,
    ed.SIGNATURE_NOT_CANONICAL, ed.SIGNATURE_NOT_CANONICAL, ed.KEY_NOT_CANONICAL,
    ed.KEY_NOT_CANONICAL,
]

# libsodium's blocklist: y of the points of order 1, 2, 4 and 8, and the non-canonical p, p+1.
LIBSODIUM_SMALL_ORDER = [
    "0000000000000000000000000000000000000000000000000000000000000000",  # 0 (order 4)
    "0100000000000000000000000000000000000000000000000000000000000000",  # 1 (order 1)
    "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",  # order 8
    "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",  # order 8
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  # p - 1 (order 2)
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  # p (= 0)
    "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",  # p + 1 (= 1)
]


def _openssl_accepts(key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(signature, message)
    except Exception:  # noqa: BLE001 - any refusal
        return False
    return True


@pytest.mark.parametrize("case", range(12))
def test_the_taming_vectors_get_libsodiums_verdicts_each_under_its_rule(case):
    message, key, signature = (bytes.fromhex(h) for h in TAMING_VECTORS[case])
    problem = ed.public_key_problem(key) or ed.signature_problem(signature)
    verdict = problem or (None if _openssl_accepts(key, signature, message) else "equation")
    assert verdict == TAMING_VERDICTS[case]
    assert verify_signature(key, signature, message) is (case == 3)


def test_openssl_alone_accepts_the_cases_the_checks_are_for():
    """Published results for PyCA: 0, 1, 2, 3 and 11 verify; the checks add the refusals."""
    accepted = [i for i, v in enumerate(TAMING_VECTORS)
                if _openssl_accepts(*(bytes.fromhex(h) for h in (v[1], v[2], v[0])))]
    assert accepted == [0, 1, 2, 3, 11]


@pytest.mark.parametrize("encoded", LIBSODIUM_SMALL_ORDER)
@pytest.mark.parametrize("sign", [0, 0x80])
def test_libsodiums_small_order_list_is_refused_with_either_sign(encoded, sign):
    raw = bytearray.fromhex(encoded)
    raw[31] |= sign
    assert ed.public_key_problem(bytes(raw)) in (ed.KEY_SMALL_ORDER, ed.KEY_NOT_CANONICAL)
    assert ed.signature_problem(bytes(raw) + bytes(32)) in (
        ed.SIGNATURE_SMALL_ORDER, ed.SIGNATURE_NOT_CANONICAL)
    assert bytes(raw) in ed.refused_encodings()


def test_the_eight_small_order_points_are_found_and_real_keys_pass():
    small = [e for e in ed.refused_encodings() if ed.public_key_problem(e) == ed.KEY_SMALL_ORDER]
    assert len(small) == 8 and len(ed.refused_encodings()) == 48
    assert ed.public_key_problem(TEST_KEY.public_raw) is None
    signature = TEST_KEY.sign(b"manifest")
    assert ed.signature_problem(signature) is None
    bumped = signature[:32] + (int.from_bytes(signature[32:], "little") + ed.L).to_bytes(
        32, "little")
    assert ed.signature_problem(bumped) == ed.SIGNATURE_NOT_CANONICAL


FORGERIES = {
    "order-1-key": (bytes.fromhex("01" + "00" * 31), ed.KEY_SMALL_ORDER),
    "order-2-key": (bytes.fromhex("ec" + "ff" * 30 + "7f"), ed.KEY_SMALL_ORDER),
    "non-canonical-key": (bytes.fromhex("ec" + "ff" * 31), ed.KEY_NOT_CANONICAL),
    "non-canonical-identity": (bytes.fromhex("ee" + "ff" * 30 + "7f"), ed.KEY_NOT_CANONICAL),
}


@pytest.mark.parametrize("name", sorted(FORGERIES))
def test_a_bundle_signed_by_a_weak_key_is_refused_at_verify(name):
    key, rule = FORGERIES[name]
    with pytest.raises(BundleError) as refused:
        read_bundle_bytes(signed_by_weak_key(key), f"{name}.fabundle")
    assert refused.value.rule == rule
    assert "ordre petit" in str(refused.value) or "canonique" in str(refused.value)


def test_a_bundle_whose_signature_has_a_large_s_is_refused_as_not_canonical():
    members = members_of(valid_bundle())
    signature = base64.b64decode(json.loads(members[fmt.SIGNATURE])["signature"])
    s = int.from_bytes(signature[32:], "little") + ed.L
    members[fmt.SIGNATURE] = dumps({"algorithm": "Ed25519", "signature": base64.b64encode(
        signature[:32] + s.to_bytes(32, "little")).decode()})
    with pytest.raises(BundleError) as refused:
        read_bundle_bytes(rebuild(members, key=None), "large-s.fabundle")
    assert refused.value.rule == ed.SIGNATURE_NOT_CANONICAL


def test_weak_keys_are_refused_by_verify_and_merge_dry_run_on_the_command_line(tmp_path):
    path = tmp_path / "forged.fabundle"
    path.write_bytes(signed_by_weak_key(FORGERIES["order-1-key"][0]))
    verified = _app("verify", str(path), lang="en")
    assert verified.returncode == 4
    assert "forged.fabundle: key-small-order: the public key is of small order" in \
        verified.stdout
    store = str(tmp_path / "central.sqlite")
    CentralStore(store).close()
    merged = _app("merge", str(path), "--into", store, "--dry-run", lang="en")
    assert merged.returncode == 4 and "key-small-order" in merged.stdout
    with CentralStore(store) as central:
        assert not central.bundles()


@pytest.mark.parametrize("raw", [bytes.fromhex("01" + "00" * 31),
                                 bytes.fromhex("ec" + "ff" * 31)])
def test_a_weak_keys_fingerprint_cannot_be_trusted(tmp_path, raw):
    shown = fingerprint(raw)
    with pytest.raises(FacilitatorError):
        check_trustable(shown.lower())
    check_trustable(TEST_KEY.fingerprint)
    store = str(tmp_path / "central.sqlite")
    refused = _app("keys", "--in", store, "--trust", shown, "--name", "Mallory", lang="en")
    assert refused.returncode != 0 and "weak key" in refused.stderr
    with CentralStore(store) as central:
        assert shown not in {k.fingerprint for k in central.keys()}


def test_the_fingerprint_is_of_the_raw_bytes():
    assert fingerprint(TEST_KEY.public_raw) == "-".join(
        hashlib.sha256(TEST_KEY.public_raw).hexdigest()[:16].upper()[i:i + 4]
        for i in range(0, 16, 4))
