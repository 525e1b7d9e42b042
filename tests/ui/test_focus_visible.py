"""The keyboard's place is always seen: every widget Tab reaches changes visibly when it gets
the focus (from grabbed pixels: a 2-pixel ring of at least 3:1 against what was there), and
Tab follows the layout (the left column first; Export before Cancel)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from facilitator_app.ui.accessibility import FOCUS_WIDTH, contrast
from facilitator_app.ui.export_dialog import ExportDialog

from .test_capture import start_atelier, type_into


def tab_chain(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``window``, in order, from its start."""
    out, widget = [], window
    for _ in range(500):
        widget = widget.nextInFocusChain()
        if widget is window:
            break
        if widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None \
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            out.append(widget)
    return out


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def focus_change(qtbot, window: QWidget, widget: QWidget) -> tuple[int, float]:
    """Pixels of ``widget`` and its 2-pixel surround that change when it gets the focus, and
    the contrast of the ring's pixels with what they covered."""
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).adjusted(
        -FOCUS_WIDTH, -FOCUS_WIDTH, FOCUS_WIDTH, FOCUS_WIDTH)
    widget.clearFocus()
    qtbot.waitUntil(lambda: not widget.hasFocus())
    before = window.grab(rect).toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    QApplication.processEvents()
    after = window.grab(rect).toImage()
    scale = after.width() / rect.width()
    changed = sum(before.pixel(x, y) != after.pixel(x, y)
                  for x in range(after.width()) for y in range(after.height()))
    # The ring's band on the left edge, half-way down: what it covers and what it is.
    x, y = int(scale * 0.5), after.height() // 2
    ring = contrast(QColor(after.pixel(x, y)), QColor(before.pixel(x, y)))
    return round(changed / (scale * scale)), ring


def check_every_focusable(qtbot, window: QWidget) -> list[str]:
    activate(qtbot, window)
    chain = tab_chain(window)
    assert chain
    problems = []
    for widget in chain:
        changed, ring = focus_change(qtbot, window, widget)
        perimeter = 2 * (widget.width() + widget.height())
        name = f"{type(widget).__name__}({widget.accessibleName() or widget.objectName()})"
        if changed < perimeter:
            problems.append(f"{name}: {changed} pixels changed, fewer than {perimeter}")
        if ring < 3.0:
            problems.append(f"{name}: ring {ring:.2f}:1 against its surround")
    return problems


def test_every_focusable_widget_of_the_start_page_shows_its_focus(qtbot, make_window):
    window = make_window()
    assert check_every_focusable(qtbot, window) == []


def test_every_focusable_widget_of_the_capture_window_shows_its_focus(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    type_into(qtbot, window, 1, "Nombre de registres coproduits")
    assert check_every_focusable(qtbot, window) == []


def test_every_focusable_widget_of_the_export_dialog_shows_its_focus(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    dialog = ExportDialog(window.store, window.session.run.uuid, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert check_every_focusable(qtbot, dialog) == []


def test_tab_follows_the_layout(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    chain = tab_chain(window)
    capture = window.capture
    left = [capture.details.participants, capture.details.organisations,
            capture.engagement_list]
    first_question = capture.current_panel().questions["indicators"].view
    assert [chain.index(w) for w in left] == sorted(chain.index(w) for w in left)
    assert max(chain.index(w) for w in left) < chain.index(first_question)

    dialog = ExportDialog(window.store, window.session.run.uuid, window)
    qtbot.addWidget(dialog)
    dialog.show()
    order = tab_chain(dialog)
    cancel = next(b for b in order if b.text() == "Annuler")
    assert order.index(dialog.export_button) < order.index(cancel)
    assert dialog.export_button.x() < cancel.x(), "Export is drawn first"
