"""The room display's list of contributions: the newest always on screen, no line ever cut.

The list is laid out by hand rather than scrolled: each contribution is a label placed where it
fits whole. When they do not all fit at the largest size, the type shrinks step by step down to
the smallest readable size; when they still do not fit, the oldest give way to the newest, and a
line above them says how many earlier ones are not shown.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

STEP_PX = 4  # how much the type shrinks at each step
_WRAP = int(Qt.TextFlag.TextWordWrap)
_ALIGN = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft


def pixel_font(font: QFont, px: float, dpi: float, bold: bool = False) -> QFont:
    """``font`` at ``px`` pixels, in points (the clock and Qt's style sheets think in points)."""
    sized = QFont(font)
    sized.setPointSizeF(max(1.0, px * 72.0 / dpi))
    sized.setBold(bold)
    return sized


class ContributionList(QWidget):
    """The question's contributions, oldest first, laid out so the newest is always whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("room-contributions")
        self._texts: list[str] = []
        self._labels: list[QLabel] = []
        self._largest_px, self._smallest_px = 48.0, 40.0
        self.earlier = self._new_label()  # "↑ 12 earlier contributions"
        self.earlier.setObjectName("room-earlier")
        self.earlier.hide()
        self.px = self._largest_px  # the size the list is drawn at now

    def _new_label(self) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAlignment(_ALIGN)
        label.setAutoFillBackground(False)
        return label

    def set_sizes(self, largest_px: float, smallest_px: float) -> None:
        """The type's size when everything fits, and the smallest it may shrink to."""
        if (largest_px, smallest_px) != (self._largest_px, self._smallest_px):
            self._largest_px, self._smallest_px = largest_px, max(1.0, smallest_px)
            self._lay_out()

    def set_contributions(self, texts: list[str]) -> None:
        """Show ``texts`` (oldest first); the last one is the newest."""
        self._texts = list(texts)
        self._lay_out()

    def items(self) -> list[QLabel]:
        """The labels on screen, oldest first (the last one holds the newest contribution)."""
        return [label for label in self._labels if not label.isHidden()]

    def shown(self) -> int:
        return len(self.items())

    def fit_whole(self, height: int) -> bool:
        """Whether every contribution would fit whole, at the smallest size, in ``height``."""
        metrics = QFontMetrics(self._font(self._smallest_px))
        gap = round(self._smallest_px * 0.3)
        width = max(1, self.width())
        return len(self._newest_that_fit(metrics, width, height, gap)) == len(self._texts)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._lay_out()

    # -- layout --------------------------------------------------------------------------------

    def _font(self, px: float) -> QFont:
        return pixel_font(self.font(), px, self.logicalDpiY())

    def _sizes(self) -> list[float]:
        sizes, px = [], self._largest_px
        while px > self._smallest_px:
            sizes.append(px)
            px -= STEP_PX
        return [*sizes, self._smallest_px]

    @staticmethod
    def _height(metrics: QFontMetrics, width: int, text: str) -> int:
        return metrics.boundingRect(QRect(0, 0, width, 1 << 20), _WRAP, text).height()

    def _newest_that_fit(self, metrics: QFontMetrics, width: int, room: int,
                         gap: int) -> list[int]:
        """Heights of the newest contributions that fit whole in ``room`` pixels, newest last."""
        heights: list[int] = []
        used = 0
        for text in reversed(self._texts):
            height = self._height(metrics, width, text)
            if used + height > room:
                break
            heights.insert(0, height)
            used += height + gap
        return heights

    def _lay_out(self) -> None:
        width, room = max(1, self.width()), self.height()
        texts = list(self._texts)
        heights: list[int] = []
        for px in self._sizes():
            metrics = QFontMetrics(self._font(px))
            gap = round(px * 0.3)
            heights = self._newest_that_fit(metrics, width, room, gap)
            if len(heights) == len(texts):
                break
        self.px = px
        font = self._font(px)
        earlier_height = 0
        if len(heights) < len(texts):  # the oldest give way; a line says how many
            earlier_height = self._height(metrics, width, "↑") + gap
            heights = self._newest_that_fit(metrics, width, room - earlier_height, gap)
        if texts and not heights:  # the newest alone is taller than the list: keep its end
            texts[-1] = self._trimmed(metrics, width, max(room - earlier_height, 1), texts[-1])
            heights = [min(self._height(metrics, width, texts[-1]), room - earlier_height)]
        first = len(texts) - len(heights)
        while len(self._labels) < len(heights):
            self._labels.append(self._new_label())
        y = 0
        if first:
            self.earlier.setFont(font)
            self.earlier.setText(self.tr("↑ %n earlier contribution(s)", "", first))
            self.earlier.setGeometry(0, 0, width, earlier_height - gap)
            self.earlier.show()
            y = earlier_height
        else:
            self.earlier.hide()
        for label, text, height in zip(self._labels, texts[first:], heights):
            label.setFont(font)
            label.setText(text)
            # The star the room sees is also said, as a description, not only a character.
            label.setAccessibleDescription(self.tr("starred") if text.startswith("★") else "")
            label.setGeometry(0, y, width, height)
            label.show()
            y += height + gap
        for label in self._labels[len(heights):]:
            label.hide()

    def _trimmed(self, metrics: QFontMetrics, width: int, room: int, text: str) -> str:
        """The end of ``text`` after "…", as long as fits in ``room``: its end is what was
        said last."""
        low, high = 0, len(text)
        while low < high:  # the fewest characters to drop
            middle = (low + high) // 2
            if self._height(metrics, width, "…" + text[middle:]) <= room:
                high = middle
            else:
                low = middle + 1
        return "…" + text[low:] if low else text
