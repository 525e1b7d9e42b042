"""``merge``, ``conflicts`` and ``keys`` on the command line: output and exit status."""

from __future__ import annotations

import subprocess

from facilitator_app.central.store import CentralStore
from tests.conftest import PYTHON, child_env
from tests.support.bundles import OTHER_KEY, TEST_KEY
from tests.support.merging import contribution as c
from tests.support.merging import write_bundle


def _app(*args: str, lang: str = "fr") -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "facilitator_app", "--lang", lang, *args],
                          capture_output=True, text=True, env=child_env(), timeout=120)


def test_merge_then_resolve_a_conflict_from_the_command_line(tmp_path, bundles_dir):
    store = str(tmp_path / "central.sqlite")
    write_bundle(bundles_dir, "a", [c(1, 2, "version A"), c(2)])
    write_bundle(bundles_dir, "b", [c(1, 2, "version B")])
    (bundles_dir / "junk.fabundle").write_bytes(b"junk")
    missing = _app("merge", str(bundles_dir), "--into", store, "--dry-run")
    assert missing.returncode == 3 and "n’en crée pas" in missing.stderr  # nor creates it
    assert not (tmp_path / "central.sqlite").exists()
    CentralStore(store).close()  # an empty store: a dry run tries the merge into it
    dry = _app("merge", str(bundles_dir), "--into", store, "--dry-run")
    assert dry.returncode == 4 and "essai à blanc, rien n’a été écrit" in dry.stdout
    result = _app("merge", str(bundles_dir), "--into", store)
    assert result.returncode == 4, result.stderr  # junk.fabundle was rejected
    lines = result.stdout.splitlines()
    assert lines[0].startswith("FUSIONNÉ  a.fabundle : 2 ajoutées")
    assert lines[1].startswith("FUSIONNÉ  b.fabundle : 0 ajoutée, 0 mise à jour, 0 inchangée, "
                               "1 en conflit")
    assert lines[2].startswith("REFUSÉ  junk.fabundle : container : ")
    assert "3 paquets : 2 fusionnés" in lines[3]
    again = _app("merge", str(bundles_dir / "a.fabundle"), "--into", store, lang="en")
    assert again.returncode == 0 and again.stdout.startswith("ALREADY  a.fabundle: already")
    listed = _app("conflicts", "--in", store)
    assert "version A" in listed.stdout and "version B" in listed.stdout
    assert "1 conflit non résolu." in listed.stdout
    chosen = next(line.split()[0] for line in listed.stdout.splitlines() if "version B" in line)
    uuid = c(1).uuid
    resolved = _app("conflicts", "--in", store, "--resolve", uuid, "--keep", chosen)
    assert resolved.returncode == 0, resolved.stderr
    assert "0 conflit non résolu." in _app("conflicts", "--in", store).stdout


def test_required_known_keys_quarantine_until_trusted(tmp_path, bundles_dir):
    store = str(tmp_path / "central.sqlite")
    write_bundle(bundles_dir, "anne", [c(1)], facilitators=("Anne",))
    write_bundle(bundles_dir, "paul", [c(2)], key=OTHER_KEY, facilitators=("Paul",))
    assert _app("keys", "--in", store, "--trust", TEST_KEY.fingerprint.lower(),
                "--name", "Anne").returncode == 0
    result = _app("merge", str(bundles_dir), "--into", store, "--require-known-keys")
    assert result.returncode == 4
    assert "QUARANTAINE  paul.fabundle" in result.stdout and "FUSIONNÉ  anne" in result.stdout
    assert _app("keys", "--in", store, "--trust", OTHER_KEY.fingerprint,
                "--name", "Paul").returncode == 0
    later = _app("merge", "--into", store, "--quarantined", "--require-known-keys")
    assert later.returncode == 0, later.stdout + later.stderr
    assert "FUSIONNÉ  paul.fabundle : 1 ajoutée," in later.stdout
    keys = _app("keys", "--in", store).stdout
    assert f"{TEST_KEY.fingerprint}  de confiance  Anne" in keys
    bad = _app("keys", "--in", store, "--trust", "not-a-fingerprint")
    assert bad.returncode == 1 and "n’est pas une empreinte" in bad.stderr
