"""The size of the text (View menu): a scale of the system's font, applied to the whole
application and kept in the person's preferences.

The scale is applied to the application's font, which every window and dialog inherits; the
few labels drawn larger than the rest (the start page's title, the workshop clock) take their
size from their parent's font again when it changes.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from facilitator_app.ui import settings as keys
from facilitator_app.ui.settings import Settings

STEPS = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
NORMAL = 1.0

_system_font: QFont | None = None  # the font before any scaling: the steps are of it


def _step(scale: float) -> float:
    """The step nearest ``scale`` (a preferences file edited by hand holds anything)."""
    return min(STEPS, key=lambda step: abs(step - scale))


def current() -> float:
    """The scale in use (1.0 when none was applied)."""
    app = QApplication.instance()
    if _system_font is None or app is None:
        return NORMAL
    return _step(_size(app.font()) / _size(_system_font))


def apply(scale: float) -> float:
    """Scale the application's font to the step nearest ``scale``; return that step."""
    global _system_font
    app = QApplication.instance()
    if _system_font is None:
        _system_font = QFont(app.font())
    scale = _step(scale)
    font = QFont(_system_font)
    if _system_font.pointSizeF() > 0:
        font.setPointSizeF(_system_font.pointSizeF() * scale)
    else:  # a font sized in pixels
        font.setPixelSize(round(_system_font.pixelSize() * scale))
    if font != app.font():
        app.setFont(font)
    return scale


def restore(settings: Settings) -> float:
    """At start: the scale the person chose last time."""
    return apply(settings.get(keys.FONT_SCALE))


def choose(settings: Settings, scale: float) -> float:
    """The person chose ``scale``: apply it and remember it."""
    scale = apply(scale)
    settings.set(keys.FONT_SCALE, scale)
    return scale


def larger() -> float:
    """The step above the current one (the largest stays the largest)."""
    scale = current()
    return next((step for step in STEPS if step > scale), STEPS[-1])


def smaller() -> float:
    """The step below the current one (the smallest stays the smallest)."""
    scale = current()
    return next((step for step in reversed(STEPS) if step < scale), STEPS[0])


def _size(font: QFont) -> float:
    return font.pointSizeF() if font.pointSizeF() > 0 else float(font.pixelSize())
