"""One window per person and data folder, the desktop way: a second launch hands its
arguments to the window already open, which comes forward, and ends.

The first instance listens on a local socket (a named pipe on Windows) named after the user
and the data folder. A later launch first tries to hand over: the bundles it was asked to open
(``--open FILE``, a bundle double-clicked), or nothing (the menu entry clicked again). The
running window comes forward and opens the bundles in the organisers' window.

The store's writer lock still decides who is first: only the process that holds it removes a
socket left behind by a crash and listens in its place, so two launches at the same moment
cannot take the name from each other. A lock left by a process that died is taken over as
before (``storage/lock.py``).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

# QtNetwork is imported where it is used: a launch with no instance running never needs it
# before its window is shown (see :func:`may_be_running`).

log = logging.getLogger(__name__)

HAND_OVER_MS = 2000  # what a second launch waits for the first one's answer
_ACCEPTED, _REFUSED = b"ok\n", b"no\n"


def server_name(folder: Path) -> str:
    """The socket's name for this user and data folder (short: Unix limits socket paths)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this user id (a container)
        user = "?"
    place = str(Path(folder).expanduser().resolve())
    digest = hashlib.sha256(f"{user}\0{place}".encode()).hexdigest()[:20]
    return f"facilitator-app-{digest}"


def may_be_running(folder: Path) -> bool:
    """Whether an instance may be listening for ``folder``, without loading QtNetwork: on
    Unix its socket is a file in the temporary folder (Qt's, ``$TMPDIR`` else /tmp)."""
    if sys.platform == "win32":
        return True  # a named pipe: only trying tells
    name = server_name(folder)
    places = {Path(os.environ.get("TMPDIR") or "/tmp"), Path(tempfile.gettempdir())}
    return any((place / name).exists() for place in places)


def hand_over(folder: Path, paths: list[str], timeout_ms: int = HAND_OVER_MS) -> bool:
    """Give ``paths`` (bundles to open, maybe none) to the instance running on ``folder``.
    True when it took them: this launch has nothing more to do."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(timeout_ms):
        return False
    message = json.dumps({"open": [str(Path(p).expanduser().absolute()) for p in paths]})
    socket.write(message.encode() + b"\n")
    answer = b""
    if socket.waitForBytesWritten(timeout_ms):
        while not answer.endswith(b"\n") and socket.waitForReadyRead(timeout_ms):
            answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    log.info("handed %d file(s) over to the running instance: %s", len(paths),
             answer.strip().decode(errors="replace") or "no answer")
    return answer == _ACCEPTED


class InstanceServer(QObject):
    """Listens for later launches; emits what each one hands over."""

    handedOver = Signal(list)  # the paths to open (empty: only come forward)

    def __init__(self, folder: Path, accepts_none: bool = True,
                 parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = server_name(folder)
        self.accepts_none = accepts_none  # the organisers' window alone has no window to raise
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)

    def listen(self, take_over: bool) -> bool:
        """Start listening; with ``take_over`` (only when holding the store's lock), remove a
        socket left by an instance that crashed first."""
        if self.server.listen(self.name):
            return True
        if take_over:
            self.server.removeServer(self.name)
            if self.server.listen(self.name):
                return True
        log.warning("cannot listen for later launches: %s", self.server.errorString())
        return False

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.setParent(self)
            received = bytearray()
            socket.readyRead.connect(lambda s=socket, r=received: self._read(s, r))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket, received: bytearray) -> None:
        received += bytes(socket.readAll().data())
        if not received.endswith(b"\n"):
            return
        try:
            paths = [str(p) for p in json.loads(received.decode())["open"]]
        except (ValueError, KeyError, TypeError):
            log.warning("a later launch sent what is not understood: %r", bytes(received[:200]))
            socket.write(_REFUSED)
            return
        if not paths and not self.accepts_none:
            socket.write(_REFUSED)
            return
        socket.write(_ACCEPTED)
        socket.flush()
        self.handedOver.emit(paths)


def bring_forward(window: QWidget) -> None:
    """Show ``window`` again in front, un-minimised, with the keyboard."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized
                          | Qt.WindowState.WindowActive)
    window.raise_()
    window.activateWindow()


def serve(window: QWidget, folder: Path, take_over: bool = True) -> InstanceServer:
    """Make ``window`` (the facilitator's main window) the one later launches hand over to:
    it comes forward, and bundles open in its organisers' window."""
    server = InstanceServer(folder, parent=window)

    def received(paths: list[str]) -> None:
        bring_forward(window)
        if paths:
            from facilitator_app.ui.organiser_window import open_organiser_window

            open_organiser_window(window).add_paths(paths)

    server.handedOver.connect(received)
    server.listen(take_over)
    return server


def serve_organiser(window, folder: Path) -> InstanceServer:
    """The organisers' window opened alone (``--open``) takes later bundles, not plain
    launches: it has no facilitator's window to show."""
    server = InstanceServer(folder, accepts_none=False, parent=window)

    def received(paths: list[str]) -> None:
        bring_forward(window)
        window.add_paths(paths)

    server.handedOver.connect(received)
    server.listen(take_over=False)
    return server
