"""The plenary restitution of the running atelier: shown on screen, printed, saved as PDF."""

from __future__ import annotations

import logging
import os
import re
import uuid as uuidlib
from pathlib import Path

from PySide6.QtCore import QEvent, QMarginsF, QRectF, QRegularExpression, QSizeF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
)

from facilitator_app import i18n
from facilitator_app.errors import os_reason
from facilitator_app.restitution import build_restitution, restitution_html
from facilitator_app.ui import accessibility, file_dialogs
from facilitator_app.ui.restitution_outline import RestitutionOutline
from facilitator_app.ui.session import CaptureSession

log = logging.getLogger(__name__)

PAGE_MARGIN_MM = 15
FOOTER_MM = 8  # kept free at the bottom of each page's printable area for the page number
PDF_DPI = 300


class RestitutionDialog(QDialog):
    """The restitution of ``session``'s atelier, rebuilt whenever a contribution changes."""

    def __init__(self, session: CaptureSession, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("restitution-dialog")
        self.html = ""

        self.browser = QTextBrowser()
        self.browser.setObjectName("restitution-text")
        self.browser.setReadOnly(True)
        self.browser.setOpenLinks(False)

        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_restitution)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.close_button = QPushButton()
        for button in (self.print_button, self.pdf_button):
            button.setAutoDefault(False)  # Enter, like Esc, closes; printing is asked for
        buttons = QDialogButtonBox()
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)  # Esc rejects too
        # The notes (questions asked, answers given) are shown unless the facilitators keep
        # them for themselves; the choice applies to the screen, the print and the PDF.
        self.notes_box = QCheckBox()
        self.notes_box.setObjectName("restitution-notes")
        self.notes_box.setChecked(True)
        self.notes_box.toggled.connect(self.refresh)

        bottom = QHBoxLayout()
        bottom.addWidget(self.notes_box)
        bottom.addWidget(buttons, 1)
        # The structure beside the text: headings and one item per contribution (screen
        # readers get the text flat from Qt), and a way to jump to an engagement.
        self.outline = RestitutionOutline()
        self.outline.headingChosen.connect(self.show_in_text)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.outline)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self._add_action("print", QKeySequence.StandardKey.Print, self.print_restitution)
        self._add_action("save-pdf", QKeySequence.StandardKey.Save, self.choose_pdf)
        session.listChanged.connect(self.refresh)
        session.runChanged.connect(self.refresh)
        session.notesChanged.connect(self.refresh)
        self.resize(820, 900)
        self.retranslate()
        self.browser.setFocus()

    def _add_action(self, name: str, keys: QKeySequence.StandardKey, slot) -> None:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.addAction(action)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self.refresh()  # the summary's text follows the window's
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Plenary summary — Atelier {number}").format(
            number=self.session.atelier.number))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print the summary (Ctrl+P)"))
        self.pdf_button.setText(self.tr("&Save as PDF…"))
        self.pdf_button.setToolTip(self.tr("Save the summary as a PDF file (Ctrl+S)"))
        self.close_button.setText(self.tr("&Close"))
        self.notes_box.setText(self.tr("Include the &notes"))
        self.notes_box.setToolTip(self.tr(
            "Show the notes typed under each engagement (questions asked, answers given) in "
            "the summary, its print and its PDF"))
        accessibility.name_button(self.print_button, self.tr("Print the summary"))
        accessibility.name_button(self.pdf_button, self.tr("Save the summary as PDF"))
        accessibility.name_button(self.close_button, self.tr("Close the summary"))
        self.browser.setAccessibleName(self.tr("Plenary summary of the atelier"))
        self.outline.setAccessibleName(self.tr("Outline of the summary"))
        self.refresh()

    def refresh(self, *_changed) -> None:
        """Rebuild the summary from the session, keeping the reader's place in it."""
        s = self.session
        restitution = build_restitution(s.run, s.catalogue, s.doc, i18n.language(),
                                        notes=self.notes_box.isChecked())
        self.html = restitution_html(restitution, i18n.language())  # printed, saved as PDF
        screen_pt = self.browser.font().pointSizeF()
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(self.html if screen_pt <= 0 else
                             restitution_html(restitution, i18n.language(), screen_pt))
        self.browser.verticalScrollBar().setValue(scroll)
        self.outline.set_restitution(restitution)

    def show_in_text(self, texts: list[str]) -> None:
        """Scroll the text to the item chosen in the outline (each text found after the one
        before it: question 1 of the third engagement, not of the first)."""
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        for text in texts:  # a no-break space may be drawn (and stored) as a plain one
            pattern = "[\u00a0\u202f ]".join(QRegularExpression.escape(part)
                                               for part in re.split("[\u00a0\u202f ]", text))
            self.browser.find(QRegularExpression(pattern))
        self.browser.ensureCursorVisible()

    def default_pdf_name(self) -> str:
        """In the summary's language, as its title is."""
        return self.tr("plenary-summary-atelier-{number}.pdf").format(
            number=self.session.atelier.number)

    # -- output ----------------------------------------------------------------------------

    def print_restitution(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(_a4_layout())
        printer.setDocName(self.default_pdf_name().removesuffix(".pdf"))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the plenary summary"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._paint(printer)

    def choose_pdf(self) -> None:
        from facilitator_app.ui.export_dialog import export_folder

        folder = export_folder(None)  # the documents folder, created when missing
        path = file_dialogs.save_file_name(
            self, self.tr("Save the plenary summary"), str(Path(folder) / self.default_pdf_name()),
            self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        path = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        try:
            self.save_pdf(path)
        except OSError as error:
            log.warning("could not save the restitution to %s: %s", path, error)
            QMessageBox.warning(self, self.tr("PDF not saved"), self.tr(
                "The summary could not be written to {path}: {reason}").format(
                path=path, reason=os_reason(error).render()))
            return
        file_dialogs.confirm_saved(
            self, self.tr("PDF saved"),
            self.tr("The plenary summary is saved: {path}").format(path=path), path.parent)

    def save_pdf(self, path: Path) -> None:
        """Write the summary as an A4 PDF at ``path``; never leaves a half-written file there."""
        path = Path(path)
        tmp = path.with_name(f".{path.name}.{uuidlib.uuid4().hex[:8]}.tmp")
        try:
            self._write_pdf(tmp)
            with tmp.open("rb+") as written:
                os.fsync(written.fileno())
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        log.info("restitution of atelier %d saved to %s", self.session.atelier.number, path)

    def _write_pdf(self, path: Path) -> None:
        writer = QPdfWriter(str(path))  # its file is complete once the painter has ended
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(_a4_layout())
        writer.setTitle(self.windowTitle())
        writer.setCreator("facilitator-app")
        self._paint(writer)

    def _paint(self, device: QPagedPaintDevice) -> None:
        """Lay the summary out for ``device``'s pages and paint them with a page-number footer."""
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(device)  # font sizes in points at the device's dpi
        doc.setDefaultFont(QFont(self.browser.font().family(), 10))
        doc.setDocumentMargin(0)
        doc.setHtml(self.html)
        area = device.pageLayout().paintRectPixels(device.logicalDpiX())
        footer = FOOTER_MM / 25.4 * device.logicalDpiY()
        page = QSizeF(area.width(), area.height() - footer)
        doc.setPageSize(page)
        pages = doc.pageCount()
        painter = QPainter()
        if not painter.begin(device):
            raise OSError(self.tr("the output cannot be opened"))
        footer_font = QFont(doc.defaultFont().family(), 8)
        try:
            for index in range(pages):
                if index:
                    device.newPage()
                painter.save()
                painter.translate(0, -index * page.height())
                doc.drawContents(painter, QRectF(0, index * page.height(), page.width(),
                                                 page.height()))
                painter.restore()
                painter.setFont(footer_font)
                painter.setPen(QColor("#595959"))  # 7:1 on white, not darkGray's 3.9
                painter.drawText(
                    QRectF(0, page.height(), page.width(), footer),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                    self.tr("Atelier {number} — page {page}/{pages}").format(
                        number=self.session.atelier.number, page=index + 1, pages=pages))
        finally:
            painter.end()


def _a4_layout() -> QPageLayout:
    margin = PAGE_MARGIN_MM
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(margin, margin, margin, margin), QPageLayout.Unit.Millimeter)
