"""The organiser window: bundles dropped as the window system delivers them, merged on a worker
thread; verdicts, conflicts resolved by key, keys trusted, a long merge cancelled, the report."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from facilitator_app.central.store import CentralStore
from facilitator_app.ui.organiser_models import BundleTableModel
from tests.support.bundles import OTHER_KEY, TEST_KEY
from tests.support.merging import contribution, write_bundle
from tests.ui.conftest import drag_event, type_text

COPY = Qt.DropAction.CopyAction
LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
TASK_TIMEOUT = 60_000


@pytest.fixture
def make_organiser(qtbot, tmp_path, translations):
    from facilitator_app.ui.organiser_window import OrganiserWindow
    from facilitator_app.ui.settings import Settings

    opened = []

    def make(store: Path | None = tmp_path / "central.sqlite"):
        window = OrganiserWindow(Settings(tmp_path / "settings.ini"))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # a store remembered, or the machine's, is being opened on a worker
        qtbot.waitUntil(lambda: not window.busy, timeout=TASK_TIMEOUT)
        if store is not None and window.store is None:
            with qtbot.waitSignal(window.runner.idle, timeout=TASK_TIMEOUT):
                assert window.open_store(str(store))
            assert window.store is not None
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.close()


@pytest.fixture
def central_path(tmp_path) -> Path:
    return tmp_path / "central.sqlite"


def drop(widget, paths: list[Path]) -> QDropEvent:
    """Drop ``paths`` on ``widget`` as a file manager does: enter, move, drop, with URLs."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(widget.rect().center())
    enter = drag_event(QDragEnterEvent, point, COPY, mime, LEFT, NONE)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the window accepts files"
    move = drag_event(QDragMoveEvent, point, COPY, mime, LEFT, NONE)
    QApplication.sendEvent(widget, move)
    event = QDropEvent(point, COPY, mime, LEFT, NONE, QEvent.Type.Drop)
    QApplication.sendEvent(widget, event)
    return event


def verdicts(window) -> dict[str, tuple]:
    model = window.bundle_model
    out = {}
    for row in range(model.rowCount()):
        cells = [model.index(row, c).data() for c in range(model.columnCount())]
        r = model.row(row)
        out[r.file_name] = (r.verdict, r.counts.as_tuple() if r.counts else None, r.trust, cells)
    return out


def wait_task(qtbot, window, start):
    with qtbot.waitSignal(window.runner.idle, timeout=TASK_TIMEOUT):
        result = start()
    return result


def bundles_folder(tmp_path) -> Path:
    """a (two contributions), its copy under another name, b (a conflicting version of
    contribution 1, by another key naming the same facilitator: flagged), and a broken file."""
    folder = tmp_path / "envoyés" / "atelier 3"
    folder.mkdir(parents=True)
    write_bundle(folder, "a", [contribution(1, 1, "Texte de Simon"), contribution(2)])
    (folder / "z-copie-de-a.fabundle").write_bytes((folder / "a.fabundle").read_bytes())
    write_bundle(folder.parent, "b", [contribution(1, 1, "Texte de l’autre portable")],
                 key=OTHER_KEY)
    (folder / "cassé.fabundle").write_bytes(b"PK\x03\x04 pas un paquet")
    return folder.parent


def test_drop_folder_shows_verdicts_then_resolve_conflict_by_keyboard(qtbot, make_organiser,
                                                                      tmp_path, central_path):
    window = make_organiser()
    folder = bundles_folder(tmp_path)
    event = wait_task(qtbot, window, lambda: drop(window.drop_hint, [folder]))
    assert event.isAccepted()

    found = verdicts(window)
    assert found["a.fabundle"][:2] == ("merged", (2, 0, 0, 0, 0))
    assert found["z-copie-de-a.fabundle"][0] == "already"
    assert found["b.fabundle"][:3] == ("merged", (0, 0, 0, 1, 0), "flagged")
    rejected = found["cassé.fabundle"]
    assert rejected[0] == "rejected"
    assert rejected[3][BundleTableModel.VERDICT] and rejected[3][BundleTableModel.DETAILS], \
        "a rejected file says why"
    flagged_row = window.bundle_model.find(lambda r: r.file_name == "b.fabundle")
    assert window.bundle_model.index(flagged_row, 0).data(Qt.ItemDataRole.BackgroundRole) \
        is not None, "a flagged bundle is visibly marked"
    assert "1" in window.totals.text() and not window.progress_box.isVisible()

    # The conflict: Ctrl+2 shows it, key 1 keeps the left version.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.conflicts
    page = window.conflicts
    conflict = page.current()
    assert conflict is not None and len(conflict.versions) == 2
    left, right = conflict.versions
    assert page.panes[0].text.toPlainText() == left.text
    assert page.panes[1].text.toPlainText() == right.text
    marked = {pane.text.toPlainText()[a:b] for pane in page.panes[:2] for a, b in pane.changed}
    assert marked == {"Simon", "l’autre portable"}, "the words that differ are highlighted"
    assert len(page.panes[0].text.extraSelections()) == 1
    qtbot.waitUntil(lambda: page.view.hasFocus())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    qtbot.waitUntil(lambda: page.current() is None)
    assert page.empty.isVisible()
    with CentralStore(central_path) as store:
        assert store.conflicts() == []
        resolved = store.conflicts(open_only=False)
        assert [(c.status, c.kept_hash) for c in resolved] == [("resolved", left.content_hash)]
        texts = {c["uuid"]: c["text"] for c in store.current()}
        assert texts[conflict.contribution_uuid] == left.text


def test_several_conflicts_resolved_one_after_the_other(qtbot, make_organiser, tmp_path,
                                                        central_path):
    window = make_organiser()
    folder = tmp_path / "paquets"
    folder.mkdir()
    write_bundle(folder, "un", [contribution(n, 1, f"Version A de {n}") for n in (1, 2, 3)])
    write_bundle(folder, "deux", [contribution(n, 1, f"Version B de {n}") for n in (1, 2, 3)],
                 key=OTHER_KEY, facilitators=("Une autre animatrice",))
    wait_task(qtbot, window, lambda: drop(window, [folder]))
    page = window.conflicts
    assert page.model.rowCount() == 3
    window.tabs.setCurrentWidget(page)
    page.view.setFocus()
    first = page.current()
    qtbot.keyClick(page.view, Qt.Key.Key_2)  # keep the right version
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.current() is not None and page.current() != first, "the next one is shown"
    qtbot.keyClick(page.panes[0].text, Qt.Key.Key_B)  # keep both, from a text pane
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    qtbot.mouseClick(page.panes[0].keep, Qt.MouseButton.LeftButton)  # the button
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    with CentralStore(central_path) as store:
        resolutions = sorted(c.resolution for c in store.conflicts(open_only=False))
        assert resolutions == ["both", "keep", "keep"]
        assert not any(c["in_conflict"] for c in store.current())


def test_trust_a_key_through_the_dialog_then_merge_quarantined(qtbot, make_organiser, tmp_path,
                                                               central_path):
    window = make_organiser()
    folder = tmp_path / "paquets"
    folder.mkdir()
    write_bundle(folder, "inconnu", [contribution(1)], key=TEST_KEY)
    window.require_known.setChecked(True)
    wait_task(qtbot, window, lambda: drop(window, [folder / "inconnu.fabundle"]))
    assert verdicts(window)["inconnu.fabundle"][0] == "quarantined"

    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.fingerprint.setFocus()
    qtbot.keyClicks(dialog.fingerprint, "pas une empreinte")
    qtbot.keyClick(dialog.fingerprint, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible(), "a refused fingerprint is explained"
    dialog.fingerprint.clear()
    qtbot.keyClicks(dialog.fingerprint, TEST_KEY.fingerprint.lower())
    dialog.names.clear()
    qtbot.keyClicks(dialog.names, "Simon Chignard, Claire")
    qtbot.keyClick(dialog.names, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.dialog is None)
    qtbot.waitUntil(lambda: any(k.fingerprint == TEST_KEY.fingerprint   # read on a worker
                                for k in window.key_model.rows()))
    keys = {k.fingerprint: k for k in window.key_model.rows()}
    assert keys[TEST_KEY.fingerprint].status == "trusted"
    assert keys[TEST_KEY.fingerprint].facilitators == ("Simon Chignard", "Claire")

    wait_task(qtbot, window, window.merge_quarantined)
    assert verdicts(window)["inconnu.fabundle"][:2] == ("merged", (1, 0, 0, 0, 0))
    with CentralStore(central_path) as store:
        assert [b.status for b in store.bundles()] == ["merged"]


def test_dry_run_writes_nothing(qtbot, make_organiser, tmp_path, central_path):
    window = make_organiser()
    path = write_bundle(tmp_path, "essai", [contribution(1), contribution(2)])
    window.dry_run.setChecked(True)
    wait_task(qtbot, window, lambda: drop(window, [path]))
    row = verdicts(window)["essai.fabundle"]
    assert row[:2] == ("merged", (2, 0, 0, 0, 0)) and window.bundle_model.row(0).dry_run
    with CentralStore(central_path) as store:
        assert store.bundles() == [] and store.current() == []


def test_cancel_a_long_merge_leaves_the_store_consistent(qtbot, make_organiser, tmp_path,
                                                         central_path):
    window = make_organiser()
    folder = tmp_path / "beaucoup"
    folder.mkdir()
    total = 150
    for n in range(total):
        write_bundle(folder, f"paquet-{n:03d}", [contribution(n)])
    task = window.add_paths([str(folder)])
    assert task is not None and window.progress_box.isVisible()
    with qtbot.waitSignal(task.outcome, timeout=TASK_TIMEOUT):
        pass
    with qtbot.waitSignal(window.runner.idle, timeout=TASK_TIMEOUT):
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    merged = [r for r in window.bundle_model.rows() if r.verdict == "merged"]
    assert 0 < len(merged) < total, "the merge stopped early"
    assert not window.progress_box.isVisible() and window.add_button.isEnabled()
    with CentralStore(central_path) as store:
        assert len(store.bundles()) == len(merged)
        assert len(store.current()) == len(merged), "each merged bundle is complete"
        history = store.merge_history()
        assert history[-1]["totals"]["cancelled"] is True

    # Merging again completes it.
    wait_task(qtbot, window, lambda: window.add_paths([str(folder)]))
    with CentralStore(central_path) as store:
        assert len(store.current()) == total


def test_produce_the_report_through_its_dialog(qtbot, make_organiser, tmp_path):
    window = make_organiser()
    path = write_bundle(tmp_path, "a", [contribution(1), contribution(2, starred=True)])
    wait_task(qtbot, window, lambda: window.add_paths([str(path)]))

    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialog
    assert dialog is not None
    target = tmp_path / "sortie" / "rapport"
    target.parent.mkdir()
    dialog.xlsx.setText(str(target))
    dialog.csv.setChecked(True)
    with qtbot.waitSignal(window.runner.idle, timeout=TASK_TIMEOUT):
        qtbot.keyClick(dialog.xlsx, Qt.Key.Key_Return)
    assert (target.parent / "rapport.xlsx").stat().st_size > 0
    assert (target.parent / "rapport.csv").exists()
    assert "rapport.xlsx" in window.totals.text()


def test_the_report_dialog_offers_the_open_data_package(qtbot, make_organiser, tmp_path):
    import json

    window = make_organiser()
    path = write_bundle(tmp_path, "a", [contribution(1), contribution(2)])
    wait_task(qtbot, window, lambda: window.add_paths([str(path)]))
    dialog = window.show_report_dialog()
    target = tmp_path / "sortie" / "rapport.xlsx"
    target.parent.mkdir()
    dialog.xlsx.setText(str(target))
    assert dialog.open_data.text().replace("&", "") == \
        "Écrire aussi le paquet de données ouvertes (dans un dossier à côté)"
    qtbot.mouseClick(dialog.open_data, Qt.MouseButton.LeftButton)
    assert dialog.open_data.isChecked()
    with qtbot.waitSignal(window.runner.idle, timeout=TASK_TIMEOUT):
        qtbot.keyClick(dialog.xlsx, Qt.Key.Key_Return)
    package = target.parent / "rapport-donnees-ouvertes"
    described = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["path"] for r in described["resources"]} >= {"contributions.csv", "notes.csv"}
    assert (package / "contributions.csv").read_bytes().count(b"\r\n") == 3  # header, 2 rows
    assert window.error_box is None


def test_a_failing_task_is_shown_not_lost(qtbot, make_organiser, tmp_path):
    window = make_organiser()
    missing = tmp_path / "n’existe pas" / "rapport.xlsx"
    wait_task(qtbot, window, lambda: window.produce_report(missing))
    assert window.error_box is not None and window.error_box.isVisible()
    assert "rapport" in window.error_box.text()
    assert not missing.exists()


def test_bundles_given_without_a_store_offer_one_then_are_merged(qtbot, make_organiser,
                                                                  tmp_path, monkeypatch):
    """`--open FILE` (or a drop, or a bundle handed over by a second launch) with no store:
    the window offers to open or create one, then merges the bundles into it."""
    from facilitator_app.ui import organiser_window

    bundle = write_bundle(tmp_path, "atelier-3", [contribution(1)])
    window = make_organiser(store=None)
    assert window.store is None and not window.add_button.isEnabled()
    chosen = tmp_path / "nouvelle-base.sqlite"
    monkeypatch.setattr(organiser_window.file_dialogs, "save_file_name",
                        lambda *args, **kwargs: str(chosen))
    drop(window, [bundle])
    box = window.store_offer
    assert box.isVisible() and "1 paquet à fusionner" in box.text()
    assert window.offer_last is None, "no store used before: nothing to reopen"
    with qtbot.waitSignal(window.runner.idle, timeout=TASK_TIMEOUT):
        window.offer_choose.click()
    assert window.store is not None and window.store_name() == str(chosen)
    qtbot.waitUntil(lambda: verdicts(window).get("atelier-3.fabundle", ("",))[0] == "merged")
    assert window.waiting_paths == []


def test_the_offer_proposes_the_store_used_last(qtbot, make_organiser, tmp_path, central_path):
    first = make_organiser()
    first.close()
    central_path.rename(tmp_path / "moved.sqlite")  # not there: not reopened at start...
    (tmp_path / "moved.sqlite").rename(central_path)  # ...but there again when offered
    window = make_organiser(store=None)
    window.store.close()
    window.store = None
    bundle = write_bundle(tmp_path, "atelier-3", [contribution(1)])
    window.add_paths([str(bundle)])
    box = window.store_offer
    assert window.offer_last is not None and str(central_path) in box.informativeText()
    assert box.defaultButton() is window.offer_last
    with qtbot.waitSignal(window.runner.idle, timeout=TASK_TIMEOUT):
        window.offer_last.click()
    qtbot.waitUntil(lambda: verdicts(window).get("atelier-3.fabundle", ("",))[0] == "merged")


def test_cancelling_the_offer_keeps_nothing_for_later(qtbot, make_organiser, tmp_path):
    window = make_organiser(store=None)
    window.add_paths([str(tmp_path)])
    window.store_offer.button(window.store_offer.StandardButton.Cancel).click()
    assert window.store is None and window.waiting_paths == []


def test_the_store_is_remembered(qtbot, make_organiser, central_path):
    first = make_organiser()
    first.close()
    again = make_organiser(store=None)
    assert again.store is not None and again.store_name() == str(central_path)


def test_models_pass_qtmodeltester(qtbot, qtmodeltester, make_organiser, tmp_path):
    window = make_organiser()
    for model in (window.bundle_model, window.conflicts.model, window.key_model):
        qtmodeltester.check(model)  # empty
    wait_task(qtbot, window, lambda: drop(window, [bundles_folder(tmp_path)]))
    assert window.conflicts.model.rowCount() == 1 and window.key_model.rowCount() == 2
    assert all(window.key_model.shares_names(k) for k in window.key_model.rows()), \
        "two keys naming the same facilitator are both marked"
    assert window.key_model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    for model in (window.bundle_model, window.conflicts.model, window.key_model):
        qtmodeltester.check(model)


def test_every_control_has_an_accessible_name(qtbot, make_organiser):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QProgressBar,
    )

    window = make_organiser()
    for kind in (QAbstractItemView, QLineEdit, QProgressBar, QPlainTextEdit):
        for widget in window.findChildren(kind):
            if not isinstance(widget, QHeaderView):
                assert widget.accessibleName(), widget.objectName()
    for button in window.findChildren(QAbstractButton):
        if not button.objectName().startswith("qt_") \
                and button.parent() is not window.tabs.tabBar():  # Qt's own, not focusable
            assert button.text() or button.accessibleName(), button.objectName()
    assert window.drop_hint.accessibleDescription()  # its name is what it says


def test_closing_during_a_merge_stops_it_cleanly(qtbot, make_organiser, tmp_path, central_path):
    window = make_organiser()
    folder = tmp_path / "beaucoup"
    folder.mkdir()
    for n in range(100):
        write_bundle(folder, f"paquet-{n:03d}", [contribution(n)])
    task = window.add_paths([str(folder)])
    with qtbot.waitSignal(task.outcome, timeout=TASK_TIMEOUT):
        pass
    window.close()  # waits for the bundle being merged, then stops
    assert not window.busy and window.store is None
    with CentralStore(central_path) as store:
        assert len(store.current()) == len(store.bundles()) < 100


def test_cancel_the_report(qtbot, make_organiser, tmp_path):
    window = make_organiser()
    path = write_bundle(tmp_path, "a", [contribution(1)])
    wait_task(qtbot, window, lambda: window.add_paths([str(path)]))
    target = tmp_path / "rapport.xlsx"

    def start_and_cancel():
        window.produce_report(target)
        window.cancel()  # before the worker looks: it stops at its first check

    wait_task(qtbot, window, start_and_cancel)
    assert not target.exists() and list(tmp_path.glob(".rapport*")) == []
    assert window.error_box is None and window.totals.text()


def test_mnemonics_are_unique(qtbot, make_organiser):
    from PySide6.QtWidgets import QAbstractButton

    window = make_organiser()
    for page in range(window.tabs.count()):
        window.tabs.setCurrentIndex(page)
        texts = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]
        texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
        letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
        assert len(letters) == len(set(letters)), sorted(letters)


def test_opened_from_the_main_window_once(qtbot, make_window):
    from facilitator_app.ui.organiser_window import open_organiser_window

    main = make_window()
    first = open_organiser_window(main)
    assert open_organiser_window(main) is first and first.isVisible()
    assert first.settings is main.settings
    first.close()
    qtbot.waitUntil(lambda: getattr(main, "_organiser_window", None) is None)
    again = open_organiser_window(main)
    assert again.isVisible()
    again.close()


def test_language_switch_redraws_everything(qtbot, make_organiser, tmp_path, translations):
    window = make_organiser()
    wait_task(qtbot, window, lambda: drop(window, [bundles_folder(tmp_path)]))
    rows_before = window.bundle_model.rowCount()
    translations.use("en")
    qtbot.waitUntil(lambda: "Bundles" in window.totals.text() or "Paquets" in window.totals.text())
    assert window.bundle_model.rowCount() == rows_before
    assert window.conflicts.model.rowCount() == 1 and window.tabs.tabText(1)
    translations.use("fr")


def test_machine_defaults_open_the_store_trust_keys_and_quarantine(qtbot, make_organiser,
                                                                    tmp_path, monkeypatch):
    central = tmp_path / "partage" / "central.sqlite"
    central.parent.mkdir()
    CentralStore(central).close()
    defaults = tmp_path / "defaults.toml"
    defaults.write_text(
        "[organiser]\ncentral_store = 'partage/central.sqlite'\nrequire_known_keys = true\n"
        f"[[organiser.trusted_keys]]\nfingerprint = '{TEST_KEY.fingerprint}'\n"
        "facilitators = ['Simon Chignard']\n", encoding="utf-8")
    monkeypatch.setenv("FACILITATOR_APP_DEFAULTS", str(defaults))

    window = make_organiser(store=None)
    assert window.store_name() == str(central), "the machine's store is opened at first"
    assert window.require_known.isChecked()
    keys = {k.fingerprint: k for k in window.key_model.rows()}
    assert keys[TEST_KEY.fingerprint].status == "trusted"
    assert keys[TEST_KEY.fingerprint].facilitators == ("Simon Chignard",)

    folder = tmp_path / "paquets"
    folder.mkdir()
    write_bundle(folder, "connu", [contribution(1)], key=TEST_KEY)
    write_bundle(folder, "inconnu", [contribution(2)], key=OTHER_KEY, facilitators=("Autre",))
    wait_task(qtbot, window, lambda: drop(window, [folder]))
    found = verdicts(window)
    assert (found["connu.fabundle"][0], found["inconnu.fabundle"][0]) == ("merged",
                                                                          "quarantined")


def test_a_refused_machine_defaults_file_changes_nothing(qtbot, make_organiser, tmp_path,
                                                         monkeypatch):
    defaults = tmp_path / "defaults.toml"
    defaults.write_text("[organiser]\nrequire_known_keys = 'oui'\n", encoding="utf-8")
    monkeypatch.setenv("FACILITATOR_APP_DEFAULTS", str(defaults))
    window = make_organiser()
    assert window.defaults.problem is not None
    # The file may have been there to quarantine untrusted keys: the window takes the safe side,
    # as the command line (which refuses to merge) does.
    assert window.require_known.isChecked()


def test_bundles_sorted_by_a_column_and_filtered_by_typing(qtbot, make_organiser, tmp_path):
    window = make_organiser()
    folder = tmp_path / "soirée"
    folder.mkdir()
    write_bundle(folder, "c-gros", [contribution(n) for n in range(1, 6)])
    write_bundle(folder, "a-petit", [contribution(10)], key=OTHER_KEY, facilitators=("Zoé",))
    (folder / "b-cassé.fabundle").write_bytes(b"PK\x03\x04 pas un paquet")
    wait_task(qtbot, window, lambda: drop(window, [folder]))
    view, page = window.bundle_view, window.bundles_page

    def shown(column=BundleTableModel.FILE) -> list[str]:
        model = view.model()
        return [model.index(r, column).data() for r in range(model.rowCount())]

    assert sorted(shown()) == ["a-petit.fabundle", "b-cassé.fabundle", "c-gros.fabundle"]
    header = view.horizontalHeader()

    def click_header(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))

    click_header(BundleTableModel.ADDED)
    qtbot.waitUntil(lambda: shown()[0] == "b-cassé.fabundle")
    assert shown(BundleTableModel.ADDED) == ["", "1", "5"], "numbers sort as numbers"
    click_header(BundleTableModel.ADDED)
    qtbot.waitUntil(lambda: shown()[0] == "c-gros.fabundle")

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter.hasFocus() or QApplication.focusWidget() is page.filter
    type_text(page.filter, "zoé")
    qtbot.waitUntil(lambda: shown() == ["a-petit.fabundle"])
    page.filter.clear()
    qtbot.keyClicks(page.filter, "REFUS")
    qtbot.waitUntil(lambda: shown() == ["b-cassé.fabundle"])
    assert window.bundle_model.rowCount() == 3, "the filter hides rows, the model keeps them"
    page.filter.clear()
    assert len(shown()) == 3

    # Under the table, the selected bundle's verdict and its reason in full, as plain text
    # (file names come from outside).
    assert "Sélectionnez un paquet" in page.details.text()
    assert page.details.textFormat() == Qt.TextFormat.PlainText
    view.setFocus()
    broken = shown().index("b-cassé.fabundle")
    view.setCurrentIndex(view.model().index(broken, BundleTableModel.FILE))
    reason = view.model().index(broken, BundleTableModel.DETAILS).data()
    qtbot.waitUntil(lambda: page.details.text().startswith("b-cassé.fabundle : refusé — "))
    assert reason and page.details.text().endswith(reason)


def test_a_conflict_another_merge_changed_is_shown_again_not_resolved(qtbot, make_organiser,
                                                                     tmp_path, central_path):
    """While the organiser reads a conflict, another organiser's merge brings a third version
    to it: the key pressed resolves nothing, says why, and the three versions are shown."""
    from facilitator_app.central.merge import merge_paths

    window = make_organiser()
    folder = tmp_path / "paquets"
    folder.mkdir()
    write_bundle(folder, "un", [contribution(1, 1, "Version A")])
    write_bundle(folder, "deux", [contribution(1, 1, "Version B")], key=OTHER_KEY,
                 facilitators=("Une autre animatrice",))
    wait_task(qtbot, window, lambda: drop(window, [folder]))
    page = window.conflicts
    window.tabs.setCurrentWidget(page)
    page.view.setFocus()
    assert len(page.current().versions) == 2
    third = write_bundle(tmp_path, "trois", [contribution(1, 1, "Version C")])
    with CentralStore(central_path) as other:  # the other organiser, on the same store
        assert merge_paths(other, [third]).outcomes[0].counts.conflicting == 1
    qtbot.keyClick(page.view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: window.error_box is not None)
    assert "a changé" in window.error_box.text() or "changed" in window.error_box.text()
    qtbot.waitUntil(lambda: len(page.current().versions) == 3)  # read again on a worker
    assert page.model.rowCount() == 1
    assert {v.text for v in page.current().versions} == {"Version A", "Version B", "Version C"}
    with CentralStore(central_path) as store:
        [open_conflict] = store.conflicts()
        assert open_conflict.status == "open" and len(open_conflict.versions) == 3


def test_an_unreachable_server_is_explained_and_the_window_stays_usable(qtbot, make_organiser):
    window = make_organiser(store=None)
    task = wait_task(qtbot, window, lambda: window.connect_store(
        "postgresql+psycopg://organisateur:secret@127.0.0.1:1/ministere_ouvert"))
    assert task is not None and window.store is None
    qtbot.waitUntil(lambda: window.error_box is not None)
    sentence = window.error_box.text()
    assert "127.0.0.1" in sentence and "secret" not in sentence, "no password in the message"
    assert not window.busy and window.open_button.isEnabled()


def test_connect_to_a_shared_postgresql_store_through_the_dialog(qtbot, make_organiser,
                                                                 postgres_server, tmp_path):
    url = postgres_server.new_database()
    window = make_organiser(store=None)
    dialog = window.choose_postgres()
    dialog.url.setText(url)
    wait_task(qtbot, window, lambda: qtbot.keyClick(dialog.url, Qt.Key.Key_Return))
    assert window.store is not None and window.store.dialect == "postgresql"
    assert window.windowTitle().endswith(window.store_name())
    path = write_bundle(tmp_path, "a", [contribution(1), contribution(2)])
    wait_task(qtbot, window, lambda: drop(window, [path]))
    assert verdicts(window)["a.fabundle"][:2] == ("merged", (2, 0, 0, 0, 0))


def test_a_malformed_server_address_is_explained_without_its_password(qtbot, make_organiser,
                                                                      caplog):
    window = make_organiser(store=None)
    wait_task(qtbot, window, lambda: window.connect_store(
        "postgresql+psycopg://organisateur:secret@serveur:port/ministere_ouvert"))
    qtbot.waitUntil(lambda: window.error_box is not None)
    sentence = window.error_box.text()
    assert "vérifiez son adresse" in sentence and "secret" not in sentence
    assert "Unexpected" not in sentence and "inattendue" not in sentence
    assert "secret" not in caplog.text
    assert window.store is None and not window.busy


def test_highlights_land_on_the_words_after_an_emoji(qtbot):
    from types import SimpleNamespace

    from facilitator_app.textdiff import changed_spans
    from facilitator_app.ui.organiser_conflicts import VersionPane

    pane = VersionPane(1)
    qtbot.addWidget(pane)
    text, other = "👍👍 Publier les données", "👍👍 Publier les budgets"
    pane.show_version(SimpleNamespace(text=text), lambda _v: "", changed_spans(text, other))
    assert [m.cursor.selectedText() for m in pane.text.extraSelections()] == ["données"]


def test_merging_the_quarantine_shows_progress_and_can_be_cancelled(qtbot, make_organiser,
                                                                     tmp_path, central_path):
    window = make_organiser()
    folder = tmp_path / "inconnus"
    folder.mkdir()
    total = 120
    for n in range(total):
        write_bundle(folder, f"paquet-{n:03d}", [contribution(n)],
                     run_uuid=f"20000000-0000-4000-8000-{n:012d}")
    window.require_known.setChecked(True)
    wait_task(qtbot, window, lambda: window.add_paths([str(folder)]))
    assert {r.verdict for r in window.bundle_model.rows()} == {"quarantined"}
    window.store.trust_key(TEST_KEY.fingerprint, ["Simon Chignard"])

    task = window.merge_quarantined()
    assert task is not None and window.progress_box.isVisible() and window.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: any(r.verdict == "merged" for r in window.bundle_model.rows()),
                    timeout=TASK_TIMEOUT)
    with qtbot.waitSignal(window.runner.idle, timeout=TASK_TIMEOUT):
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    with CentralStore(central_path) as store:
        merged = [b for b in store.bundles() if b.status == "merged"]
        assert 0 < len(merged) < total, "the merge of the quarantine stopped early"
        assert store.merge_history()[-1]["totals"]["cancelled"] is True
    wait_task(qtbot, window, window.merge_quarantined)
    with CentralStore(central_path) as store:
        assert {b.status for b in store.bundles()} == {"merged"}
        assert len(store.current()) == total


def test_closing_while_a_server_is_still_answering_does_not_wait_for_it(qtbot, make_organiser,
                                                                        monkeypatch):
    """The window closes at once; the attempt, cancelled, closes what it opened when it ends."""
    import threading

    import facilitator_app.central.store as central_store

    answer, opened = threading.Event(), []

    class SlowServer:
        def __init__(self, url: str) -> None:
            answer.wait(60)  # the server answers only when the test says so
            self.url, self.closed = url, False
            opened.append(self)

        def close(self) -> None:
            self.closed = True

    monkeypatch.setattr(central_store, "CentralStore", SlowServer)
    window = make_organiser(store=None)
    assert window.connect_store("postgresql+psycopg://organisateur@lent.example/mo") is not None
    assert window.busy
    window.close()
    assert not window.isVisible() and window.busy, "closed without waiting for the server"
    with qtbot.waitSignal(window.runner.idle, timeout=TASK_TIMEOUT):
        answer.set()
    assert [s.closed for s in opened] == [True] and window.store is None
