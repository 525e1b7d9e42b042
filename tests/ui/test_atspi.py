"""The app as Orca sees it: its accessible tree read through AT-SPI, in a real X11 session
(Xvfb, a private D-Bus session bus with the accessibility bus it activates), for the start page,
the capture window and the export dialog. The reading is done by Debian's python3-pyatspi in
the system's Python (tests/support/atspi_walk.py); the app runs as a child
(tests/support/atspi_app.py). scripts/system-packages.sh installs what it needs: it never
skips."""

from __future__ import annotations

import json
import re
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, child_env

SUPPORT = ROOT / "tests" / "support"
SYSTEM_PYTHON = "/usr/bin/python3"
APP_NAME = "facilitator-app-atspi-test"
GENERIC = {"filler", "panel", "unknown", "invalid"}
INTERACTIVE = {"push button", "check box", "radio button", "combo box", "text", "entry",
               "spin button", "list", "table", "tree", "page tab", "page tab list",
               "progress bar", "slider", "toggle button", "list box"}


def _readline(stream, timeout: float) -> str:
    """A line of ``stream`` within ``timeout`` seconds (a child that hangs fails the test)."""
    import selectors

    selector = selectors.DefaultSelector()
    selector.register(stream, selectors.EVENT_READ)
    try:
        if not selector.select(timeout):
            raise AssertionError(f"no answer within {timeout} s")
        return stream.readline()
    finally:
        selector.close()


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    """An X server and a D-Bus session bus of their own: (environment, stop)."""
    for tool in ("Xvfb", "dbus-daemon"):
        assert shutil.which(tool), f"{tool} is missing: run scripts/system-packages.sh"
    assert Path(SYSTEM_PYTHON).exists()
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    assert probe.returncode == 0, "python3-pyatspi is missing: run scripts/system-packages.sh"
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as display_pipe:
        display = _readline(display_pipe, 30).strip()
    assert display, "Xvfb did not start"
    dbus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                            stdout=subprocess.PIPE, text=True)
    address = _readline(dbus.stdout, 30).strip()
    assert address, "no D-Bus session bus"
    env = child_env(DISPLAY=f":{display}", DBUS_SESSION_BUS_ADDRESS=address,
                    QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                    QT_ACCESSIBILITY="1", NO_AT_BRIDGE="0",
                    FACILITATOR_APP_DATA_DIR=str(tmp_path_factory.mktemp("atspi-data")),
                    HOME=str(tmp_path_factory.mktemp("atspi-home")))
    env.pop("XAUTHORITY", None)
    yield env
    for process in (dbus, xvfb):
        process.terminate()
        process.wait(timeout=30)


def walk(env, window_part: str = "") -> list[dict]:
    result = subprocess.run([SYSTEM_PYTHON, str(SUPPORT / "atspi_walk.py"), APP_NAME,
                             window_part], env={k: v for k, v in env.items()
                                                if k != "PYTHONPATH"},
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert APP_NAME in found["apps"], f"not on the accessibility bus: {found['apps']}"
    return found["nodes"]


def problems(nodes: list[dict]) -> list[str]:
    found = []
    for n in nodes:
        if not n.get("showing"):
            continue
        interactive = n["role"] in INTERACTIVE or n.get("focusable")
        label = f"{n['role']} {n['name']!r}"
        if interactive and n["role"] in GENERIC:
            found.append("generic role: " + label)
        if interactive and n["role"] not in ("list item", "table cell") and not n["name"]:
            found.append("no name: " + label)
    if nodes and nodes[0]["role"] not in ("frame", "dialog", "window"):
        found.append(f"the window is a {nodes[0]['role']}")
    return found


def exposed(nodes: list[dict]) -> str:
    return " ".join(f"{n['name']} {n.get('text', '')} {n.get('description', '')}"
                    for n in nodes if n.get("showing"))


@pytest.fixture
def app(session):
    process = subprocess.Popen([sys.executable, str(SUPPORT / "atspi_app.py"), "fr"],
                               env=session, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)

    def step(command: str | None = None) -> str:
        if command:
            process.stdin.write(command + "\n")
            process.stdin.flush()
        line = _readline(process.stdout, 60)
        assert line.startswith("ready"), line + process.stderr.read()
        return line.removeprefix("ready").strip()

    step()
    yield step
    process.stdin.write("quit\n")
    process.stdin.flush()
    process.wait(timeout=60)


def test_start_page_capture_and_export_through_atspi(session, app):
    start = walk(session)
    assert len(start) > 20, start
    assert problems(start) == []
    assert "Commencer l’atelier" in exposed(start)
    assert any(n["role"] == "push button" and "Commencer l’atelier" in n["name"] for n in start)

    app("capture")
    capture = walk(session, "Atelier 3")
    assert problems(capture) == []
    text = exposed(capture)
    assert "Nombre de registres" in text, "a contribution is read"
    assert "Temps écoulé de l’atelier" in text
    assert re.search(r"Temps restant de l’atelier\u00a0: \+?\d\d:\d\d", text), \
        "the time left is read with the clock's name"
    assert any(n["role"] == "alert" for n in capture), "the save banner is an alert"

    fingerprint = app("export")
    dialog = walk(session, "Exporter l’atelier")
    assert problems(dialog) == []
    assert fingerprint and fingerprint in exposed(dialog), "the fingerprint is read"
    buttons = [n["name"] for n in dialog if n["role"] == "push button"]
    assert "Exporter" in buttons and "Annuler" in buttons
