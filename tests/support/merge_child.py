"""A merging process for the concurrency and kill tests: ``merge_child.py URL FILE...``.

With ``FACILITATOR_TEST_PAUSE_IN_MERGE=1`` it stops in the middle of its first bundle's
transaction (after the versions are written, before the current state is derived), prints
``inside-transaction`` and waits, reading its standard input, to be killed.
With ``FACILITATOR_TEST_START_GATE=1`` it prints ``ready`` once imported and opens the store
only when a line arrives on its standard input, so that several children start together.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitator_app.central import merge  # noqa: E402
from facilitator_app.central.store import CentralStore  # noqa: E402


def main() -> int:
    url, *files = sys.argv[1:]
    pause = os.environ.get("FACILITATOR_TEST_PAUSE_IN_MERGE")
    if pause:
        original = merge.refresh

        def refresh_then_wait(*args):
            print("inside-transaction", flush=True)
            sys.stdin.read()  # the parent never closes it: held here until killed
            return original(*args)

        merge.refresh = refresh_then_wait
    if os.environ.get("FACILITATOR_TEST_START_GATE"):
        print("ready", flush=True)
        sys.stdin.readline()
    with CentralStore(url) as store:
        report = merge.merge_paths(store, files)
    return 0 if all(o.verdict in ("merged", "already") for o in report.outcomes) else 1


if __name__ == "__main__":
    raise SystemExit(main())
