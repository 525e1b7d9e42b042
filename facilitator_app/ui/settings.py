"""A person's preferences, each declared once with its type and default, kept in QSettings.

The workshop's data never lives here: only how this person likes the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    default: T
    kind: type
    description: str


LANGUAGE = Key("ui/language", "fr", str, "Interface language: fr or en")
GEOMETRY = Key("window/geometry", QByteArray(), QByteArray, "Main window geometry")
WINDOW_STATE = Key("window/state", QByteArray(), QByteArray, "Main window docks and toolbars")
ROOM_SCREEN = Key("room/screen", "", str, "Name of the screen used for the room display")
RECENT_CATALOGUES = Key("catalogue/recent", [], list, "Catalogue files opened recently")
EXPORT_FOLDER = Key("export/folder", "", str, "Folder of the last bundle exported")
FONT_SCALE = Key("ui/font_scale", 1.0, float, "Extra scale applied to the system font size")


class Settings:
    """Typed access to the preferences file."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: Key[T]) -> T:
        value: Any = self._qs.value(key.name, key.default)
        if value is None:
            return key.default
        try:
            if key.kind is list:
                return (list(value)  # type: ignore[return-value]
                        if isinstance(value, (list, tuple)) else [value])
            if key.kind is QByteArray:
                return (value  # type: ignore[return-value]
                        if isinstance(value, QByteArray) else QByteArray(value))
            return key.kind(value)  # type: ignore[return-value]
        except (TypeError, ValueError):
            return key.default

    def chosen(self, key: Key[T]) -> T | None:
        """The person's own value, or ``None`` when they never chose one."""
        return self.get(key) if self._qs.contains(key.name) else None

    def set(self, key: Key[T], value: T) -> None:
        self._qs.setValue(key.name, value)
        self._qs.sync()
