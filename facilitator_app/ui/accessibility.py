"""What assistive technologies need from the widgets, in one place: roles Qt cannot give a
plain widget (an alert, a status line, a window), values exposed with their fixed wording in
the description, announcements of what changes, and a focus indicator that is always seen.

Qt exposes a widget through a ``QAccessibleInterface`` chosen by class; a label is static
text, a plain ``QWidget`` a generic client area. :func:`set_role` gives a widget another role
through a factory installed once (a screen reader says "alert" for the save banner, "status"
for the save line); :func:`announce` sends Qt's accessible events, which the platform bridge
(AT-SPI on Linux, UI Automation on Windows) hands to Orca or NVDA.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QColor,
    QPalette,
)
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QLineEdit, QToolButton, QWidget

Role = QAccessible.Role
_ROLE_PROPERTY = "facilitatorAccessibleRole"
_factory_installed = False


class _RoleInterface(QAccessibleWidget):
    """A widget exposed with a chosen role; a label's text is its name (unless one is set)
    and its value, so the message itself is read, not only what the widget is for."""

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        shown = _plain(widget.text(), widget.textFormat()) if isinstance(widget, QLabel) else ""
        if kind == QAccessible.Text.Name:
            return (widget.accessibleName() or shown or widget.accessibleDescription()
                    or widget.windowTitle())
        if kind == QAccessible.Text.Value:
            return shown
        return super().text(kind)


def _factory(_key: str, obj: QObject | None):
    if obj is None or not obj.isWidgetType():
        return None
    role = obj.property(_ROLE_PROPERTY)
    if role is None:
        return None
    return _RoleInterface(obj, Role(role))


def _plain(text: str, kind: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    if kind == Qt.TextFormat.RichText or (kind == Qt.TextFormat.AutoText and "<" in text):
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return " ".join(text.split())


def set_role(widget: QWidget, role: QAccessible.Role) -> None:
    """Expose ``widget`` with ``role`` (call before it is first shown)."""
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_factory)
        _factory_installed = True
    widget.setProperty(_ROLE_PROPERTY, role.value)


def describe(widget: QWidget, description: str) -> None:
    """The fixed wording of a widget whose name is its value (the fingerprint, a path)."""
    widget.setAccessibleName("")
    widget.setAccessibleDescription(description)


def name_button(button, description: str) -> None:
    """A button's name is its visible text (what a voice-control user says), the longer
    wording its description."""
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    button.setAccessibleName(text)
    button.setAccessibleDescription(description)


def _send(event: QAccessibleEvent) -> None:
    """Hand ``event`` to the platform's bridge (one place, which the tests watch)."""
    QAccessible.updateAccessibility(event)


def changed(widget: QWidget) -> None:
    """``widget``'s text changed: a status line's new text is read by screen readers that
    follow status objects, without interrupting (for each save, say)."""
    _send(QAccessibleEvent(widget, QAccessible.Event.NameChanged))


def announce(widget: QWidget, text: str | None = None, *, assertive: bool = False) -> None:
    """Say ``text`` (``widget``'s own text by default) now: politely for a status that
    matters (saving works again, a merge is done), at once (``assertive``) for an alert,
    which is also raised as one (the save banner, the five-minute warning)."""
    if text is None:
        text = _plain(widget.text(), widget.textFormat()) if isinstance(widget, QLabel) \
            else widget.accessibleName()
    if not text:
        return
    changed(widget)
    if assertive:
        _send(QAccessibleEvent(widget, QAccessible.Event.Alert))
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    _send(event)


def name_clear_button(line: QLineEdit, name: str) -> None:
    """Name the clear button Qt puts inside an entry line (it has no name of its own)."""
    for button in line.findChildren(QToolButton):
        button.setAccessibleName(name)


def mixed(colour: QColor, other: QColor, share: float) -> QColor:
    """``colour`` moved towards ``other`` by ``share`` (0 to 1)."""
    return QColor.fromRgbF(*(a + (b - a) * share for a, b in zip(
        colour.getRgbF()[:3], other.getRgbF()[:3])))


def luminance(colour: QColor) -> float:
    """WCAG 2.1 relative luminance."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in colour.getRgbF()[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2.1 contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable(colour: QColor, background: QColor, ratio: float = 4.5) -> QColor:
    """``colour``, darkened (or lightened on a dark background) until it has ``ratio``
    against ``background``: keeps the palette's hue, reaches the threshold whatever the
    theme."""
    target = QColor("black") if luminance(background) > 0.18 else QColor("white")
    step, result = 0.0, QColor(colour)
    while contrast(result, background) < ratio and step < 1.0:
        step += 0.05
        result = mixed(colour, target, step)
    return result


def text_colour(widget: QWidget, role: QPalette.ColorRole = QPalette.ColorRole.PlaceholderText,
                background: QPalette.ColorRole = QPalette.ColorRole.Base) -> QColor:
    """The palette's ``role`` colour made readable on its ``background``."""
    palette = widget.palette()
    return readable(palette.color(role), palette.color(background))
