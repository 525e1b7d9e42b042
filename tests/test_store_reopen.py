"""LocalStore.reopen(): the database opened again by its path (new connections, the lock taken
again), as after a USB stick pulled and plugged back; a file no longer at its path is refused
with a StoreWriteError, never created empty."""

import shutil

import pytest

from facilitator_app.storage.local_store import LocalStore, StoreWriteError


def test_reopen_reads_the_file_now_at_its_path(tmp_path):
    store = LocalStore.in_folder(tmp_path)
    try:
        path = store.path
        copy = tmp_path / "copy.sqlite"
        shutil.copy2(path, copy)
        path.rename(tmp_path / "gone.sqlite")   # the old filesystem's file, away
        copy.rename(path)                        # another file at the same path
        store.reopen()
        assert store.runs() == []
        assert store._lock._fd is not None      # the lock is held again
    finally:
        store.close()


def test_reopen_refuses_a_file_that_is_gone(tmp_path):
    store = LocalStore.in_folder(tmp_path)
    try:
        store.path.rename(tmp_path / "elsewhere.sqlite")
        with pytest.raises(StoreWriteError):
            store.reopen()
        assert not store.path.exists()
    finally:
        try:
            store.close()
        except Exception:  # noqa: BLE001 - closing a store whose file is gone
            pass
