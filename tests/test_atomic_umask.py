"""New files get the mode the process's umask gives, and reading the umask never changes it:
setting it to read it back, as before, gave files that other threads created meanwhile the
wrong mode for a moment."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from facilitator_app import atomic


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_the_umask_is_read_without_setting_it(monkeypatch):
    expected = os.umask(0o027)
    os.umask(expected)

    def refuse(_mask):
        raise AssertionError("os.umask called: another thread could create a file meanwhile")

    monkeypatch.setattr(os, "umask", refuse)
    assert atomic.read_umask() == expected


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_a_file_written_atomically_has_a_new_files_mode(tmp_path):
    path = tmp_path / "x.json"
    atomic.write_atomically(path, b"{}")
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~atomic.UMASK
