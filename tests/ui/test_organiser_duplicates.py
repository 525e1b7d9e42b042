"""The near-duplicates page of the organiser window: a group's texts side by side, decided by
key (confirm keeping a text, merged text, split, dismiss, undo), recorded in the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator_app.central import groups as g
from facilitator_app.central.merge import merge_paths
from facilitator_app.central.store import CentralStore
from tests.support.merging import contribution as c
from tests.support.merging import write_bundle

SAME = "Publier les données des marchés publics en open data chaque trimestre"
NEAR = "Publier les donnees des marches publics en open data chaque trimestre."
OTHER = "Publier chaque trimestre les données des marchés publics en open data !"


@pytest.fixture
def store(tmp_path):
    folder = tmp_path / "bundles"
    folder.mkdir()
    write_bundle(folder, "a", [c(3, text=SAME), c(6, text=NEAR), c(9, text=OTHER)])
    with CentralStore(tmp_path / "central.sqlite") as central:
        merge_paths(central, [folder])
        yield central


@pytest.fixture
def page(qtbot, store, translations):
    from facilitator_app.ui.organiser_duplicates import DuplicatesPage

    made = DuplicatesPage()
    qtbot.addWidget(made)
    made.resize(1000, 700)
    made.show()
    qtbot.waitExposed(made)
    made.show_store(store)
    made.view.setFocus()
    qtbot.waitUntil(made.view.hasFocus)
    return made


def _state(store):
    return [v.state for v in g.group_views(store)]


def test_texts_side_by_side_and_keep_one_by_key_then_undo(qtbot, page, store):
    assert page.model.rowCount() == 1
    shown = [p.text.toPlainText() for p in page.panes if p.isVisible()]
    assert sorted(shown) == sorted([SAME, NEAR, OTHER])
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.view, Qt.Key.Key_2)
    (view,) = g.group_views(store)
    assert view.state == "confirm" and view.decision.kept_uuid == view.uuids[1]
    assert not page.panes[0].keep.isEnabled() and page.buttons["undo"].isEnabled()
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.view, Qt.Key.Key_U)
    assert _state(store) == ["open"]
    assert page.panes[0].keep.isEnabled()


def test_merged_text_split_and_dismiss(qtbot, page, store):
    page.merged.setPlainText("Publier chaque trimestre les marchés publics (fusion)")
    with qtbot.waitSignal(page.changed):
        page.buttons["merge"].click()
    (view,) = g.group_views(store)
    assert view.decision.merged_text == "Publier chaque trimestre les marchés publics (fusion)"
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.view, Qt.Key.Key_U)
    page.panes[2].out.setChecked(True)
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.view, Qt.Key.Key_S)
    assert sorted(_state(store)) == ["open", "split"]
    rest = next(i for i, v in enumerate(page.model.rows()) if v.state == "open")
    page.view.selectRow(rest)
    assert len(page.current().members) == 2
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(page.view, Qt.Key.Key_D)
    assert sorted(_state(store)) == ["dismiss", "split"]


def test_a_refused_decision_is_reported_not_lost(qtbot, page, store):
    with qtbot.waitSignal(page.failed) as failed:
        page.buttons["merge"].click()  # no merged text written
    assert "fusionn" in failed.args[1] or "merged" in failed.args[1]
    assert _state(store) == ["open"]
