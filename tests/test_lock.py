"""Only one process writes a database; a lock left by a killed process is taken over."""

from __future__ import annotations

import signal
import subprocess
import textwrap

import pytest

from facilitator_app.errors import StoreLockedError
from facilitator_app.storage import LocalStore

from .conftest import PYTHON, child_env

HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from facilitator_app.storage import LocalStore
    store = LocalStore.in_folder(Path(sys.argv[1]))
    print("ready", flush=True)
    sys.stdin.readline()
    store.close()
    print("closed", flush=True)
""")


@pytest.fixture
def holder(data_dir):
    proc = subprocess.Popen([PYTHON, "-c", HOLDER, str(data_dir)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=child_env())
    assert proc.stdout.readline().strip() == "ready"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def test_second_instance_is_refused_with_the_holder_named(holder, data_dir):
    with pytest.raises(StoreLockedError) as err:
        LocalStore.in_folder(data_dir)
    assert f"pid {holder.pid}" in str(err.value)
    assert "déjà ouvert" in str(err.value)
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "closed"
    holder.wait()
    with LocalStore.in_folder(data_dir) as store:  # released cleanly: opens at once
        assert store.runs() == []


def test_lock_left_by_a_killed_process_is_recovered(holder, data_dir, catalogue, caplog):
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    lock_file = data_dir / "facilitator.sqlite.lock"
    assert f"pid {holder.pid}" in lock_file.read_text()  # the crash left its mark
    with caplog.at_level("WARNING"), LocalStore.in_folder(data_dir) as store:
        run = store.start_run(catalogue, 5)
        assert store.run(run.uuid).atelier_number == 5
    assert any("took over the lock" in r.getMessage() for r in caplog.records)


def test_same_process_cannot_open_twice(store, data_dir):
    with pytest.raises(StoreLockedError):
        LocalStore.in_folder(data_dir)
