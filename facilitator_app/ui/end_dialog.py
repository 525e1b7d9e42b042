"""Ending an atelier: one page saying what is still pending, with the choices.

What is pending when an atelier ends: texts typed in an entry line and never added with Enter
(no bundle carries a draft), and the bundle the organisers need. Both are shown together, each
with its choice ticked by default, so that ending takes one decision instead of a row of
questions; the export dialog follows when export is ticked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.domain import QUESTION_KEYS


def draft_place(key: str) -> tuple[int, int]:
    """The engagement and question number (1-4) of a ``draft:E:Q`` key."""
    _, engagement, question = key.split(":")
    return int(engagement), QUESTION_KEYS.index(question) + 1


class EndDialog(QDialog):
    """End the atelier? The texts not added and the export, on one page."""

    def __init__(self, atelier_number: int, unentered: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("end-dialog")
        self.setWindowTitle(self.tr("End the atelier"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "End atelier {number}? Its contributions stay on this computer and can still be "
            "corrected.").format(number=atelier_number))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.add = QCheckBox()
        self.unentered = QLabel()
        self.unentered.setObjectName("end-unentered")
        self.unentered.setWordWrap(True)
        self.unentered.setTextFormat(Qt.TextFormat.PlainText)
        if unentered:
            heading = QLabel(self.tr("%n text(s) typed but not added with Enter:", "",
                                     len(unentered)))
            heading.setWordWrap(True)
            lines = []
            for key, text in sorted(unentered.items(), key=lambda kv: draft_place(kv[0])):
                engagement, question = draft_place(key)
                lines.append("• " + self.tr("Engagement {engagement}, question {question}: "
                                            "{text}").format(engagement=engagement,
                                                             question=question,
                                                             text=text.strip()))
            self.unentered.setText("\n".join(lines))
            self.add.setText(self.tr("&Add them to the atelier (otherwise the bundle leaves "
                                     "them out; they stay in their entry lines)"))
            self.add.setChecked(True)
            for widget in (heading, self.unentered, self.add):
                layout.addWidget(widget)
        else:
            self.add.hide()
            self.unentered.hide()

        self.export = QCheckBox(self.tr("E&xport the bundle for the organisers now"))
        self.export.setObjectName("end-export")
        self.export.setChecked(True)
        export_note = QLabel(self.tr("The organisers need it to include this atelier in their "
                                     "report; it can also be exported later (File menu)."))
        export_note.setWordWrap(True)
        layout.addWidget(self.export)
        layout.addWidget(export_note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.end_button = buttons.addButton(self.tr("&End the atelier"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.end_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.end_button.setFocus()
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.sizeHint().height())

    @property
    def add_unentered(self) -> bool:
        return not self.add.isHidden() and self.add.isChecked()

    @property
    def export_now(self) -> bool:
        return self.export.isChecked()
