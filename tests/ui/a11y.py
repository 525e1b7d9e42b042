"""Walk a window's accessibility tree as a screen reader sees it, in-process, and list what a
screen-reader user would miss: an interactive object without a name, one with a generic role,
a value shown on screen but absent from what is exposed (name, value, text interface)."""

from __future__ import annotations

import re

from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

R = QAccessible.Role
T = QAccessible.Text
GENERIC = {R.Client, R.Pane, R.NoRole}  # AT-SPI says "filler", "panel"
INTERACTIVE = {R.PushButton, R.CheckBox, R.RadioButton, R.ComboBox, R.EditableText, R.SpinBox,
               R.List, R.Table, R.Tree, R.PageTab, R.PageTabList, R.ProgressBar, R.Slider,
               R.ButtonMenu, R.ButtonDropDown, R.Link, R.Document}
_WORD = re.compile(r"\w+", re.UNICODE)


def exposed(iface) -> str:
    """Everything a screen reader can read of one object: name, value, its text interface."""
    parts = [iface.text(T.Name), iface.text(T.Value)]
    text = iface.textInterface()
    if text is not None:
        parts.append(text.text(0, text.characterCount()))
    return " ".join(p for p in parts if p)


def words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def shown_text(widget: QWidget) -> str:
    """The text a sighted person reads on ``widget`` (mnemonic ampersands left out)."""
    if isinstance(widget, QLabel):
        text = widget.text()
        kind = widget.textFormat()
        if kind == kind.RichText or (kind == kind.AutoText and "<" in text):
            document = QTextDocument()
            document.setHtml(text)
            text = document.toPlainText()
        if widget.buddy() is not None:
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        return text
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if isinstance(widget, QLineEdit):
        return widget.text() if widget.echoMode() == QLineEdit.EchoMode.Normal else ""
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def _describe(iface) -> str:
    obj = iface.object()
    return (f"{type(obj).__name__ if obj is not None else '?'}"
            f"({obj.objectName() if obj is not None else ''}) role={iface.role().name} "
            f"name={iface.text(T.Name)!r}")


def problems(window: QWidget) -> list[str]:
    """What a screen-reader user would miss in ``window`` (an empty list when nothing)."""
    found: list[str] = []
    seen: set[int] = set()

    def visit(iface, depth: int) -> None:
        if iface is None or not iface.isValid() or depth > 40:
            return
        state = iface.state()
        if state.invisible:
            return
        key = id(iface.object()) if iface.object() is not None else None
        role = iface.role()
        interactive = role in INTERACTIVE or (state.focusable and role != R.StaticText)
        if key is None or key not in seen:
            if key is not None:
                seen.add(key)
            if interactive and role in GENERIC:
                found.append("generic role for an interactive object: " + _describe(iface))
            item = role in (R.ListItem, R.Cell, R.TreeItem, R.ColumnHeader, R.RowHeader)
            if interactive and not item and not iface.text(T.Name).strip():
                found.append("no name: " + _describe(iface))
            if item:
                _item_value(iface, found)
        for i in range(iface.childCount()):
            visit(iface.child(i), depth + 1)

    visit(QAccessible.queryAccessibleInterface(window), 0)
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or isinstance(widget.parent(), QAbstractSpinBox):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is None:
            found.append(f"no accessible interface: {type(widget).__name__}")
            continue
        if iface.role() in GENERIC and widget.isWindow():
            found.append("window with a generic role: " + _describe(iface))
        shown = shown_text(widget)
        missing = words(shown) - words(exposed(iface))
        if shown.strip() and missing:
            found.append(f"shown but not exposed {sorted(missing)[:5]}: " + _describe(iface))
        if isinstance(widget, QAbstractButton) and shown.strip(" …") and \
                shown.strip(" …").casefold() not in iface.text(T.Name).casefold():
            found.append(f"visible label {shown!r} not inside the name: " + _describe(iface))
        if isinstance(widget, QProgressBar) and not iface.text(T.Name):
            found.append("unnamed progress bar: " + _describe(iface))
        if isinstance(widget, QAbstractItemView) and "\ufdd0" in exposed(iface):
            found.append("hidden separators exposed: " + _describe(iface))
    return found


def _item_value(iface, found: list[str]) -> None:
    """An item of a list or table: what it shows must be in its name."""
    from PySide6.QtCore import Qt

    obj = iface.parent().object() if iface.parent() is not None else None
    if not isinstance(obj, QAbstractItemView):
        return
    # The item on screen where the interface says it is (rows of a tree are flattened).
    centre = iface.rect().center()
    index = obj.indexAt(obj.viewport().mapFromGlobal(centre))
    if not index.isValid():
        return
    shown = index.data(Qt.ItemDataRole.DisplayRole)
    if isinstance(shown, str) and words(shown) - words(iface.text(T.Name)):
        found.append(f"item shows {shown!r}, exposes {iface.text(T.Name)!r}")
