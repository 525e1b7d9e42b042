"""The Qt binding does not corrupt Python's objects: PySide6 6.12.0 lost a reference to True at
every signal emitted from Python, and a long atelier (the clock, every contribution) ended with
"Fatal Python error: bool_dealloc". The project excludes that version; this keeps it out."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    two = Signal(str, str)
    none = Signal()


def test_emitting_signals_keeps_the_reference_counts_of_true_and_false(qapp):
    emitter = _Emitter()
    received = []
    emitter.two.connect(lambda a, b: received.append(a))
    emitter.none.connect(lambda: received.append(None))
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        emitter.two.emit("a", "b")
        emitter.none.emit()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(received) == 400
    assert after[0] - before[0] > -20 and after[1] - before[1] > -20, \
        f"the binding loses references to True/False: {before} -> {after}"
