"""Writes tests/data/store-schema1.sqlite: a local store of the first released schema.

Run once when schema 1 was current and committed; kept so that every later schema is tested to
upgrade it. Do not regenerate it with a newer application: it must stay a schema-1 file.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from facilitator_app.catalogue import builtin_catalogue
from facilitator_app.storage import LocalStore
from facilitator_app.storage.migrations import SCHEMA_VERSION

HERE = Path(__file__).resolve().parent
START = datetime(2016, 6, 21, 16, 20, tzinfo=UTC)


def main() -> int:
    assert SCHEMA_VERSION == 1, "this script makes the schema-1 file only"
    target = HERE / "store-schema1.sqlite"
    target.unlink(missing_ok=True)
    store = LocalStore(target, backups=HERE / "_backups")
    try:
        run = store.start_run(builtin_catalogue(), 3, now=START)
        store.update_run(run.uuid, participant_count=19,
                         organisations=["Etalab", "Open Knowledge France"])
        texts = {
            "indicators": ["Nombre de jeux de données réutilisés", "Délai de publication 📈"],
            "inspirations": ["Base Adresse Nationale"],
            "challenges": ["Qualité des métadonnées"],
            "commitments": ["Publier les registres en continu"],
        }
        minute = 0
        for key, items in texts.items():
            for text in items:
                minute += 1
                store.add_contribution(run.uuid, 15, key, text,
                                       uuid=f"00000000-0000-4000-8000-{minute:012d}",
                                       now=START + timedelta(minutes=minute))
        store.set_starred("00000000-0000-4000-8000-000000000001", True,
                          now=START + timedelta(minutes=30))
        store.delete_contribution("00000000-0000-4000-8000-000000000004",
                                  now=START + timedelta(minutes=31))
        store.set_notes(run.uuid, 15, "Q : calendrier ? R : fin 2016.",
                        now=START + timedelta(minutes=32))
        store.set_state(run.uuid, {"engagement": "15",
                                   "draft:15:challenges": "Formation des agents"})
    finally:
        store.close()
    for leftover in (HERE / "_backups",):
        if leftover.exists():
            for f in leftover.iterdir():
                f.unlink()
            leftover.rmdir()
    Path(str(target) + ".lock").unlink(missing_ok=True)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
