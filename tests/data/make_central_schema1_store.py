"""Writes tests/data/central-schema1.sqlite, an organisers' central store of the first released
schema, and central-schema1-postgresql.sql, the same schema's tables as PostgreSQL creates them
(the tests re-create the store there from both files: tests/support/central_schema1.py).

Run once when central schema 1 was current and committed; kept so that every later schema is
tested to upgrade it. Do not regenerate them with a newer application: they must stay schema 1.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateIndex, CreateTable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from facilitator_app.bundle.keys import InstallationKey  # noqa: E402
from facilitator_app.central import migrations  # noqa: E402
from facilitator_app.central import schema as s  # noqa: E402
from facilitator_app.central.merge import merge_paths  # noqa: E402
from facilitator_app.central.store import CentralStore  # noqa: E402
from tests.support.bundles import OTHER_KEY  # noqa: E402
from tests.support.merging import bundle_bytes, contribution  # noqa: E402

STRANGER = InstallationKey.from_private(Ed25519PrivateKey.from_private_bytes(bytes([7] * 32)))


def _bundles(folder: Path) -> list[Path]:
    made = {
        "first": bundle_bytes([contribution(n) for n in range(1, 7)]),
        "edits": bundle_bytes([contribution(1, 2, "Texte corrigé ✓"), contribution(2, 2),
                               contribution(3, 2, deleted=True),
                               contribution(4, 2, starred=True)], run_revision=2,
                              participants=23),
        "conflict-a": bundle_bytes([contribution(5, 3, "Version A de la cinquième")]),
        "conflict-b": bundle_bytes([contribution(5, 3, "Version B de la cinquième")],
                                   key=OTHER_KEY, facilitators=("Camille Autre",)),
        "resolved-a": bundle_bytes([contribution(6, 2, "Sixième, version gardée")]),
        "resolved-b": bundle_bytes([contribution(6, 2, "Sixième, version écartée")]),
    }
    paths = []
    for name, data in made.items():
        path = folder / f"{name}.fabundle"
        path.write_bytes(data)
        paths.append(path)
    return paths


def main() -> int:
    assert migrations.schema_version() == 1, "this script makes the central schema-1 files only"
    target = HERE / "central-schema1.sqlite"
    for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)
    work = HERE / "_central_bundles"
    work.mkdir(exist_ok=True)
    try:
        with CentralStore(target) as store:
            store.trust_key(OTHER_KEY.fingerprint, ["Camille Autre"], note="lue au téléphone")
            merge_paths(store, _bundles(work))
            conflict = next(c for c in store.conflicts() if c.contribution_uuid.endswith("6"))
            kept = next(v for v in conflict.versions if "gardée" in v.text)
            store.resolve(conflict.contribution_uuid, kept.content_hash)
            stranger = work / "stranger.fabundle"
            stranger.write_bytes(bundle_bytes([contribution(9)], key=STRANGER,
                                              facilitators=("Inconnu",)))
            merge_paths(store, [stranger], require_known_keys=True)  # kept in quarantine
    finally:
        for f in work.iterdir():
            f.unlink()
        work.rmdir()
    dialect = postgresql.dialect()
    statements = []
    for table in s.metadata.sorted_tables:
        statements.append(CreateTable(table).compile(dialect=dialect))
        statements += [CreateIndex(index).compile(dialect=dialect)
                       for index in sorted(table.indexes, key=lambda i: i.name)]
    statements = ["\n".join(line.rstrip() for line in str(sql).strip().splitlines())
                  for sql in statements]
    (HERE / "central-schema1-postgresql.sql").write_text(
        "-- The central store's schema 1 as PostgreSQL creates it (make_central_schema1_store.py)"
        "\n\n" + ";\n\n".join(statements) + ";\n", encoding="utf-8")
    print(f"wrote {target} and central-schema1-postgresql.sql")
    return 0


if __name__ == "__main__":
    sys.exit(main())
