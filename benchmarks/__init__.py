"""Benchmarks whose results live in ``docs/PERFORMANCE.md``.

``python -m benchmarks [names...]`` (or ``make bench``) runs the benchmarks named, all of them
by default, and rewrites that file: a header describing the machine, then one section per
benchmark between ``<!-- bench:NAME -->`` markers, so that running a few keeps the others.

Every benchmark is a module of this package with a ``TITLE`` and a ``run() -> str`` returning
the Markdown body of its section. The rule they all follow: every target is compared with a
baseline measured in the same run, on the same machine, interleaved with it where it can be.
"""

from __future__ import annotations

import math
import os
import platform
import sqlite3
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

# The order of the document; a bench_NAME.py module not listed here comes after, by name.
# Each issue adds its module; listing it here is only about where its section appears.
ORDER = ("commit", "crash", "startup", "typing", "export", "merge", "report", "package")


def _discover() -> dict[str, str]:
    found = sorted(p.stem.removeprefix("bench_") for p in Path(__file__).parent.glob("bench_*.py"))
    ordered = [n for n in ORDER if n in found] + [n for n in found if n not in ORDER]
    return {name: f"benchmarks.bench_{name}" for name in ordered}


# Name -> module, in the order of the document.
REGISTRY: dict[str, str] = _discover()

RULE = "Every target is compared with a baseline measured in the same run."


def percentile(samples: list[float], fraction: float) -> float:
    """Nearest-rank percentile (``fraction`` 0.5 is the median, 0.99 the 99th percentile)."""
    ordered = sorted(samples)
    rank = math.ceil(fraction * len(ordered) - 1e-9)  # the epsilon absorbs 0.99 * 100 = 98.99…
    return ordered[min(max(rank, 1), len(ordered)) - 1]


def verdict(ok: bool) -> str:
    return "**PASS**" if ok else "**MISS**"


def now_text() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _version(*distributions: str) -> str:
    for name in distributions:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "not installed"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith(("model name", "Model", "Hardware")):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def _ram() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024**2:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _os() -> str:
    try:
        pretty = platform.freedesktop_os_release().get("PRETTY_NAME", "")
    except OSError:
        pretty = ""
    kernel = f"{platform.system()} {platform.release()} {platform.machine()}"
    return f"{pretty} ({kernel})" if pretty else kernel


def filesystem_of(path: Path) -> str:
    """The file system type holding ``path`` (fsync cost depends on it), e.g. ``ext4``."""
    try:
        mounts = [line.split()[1:3] for line in Path("/proc/mounts").read_text().splitlines()]
    except OSError:
        return "unknown"
    resolved = str(Path(path).resolve())
    holding = [m for m in mounts
               if resolved == m[0] or resolved.startswith(m[0].rstrip("/") + "/")]
    best = max(holding, key=lambda m: len(m[0]), default=None)
    return f"{best[1]} (mounted on {best[0]})" if best else "unknown"


def machine() -> dict[str, str]:
    """What the numbers were measured on."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "CPU": _cpu_model(),
        "Cores": f"{os.cpu_count()} ({usable} usable by this process)",
        "RAM": _ram(),
        "OS": _os(),
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
        "SQLite": sqlite3.sqlite_version,
        "SQLAlchemy": _version("SQLAlchemy"),
        "PySide6": _version("PySide6-Essentials", "PySide6"),
    }


def machine_line() -> str:
    """One line for a section, since sections of earlier runs are kept beside newer ones."""
    m = machine()
    return (f"_Measured {now_text()} on {m['CPU']}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, SQLite {m['SQLite']}, SQLAlchemy {m['SQLAlchemy']}._")
