"""Every documented check of the manifest: what it repeats of the catalogue and what is derived
from the data, and the catalogue's identity, at verify and at merge (``--dry-run``)."""

from __future__ import annotations

import pytest

from facilitator_app.bundle import read_bundle_bytes
from facilitator_app.central.store import CentralStore
from facilitator_app.errors import BundleError
from tests.central.test_central_cli import _app
from tests.support.bundles import HOSTILE

# Each was signed and hashed correctly, and verified before these checks existed.
CASES = ["catalogue-divergent", "manifest-other-event", "manifest-other-date",
         "manifest-other-atelier-title", "created-at-forged", "bundle-uuid-forged"]


@pytest.mark.parametrize("name", CASES)
def test_a_manifest_that_disagrees_is_refused_under_its_rule(name):
    rule, make = HOSTILE[name]
    with pytest.raises(BundleError) as refused:
        read_bundle_bytes(make(), f"{name}.fabundle")
    assert refused.value.rule == rule


def test_verify_and_merge_dry_run_refuse_them_all(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in CASES:
        (folder / f"{name}.fabundle").write_bytes(HOSTILE[name][1]())
    verified = _app("verify", str(folder), lang="en")
    assert verified.returncode == 4
    for name in CASES:
        assert f"{name}.fabundle: {HOSTILE[name][0]}: " in verified.stdout, verified.stdout
    store = str(tmp_path / "central.sqlite")
    CentralStore(store).close()
    merged = _app("merge", str(folder), "--into", store, "--dry-run", lang="en")
    assert merged.returncode == 4
    for name in CASES:
        assert f"{name}.fabundle: {HOSTILE[name][0]}: " in merged.stdout, merged.stdout
    assert "MERGED" not in merged.stdout
