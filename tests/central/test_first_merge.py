"""A new, empty PostgreSQL database is made a central store by whichever organiser merges first:
several starting at once all succeed (one creates the tables, the others wait and go on), and a
refusal of the database server is told as such, not as "not a central store"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from facilitator_app.central.merge import merge_paths
from facilitator_app.central.store import CentralStore
from facilitator_app.errors import CentralStoreDatabaseError
from facilitator_app.i18n import set_language
from tests.conftest import child_env
from tests.support.merging import bundle_bytes, contribution

MERGER = Path(__file__).parents[1] / "support" / "merge_child.py"


def _bundles(folder: Path) -> list[Path]:
    paths = []
    for i in range(6):
        path = folder / f"b{i}.fabundle"
        path.write_bytes(bundle_bytes([contribution(n, 1 + (i + n) % 3, f"texte {n}.{(i + n) % 3}")
                                       for n in range(i, i + 5)]))
        paths.append(path)
    return paths


def test_four_first_merges_at_once_into_an_empty_postgresql_database(postgres_server, tmp_path):
    paths = _bundles(tmp_path)
    with CentralStore(postgres_server.new_database()) as store:
        merge_paths(store, paths)
        expected = store.snapshot()
    for trial in range(3):  # the race is won by chance: several empty databases
        shared = postgres_server.new_database()
        env = {**child_env(), "FACILITATOR_TEST_START_GATE": "1"}
        workers = [subprocess.Popen(
            [sys.executable, str(MERGER), shared, *map(str, paths[w:] + paths[:w])], env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for w in range(4)]
        for process in workers:  # every child imported, waiting at the gate
            assert process.stdout.readline().strip() == "ready"
        for process in workers:
            process.stdin.write("go\n")
            process.stdin.flush()
        for process in workers:
            _, err = process.communicate(timeout=300)
            assert process.returncode == 0, f"trial {trial}: {err}"
        with CentralStore(shared) as store:
            assert store.snapshot() == expected
            history = store.merge_history()
        merged = [o for h in history for o in h["outcomes"] if o["verdict"] == "merged"]
        assert len(history) == 4 and len(merged) == len(paths)


def test_a_database_that_refuses_to_create_the_tables_says_so(postgres_server):
    url = postgres_server.new_database()
    database = make_url(url).database
    with psycopg.connect(host=str(postgres_server.folder), user="postgres", dbname=database,
                         autocommit=True) as conn:
        conn.execute("CREATE ROLE clerk LOGIN")
        conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    clerk = url.replace("postgres@", "clerk@")
    set_language("fr")
    with pytest.raises(CentralStoreDatabaseError) as refused:
        CentralStore(clerk)
    text = str(refused.value)
    assert "n’a pas pu être préparée" in text and "permission denied" in text
    assert "n'est pas une base centrale" not in text
    assert refused.value.exit_code == 3
