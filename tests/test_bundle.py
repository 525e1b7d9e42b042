"""Bundles: round trip, determinism, the published schema, keys and atomic export."""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path

import jsonschema
import pytest

from facilitator_app.bundle import format as fmt
from facilitator_app.bundle import read_bundle, read_bundle_bytes
from facilitator_app.bundle.keys import fingerprint, key_path, load_or_create_key
from facilitator_app.bundle.writer import default_filename, export_run
from facilitator_app.errors import BundleError, ExportError, FacilitatorError
from facilitator_app.resources import resource_path
from tests.support.bundles import TEST_KEY, TEXTS, members_of, sample, valid_bundle

DATA = Path(__file__).parent / "data"


@pytest.fixture
def filled_store(store, catalogue):
    """A run of atelier 3 with every kind of text, an edit, a star, a tombstone and notes."""
    run = store.start_run(catalogue, 3)
    engagements = catalogue.atelier(3).engagement_numbers
    made = [store.add_contribution(run.uuid, engagements[i % len(engagements)],
                                   ("indicators", "inspirations", "challenges",
                                    "commitments")[i % 4],
                                   text) for i, text in enumerate(TEXTS[:5])]
    store.edit_contribution(made[0].uuid, made[0].text + " (corrigé)")
    store.set_starred(made[1].uuid, True)
    store.delete_contribution(made[2].uuid)
    store.set_notes(run.uuid, engagements[0], "Q : quel calendrier ? R : fin 2016.")
    store.update_run(run.uuid, participant_count=19, organisations=["Etalab", "Cour des comptes"])
    return store, run


def test_round_trip_gives_back_exactly_the_store(filled_store, tmp_path):
    store, run = filled_store
    done = export_run(store, run.uuid, TEST_KEY, tmp_path / "a.fabundle")
    bundle = read_bundle(done.path)
    assert bundle.run == store.run(run.uuid)
    stored = store.contributions(run.uuid, include_deleted=True)
    assert sorted(bundle.contributions, key=lambda c: c.uuid) == sorted(stored,
                                                                         key=lambda c: c.uuid)
    assert any(c.deleted for c in bundle.contributions)
    assert {c.text for c in bundle.contributions} >= {TEXTS[1], TEXTS[2], TEXTS[4]}
    assert bundle.notes == tuple(store.notes(run.uuid).values())
    assert bundle.catalogue == store.catalogue_of(run.uuid)
    assert bundle.installation_id == store.installation_id
    assert bundle.fingerprint == TEST_KEY.fingerprint == done.fingerprint
    assert bundle.counts == done.counts
    assert (bundle.counts.live, bundle.counts.deleted, bundle.counts.starred) == (4, 1, 1)


def test_two_exports_of_the_same_data_are_byte_identical(filled_store, tmp_path):
    store, run = filled_store
    first = export_run(store, run.uuid, TEST_KEY, tmp_path / "1.fabundle")
    second = export_run(store, run.uuid, TEST_KEY, tmp_path / "2.fabundle")
    assert first.path.read_bytes() == second.path.read_bytes()
    assert valid_bundle() == valid_bundle()
    store.add_contribution(run.uuid, run_engagement(store, run), "indicators", "Une de plus")
    third = export_run(store, run.uuid, TEST_KEY, tmp_path / "3.fabundle")
    assert third.sha256 != first.sha256
    assert read_bundle(third.path).bundle_uuid != read_bundle(first.path).bundle_uuid


def _published(member: str) -> dict:
    return json.loads(resource_path("schemas", f"bundle-{member}-1.schema.json").read_text())


@pytest.mark.parametrize("member", ["manifest", "payload", "signature"])
def test_exported_members_validate_against_the_published_schema(member, filled_store, tmp_path):
    store, run = filled_store
    schema = _published(member)
    jsonschema.Draft202012Validator.check_schema(schema)
    done = export_run(store, run.uuid, TEST_KEY, tmp_path / "a.fabundle")
    name = {"manifest": fmt.MANIFEST, "payload": fmt.PAYLOAD, "signature": fmt.SIGNATURE}[member]
    document = json.loads(members_of(done.path.read_bytes())[name])
    jsonschema.Draft202012Validator(schema).validate(document)


def test_the_released_format_samples_stay_readable():
    samples = sorted((DATA / "bundles").glob("format-*.fabundle"))
    assert [p.name for p in samples] == [f"format-{v}.fabundle"
                                         for v in range(1, fmt.FORMAT_VERSION + 1)]
    for older in samples:  # every released format stays readable
        assert read_bundle(older).run.atelier_number == 3
    bundle = read_bundle(samples[0])
    run, catalogue, contributions, notes = sample()
    assert bundle.run == run
    assert sorted(bundle.contributions, key=lambda c: c.uuid) == contributions
    assert bundle.notes == tuple(notes)
    assert bundle.fingerprint == TEST_KEY.fingerprint


def test_every_single_byte_change_is_refused():
    run, catalogue, contributions, notes = sample()
    from facilitator_app.bundle.writer import build_bundle

    small = build_bundle(run, catalogue, contributions[:2], notes, "0b7c1c1e-5a8e-4d7e-9a53-"
                         "1f0d4c2b9e11", TEST_KEY)
    read_bundle_bytes(small, "small")  # the unchanged file is valid
    for at in range(len(small)):
        flipped = bytearray(small)
        flipped[at] ^= 0x01
        with pytest.raises(BundleError):
            read_bundle_bytes(bytes(flipped), f"flip-{at}")


def test_the_key_is_made_once_and_readable_by_its_owner_only(tmp_path):
    key = load_or_create_key(tmp_path)
    assert load_or_create_key(tmp_path).public_raw == key.public_raw
    assert len(key.fingerprint) == 19 and key.fingerprint == fingerprint(key.public_raw)
    if os.name != "nt":
        assert stat.S_IMODE(key_path(tmp_path).stat().st_mode) == 0o600
    assert not [p for p in key_path(tmp_path).parent.iterdir() if p.name.endswith(".tmp")]


def test_a_damaged_key_is_explained_not_replaced(tmp_path):
    load_or_create_key(tmp_path)
    key_path(tmp_path).write_bytes(b"-----BEGIN PRIVATE KEY-----\ngarbage\n")
    with pytest.raises(FacilitatorError, match="illisible"):
        load_or_create_key(tmp_path)
    assert key_path(tmp_path).read_bytes().endswith(b"garbage\n")


def test_a_failed_export_leaves_the_previous_file_intact(filled_store, tmp_path, monkeypatch):
    store, run = filled_store
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.fabundle"
    target.write_bytes(b"previous export")

    def disk_full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ExportError, match="le disque est plein|the disk is full"):
        export_run(store, run.uuid, TEST_KEY, target)
    assert target.read_bytes() == b"previous export"
    assert sorted(p.name for p in folder.iterdir()) == ["out.fabundle"]


def test_a_crash_while_writing_leaves_no_partial_file(filled_store, tmp_path, monkeypatch):
    store, run = filled_store
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "new.fabundle"
    real_fsync = os.fsync

    def power_cut(fd):
        raise KeyboardInterrupt  # stands for the process dying mid-write

    monkeypatch.setattr(os, "fsync", power_cut)
    with pytest.raises(KeyboardInterrupt):
        export_run(store, run.uuid, TEST_KEY, target)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert list(folder.iterdir()) == []


def test_default_file_name_tells_what_the_bundle_is(filled_store):
    store, run = filled_store
    name = default_filename(store.run(run.uuid), store.catalogue_of(run.uuid),
                            TEST_KEY.fingerprint)
    assert name.startswith("atelier-3_2016-06-21_") and name.endswith(".fabundle")
    assert name.isascii() and " " not in name


def run_engagement(store, run) -> int:
    return store.catalogue_of(run.uuid).atelier(run.atelier_number).engagement_numbers[0]
