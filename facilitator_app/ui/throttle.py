"""When what is being typed is saved: a throttle, not a debounce.

A debounce (a timer restarted at every keystroke) never fires while someone types without a
pause: at 8 or 80 characters per second nothing reached the disk until they stopped. Every
field typed into (entry lines, the in-place editor, the notes, the participants and the
organisations) saves through a :class:`SaveThrottle` instead: the first change not yet saved
starts it, later changes do not restart it, and when it fires the field's whole current text
is saved. So the text is handed to the writer at most ``SAVE_WITHIN_MS`` after the first
keystroke not yet saved, whatever the pace, and a save always follows the last keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

# Leaves the writer 200 ms of the half-second promised for its commit, even on a slow disk.
SAVE_WITHIN_MS = 300


class SaveThrottle(QTimer):
    """A single-shot timer that :meth:`changed` starts only when it is not already running."""

    def __init__(self, save, parent: QObject, interval: int = SAVE_WITHIN_MS) -> None:
        super().__init__(parent, singleShot=True, interval=interval)
        self.timeout.connect(save)

    def changed(self, *_args) -> None:
        """Something was typed: save it when the first change not yet saved is due."""
        if not self.isActive():
            self.start()
