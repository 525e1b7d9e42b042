"""Text from elsewhere reaches the capture cleaned, never as an exception inside an undo
command; a facilitator's name in the organiser window cannot reorder what follows it."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt

from facilitator_app.central.store import TrustedKey
from facilitator_app.ui.organiser_models import BundleRow, BundleTableModel, KeyTableModel

RLO = "\u202e"


def test_a_pasted_bel_or_lone_cr_is_stored_cleaned(qtbot, session):
    uuid = session.add(11, "indicators", "one\rtwo\x07 three")
    assert [c.text for c in session.contributions(11, "indicators")] == ["one\ntwo three"]
    session.edit(uuid, "edited\x07\r\nagain")
    session.set_notes(11, "notes\x07\rhere")
    assert session.writer.flush()
    stored = session.writer.store.contributions(session.run.uuid, 11, "indicators")
    assert [c.text for c in stored] == ["edited\nagain"]
    assert session.writer.store.notes(session.run.uuid)[11].text == "notes\nhere"
    session.undo_stack.undo()
    assert [c.text for c in session.contributions(11, "indicators")] == ["one\ntwo three"]


def test_a_pasted_text_of_nothing_but_forbidden_characters_adds_nothing(qtbot, session):
    assert session.add(11, "indicators", "\x07\x1b") is None
    assert session.contributions(11, "indicators") == []


def test_facilitators_edited_in_the_run_are_sanitised(qtbot, session):
    session.update_run(facilitators=["Anna\tBell\x07 ", "\x1b", "Bob"])
    assert session.run.facilitators == ("Anna Bell", "Bob")
    assert session.writer.flush()
    assert session.writer.store.run(session.run.uuid).facilitators == ("Anna Bell", "Bob")


def test_the_organiser_shows_bidirectional_overrides_as_code_points(qtbot):
    name = f"Eve{RLO}lpm.exe"
    bundles = BundleTableModel()
    bundles.set_rows([BundleRow("a.fabundle", "merged", facilitators=(name, "Bob"))])
    shown = bundles.data(bundles.index(0, BundleTableModel.FACILITATORS))
    assert shown == "Eve<U+202E>lpm.exe, Bob"
    tip = bundles.data(bundles.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert RLO not in tip and "<U+202E>" in tip
    keys = KeyTableModel()
    keys.set_rows([TrustedKey("AAAA", (name,), "recorded",
                              datetime(2016, 11, 24, tzinfo=timezone.utc), "")])
    column = next(c for c in range(keys.columnCount())
                  if "<U+202E>" in str(keys.data(keys.index(0, c))))
    assert RLO not in str(keys.data(keys.index(0, column)))
