"""The defaults IT deploys for every user of a machine: read strictly, refused as a whole with
the key named, and applied under what a person chooses (command line, their preferences)."""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from facilitator_app import i18n
from facilitator_app.central.store import CentralStore
from facilitator_app.errors import DefaultsError
from facilitator_app.machine_defaults import (
    MachineDefaults,
    TrustedKeyDefault,
    forget_defaults,
    load_defaults,
    machine_defaults,
)
from facilitator_app.paths import data_dir
from facilitator_app.resources import resource_path
from tests.conftest import PYTHON, child_env
from tests.support.bundles import OTHER_KEY, TEST_KEY
from tests.support.merging import contribution, write_bundle

FULL = """\
# Réglages de la machine
language = "en"
catalogue = "catalogues/soiree.json"
data_dir = "$HOME/ateliers"

[organiser]
central_store = "postgresql+psycopg://organisateurs@base.example.gouv.fr/ministere_ouvert"
require_known_keys = true

[[organiser.trusted_keys]]
fingerprint = "{fp}"
facilitators = ["Simon Chignard", " "]
"""


@pytest.fixture
def defaults_file(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "etc" / "defaults.toml"
    path.parent.mkdir()
    monkeypatch.setenv("FACILITATOR_APP_DEFAULTS", str(path))
    return path


def custom_catalogue(path: Path, title: str = "Soirée de test des réglages") -> Path:
    data = json.loads(resource_path("catalogues", "ministere-ouvert-1.json").read_text("utf-8"))
    data["id"], data["event"]["title"] = "soiree-de-test", title
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def app(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "facilitator_app", *args], capture_output=True,
                          text=True, timeout=120, env=child_env(QT_QPA_PLATFORM="offscreen",
                                                                **env))


def test_no_file_means_the_built_in_defaults(defaults_file):
    found = machine_defaults()
    assert found == MachineDefaults(defaults_file)
    assert not found.found and found.problem is None and not found.require_known_keys


def test_every_setting_is_read(defaults_file, monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path / "maison"))
    defaults_file.write_text(FULL.format(fp=TEST_KEY.fingerprint.lower()), encoding="utf-8")
    found = load_defaults()
    assert found.found and found.problem is None
    assert found.language == "en"
    assert found.catalogue == defaults_file.parent / "catalogues" / "soiree.json", \
        "a relative path is read from the defaults file's folder"
    assert found.data_dir == tmp_path / "maison" / "ateliers", "environment variables expanded"
    assert found.central_store.startswith("postgresql+psycopg://organisateurs@")
    assert found.require_known_keys is True
    assert found.trusted_keys == (TrustedKeyDefault(TEST_KEY.fingerprint, ("Simon Chignard",)),)


@pytest.mark.parametrize(("content", "named"), [
    ("langage = 'en'", "langage"),
    ("language = 'de'", "language"),
    ("language = 3", "language"),
    ("catalogue = ''", "catalogue"),
    ("organiser = 'oui'", "organiser"),
    ("[organiser]\nrequire_known_keys = 'yes'", "organiser.require_known_keys"),
    ("[organiser]\ncentral = 'x.sqlite'", "organiser.central"),
    ("[organiser]\ntrusted_keys = 'ABCD'", "organiser.trusted_keys"),
    ("[[organiser.trusted_keys]]\nfingerprint = '3F2A-9C1B'", "organiser.trusted_keys[1]"),
    ("[[organiser.trusted_keys]]\nfingerprint = 'ABCD-ABCD-ABCD-ABCD'\nnom = 'x'",
     "organiser.trusted_keys[1].nom"),
    ("[[organiser.trusted_keys]]\nfingerprint = 'ABCD-ABCD-ABCD-ABCD'\nfacilitators = 'x'",
     "organiser.trusted_keys[1].facilitators"),
    ("language = ", "TOML"),
])
def test_a_wrong_file_is_refused_whole_naming_the_key(defaults_file, content, named):
    defaults_file.write_text("data_dir = '/srv/ateliers'\n" + content + "\n", encoding="utf-8")
    with pytest.raises(DefaultsError) as refused:
        load_defaults()
    assert str(defaults_file) in str(refused.value) and named in str(refused.value)
    i18n.set_language("en")
    assert named in str(refused.value) and "ignored" in str(refused.value)
    found = machine_defaults()
    assert found.problem is not None and found.data_dir is None, "nothing is half-applied"


def test_unreadable_oversized_or_not_utf8_files_are_refused(defaults_file):
    defaults_file.write_bytes("language = 'fr'  # réglé\n".encode("latin-1"))
    assert "UTF-8" in machine_defaults().problem.render()
    defaults_file.write_bytes(b"# " + b"x" * 300_000)
    forget_defaults()  # read once per process: a new process, as it were
    assert "Ko" in machine_defaults().problem.render()
    defaults_file.unlink()
    defaults_file.mkdir()
    forget_defaults()
    assert "lu" in machine_defaults().problem.render()


def test_data_folder_order_command_line_environment_machine(defaults_file, monkeypatch,
                                                            tmp_path):
    defaults_file.write_text(f"data_dir = '{tmp_path / 'machine'}'\n", encoding="utf-8")
    monkeypatch.delenv("FACILITATOR_APP_DATA_DIR")
    assert data_dir() == tmp_path / "machine"
    monkeypatch.setenv("FACILITATOR_APP_DATA_DIR", str(tmp_path / "env"))
    assert data_dir() == tmp_path / "env"
    assert data_dir(tmp_path / "option") == tmp_path / "option"


def test_defaults_command_shows_and_checks_the_file(defaults_file):
    env = {"FACILITATOR_APP_DEFAULTS": str(defaults_file)}
    result = app("--lang", "en", "defaults", **env)
    assert result.returncode == 0 and "No machine defaults" in result.stdout

    custom_catalogue(defaults_file.parent / "catalogues" / "soiree.json")
    defaults_file.write_text(FULL.format(fp=TEST_KEY.fingerprint), encoding="utf-8")
    result = app("defaults", **env)
    assert result.returncode == 0, result.stderr
    assert f"organiser.trusted_keys = {TEST_KEY.fingerprint} (Simon Chignard)" in result.stdout
    assert "organiser.require_known_keys = true" in result.stdout

    (defaults_file.parent / "catalogues" / "soiree.json").unlink()
    result = app("defaults", **env)
    assert result.returncode == 1 and "catalogue intégré" in result.stdout

    defaults_file.write_text("[organiser]\nrequire_known_keys = 1\n", encoding="utf-8")
    result = app("defaults", **env)
    assert result.returncode == 2
    assert "« organiser.require_known_keys » doit être true ou false" in result.stderr


def test_merge_applies_the_machine_quarantine_and_trusted_keys(defaults_file, tmp_path):
    defaults_file.write_text(FULL.format(fp=TEST_KEY.fingerprint), encoding="utf-8")
    folder = tmp_path / "paquets"
    folder.mkdir()
    write_bundle(folder, "connu", [contribution(1)], key=TEST_KEY)
    write_bundle(folder, "inconnu", [contribution(2)], key=OTHER_KEY, facilitators=("Autre",))
    central = tmp_path / "central.sqlite"
    env = {"FACILITATOR_APP_DEFAULTS": str(defaults_file)}

    result = app("merge", str(folder), "--into", str(central), **env)
    assert result.returncode == 4, "a bundle in quarantine makes the exit status non-zero"
    assert f"Clé {TEST_KEY.fingerprint} enregistrée" in result.stdout
    with CentralStore(central) as store:
        status = {b.file_name: b.status for b in store.bundles()}
        keys = {k.fingerprint: k for k in store.keys()}
    assert status == {"connu.fabundle": "merged", "inconnu.fabundle": "quarantined"}
    assert keys[TEST_KEY.fingerprint].status == "trusted"
    assert keys[TEST_KEY.fingerprint].facilitators == ("Simon Chignard",)

    again = app("merge", str(folder), "--into", str(central), **env)
    assert "enregistrée comme clé de confiance (réglages" not in again.stdout, \
        "a key already trusted is not registered again"


def test_capture_workbook_uses_the_machine_catalogue(defaults_file, tmp_path):
    custom_catalogue(defaults_file.parent / "soiree.json", title="Soirée des réglages IT")
    defaults_file.write_text("catalogue = 'soiree.json'\n", encoding="utf-8")
    out = tmp_path / "atelier.xlsx"
    result = app("template", "--atelier", "3", "-o", str(out),
                 FACILITATOR_APP_DEFAULTS=str(defaults_file))
    assert result.returncode == 0, result.stderr
    cells = [c.value for ws in load_workbook(out) for row in ws.iter_rows() for c in row]
    assert any(isinstance(v, str) and "Soirée des réglages IT" in v for v in cells)


def test_window_starts_on_the_machine_catalogue(defaults_file, tmp_path):
    custom_catalogue(defaults_file.parent / "soiree.json")
    defaults_file.write_text("catalogue = 'soiree.json'\n", encoding="utf-8")
    folder = tmp_path / "donnees"
    result = app("--data-dir", str(folder), "--quit-after-start",
                 FACILITATOR_APP_DEFAULTS=str(defaults_file))
    assert result.returncode == 0, result.stderr
    log = (folder / "logs" / "facilitator-app.log").read_text(encoding="utf-8")
    assert "catalogue soiree-de-test version" in log

    defaults_file.write_text("catalogue = 'absent.json'\n", encoding="utf-8")
    result = app("--data-dir", str(folder), "--quit-after-start",
                 FACILITATOR_APP_DEFAULTS=str(defaults_file))
    assert result.returncode == 0, "a missing catalogue falls back to the built-in one"
    log = (folder / "logs" / "facilitator-app.log").read_text(encoding="utf-8")
    assert "catalogue refused" in log and "catalogue ministere-ouvert-1 version" in log


def test_language_order_option_person_machine(defaults_file, tmp_path, qapp, monkeypatch):
    from facilitator_app.ui import app as ui_app
    from facilitator_app.ui import settings as keys
    from facilitator_app.ui.settings import Settings

    monkeypatch.setattr(ui_app, "install_error_hook", lambda: None)
    defaults_file.write_text("language = 'en'\n", encoding="utf-8")
    args = argparse.Namespace(data_dir=str(tmp_path / "d"), lang=None, quit_after_start=True)
    try:
        ui_app._application(args)
        assert i18n.language() == "en", "nobody chose: the machine's language"
        Settings(tmp_path / "d" / "settings.ini").set(keys.LANGUAGE, "fr")
        ui_app._application(args)
        assert i18n.language() == "fr", "the person's own choice wins"
        ui_app._application(argparse.Namespace(**{**vars(args), "lang": "en"}))
        assert i18n.language() == "en", "the command line wins over both"
    finally:
        ui_app.Translations(qapp).use("fr")


@pytest.mark.parametrize(("content", "named"), [
    ("data_dir = 'ateliers'", "data_dir"),
    ("data_dir = '$FACILITATOR_APP_TEST_UNSET/ateliers'", "data_dir"),
    ("catalogue = '${FACILITATOR_APP_TEST_UNSET}/catalogue.json'", "catalogue"),
    ("[organiser]\ncentral_store = 'postgresql://organisateur:secret@base/mo'",
     "organiser.central_store"),
])
def test_paths_that_would_land_somewhere_unexpected_and_passwords_are_refused(
        defaults_file, monkeypatch, content, named):
    monkeypatch.delenv("FACILITATOR_APP_TEST_UNSET", raising=False)
    defaults_file.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(DefaultsError) as refused:
        load_defaults()
    assert named in str(refused.value)
    assert "secret" not in str(refused.value)


def test_a_refused_defaults_file_stops_a_merge_and_is_said_elsewhere(defaults_file, tmp_path):
    defaults_file.write_text("[organiser]\nrequire_known_keys = true\nrequire = true\n",
                             encoding="utf-8")
    env = {"FACILITATOR_APP_DEFAULTS": str(defaults_file)}
    path = write_bundle(tmp_path, "inconnu", [contribution(1)], key=OTHER_KEY)
    central = tmp_path / "central.sqlite"
    result = app("merge", str(path), "--into", str(central), **env)
    assert result.returncode == 1
    assert "organiser.require" in result.stderr and "rien n’a été écrit" in result.stderr
    assert not central.exists(), "the store is not even opened"
    out = tmp_path / "atelier.xlsx"
    result = app("template", "--atelier", "3", "-o", str(out), **env)
    assert result.returncode == 0 and out.exists(), "other commands go on, built-in defaults"
    assert "organiser.require" in result.stderr


def test_the_machines_file_is_read_once_per_process(defaults_file):
    """The data folder, language and organiser settings of one start come from one version of
    the file, even when IT rewrites it meanwhile; checking a file reads it as it is now."""
    defaults_file.write_text("language = 'en'\n", encoding="utf-8")
    assert load_defaults().language == "en"
    defaults_file.write_text("language = 'fr'\n", encoding="utf-8")
    assert load_defaults().language == "en"
    assert machine_defaults().language == "en"
    assert load_defaults(defaults_file).language == "fr"  # `facilitator-app defaults` reads now
    forget_defaults()
    assert load_defaults().language == "fr"
    defaults_file.write_text("language = 'de'\n", encoding="utf-8")
    forget_defaults()
    for _ in range(2):  # a refused file is refused the same way at every call
        with pytest.raises(DefaultsError, match="language"):
            load_defaults()
