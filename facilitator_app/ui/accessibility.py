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

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QColor,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QApplication,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

Role = QAccessible.Role
ALERT_HUE, WARNING_HUE = "#b3261e", "#9a6700"  # red and amber, made readable by tone()
FOCUS_WIDTH = 2  # pixels of the focus ring
_ROLE_PROPERTY = "facilitatorAccessibleRole"
_LIVE_PROPERTY = "facilitatorValueInName"
_factory_installed = False


class _RoleInterface(QAccessibleWidget):
    """A widget exposed with a chosen role; a label's text is its name (unless one is set)
    and its value, so the message itself is read, not only what the widget is for."""

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        shown = _plain(widget.text(), widget.textFormat()) if isinstance(widget, QLabel) else ""
        if kind == QAccessible.Text.Name:
            if widget.property(_LIVE_PROPERTY) and shown:
                # Read when asked, never announced: the clock's second (see live_value).
                return QCoreApplication.translate("accessibility", "{name}: {value}").format(
                    name=widget.accessibleName(), value=shown)
            return (widget.accessibleName() or shown or widget.accessibleDescription()
                    or widget.windowTitle())
        if kind == QAccessible.Text.Value:
            return shown
        return super().text(kind)


# Qt's cache keeps the interfaces the factory makes and deletes each with its widget, but
# PySide gives their ownership to Python: were the last Python reference dropped, Python would
# free an interface Qt still uses (a crash at the next event on that widget). So each is kept
# here until Qt has deleted it (its wrapper is then invalid), and never released before.
_made: list[_RoleInterface] = []


def _factory(_key: str, obj: QObject | None):
    if obj is None or not obj.isWidgetType():
        return None
    role = obj.property(_ROLE_PROPERTY)
    if role is None:
        return None
    _made[:] = [made for made in _made if shiboken6.isValid(made)]
    interface = _RoleInterface(obj, Role(role))
    _made.append(interface)
    return interface


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


def live_value(label: QLabel, name: str) -> None:
    """A label whose text changes too often to be announced (the clock, each second): its
    name is ``name`` and its current text, read whenever a screen reader asks, but Qt sends
    no name change when the text changes (the name set is fixed)."""
    if label.property(_LIVE_PROPERTY) is None:
        set_role(label, Role.StaticText)
        label.setProperty(_LIVE_PROPERTY, True)
    if label.accessibleName() != name:  # called at each tick: only a new language renames
        label.setAccessibleName(name)


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


def tone(widget: QWidget, hue: str, ratio: float = 4.5) -> str:
    """``hue`` as a style sheet colour readable (``ratio``) on ``widget``'s window colour:
    darker on a light theme, lighter on a dark or high-contrast one."""
    return readable(QColor(hue), widget.palette().color(QPalette.ColorRole.Window),
                    ratio).name()


# -- the application's palette and focus ring -------------------------------------------------

def readable_palette(palette: QPalette) -> QPalette:
    """``palette`` (the system's, light, dark or high-contrast) with what Qt leaves under
    4.5:1 made readable: the placeholder text, and a selection that looks different once its
    list has lost the keyboard (lighter, its text the normal text colour)."""
    P, G = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette(palette)
    for group in (G.Active, G.Inactive):
        palette.setColor(group, P.PlaceholderText,
                         readable(palette.color(group, P.PlaceholderText),
                                  palette.color(group, P.Base)))
    highlight = palette.color(G.Active, P.Highlight)
    base, text = palette.color(G.Active, P.Base), palette.color(G.Active, P.Text)
    inactive = mixed(highlight, base, 0.7)
    palette.setColor(G.Inactive, P.Highlight, inactive)
    palette.setColor(G.Inactive, P.HighlightedText, readable(text, inactive))
    palette.setColor(G.Active, P.HighlightedText,
                     readable(palette.color(G.Active, P.HighlightedText), highlight))
    return palette


def focus_colour(widget: QWidget) -> QColor:
    """The ring's colour: the palette's highlight, made to stand 3:1 against the window."""
    palette = widget.palette()
    return readable(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight),
                    palette.color(QPalette.ColorRole.Window), 3.0)


class FocusRing(QWidget):
    """A 2-pixel ring drawn around whichever widget of its window has the keyboard, over the
    window: every focusable widget shows its focus the same way, whatever the style draws
    (some draw nothing on a list, a button or a text area). One per window, its child."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focus-ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def follow(self, target: QWidget | None) -> None:
        """Ring ``target`` (None: hide). Of the widget left, only the filter is removed (it
        may be the one being destroyed, which is what moved the focus)."""
        if self.target is not None and self.target is not target \
                and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = target
        if target is not None:
            target.installEventFilter(self)
            self.place()
        else:
            self.hide()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.target and event.type() in (
                QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self.place()
        return False

    def place(self) -> None:
        target, window = self.target, self.parentWidget()
        if target is None or not shiboken6.isValid(target) or not target.isVisible() \
                or window is None:
            self.hide()
            return
        w = FOCUS_WIDTH
        top_left = target.mapTo(window, target.rect().topLeft())
        self.setGeometry(QRect(top_left, target.size()).adjusted(-w, -w, w, w)
                         .intersected(window.rect()))
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, _event) -> None:
        if self.target is None or not shiboken6.isValid(self.target):
            return
        painter = QPainter(self)
        pen = QPen(focus_colour(self.target), FOCUS_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FOCUS_WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))
        painter.end()


class _FocusTracker(QObject):
    """Moves the focus ring of the focused widget's window onto it."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._rings: dict[int, FocusRing] = {}  # by window, each deleted with its window
        app.focusChanged.connect(self._changed)

    def _changed(self, _old, new) -> None:
        self._rings = {k: r for k, r in self._rings.items() if shiboken6.isValid(r)}
        window = new.window() if isinstance(new, QWidget) and not new.isWindow() else None
        for ring in self._rings.values():
            if ring.parentWidget() is not window:
                ring.follow(None)
        if window is None:
            return
        ring = self._rings.get(id(window))
        if ring is None or ring.parentWidget() is not window:
            ring = self._rings[id(window)] = FocusRing(window)
        ring.follow(new)


class _PaletteFollower(QObject):
    """Makes the system's palette readable again whenever it changes (theme, contrast).

    Through the application's signal, not an event filter on it: such a filter would see
    every event of every object, in Python."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._applying = False
        self.apply(app)
        app.paletteChanged.connect(self._changed)

    def apply(self, app: QApplication) -> None:
        self._applying = True
        try:
            app.setPalette(readable_palette(app.palette()))
        finally:
            self._applying = False

    def _changed(self, _palette) -> None:
        app = QApplication.instance()
        if app is not None and not self._applying:
            self.apply(app)


def install() -> None:
    """Once per application: the readable palette, followed when the system's changes, and
    the focus ring. Each window calls it (tests build windows without the app's start)."""
    app = QApplication.instance()
    if app is None or app.property("facilitatorAccessibility"):
        return
    app.setProperty("facilitatorAccessibility", True)
    _PaletteFollower(app)
    _FocusTracker(app)
