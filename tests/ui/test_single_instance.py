"""A second launch of the real app hands its bundle to the window already open, which comes
forward; a socket left by a crash is taken over; a store held by a window that does not listen
is said in one sentence."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtWidgets import QWidget

from facilitator_app.ui import single_instance
from facilitator_app.ui.organiser_window import OrganiserWindow

from ..conftest import PYTHON, child_env


def launch(data_dir: Path, *args: str) -> subprocess.Popen:
    """The real application, as the desktop starts it (offscreen here)."""
    return subprocess.Popen([PYTHON, "-m", "facilitator_app", "--data-dir", str(data_dir), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=child_env(QT_QPA_PLATFORM="offscreen"))


def finished(qtbot, proc: subprocess.Popen) -> tuple[int, str]:
    """Let this process's event loop answer while the launch runs; its code and stderr."""
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60_000)
    finally:
        if proc.poll() is None:
            proc.kill()
    return proc.returncode, proc.stderr.read()


def a_bundle(folder: Path) -> Path:
    """A bundle exported from another laptop's store."""
    from facilitator_app.bundle.keys import load_or_create_key
    from facilitator_app.bundle.writer import export_run
    from facilitator_app.catalogue import builtin_catalogue
    from facilitator_app.storage import LocalStore

    with LocalStore.in_folder(folder) as store:
        run = store.start_run(builtin_catalogue(), 3)
        store.add_contribution(run.uuid, 11, "indicators", "Taux de réutilisation")
        return export_run(store, run.uuid, load_or_create_key(folder),
                          folder / "atelier 3.fabundle").path


def elsewhere(qtbot) -> QWidget:
    """Another window gets the keyboard, as when the facilitator switched away."""
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(other.isActiveWindow)
    return other


def test_a_second_launch_raises_the_window_and_hands_it_the_bundle(
        qtbot, make_window, data_dir, tmp_path, monkeypatch):
    added: list[list[str]] = []
    monkeypatch.setattr(OrganiserWindow, "add_paths", lambda self, paths: added.append(paths))
    window = make_window()
    single_instance.serve(window, data_dir)
    bundle = a_bundle(tmp_path / "laptop")
    elsewhere(qtbot)
    assert not window.isActiveWindow()

    # A bundle double-clicked: `facilitator-app --open FILE`, the window already open.
    code, errors = finished(qtbot, launch(data_dir, "--open", str(bundle)))
    assert code == 0, errors
    qtbot.waitUntil(lambda: added == [[str(bundle)]])
    # The window came forward, and the organisers' window over it, with the bundle.
    qtbot.waitUntil(lambda: window._organiser_window is not None
                    and window._organiser_window.isActiveWindow())
    assert errors == ""
    window._organiser_window.close()

    # The menu entry clicked again: the window comes forward, nothing else opens.
    elsewhere(qtbot)
    code, errors = finished(qtbot, launch(data_dir))
    assert code == 0 and errors == ""
    qtbot.waitUntil(window.isActiveWindow)
    assert added == [[str(bundle)]]


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave nothing behind")
def test_a_socket_left_by_a_crash_is_taken_over(qtbot, make_window, data_dir, monkeypatch):
    monkeypatch.setattr(OrganiserWindow, "add_paths", lambda self, paths: None)
    window = make_window()
    stale = Path(QDir.tempPath()) / single_instance.server_name(data_dir)
    stale.write_text("")  # what a killed instance leaves
    try:
        server = single_instance.serve(window, data_dir)
        assert server.server.isListening()
        received = []
        server.handedOver.connect(received.append)
        assert single_instance.may_be_running(data_dir)
        code, errors = finished(qtbot, launch(data_dir, "--open", "/x/a.fabundle"))
        assert code == 0, errors
        qtbot.waitUntil(lambda: received == [["/x/a.fabundle"]])
    finally:
        window.close()
        stale.unlink(missing_ok=True)


HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from facilitator_app.storage import LocalStore
    store = LocalStore.in_folder(Path(sys.argv[1]))
    print("ready", flush=True)
    sys.stdin.readline()
""")


def test_a_store_held_by_a_window_that_does_not_listen_is_said_in_one_sentence(qtbot, data_dir):
    holder = subprocess.Popen([PYTHON, "-c", HOLDER, str(data_dir)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=child_env())
    try:
        assert holder.stdout.readline().strip() == "ready"
        code, errors = finished(qtbot, launch(data_dir, "--quit-after-start", "--lang", "fr"))
    finally:
        holder.kill()
        holder.wait()
    assert code != 0
    assert errors.strip() == ("facilitator-app: facilitator-app est déjà ouvert sur cet "
                              "ordinateur\u00a0: passez à sa fenêtre.")
