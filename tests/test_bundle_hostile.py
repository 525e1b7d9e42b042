"""Any file at all: the hostile corpus, random mutations, and what ``verify`` prints."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator_app.bundle import Limits, read_bundle, read_bundle_bytes
from facilitator_app.errors import BundleError
from tests.conftest import PYTHON, child_env
from facilitator_app.bundle import format as fmt
from tests.support.bundles import HOSTILE, TEST_KEY, members_of, rebuild, valid_bundle

HOSTILE_DIR = Path(__file__).parent / "data" / "hostile"
RULES = json.loads((HOSTILE_DIR / "rules.json").read_text())
VALID = valid_bundle()


def test_the_corpus_is_large_and_up_to_date():
    assert len(RULES) >= 30
    assert RULES == {name: rule for name, (rule, _) in HOSTILE.items()}
    for name, (_, make) in HOSTILE.items():
        assert (HOSTILE_DIR / f"{name}.fabundle").read_bytes() == make(), (
            f"{name} is stale: run scripts/make_hostile_bundles.py")


@pytest.mark.parametrize("name", sorted(RULES))
def test_each_hostile_bundle_is_refused_with_its_own_rule(name):
    started = time.perf_counter()
    with pytest.raises(BundleError) as refused:
        read_bundle(HOSTILE_DIR / f"{name}.fabundle")
    assert refused.value.rule == RULES[name]
    assert time.perf_counter() - started < 2, "a hostile file must be refused quickly"
    sentence = str(refused.value)
    assert sentence.startswith(f"{name}.fabundle refusé ({RULES[name]}) : ")
    assert "Traceback" not in sentence and len(sentence) < 400


def test_the_limits_apply_to_the_whole_file(tmp_path):
    path = tmp_path / "big.fabundle"
    path.write_bytes(VALID)
    with pytest.raises(BundleError) as refused:
        read_bundle(path, Limits(file_bytes=len(VALID) - 1))
    assert refused.value.rule == "file-size"
    read_bundle(path, Limits(file_bytes=len(VALID)))


_mutation = st.one_of(
    st.tuples(st.just("replace"), st.integers(0, len(VALID) - 1), st.integers(0, 255)),
    st.tuples(st.just("insert"), st.integers(0, len(VALID)), st.binary(min_size=1, max_size=8)),
    st.tuples(st.just("delete"), st.integers(0, len(VALID) - 1), st.integers(1, 64)),
    st.tuples(st.just("truncate"), st.integers(0, len(VALID) - 1), st.just(0)),
)


def _mutate(data: bytes, mutations) -> bytes:
    out = bytearray(data)
    for kind, at, arg in mutations:
        at = min(at, len(out))
        if kind == "replace" and at < len(out):
            out[at] = arg
        elif kind == "insert":
            out[at:at] = arg
        elif kind == "delete":
            del out[at:at + arg]
        elif kind == "truncate":
            del out[at:]
    return bytes(out)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_mutation, min_size=1, max_size=4))
def test_mutated_bundles_are_read_or_cleanly_refused(mutations):
    mutated = _mutate(VALID, mutations)
    try:
        bundle = read_bundle_bytes(mutated, "mutated")
    except BundleError as refused:
        assert refused.rule and str(refused) and "\n" not in str(refused)
    else:  # only an unchanged file can be valid: the container is canonical and signed
        assert mutated == VALID and bundle.counts.contributions == 6


def _verify(*args: str, lang: str = "fr") -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "facilitator_app", "--lang", lang, "verify", *args],
                          capture_output=True, text=True, env=child_env(), timeout=120)


def test_verify_prints_one_verdict_per_file_and_fails_if_any_is_refused(tmp_path):
    good = tmp_path / "good.fabundle"
    good.write_bytes(VALID)
    result = _verify(str(good))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"VALIDE  {good} : atelier 3 ")
    assert TEST_KEY.fingerprint in result.stdout

    result = _verify(str(good), str(HOSTILE_DIR))
    assert result.returncode == 4
    lines = result.stdout.splitlines()
    assert len(lines) == 1 + len(RULES)
    assert sum(line.startswith("REFUSÉ  ") for line in lines) == len(RULES)
    assert "Traceback" not in result.stdout + result.stderr


def test_verify_speaks_english_when_asked(tmp_path):
    bad = tmp_path / "bad.fabundle"
    bad.write_bytes(VALID[:-1])
    result = _verify(str(bad), lang="en")
    assert result.returncode == 4
    assert result.stdout.startswith(f"REJECTED  {bad}: container: it is not a readable zip")


PAYLOAD = members_of(VALID)[fmt.PAYLOAD]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["replace", "insert", "delete"]),
                          st.integers(0, len(PAYLOAD) - 1),
                          st.sampled_from([b'"', b"\\", b"{", b"}", b"[", b"]", b",", b":",
                                           b"0", b"-1", b"1e999", b"null", b"true", b"\xff",
                                           b"\\ud800", b"\xc3", b" "])),
                min_size=1, max_size=3))
def test_signed_bundles_with_mutated_payloads_are_read_or_cleanly_refused(mutations):
    """Re-signed after the change, so that the mutation reaches the JSON and schema checks."""
    payload = bytearray(PAYLOAD)
    for kind, at, chunk in mutations:
        if kind == "replace":
            payload[at:at + len(chunk)] = chunk
        elif kind == "insert":
            payload[at:at] = chunk
        else:
            del payload[at:at + len(chunk)]
    members = members_of(VALID)
    members[fmt.PAYLOAD] = bytes(payload)
    try:
        bundle = read_bundle_bytes(rebuild(members), "mutated")
    except BundleError as refused:
        assert refused.rule and str(refused) and "\n" not in str(refused)
    else:
        assert bundle.run.atelier_number == 3
