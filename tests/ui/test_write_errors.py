"""Every failure to write, not only the disk refusing (``OperationalError``), keeps what was
typed in memory, shows the red banner and is tried again: a damaged database, a constraint, the
file, a bug. None escapes into Qt's event loop, and each is in the log."""

from __future__ import annotations

import logging
import sqlite3

import pytest
from sqlalchemy.exc import DatabaseError, IntegrityError

from facilitator_app.ui import unsaved, writer
from tests.support.disk_faults import deny_writes

from .test_capture import start_atelier, type_into
from .test_write_failure import on_disk


@pytest.fixture
def refusing(qtbot, make_window, refuse_writes):
    """A capture whose database refuses writes with a DatabaseError until ``heal()``."""
    window = make_window()
    start_atelier(qtbot, window, 3)
    refusal = refuse_writes(window.store, deny_writes)
    window.heal = refusal.heal
    yield window
    refusal.heal()


def test_a_database_error_keeps_typing_shows_the_banner_and_saves_later(qtbot, refusing,
                                                                        caplog):
    window, store = refusing, refusing.store
    run = window.session.run.uuid
    with caplog.at_level(logging.ERROR, logger=writer.__name__):
        type_into(qtbot, window, 1, "Pendant la panne")  # no exception reaches Qt's loop
        type_into(qtbot, window, 2, "Et encore une")
        qtbot.waitUntil(window.banner.isVisible)
    assert window.session.writer.failing and window.session.writer.pending >= 2
    assert window.session.writer._retry.isActive()
    assert "l’écriture n’est pas autorisée" in window.banner.text()
    assert str(store.path) in window.banner.text()
    assert "INSERT" not in window.banner.text()
    box = window.capture.current_panel().questions["indicators"]
    assert [c.text for c in box.model._rows] == ["Pendant la panne"]
    assert on_disk(store.path, run) == ([], [])
    logged = [r for r in caplog.records if r.exc_info]
    assert len(logged) == 1, "logged once in full, with its traceback"
    assert "Pendant la panne" not in caplog.text, "what participants said stays out of the log"

    window.heal()
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=5000)
    assert window.session.writer.pending == 0 and not window.session.writer.failing
    assert [text for text, _ in on_disk(store.path, run)[0]] == ["Pendant la panne",
                                                                 "Et encore une"]


def test_closing_while_the_database_refuses_asks_and_keeps_the_window(qtbot, refusing,
                                                                      monkeypatch):
    window = refusing
    window.session.add(11, "indicators", "Pas encore sur le disque")
    assert window.session.writer.pending
    asked = []

    def keep(*args):
        asked.append(args)
        return unsaved.Choice.KEEP

    monkeypatch.setattr(unsaved, "ask", keep)
    assert not window.close()
    assert asked and window.isVisible() and window.session.writer.pending
    window.heal()
    qtbot.waitUntil(lambda: window.session.writer.pending == 0, timeout=5000)
    assert window.close()


def _malformed():
    return DatabaseError("INSERT INTO contributions …", ("texte tapé",),
                         sqlite3.DatabaseError("database disk image is malformed"))


def _constraint():
    return IntegrityError("INSERT INTO contributions …", ("texte tapé",),
                          sqlite3.IntegrityError("FOREIGN KEY constraint failed"))


def _file():
    return PermissionError(13, "Permission denied", "facilitator.sqlite-wal")


def _bug():
    return TypeError("unsupported type for a column")


@pytest.mark.parametrize("failure, shown, level_text", [
    (_malformed, "le fichier de la base est endommagé", "the database or its file"),
    (_constraint, "FOREIGN KEY constraint failed", "the database or its file"),
    (_file, "accès refusé", "the database or its file"),
    (_bug, "TypeError: unsupported type for a column", "a bug"),
])
def test_any_failure_keeps_the_rows_and_is_retried_until_it_works(
        qtbot, make_window, monkeypatch, caplog, failure, shown, level_text):
    window = make_window()
    start_atelier(qtbot, window, 3)
    store, session = window.store, window.session
    real_save = store.save
    failing = [True]

    def save(*args, **kwargs):
        if failing[0]:
            with store._write():  # where the store's own statements would fail
                raise failure()
        return real_save(*args, **kwargs)

    monkeypatch.setattr(store, "save", save)
    monkeypatch.setattr(writer, "REMIND_EVERY", 3, raising=False)
    with caplog.at_level(logging.ERROR, logger=writer.__name__):
        session.add(11, "indicators", "Gardée en mémoire")
        qtbot.waitUntil(window.banner.isVisible)
        assert shown in window.banner.text()
        assert "texte tapé" not in window.banner.text()
        assert session.writer.pending == 1 and session.writer._retry.isActive()
        for _ in range(5):  # the timer's retries, without waiting for them
            assert not session.writer.flush()
    full = [r for r in caplog.records if r.exc_info]
    assert len(full) == 1 and level_text in full[0].getMessage()
    raised = full[0].exc_info[1]
    assert isinstance(raised, type(failure())) or isinstance(raised.__cause__, type(failure()))
    assert any("still not saved after 3 attempts" in r.getMessage() for r in caplog.records), \
        "a failure that lasts is not silent"
    assert "texte tapé" not in caplog.text
    assert session.writer.pending == 1

    failing[0] = False
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=5000)
    assert session.writer.pending == 0
    assert [c.text for c in store.contributions(session.run.uuid)] == ["Gardée en mémoire"]
