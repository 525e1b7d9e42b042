"""Merging 10, 100 and 1,000 bundles of 200 contributions into SQLite and PostgreSQL, beside
raw ``sqlite3`` ``executemany`` inserting the same rows.

Each measurement runs in a fresh child process, so that its peak memory (``ru_maxrss``) is its
own. The merge side reads and verifies every bundle (zip, signature, hashes, strict JSON,
schema, references), then merges it in its own transaction, as ``facilitator-app merge`` does.
The baseline inserts the same contribution rows, already in memory, with one ``executemany``
in one transaction into a table of the same columns, with the same pragmas as the store. A
second baseline, for reading the PostgreSQL line, inserts the same rows with plain psycopg
into the same PostgreSQL server, committing after each bundle's rows.
"""

from __future__ import annotations

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
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from benchmarks import machine_line, verdict

TITLE = "Merge of bundles into the central store"
# BENCH_MERGE_SIZES=2,5,20 gives a quick run while working on the merge.
SIZES = tuple(int(n) for n in os.environ.get("BENCH_MERGE_SIZES", "10,100,1000").split(","))
PER_BUNDLE = 200
TARGET = 3.0  # merge of 1,000 bundles at most 3x raw executemany
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


def _rows(folder: str, count: int) -> list[tuple]:
    """The contribution rows of the first ``count`` bundles, decoded beforehand."""
    import io
    import zipfile

    rows = []
    for file in sorted(Path(folder).glob("*.fabundle"))[:count]:
        with zipfile.ZipFile(io.BytesIO(file.read_bytes())) as archive:
            payload = json.loads(archive.read("payload.json"))
        run = payload["run"]["uuid"]
        rows += [(c["uuid"], c["revision"], "0" * 64, run, c["engagement"], c["question"],
                  c["text"], c["position"], c["starred"], c["deleted"], c["created_at"],
                  c["updated_at"], "0" * 64, False) for c in payload["contributions"]]
    return rows


_COLUMNS = ("uuid VARCHAR(36) PRIMARY KEY, revision INTEGER, content_hash VARCHAR(64), "
            "run_uuid VARCHAR(36), engagement_number INTEGER, question_key VARCHAR(16), "
            "text TEXT, position INTEGER, starred BOOLEAN, deleted BOOLEAN, created_at {time}, "
            "updated_at {time}, bundle_sha256 VARCHAR(64), in_conflict BOOLEAN")


def _child_raw(path: str, folder: str, count: int) -> dict:
    """The same contribution rows, decoded beforehand, inserted by plain sqlite3."""
    rows = _rows(folder, count)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute(f"CREATE TABLE contributions ({_COLUMNS.format(time='VARCHAR(32)')})")
    started = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO contributions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return {"seconds": elapsed, "rows": len(rows)}


def _child_raw_postgresql(url: str, folder: str, count: int) -> dict:
    """The same rows inserted by plain psycopg ``executemany`` into the same server as the
    merge, one transaction per bundle's 200 rows, as the merge rules ask: what PostgreSQL
    itself costs on this machine (not the issue's baseline; shown so that the PostgreSQL ratio
    can be read against its own database)."""
    import psycopg

    rows = _rows(folder, count)
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        conn.execute(f"CREATE TABLE raw_contributions ({_COLUMNS.format(time='TIMESTAMPTZ')})")
        conn.commit()
        started = time.perf_counter()
        with conn.cursor() as cursor:
            for start in range(0, len(rows), PER_BUNDLE):
                cursor.executemany("INSERT INTO raw_contributions VALUES "
                                   "(%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                                   rows[start:start + PER_BUNDLE])
                conn.commit()
        elapsed = time.perf_counter() - started
    return {"seconds": elapsed, "rows": len(rows)}


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
        try:
            results: dict[tuple[str, int], dict] = {}
            for count in SIZES:
                results[("raw", count)] = _in_child("raw", str(Path(tmp) / f"raw{count}.sqlite"),
                                                    str(folder), str(count))
                results[("sqlite", count)] = _in_child(
                    "merge", str(Path(tmp) / f"central{count}.sqlite"), str(folder), str(count))
                results[("postgresql", count)] = _in_child(
                    "merge", server.new_database(), str(folder), str(count))
                results[("raw-postgresql", count)] = _in_child(
                    "raw-postgresql", server.new_database(), str(folder), str(count))
        finally:
            server.stop()
    lines.append(machine_line())
    lines.append("")
    lines.append(f"{max(SIZES)} bundles of {PER_BUNDLE} contributions made in {made:.1f} s "
                 "(not measured below). Each cell: one fresh child process; time of the merge "
                 "(or of the baseline's insert), and the child's peak resident memory.")
    lines.append("")
    lines.append("| bundles | rows | raw sqlite3 executemany | merge into SQLite | ratio | "
                 "merge into PostgreSQL | ratio | "
                 "raw psycopg executemany into PostgreSQL, a commit per bundle | "
                 "merge ÷ it |")
    lines.append("|---|---|---|---|---|---|---|---|---|")
    for count in SIZES:
        raw, lite, pg, raw_pg = (results[(k, count)]
                                 for k in ("raw", "sqlite", "postgresql", "raw-postgresql"))
        lines.append(
            f"| {count} | {raw['rows']:,} | {raw['seconds']:.3f} s, {raw['rss_mb']:.0f} MB | "
            f"{lite['seconds']:.2f} s, {lite['rss_mb']:.0f} MB | "
            f"{lite['seconds'] / raw['seconds']:.1f}× | {pg['seconds']:.2f} s, "
            f"{pg['rss_mb']:.0f} MB | {pg['seconds'] / raw['seconds']:.1f}× | "
            f"{raw_pg['seconds']:.3f} s | {pg['seconds'] / raw_pg['seconds']:.1f}× |")
    big, mid, small = max(SIZES), sorted(SIZES)[1], min(SIZES)
    lines.append("")
    for name in ("sqlite", "postgresql"):
        ratio = results[(name, big)]["seconds"] / results[("raw", big)]["seconds"]
        growth = results[(name, big)]["seconds"] / results[(name, mid)]["seconds"]
        memory = results[(name, big)]["rss_mb"] / results[(name, small)]["rss_mb"]
        lines.append(
            f"- **{name}**: {big} bundles take {ratio:.1f}× raw sqlite3 executemany (target ≤ "
            f"{TARGET:.0f}×: {verdict(ratio <= TARGET)}); time from {mid} to {big} bundles grows "
            f"{growth:.1f}× for {big / mid:.0f}× the bundles (linear: "
            f"{verdict(0.7 * big / mid <= growth <= 1.3 * big / mid)}); peak "
            f"memory at {big} bundles is {memory:.2f}× that at {small} (independent of the "
            f"number of bundles: {verdict(memory <= 1.25)}).")
    own = results[("raw-postgresql", big)]["seconds"] / results[("raw", big)]["seconds"]
    lines.append(
        f"- For reading the PostgreSQL line: on this machine, plain psycopg `executemany` of the "
        f"same {results[('raw', big)]['rows']:,} rows into one table of the same PostgreSQL "
        f"server, without an index, committing after each bundle's {PER_BUNDLE} rows as the "
        f"merge rules require, already takes {own:.1f}× raw sqlite3 (which inserts them in one "
        "transaction). This second baseline is not the issue's; it is measured so that the "
        "choice of a target for PostgreSQL can rest on numbers from the same run. The server "
        "is the tests' throwaway one, started with `fsync=off` and `synchronous_commit=off`: "
        "a production server, which waits for the disk at each commit, takes longer per "
        "bundle on both columns.")
    lines.append("")
    lines.append(
        "Why the ratio to raw is large: the baseline only inserts rows it already holds, while "
        "the merge reads every file, checks its zip layout, signature, hashes, strict JSON, "
        "schema and references, writes each version to the history and derives the current "
        "state, one transaction per bundle. Where a bundle of 200 contributions spends its "
        "13-16 ms into SQLite (300 bundles, timed by phase on 2026-11-29): 3.1-4 ms reading "
        "and checking the file; 1.1-1.4 ms hashing the versions' content; 2.9-3.9 ms writing "
        "the 200 versions to the history (the driver's executemany, as the baseline, into a "
        "table with a three-column key); 1.8-2.4 ms writing their current state, which copies "
        "each row again (INSERT … SELECT from the version); 1.4-2.1 ms committing (mostly "
        "writing the bundle's pages to the WAL: with synchronous=NORMAL it was 1.5 ms, so the "
        "fsync is not what costs); about 1.5 ms for the bundle's other statements. Into "
        "PostgreSQL the two executemany take 7.5-8 ms each (the driver pipelines their rows; "
        "a multi-row INSERT and COPY into temporary tables were tried and were no faster), and "
        "each other statement is a round trip. PostgreSQL is measured with psycopg's binary "
        "implementation, as installed from source; the frozen Linux build uses its ctypes "
        "implementation over the system's libpq, which took 20-50% longer on 200 bundles. "
        "Measured and not adopted: a current state that only names its version (instead of "
        "copying it) saved about 2 ms per bundle into SQLite; reading the next bundles in a "
        "second process gave no net gain on 300 bundles (handing a checked bundle back costs "
        "about 1 ms, starting the process 0.4 s), and in a thread it was slower. Neither "
        "would bring PostgreSQL near 3× raw sqlite3.")
    return "\n".join(lines)


def _main(argv: list[str]) -> int:
    kind, target, folder, count = argv
    child = {"merge": _child_merge, "raw": _child_raw, "raw-postgresql": _child_raw_postgresql}
    result = child[kind](target, folder, int(count))
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
