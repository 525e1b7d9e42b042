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


def _with_catalogue(change) -> bytes:
    """The sample whose catalogue member is changed by ``change`` and hashed as written (its
    own bytes' SHA-256 in the manifest), as a producer that skips the canonical form would."""
    import hashlib
    import json

    from facilitator_app.bundle import format as fmt
    from facilitator_app.strict_json import dumps
    from tests.support.bundles import members_of, rebuild, valid_bundle

    members = members_of(valid_bundle())
    catalogue = json.loads(members[fmt.CATALOGUE])
    change(catalogue)
    members[fmt.CATALOGUE] = dumps(catalogue)
    manifest = json.loads(members[fmt.MANIFEST])
    manifest["catalogue"]["sha256"] = hashlib.sha256(members[fmt.CATALOGUE]).hexdigest()
    members[fmt.MANIFEST] = dumps(manifest)
    return rebuild(members)


def _without_optional_fields(catalogue: dict) -> None:
    del catalogue["event"]["venue"]
    for engagement in catalogue["engagements"]:
        for key in ("official_title", "ogp_id", "description", "completion"):
            engagement.pop(key)
    for atelier in catalogue["ateliers"]:
        atelier.pop("room")


def test_a_catalogue_without_its_defaults_is_refused_for_what_it_is():
    """It passes the catalogue's schema; the message says what the canonical form needs, not
    that the catalogue is another one than announced."""
    with pytest.raises(BundleError) as refused:
        read_bundle_bytes(_with_catalogue(_without_optional_fields), "short.fabundle")
    assert refused.value.rule == "catalogue-canonical"
    assert "event.venue" in str(refused.value) and "pas celui que" not in str(refused.value)
    assert "in the file, the field is absent; in the canonical form, \"\"" in \
        refused.value.problem.render("en")


def test_a_catalogue_with_its_milestones_as_plain_texts_is_refused_with_the_place():
    def plain(catalogue: dict) -> None:
        engagement = next(e for e in catalogue["engagements"] if e["milestones"])
        engagement["milestones"][0] = engagement["milestones"][0]["title"]
    with pytest.raises(BundleError) as refused:
        read_bundle_bytes(_with_catalogue(plain), "plain.fabundle")
    assert refused.value.rule == "catalogue-canonical"
    assert ".milestones[0]" in str(refused.value)
