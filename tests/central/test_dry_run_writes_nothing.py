"""A dry run writes nothing: not a quarantined bundle (nor its content), not a new store."""

from __future__ import annotations

import sqlite3
import subprocess

from facilitator_app.central.merge import merge_paths, merge_quarantined
from facilitator_app.central.store import CentralStore
from tests.conftest import PYTHON, child_env
from tests.support.bundles import OTHER_KEY
from tests.support.merging import contribution as c
from tests.support.merging import write_bundle


def _app(*args: str, lang: str = "fr") -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "facilitator_app", "--lang", lang, *args],
                          capture_output=True, text=True, env=child_env(), timeout=120)


def test_a_dry_run_does_not_keep_a_quarantined_bundle(central, bundles_dir):
    merge_paths(central, [write_bundle(bundles_dir, "known", [c(1)])])
    before, history = central.snapshot(), central.merge_history()
    bundles = central.bundles()
    stranger = write_bundle(bundles_dir, "stranger", [c(2)], key=OTHER_KEY,
                            facilitators=("Paul",))
    report = merge_paths(central, [stranger], require_known_keys=True, dry_run=True)
    assert [o.verdict for o in report.outcomes] == ["quarantined"]
    assert central.bundles() == bundles  # no row, no content for the stranger
    assert central.snapshot() == before and central.merge_history() == history
    central.trust_key(OTHER_KEY.fingerprint, ["Paul"])
    assert merge_quarantined(central).outcomes == []  # nothing waits: nothing was kept
    assert "02" not in {row["uuid"][-2:] for row in central.current()}


def test_a_dry_run_leaves_a_waiting_bundle_waiting(central, bundles_dir):
    stranger = write_bundle(bundles_dir, "stranger", [c(2)], key=OTHER_KEY,
                            facilitators=("Paul",))
    first = merge_paths(central, [stranger], require_known_keys=True)
    assert [b.status for b in central.bundles()] == ["quarantined"]
    waiting = central.bundles()
    again = merge_paths(central, [stranger], require_known_keys=True, dry_run=True)
    assert [o.verdict for o in again.outcomes] == ["quarantined"]
    central.trust_key(OTHER_KEY.fingerprint, ["Paul"])
    tried = merge_quarantined(central, dry_run=True)
    assert [o.verdict for o in tried.outcomes] == ["merged"]
    assert central.bundles() == waiting and central.current() == []
    assert len(central.merge_history()) == len([first])


def test_the_command_line_dry_run_keeps_no_quarantined_bundle(tmp_path, bundles_dir):
    store = tmp_path / "central.sqlite"
    CentralStore(store).close()
    write_bundle(bundles_dir, "stranger", [c(1)], key=OTHER_KEY, facilitators=("Paul",))
    result = _app("merge", str(bundles_dir), "--into", str(store), "--dry-run",
                  "--require-known-keys")
    assert result.returncode == 4, result.stderr
    assert "QUARANTAINE  stranger.fabundle" in result.stdout
    assert "essai à blanc, rien n’a été écrit" in result.stdout
    with sqlite3.connect(store) as conn:
        assert conn.execute("SELECT count(*) FROM bundles").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM merges").fetchone()[0] == 0


def test_a_dry_run_into_a_missing_file_does_not_create_it(tmp_path, bundles_dir):
    write_bundle(bundles_dir, "a", [c(1)])
    missing = tmp_path / "sub" / "new.sqlite"
    for lang, sentence in (("fr", "l’essai à blanc (--dry-run) n’en crée pas"),
                           ("en", "a dry run (--dry-run) does not create one")):
        result = _app("merge", str(bundles_dir), "--into", str(missing), "--dry-run",
                      "--require-known-keys", lang=lang)
        assert result.returncode == 3 and "Traceback" not in result.stderr
        assert sentence in result.stderr and str(missing) in result.stderr
        assert not missing.exists() and not missing.parent.exists()
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    result = _app("merge", str(bundles_dir), "--into", str(empty), "--dry-run")
    assert result.returncode == 3 and "n’en crée pas" in result.stderr
    assert empty.read_bytes() == b""
    real = _app("merge", str(bundles_dir), "--into", str(missing))
    assert real.returncode == 0 and missing.exists()


def test_a_dry_run_counts_each_bundle_after_the_earlier_ones(central, bundles_dir):
    """A dry run of a folder says what merging it would do: a copy of a bundle is 'already',
    a later correction is an update, a conflict between two of them is a conflict; and
    nothing is kept."""
    first = write_bundle(bundles_dir, "a", [c(1, 1, "un"), c(2, 1, "deux")])
    copy = bundles_dir / "copie-de-a.fabundle"
    copy.write_bytes(first.read_bytes())
    fixed = write_bundle(bundles_dir, "b", [c(1, 2, "un, corrigé"), c(2, 1, "deux")])
    clash = write_bundle(bundles_dir, "c", [c(1, 2, "un, autrement")])
    before, history = central.snapshot(), central.merge_history()
    dry = merge_paths(central, [first, copy, fixed, clash], dry_run=True)
    assert [(o.verdict, o.counts.as_tuple()) for o in dry.outcomes] == [
        ("merged", (2, 0, 0, 0, 0)), ("already", (0, 0, 0, 0, 0)),
        ("merged", (0, 1, 1, 0, 0)), ("merged", (0, 0, 0, 1, 0))]
    assert central.snapshot() == before and central.merge_history() == history
    assert central.conflicts() == [] and central.bundles() == []
    # The real merge says the same.
    real = merge_paths(central, [first, copy, fixed, clash])
    assert [(o.verdict, o.counts) for o in real.outcomes] == \
        [(o.verdict, o.counts) for o in dry.outcomes]


def test_a_dry_run_with_quarantined_counts_a_bundle_named_and_waiting_once(tmp_path, bundles_dir):
    """`merge PATH --quarantined --dry-run`: a bundle both named and waiting in quarantine (its
    key trusted since) is counted once, as the real merge counts it."""
    store = tmp_path / "central.sqlite"
    waiting = write_bundle(bundles_dir, "stranger", [c(1), c(2)], key=OTHER_KEY,
                           facilitators=("Paul",))
    with CentralStore(store) as central:
        merge_paths(central, [waiting], require_known_keys=True)
        central.trust_key(OTHER_KEY.fingerprint, ["Paul"])
    lines = {}
    for dry in (True, False):
        run = _app("merge", str(waiting), "--quarantined", "--into", str(store),
                   *(["--dry-run"] if dry else []))
        assert run.returncode == 0, run.stderr
        lines[dry] = [line for line in run.stdout.splitlines() if line.startswith("FUSIONNÉ")]
    assert len(lines[True]) == len(lines[False]) == 1
    assert "2 ajoutées" in lines[True][0] and lines[True][0] == lines[False][0]
