"""Disk faults survived, not only waited out: the choices when leaving with refused changes,
saving elsewhere, the loss named at the next start, a full disk at close, and a stick pulled
and plugged back (the data folder's filesystem replaced by another at the same path)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator_app import user_record
from facilitator_app.ui import unsaved

from .test_capture import start_atelier, type_into


def texts_on_disk(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return [t for (t,) in conn.execute(
            "SELECT text FROM contributions WHERE deleted = 0 ORDER BY created_at")]
    finally:
        conn.close()


class Answer:
    """Answers the next message box with the button whose text contains ``button``, and
    keeps what the box said."""

    def __init__(self, button: str) -> None:
        self.button, self.said, self.buttons = button, "", []
        self._timer = QTimer(interval=20)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        self._timer.stop()
        self.said = box.text() + "\n" + box.informativeText()
        self.buttons = [b.text().replace("&", "") for b in box.buttons()]
        for b in box.buttons():
            if self.button in b.text().replace("&", ""):
                b.click()
                return
        box.reject()  # the test then fails on what the box said, instead of hanging
        self.said = f"no button {self.button!r} in {self.buttons}"


def test_closing_with_refused_changes_names_them_and_each_button_does_what_it_says(
        qtbot, make_window, refuse_writes):
    window = make_window()
    start_atelier(qtbot, window, 3)
    type_into(qtbot, window, 1, "Écrite avant la panne")
    assert window.session.writer.flush()
    refusal = refuse_writes(window.store)
    for i in range(6):
        type_into(qtbot, window, 1 + i % 4, f"Pendant la panne {i}")
    qtbot.waitUntil(window.banner.isVisible)
    assert window.save_elsewhere_button.isVisible()

    keep = Answer("Garder la fenêtre ouverte")
    assert not window.close()
    assert "6 modifications n’ont pas pu être écrites" in keep.said
    assert "lecture seule" in keep.said, "the reason, as it is"
    assert keep.buttons == ["Enregistrer ailleurs…", "Garder la fenêtre ouverte",
                            "Quitter et perdre 6 modifications"]
    assert window.isVisible() and window.session.writer.pending

    lose = Answer("Quitter et perdre")
    assert window.close()
    assert user_record.take_losses(window.store.path.parent)[0].count == 6
    refusal.heal()


def test_a_loss_is_named_at_the_next_start(qtbot, make_window, refuse_writes):
    window = make_window()
    start_atelier(qtbot, window, 3)
    refusal = refuse_writes(window.store)
    type_into(qtbot, window, 1, "Perdue")
    type_into(qtbot, window, 2, "Perdue aussi")
    qtbot.waitUntil(window.banner.isVisible)
    lose = Answer("Quitter et perdre 2 modifications")
    make_window.close(window)
    assert "2 modifications n’ont pas pu" in lose.said
    refusal.heal()  # the disk is fine at the next start

    again = make_window()
    qtbot.waitUntil(lambda: getattr(again, "losses_box", None) is not None
                    and again.losses_box.isVisible())
    said = again.losses_box.text() + again.losses_box.informativeText()
    assert "2 modifications perdues" in said and "le disque refusait" in said
    again.losses_box.accept()
    make_window.close(again)
    third = make_window()
    QApplication.processEvents()
    assert getattr(third, "losses_box", None) is None, "said once"


def test_save_elsewhere_copies_the_whole_run_and_goes_on_there(qtbot, make_window,
                                                               refuse_writes, tmp_path,
                                                               monkeypatch):
    window = make_window()
    start_atelier(qtbot, window, 3)
    old = window.store
    old_folder = old.path.parent
    type_into(qtbot, window, 1, "Sur l’ancien disque")
    assert window.session.writer.flush()
    refuse_writes(old)
    type_into(qtbot, window, 2, "Refusée puis sauvée ailleurs")
    window.capture.current_panel().notes.setPlainText("Note en mémoire")
    qtbot.waitUntil(window.banner.isVisible)

    elsewhere = tmp_path / "clé neuve"
    monkeypatch.setattr(unsaved, "choose_folder", lambda parent: elsewhere)
    confirm = Answer("OK")  # « The whole atelier is saved in … »
    window.save_elsewhere_button.click()
    assert "Tout l’atelier est enregistré dans" in confirm.said
    qtbot.waitUntil(lambda: window.store is not old)
    assert window.store.path == elsewhere / "facilitator.sqlite"
    assert not window.banner.isVisible()
    window.activateWindow()  # offscreen, the closed message box leaves no window active
    qtbot.waitUntil(window.isActiveWindow)
    type_into(qtbot, window, 3, "Après le changement de dossier")
    assert window.session.writer.flush()
    assert texts_on_disk(window.store.path) == [
        "Sur l’ancien disque", "Refusée puis sauvée ailleurs", "Après le changement de dossier"]
    run = window.session.run.uuid
    assert window.store.notes(run)[window.capture.current_panel().engagement.number].text \
        == "Note en mémoire"
    assert user_record.moved_to(old_folder) == elsewhere


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


@pytest.fixture
def mount_point(tmp_path):
    """A folder the test may mount over (as root), unmounted at the end whatever happened."""
    point = tmp_path / "stick"
    point.mkdir()
    try:
        _mount("-t", "tmpfs", "-o", "size=64k", "tmpfs", str(point))
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"this machine cannot mount ({exc}); CI runs as root and can")
    subprocess.run(["umount", str(point)], check=True)
    yield point
    while subprocess.run(["umount", "-l", str(point)], capture_output=True).returncode == 0:
        pass


def test_a_full_disk_at_close_loses_nothing_when_saved_elsewhere(qtbot, make_window,
                                                                 mount_point, tmp_path,
                                                                 monkeypatch):
    """A real full disk: the data folder on a small tmpfs, filled while the atelier runs."""
    _mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point))
    window = make_window(mount_point / "data")
    start_atelier(qtbot, window, 3)
    type_into(qtbot, window, 1, "Avant que le disque soit plein")
    assert window.session.writer.flush()
    with open(mount_point / "remplissage", "wb") as filler:  # the disk fills up
        try:
            while True:
                filler.write(b"\0" * 65536)
                filler.flush()
        except OSError:
            pass
    typed = [f"Disque plein {i} " + "x" * 2000 for i in range(4)]
    for i, text in enumerate(typed):
        type_into(qtbot, window, 1 + i % 4, text)
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)
    assert "plein" in window.banner.text()

    elsewhere = tmp_path / "ailleurs"
    monkeypatch.setattr(unsaved, "choose_folder", lambda parent: elsewhere)
    ask = Answer("Enregistrer ailleurs")
    confirm = Answer("OK")
    assert window.close()
    assert "4 modifications" in ask.said and "plein" in ask.said
    assert "ailleurs" in confirm.said
    assert texts_on_disk(elsewhere / "facilitator.sqlite") == [
        "Avant que le disque soit plein", *typed]


def test_a_stick_pulled_and_plugged_back_is_written_again(qtbot, make_window, mount_point,
                                                          tmp_path):
    """The data folder is a bind mount of one folder (the stick); it is pulled (its old
    connections fail, the mount goes) and plugged back (a copy of it mounted at the same path,
    as a new device). Retries open the file again by its path: what was typed meanwhile ends
    on the stick plugged back."""
    first, second = tmp_path / "stick-1", tmp_path / "stick-2"
    first.mkdir()
    _mount("--bind", str(first), str(mount_point))
    window = make_window(mount_point)
    start_atelier(qtbot, window, 3)
    type_into(qtbot, window, 1, "Avant l’arrachage")
    assert window.session.writer.flush()

    # Pulled: what the connections held open points at a device that answers no more.
    from tests.support.disk_faults import read_only
    from sqlalchemy import event

    old_engine = window.store._engine
    event.listen(old_engine, "connect", read_only)
    old_engine.dispose()
    subprocess.run(["umount", "-l", str(mount_point)], check=True)
    type_into(qtbot, window, 2, "Pendant l’absence")
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)

    # Plugged back: the same content, another device, the same path.
    shutil.copytree(first, second)
    _mount("--bind", str(second), str(mount_point))
    type_into(qtbot, window, 3, "Après le retour")
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=10000)
    assert window.session.writer.flush()
    assert window.store._engine is not old_engine
    assert texts_on_disk(second / "facilitator.sqlite") == [
        "Avant l’arrachage", "Pendant l’absence", "Après le retour"]
