"""Merging 10, 100 and 1,000 bundles of 200 contributions into SQLite and PostgreSQL, beside a
same-work floor doing what the merge must, the simplest way, in the same run.

Each measurement runs in a fresh child process, so that its peak memory (``ru_maxrss``) is its
own. The merge side reads and verifies every bundle (zip, signature, hashes, strict JSON,
schema, references), then merges it in its own transaction, as ``facilitator-app merge`` does.
The floor reads each bundle with ``zipfile``, ``json.loads`` its members, checks their SHA-256
and the Ed25519 signature, hashes each version's content, and inserts the same rows into the
store's own two contribution tables with the driver's ``executemany``, one commit per bundle.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid as uuidlib
import zipfile
from base64 import b64decode
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from benchmarks import machine_line, verdict

TITLE = "Merge of bundles into the central store"
# BENCH_MERGE_SIZES=2,5,20 gives a quick run while working on the merge.
SIZES = tuple(int(n) for n in os.environ.get("BENCH_MERGE_SIZES", "10,100,1000").split(","))
PER_BUNDLE = 200
TARGETS = {"sqlite": 1.3, "postgresql": 1.5}  # merge of 1,000 bundles ÷ the same-work floor
REPEATS = int(os.environ.get("BENCH_MERGE_REPEATS", "2"))
NOTES = (
    "Where the merge spends what the floor does not (cProfile, 100 bundles into SQLite, "
    "2026-12-03, the machine shared with other work, so read the shares rather than the "
    "milliseconds): the reader's own checks beyond `json.loads` (strict JSON refusing "
    "duplicate keys, the JSON schemas, the text rules, references and counts: about a third "
    "of reading a bundle); SQLAlchemy's work for the dozen other statements of each bundle "
    "(bundle row, keys, catalogue, run, notes, the states and conflicts read back, the "
    "counts; about 0.2 ms each, and one round trip each on PostgreSQL); the claims check "
    "after each bundle (`central/claims.py`, a read of the run's bundles and of the trusted "
    "keys, about 1.4 ms); the current state written by `INSERT … SELECT` from the version "
    "with an upsert where the floor inserts plain rows; and a larger commit (the bundle's row, "
    "run, notes and counts on top of the two tables' pages). Changed for this measurement, "
    "with the same stored values: the strict Ed25519 checks of a key and of a signature "
    "(pure-Python point arithmetic, run twice per bundle) are remembered by their bytes, and "
    "on SQLite the bulk writer passes booleans and UTC instants with a shorter conversion. "
    "Not done, and what would be next: the merge's per-bundle statements compiled once and run "
    "through the driver (as the two bulk writes already are), the claims check only when the "
    "run is carried by another key, and the current state's upsert skipped for contributions "
    "the store has never seen.")
_ROOT = Path(__file__).resolve().parents[1]

_WORDS = ("indicateur", "données", "ouvertes", "mise en œuvre", "défi", "collectivités",
          "société civile", "réutilisation", "code source", "transparence", "engagement",
          "démarche", "qualité", "écosystème", "budget", "citoyens", "plateforme", "à", "où")


def _make_bundles(folder: Path, count: int) -> None:
    from tests.support.merging import RUN, bundle_bytes, contribution

    rng = random.Random(2016)
    for b in range(count):
        run_uuid = str(uuidlib.UUID(int=(b + 1) << 64))
        contributions = []
        for i in range(PER_BUNDLE):
            words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(6, 40)))
            contributions.append(replace(
                contribution(i, rng.randint(1, 3), f"{words} ({b}.{i})", starred=i % 17 == 0,
                             deleted=i % 29 == 0),
                uuid=str(uuidlib.UUID(int=b * 10_000 + i)), run_uuid=run_uuid,
                created_at=RUN.created_at + timedelta(seconds=i)))
        (folder / f"b{b:04d}.fabundle").write_bytes(bundle_bytes(contributions,
                                                                  run_uuid=run_uuid))


def _child_merge(target: str, folder: str, count: int) -> dict:
    from facilitator_app.central.merge import merge_paths
    from facilitator_app.central.store import CentralStore

    files = sorted(Path(folder).glob("*.fabundle"))[:count]
    with CentralStore(target) as store:
        started = time.perf_counter()
        report = merge_paths(store, files)
        elapsed = time.perf_counter() - started
    merged = report.count("merged")
    assert merged == count, f"{merged} of {count} merged"
    return {"seconds": elapsed, "rows": report.totals.added + report.totals.removed}


def _floor_tables(url: str) -> None:
    """The store's history and current-state tables (same columns, keys and indexes), made
    by SQLAlchemy from the store's own schema before the clock starts."""
    from sqlalchemy import create_engine

    from facilitator_app.central import schema as s

    engine = create_engine(url if "://" in url else f"sqlite:///{url}")
    s.metadata.create_all(engine, tables=[s.versions, s.contributions])
    engine.dispose()


def _floor_rows(data: bytes, sha256: str) -> list[tuple]:
    """The same work as the merge, the simplest way: ``zipfile`` read, ``json.loads`` of the
    members, SHA-256 of each member (checked against the manifest), the Ed25519 signature of
    the manifest, then the rows of the history (a SHA-256 per version's content)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members["manifest.json"])
    for name, member in members.items():
        digest = hashlib.sha256(member).hexdigest()
        if name in manifest["members"]:
            assert digest == manifest["members"][name]["sha256"], name
    json.loads(members["catalogue.json"])
    signature = json.loads(members["signature.json"])
    _KEY_CLASS.from_public_bytes(b64decode(manifest["signer"]["public_key"])).verify(
        b64decode(signature["signature"]), members["manifest.json"])
    payload = json.loads(members["payload.json"])
    run = payload["run"]["uuid"]
    rows = []
    for c in payload["contributions"]:
        content = json.dumps({k: c[k] for k in ("deleted", "engagement", "position", "question",
                                                "starred", "text")},
                             sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        rows.append((c["uuid"], c["revision"], hashlib.sha256(content.encode()).hexdigest(),
                     run, c["engagement"], c["question"], c["text"], c["position"],
                     c["starred"], c["deleted"], c["created_at"], c["updated_at"], sha256))
    return rows


_KEY_CLASS = None  # cryptography's Ed25519PublicKey, imported before the clock starts
_HISTORY = ("INSERT INTO versions (contribution_uuid, revision, content_hash, run_uuid, "
            "engagement_number, question_key, text, position, starred, deleted, created_at, "
            "updated_at, bundle_sha256) VALUES ({marks})")
_CURRENT = ("INSERT INTO contributions (uuid, revision, content_hash, run_uuid, "
            "engagement_number, question_key, text, position, starred, deleted, created_at, "
            "updated_at, bundle_sha256, in_conflict) VALUES ({marks})")


def _child_floor(target: str, folder: str, count: int) -> dict:
    """The same-work floor: each bundle read and verified as above, its rows inserted with the
    driver's own ``executemany`` into the history and the current state, one commit per
    bundle; plain ``sqlite3`` (the store's pragmas) or plain psycopg."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    global _KEY_CLASS
    _KEY_CLASS = Ed25519PublicKey
    files = sorted(Path(folder).glob("*.fabundle"))[:count]
    _floor_tables(target)
    if "://" in target:
        import psycopg

        conn = psycopg.connect(target.replace("postgresql+psycopg://", "postgresql://"))
        history, current = (q.format(marks=",".join(["%s"] * n))
                            for q, n in ((_HISTORY, 13), (_CURRENT, 14)))
    else:
        conn = sqlite3.connect(target)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        history, current = (q.format(marks=",".join("?" * n))
                            for q, n in ((_HISTORY, 13), (_CURRENT, 14)))
    rows_in = 0
    started = time.perf_counter()
    for file in files:
        data = file.read_bytes()
        rows = _floor_rows(data, hashlib.sha256(data).hexdigest())
        cursor = conn.cursor()
        cursor.executemany(history, rows)
        cursor.executemany(current, [(*row, False) for row in rows])
        conn.commit()
        rows_in += len(rows)
    elapsed = time.perf_counter() - started
    conn.close()
    return {"seconds": elapsed, "rows": rows_in}


def _in_child(kind: str, *args: str) -> dict:
    result = subprocess.run([sys.executable, "-m", "benchmarks.bench_merge", kind, *args],
                            capture_output=True, text=True, cwd=_ROOT, timeout=3600)
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-2000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


def run() -> str:
    from tests.support.postgres import PostgresServer

    lines = []
    with tempfile.TemporaryDirectory(prefix="bench-merge-") as tmp:
        folder = Path(tmp) / "bundles"
        folder.mkdir()
        started = time.perf_counter()
        _make_bundles(folder, max(SIZES))
        made = time.perf_counter() - started
        server = PostgresServer()
        results: dict[tuple[str, str, int], dict] = {}

        def best(kind: str, db: str, count: int, target: str) -> None:
            result = _in_child(kind, target, str(folder), str(count))
            held = results.get((kind, db, count))
            if held is None or result["seconds"] < held["seconds"]:
                results[(kind, db, count)] = result

        try:
            for attempt in range(REPEATS):  # each pair side by side, the best of each kept
                for count in SIZES:
                    for kind in ("floor", "merge"):
                        best(kind, "sqlite", count,
                             str(Path(tmp) / f"{kind}{count}-{attempt}.sqlite"))
                        best(kind, "postgresql", count, server.new_database())
        finally:
            server.stop()
    lines.append(machine_line())
    lines.append("")
    lines.append(
        f"{max(SIZES)} bundles of {PER_BUNDLE} contributions made in {made:.1f} s (not measured "
        "below). Each cell: one fresh child process, timed inside it from the first bundle to "
        f"the last commit (the interpreter's start and the empty tables' creation apart); the "
        f"best of {REPEATS} runs, floor and merge run side by side; and the child's peak "
        "resident memory. The **same-work floor** does what the merge must, the simplest way, "
        "with plain libraries: for each bundle, `zipfile` read, `json.loads` of its members, "
        "SHA-256 of each member (checked against the manifest) and of the whole file, the "
        "Ed25519 verify of the manifest (`cryptography`), a SHA-256 of each version's content, "
        "then the driver's `executemany` (plain `sqlite3` with the store's pragmas, or plain "
        "psycopg) of the same rows into the store's own history and current-state tables (same "
        "keys and indexes), one commit per bundle. It checks no schema, no strict JSON, no "
        "reference, keeps no bundle row, run, note, key or catalogue, and derives no state.")
    lines.append("")
    lines.append("| bundles | rows | floor, SQLite | merge into SQLite | ratio | "
                 "floor, PostgreSQL | merge into PostgreSQL | ratio |")
    lines.append("|---|---|---|---|---|---|---|---|")

    def cell(result: dict) -> str:
        return f"{result['seconds']:.2f} s, {result['rss_mb']:.0f} MB"

    for count in SIZES:
        row = [f"| {count} | {results[('floor', 'sqlite', count)]['rows']:,} "]
        for db in ("sqlite", "postgresql"):
            floor, merge = results[("floor", db, count)], results[("merge", db, count)]
            row.append(f"| {cell(floor)} | {cell(merge)} | "
                       f"{merge['seconds'] / floor['seconds']:.2f}× ")
        lines.append("".join(row) + "|")
    big, mid, small = max(SIZES), sorted(SIZES)[len(SIZES) // 2], min(SIZES)
    lines.append("")
    for db, target in TARGETS.items():
        merge = results[("merge", db, big)]
        ratio = merge["seconds"] / results[("floor", db, big)]["seconds"]
        growth = merge["seconds"] / results[("merge", db, mid)]["seconds"]
        memory = merge["rss_mb"] / results[("merge", db, small)]["rss_mb"]
        lines.append(
            f"- **{db}**: {big} bundles take {ratio:.2f}× the same-work floor (target ≤ "
            f"{target}×: {verdict(ratio <= target)}); time from {mid} to {big} bundles grows "
            f"{growth:.1f}× for {big / mid:.0f}× the bundles (linear: "
            f"{verdict(0.7 * big / mid <= growth <= 1.3 * big / mid)}); peak memory at {big} "
            f"bundles is {memory:.2f}× that at {small} (flat: {verdict(memory <= 1.25)}).")
    lines.append("")
    lines.append(NOTES)
    return "\n".join(lines)


def _main(argv: list[str]) -> int:
    kind, target, folder, count = argv
    child = {"merge": _child_merge, "floor": _child_floor}
    result = child[kind](target, folder, int(count))
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
