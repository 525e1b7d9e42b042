"""Run by the system's Python (Debian's python3-pyatspi): print, as JSON, the accessible tree
of the application named on the command line, as a screen reader sees it through AT-SPI.

Usage: ``python3 atspi_walk.py APP_NAME [WINDOW_NAME_PART]``. It does not import the project.
"""

import json
import sys
import time

import pyatspi


def node(acc, depth, out):
    if depth > 60:
        return
    try:
        states = acc.getState()
        entry = {
            "role": acc.getRoleName(),
            "name": acc.name or "",
            "description": acc.description or "",
            "depth": depth,
            "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
            "showing": states.contains(pyatspi.STATE_SHOWING),
            "text": "",
            "value": None,
        }
        try:
            text = acc.queryText()
            entry["text"] = text.getText(0, text.characterCount)
        except NotImplementedError:
            pass
        try:
            entry["value"] = acc.queryValue().currentValue
        except NotImplementedError:
            pass
        out.append(entry)
        for i in range(acc.childCount):
            child = acc.getChildAtIndex(i)
            if child is not None:
                node(child, depth + 1, out)
    except Exception as error:  # an object gone while walked
        out.append({"role": "error", "name": str(error), "depth": depth})


def main():
    app_name = sys.argv[1]
    window_part = sys.argv[2] if len(sys.argv) > 2 else ""
    deadline = time.monotonic() + 30
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
        app = next((a for a in apps if a is not None and a.name == app_name), None)
        windows = []
        if app is not None:
            windows = [app.getChildAtIndex(i) for i in range(app.childCount)]
            windows = [w for w in windows if w is not None and window_part in (w.name or "")]
        if windows or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    out = []
    for window in windows:
        node(window, 0, out)
    json.dump({"apps": [a.name for a in apps if a is not None], "nodes": out}, sys.stdout,
              ensure_ascii=False)


if __name__ == "__main__":
    main()
