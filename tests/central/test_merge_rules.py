"""Each merge rule of docs/merge.md, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import pytest

from facilitator_app.central.merge import Counts, merge_paths, merge_quarantined
from facilitator_app.central.store import CentralStore
from tests.support.bundles import OTHER_KEY, TEST_KEY
from tests.support.merging import contribution as c
from tests.support.merging import write_bundle


def _merge(store, *paths, **options):
    report = merge_paths(store, list(paths), **options)
    return report.outcomes[0] if len(report.outcomes) == 1 else report


def _texts(store) -> dict[str, str]:
    return {row["uuid"][-2:]: row["text"] for row in store.current()}


def test_a_bundle_merged_again_changes_nothing_and_says_when(central, bundles_dir):
    path = write_bundle(bundles_dir, "a", [c(1), c(2)])
    first = _merge(central, path)
    assert (first.verdict, first.counts) == ("merged", Counts(added=2))
    before = central.snapshot()
    again = _merge(central, path)
    assert again.verdict == "already" and again.when == first.when
    assert central.snapshot() == before
    copy = bundles_dir / "renamed-copy.fabundle"
    copy.write_bytes(path.read_bytes())
    assert _merge(central, copy).verdict == "already"  # the content, not the name, counts


def test_a_higher_revision_replaces_a_lower_one_changes_nothing(central, bundles_dir):
    _merge(central, write_bundle(bundles_dir, "r1", [c(1, 1, "première"), c(2, 1, "deux")]))
    newer = _merge(central, write_bundle(bundles_dir, "r2", [c(1, 2, "corrigée"), c(2, 1, "deux")]))
    assert newer.counts == Counts(updated=1, unchanged=1)
    older = _merge(central, write_bundle(bundles_dir, "r1b", [c(1, 1, "première"), c(3)]))
    assert older.counts == Counts(added=1, unchanged=1)
    assert _texts(central) == {"01": "corrigée", "02": "deux", "03": "Contribution 3, révision 1"}
    row = next(r for r in central.current() if r["uuid"].endswith("01"))
    assert row["revision"] == 2 and row["updated_at"] == c(1, 2).updated_at  # source's time


def test_same_revision_different_content_is_a_conflict_never_an_overwrite(central, bundles_dir):
    _merge(central, write_bundle(bundles_dir, "laptop", [c(1, 3, "version de l'ordinateur")]))
    clash = _merge(central, write_bundle(bundles_dir, "copy", [c(1, 3, "version de la copie")]))
    assert clash.counts == Counts(conflicting=1)
    [conflict] = central.conflicts()
    assert conflict.revision == 3 and conflict.status == "open"
    assert {v.text for v in conflict.versions} == {"version de l'ordinateur",
                                                    "version de la copie"}
    assert {v.bundle_file for v in conflict.versions} == {"laptop.fabundle", "copy.fabundle"}
    assert next(iter(central.current()))["in_conflict"] is True
    # Resolve: keep the copy's version.
    kept = next(v for v in conflict.versions if v.text == "version de la copie")
    central.resolve(conflict.contribution_uuid, kept.content_hash[:12])
    assert central.conflicts() == []
    assert _texts(central) == {"01": "version de la copie"}
    assert central.conflicts(open_only=False)[0].resolution == "keep"
    # A repeat of either bundle does not reopen it.
    _merge(central, bundles_dir / "laptop.fabundle")
    assert central.conflicts() == [] and _texts(central) == {"01": "version de la copie"}


def test_keeping_both_versions_of_a_conflict(central, bundles_dir):
    _merge(central, write_bundle(bundles_dir, "a", [c(1, 2, "A")]),
           write_bundle(bundles_dir, "b", [c(1, 2, "B")]))
    [conflict] = central.conflicts()
    central.resolve(conflict.contribution_uuid, "both")
    [resolved] = central.conflicts(open_only=False)
    assert (resolved.status, resolved.resolution) == ("resolved", "both")
    assert not next(iter(central.current()))["in_conflict"]


@pytest.mark.parametrize("keep", ["one", "both"])
def test_a_conflict_changed_since_it_was_shown_is_not_resolved(central, bundles_dir, keep):
    """Another organiser's merge brings a third version, then a later revision, between the
    moment the conflict is shown and the choice: nothing is resolved on what was not seen."""
    from facilitator_app.errors import ConflictChangedError

    _merge(central, write_bundle(bundles_dir, "a", [c(1, 2, "A")]),
           write_bundle(bundles_dir, "b", [c(1, 2, "B")]))
    [shown] = central.conflicts()
    choice = shown.versions[0].content_hash if keep == "one" else "both"
    _merge(central, write_bundle(bundles_dir, "z", [c(1, 2, "Z")]))
    before = central.snapshot()
    with pytest.raises(ConflictChangedError, match="a changé|changed"):
        central.resolve(shown.contribution_uuid, choice, seen=shown)
    assert central.snapshot() == before
    [now] = central.conflicts()
    assert {v.text for v in now.versions} == {"A", "B", "Z"}
    # A later revision in conflict, seen with the earlier one's versions: refused as well.
    _merge(central, write_bundle(bundles_dir, "c", [c(1, 3, "C")]),
           write_bundle(bundles_dir, "d", [c(1, 3, "D")]))
    with pytest.raises(ConflictChangedError):
        central.resolve(shown.contribution_uuid, "both", seen=now)
    [latest] = central.conflicts()
    assert latest.revision == 3 and latest.status == "open"
    # Seen as it is, it is resolved.
    central.resolve(shown.contribution_uuid, "both", seen=latest)
    assert central.conflicts() == []


@pytest.mark.parametrize("keep", ["one", "both"])
def test_a_version_arriving_after_a_resolution_reopens_the_conflict(central, bundles_dir, keep):
    _merge(central, write_bundle(bundles_dir, "a", [c(1, 2, "A")]),
           write_bundle(bundles_dir, "b", [c(1, 2, "B")]))
    [conflict] = central.conflicts()
    kept = next(v.content_hash for v in conflict.versions if v.text == "A")
    central.resolve(conflict.contribution_uuid, kept if keep == "one" else "both")
    assert central.conflicts() == []
    # A third laptop's version at that revision: the organiser never saw it.
    third = _merge(central, write_bundle(bundles_dir, "z", [c(1, 2, "Z")]))
    assert third.counts == Counts(conflicting=1)
    [reopened] = central.conflicts()
    assert (reopened.status, reopened.resolution, reopened.kept_hash) == ("open", None, None)
    assert {v.text for v in reopened.versions} == {"A", "B", "Z"}
    assert next(iter(central.current()))["in_conflict"] is True
    # Decided again, and a repeat of any of the three bundles leaves the decision alone.
    central.resolve(conflict.contribution_uuid,
                    next(v.content_hash for v in reopened.versions if v.text == "Z"))
    for name in ("a", "b", "z"):
        assert _merge(central, bundles_dir / f"{name}.fabundle").verdict == "already"
    _merge(central, write_bundle(bundles_dir, "z-copy", [c(1, 2, "Z"), c(2)]))
    assert central.conflicts() == [] and _texts(central)["01"] == "Z"


def test_a_version_joining_an_open_conflict_counts_as_conflicting(central, bundles_dir):
    _merge(central, write_bundle(bundles_dir, "a", [c(1, 2, "A")]),
           write_bundle(bundles_dir, "b", [c(1, 2, "B")]))
    joined = _merge(central, write_bundle(bundles_dir, "z", [c(1, 2, "Z")]))
    assert joined.counts == Counts(conflicting=1)
    [conflict] = central.conflicts()
    assert {v.text for v in conflict.versions} == {"A", "B", "Z"}
    repeat = _merge(central, write_bundle(bundles_dir, "z-copy", [c(1, 2, "Z"), c(2)]))
    assert repeat.counts == Counts(added=1, unchanged=1), "a version already seen joins nothing"


def test_a_later_revision_supersedes_a_conflict(central, bundles_dir):
    _merge(central, write_bundle(bundles_dir, "a", [c(1, 2, "A")]),
           write_bundle(bundles_dir, "b", [c(1, 2, "B")]))
    assert len(central.conflicts()) == 1
    _merge(central, write_bundle(bundles_dir, "c", [c(1, 3, "C")]))
    assert central.conflicts(open_only=False) == []
    assert _texts(central) == {"01": "C"}


def test_a_tombstone_removes_from_the_report_and_keeps_the_history(central, bundles_dir):
    _merge(central, write_bundle(bundles_dir, "a", [c(1), c(2)]))
    removed = _merge(central, write_bundle(bundles_dir, "b", [c(1, 2, deleted=True), c(2)]))
    assert removed.counts == Counts(removed=1, unchanged=1)
    assert set(_texts(central)) == {"02"}
    history = [v for v in central.snapshot()["versions"] if v[0].endswith("01")]
    assert len(history) == 2  # the text and its tombstone
    assert [r for r in central.current(include_deleted=True) if r["uuid"].endswith("01")][0][
        "deleted"] is True
    # An older copy arriving afterwards does not bring it back.
    assert _merge(central, bundles_dir / "a.fabundle").verdict == "already"
    _merge(central, write_bundle(bundles_dir, "a-again", [c(1), c(3)]))
    assert set(_texts(central)) == {"02", "03"}


def test_first_key_is_recorded_and_a_second_key_for_the_same_facilitator_is_flagged(
        central, bundles_dir):
    first = _merge(central, write_bundle(bundles_dir, "a", [c(1)], facilitators=("Anne Dupont",)))
    assert first.trust == "new"
    [key] = central.keys()
    assert (key.fingerprint, key.facilitators, key.status) == (TEST_KEY.fingerprint,
                                                               ("Anne Dupont",), "recorded")
    other = _merge(central, write_bundle(bundles_dir, "b", [c(2)], key=OTHER_KEY,
                                         facilitators=("anne DUPONT",)))
    assert other.verdict == "merged" and other.trust == "flagged"
    assert TEST_KEY.fingerprint in other.trust_note.render()
    flagged = [b for b in central.bundles() if b.file_name == "b.fabundle"][0]
    assert flagged.trust == "flagged" and TEST_KEY.fingerprint in flagged.trust_note


def test_unknown_keys_wait_in_quarantine_when_known_keys_are_required(central, bundles_dir):
    central.trust_key(TEST_KEY.fingerprint, ["Anne Dupont"])
    trusted = write_bundle(bundles_dir, "trusted", [c(1)], facilitators=("Anne Dupont",))
    stranger = write_bundle(bundles_dir, "stranger", [c(2)], key=OTHER_KEY,
                            facilitators=("Paul Martin",))
    report = merge_paths(central, [trusted, stranger], require_known_keys=True)
    assert [o.verdict for o in report.outcomes] == ["merged", "quarantined"]
    assert not report.ok
    assert set(_texts(central)) == {"01"}
    assert report.outcomes[0].trust == "trusted"
    # The organiser recognises the key read out by Paul: the quarantined bundle merges.
    central.trust_key(OTHER_KEY.fingerprint, ["Paul Martin"])
    again = merge_quarantined(central)
    assert [o.verdict for o in again.outcomes] == ["merged"]
    assert set(_texts(central)) == {"01", "02"}
    assert {b.status for b in central.bundles()} == {"merged"}


def test_a_dry_run_reports_and_writes_nothing(central, bundles_dir):
    _merge(central, write_bundle(bundles_dir, "a", [c(1)]))
    before, history = central.snapshot(), central.merge_history()
    report = merge_paths(central, [write_bundle(bundles_dir, "b", [c(1, 2, "x"), c(2)])],
                         dry_run=True)
    assert report.outcomes[0].counts == Counts(added=1, updated=1)
    assert central.snapshot() == before and central.merge_history() == history


def test_every_merge_reports_per_bundle_and_in_total_and_is_kept(central, bundles_dir):
    write_bundle(bundles_dir, "a", [c(1), c(2)])
    write_bundle(bundles_dir, "b", [c(2, 2, "changée"), c(3)])
    (bundles_dir / "sub").mkdir()
    (bundles_dir / "sub" / "broken.fabundle").write_bytes(b"PK\x03\x04 not really")
    report = merge_paths(central, [bundles_dir])
    assert [o.verdict for o in report.outcomes] == ["merged", "merged", "rejected"]
    assert report.totals == Counts(added=3, updated=1)
    assert report.outcomes[2].rule == "container" and not report.ok
    [kept] = central.merge_history()
    assert kept["totals"]["added"] == 3 and kept["totals"]["rejected"] == 1
    assert [o["verdict"] for o in kept["outcomes"]] == ["merged", "merged", "rejected"]
    assert kept["finished_at"] is not None
    merged = {b.file_name: b.merged_counts for b in central.bundles()}
    assert merged["b.fabundle"] == {"added": 1, "updated": 1, "unchanged": 0, "conflicting": 0,
                                    "removed": 0}


def test_a_store_of_another_program_or_a_newer_version_is_refused(tmp_path):
    import sqlite3

    from facilitator_app.errors import StoreForeignError, StoreNewerError

    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE accounts (id INTEGER)")
    with pytest.raises(StoreForeignError):
        CentralStore(foreign)
    newer = tmp_path / "newer.sqlite"
    CentralStore(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE central_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreNewerError):
        CentralStore(newer)


def test_transient_refusals_are_retried_and_others_are_not():
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from facilitator_app.central.store import _retryable

    def refusal(error):
        return OperationalError("BEGIN IMMEDIATE", {}, error)

    assert _retryable(refusal(sqlite3.OperationalError("database is locked")))
    assert not _retryable(refusal(sqlite3.OperationalError("disk I/O error")))
    assert not _retryable(refusal(sqlite3.OperationalError("no such table: bundles")))
