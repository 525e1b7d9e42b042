"""Write the hostile bundle corpus and the sample bundle of each released format.

    .venv/bin/python scripts/make_hostile_bundles.py

``tests/data/hostile/NAME.fabundle`` breaks one rule each; ``tests/data/hostile/rules.json``
says which. ``tests/data/bundles/format-N.fabundle`` is written only when missing: a released
format's sample is never regenerated, since later versions must keep reading it as it is.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from facilitator_app.bundle.format import FORMAT_VERSION  # noqa: E402
from tests.support.bundles import HOSTILE, valid_bundle  # noqa: E402


def main() -> int:
    hostile = ROOT / "tests" / "data" / "hostile"
    hostile.mkdir(parents=True, exist_ok=True)
    for old in hostile.glob("*.fabundle"):
        old.unlink()
    for name, (rule, make) in HOSTILE.items():
        (hostile / f"{name}.fabundle").write_bytes(make())
    (hostile / "rules.json").write_text(
        json.dumps({name: rule for name, (rule, _) in HOSTILE.items()}, indent=2) + "\n")
    released = ROOT / "tests" / "data" / "bundles" / f"format-{FORMAT_VERSION}.fabundle"
    released.parent.mkdir(parents=True, exist_ok=True)
    if not released.exists():
        released.write_bytes(valid_bundle())
    total = sum(p.stat().st_size for p in hostile.glob("*.fabundle"))
    print(f"{len(HOSTILE)} hostile bundles ({total // 1024} KiB) in {hostile}; sample {released}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
