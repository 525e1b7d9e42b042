"""Small things of the facilitator's hour: the resume button waits for a run to be chosen, a
draft of spaces is not brought back, the four lists start level whatever their titles, and no
text is drawn smaller than the system's size x 0.9."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from .conftest import type_text
from .test_capture import start_atelier, type_into


def test_the_resume_button_is_enabled_once_a_run_is_selected(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    type_into(qtbot, window, 1, "Une idée")
    window.a_new.trigger()
    page = window.start_page
    assert page.runs.count() == 1 and not page.runs.selectedItems()
    assert not page.resume_button.isEnabled(), "it looked ready and did nothing"
    page.runs.setCurrentRow(0)
    assert page.resume_button.isEnabled()
    qtbot.mouseClick(page.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None)


def test_a_draft_of_spaces_only_is_not_brought_back(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    boxes = window.capture.current_panel().questions
    type_text(boxes["indicators"].entry, "   ")
    type_text(boxes["challenges"].entry, " suite")
    run = window.session.run.uuid
    make_window.close(window)  # the drafts are saved as they are
    again = make_window()
    qtbot.waitUntil(lambda: again.capture is not None)
    assert again.session.run.uuid == run
    boxes = again.capture.current_panel().questions
    assert boxes["indicators"].entry.text() == ""
    assert boxes["challenges"].entry.text() == " suite"


def test_the_lists_of_a_row_start_level_when_one_title_wraps(qtbot, make_window):
    window = make_window()
    start_atelier(qtbot, window, 3)
    window.resize(760, 700)  # question 1's title wraps, question 2's does not
    panel = window.capture.current_panel()
    boxes = list(panel.questions.values())
    qtbot.waitUntil(lambda: boxes[0].title.height() > boxes[0].title.fontMetrics().height()
                    * 1.5)
    for left, right in ((boxes[0], boxes[1]), (boxes[2], boxes[3])):
        qtbot.waitUntil(lambda l=left, r=right: l.view.mapTo(panel, l.view.rect().topLeft()).y()
                        == r.view.mapTo(panel, r.view.rect().topLeft()).y())
        assert left.view.height() == right.view.height()


def visible_texts(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisibleTo(root)]


def test_no_text_is_smaller_than_the_system_size_times_0_9(qtbot, make_window):
    window = make_window()
    smallest = QApplication.font().pointSizeF() * 0.9
    pages = [window]
    start_atelier(qtbot, window, 3)
    pages.append(window)
    for widget in visible_texts(window):
        assert widget.font().pointSizeF() >= smallest - 0.01, widget.objectName() or widget
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText:
            text = widget.text().lower()
            assert "<small" not in text and "font-size" not in text, text[:80]
    follow_up = window.capture.current_panel().follow_up
    assert "Institution porteuse" in follow_up.text()
