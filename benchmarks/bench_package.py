"""The frozen build beside a hello-world (SQLAlchemy Core and a PySide6 window) frozen the same
way, in the same run.

Both are built by ``packaging/build.py`` from ``packaging/facilitator_app.spec`` (one folder,
stripped, the same trimming rules); the app's ``.deb`` is made from its build. Sizes are the
files' bytes; start-up is the time from starting a process, offscreen, to the line of its
marker (its exit is shown beside), alternated, after one warm-up each: the app to its
``--smoke`` marker (the issue's measure), the app to its main window (``--quit-after-start``,
for comparison) and the hello-world to its marker.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import machine_line, verdict

TITLE = "Frozen build and installer size, frozen start-up"
RUNS = 7
SIZE_TARGET = 1.2
START_TARGET = 1.5
ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _build(target: str, dist: Path, work: Path) -> Path:
    subprocess.run([sys.executable, str(PACKAGING / "build.py"), "--target", target,
                    "--dist", str(dist), "--work", str(work)], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    return dist / ("facilitator-app" if target == "app" else "hello-world")


def _size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*"))


EXECUTABLE = "executable (with the Python modules' archive)"


def _parts(folder: Path) -> dict[str, int]:
    """Bytes by top entry of ``_internal`` (PySide6, cryptography, ...), and the executable,
    which carries the archive of the Python modules."""
    internal = folder / "_internal"
    sizes: dict[str, int] = {EXECUTABLE: (folder / folder.name).lstat().st_size}
    for entry in internal.iterdir():
        size = _size(entry) if entry.is_dir() else entry.lstat().st_size
        key = entry.name if size > 1_000_000 else "other"
        sizes[key] = sizes.get(key, 0) + size
    return dict(sorted(sizes.items(), key=lambda kv: -kv[1]))


def _time(command: list[str], env: dict[str, str], marker: str,
          steps: list[dict[str, float]] | None = None,
          exits: list[float] | None = None) -> float:
    """Seconds from starting ``command`` to the line that holds ``marker`` (the issue's
    measure); the time to its exit is added to ``exits``, and the smoke's own time for each
    of its steps (the ``ms:`` part of its marker line) to ``steps``, when given."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, env=env,
                                   text=True)
        seen, reached = [], None
        for line in process.stdout:
            seen.append(line)
            if reached is None and marker in line:
                reached = time.perf_counter() - start
        if process.wait() != 0 or reached is None:
            errors.seek(0)
            raise RuntimeError(f"{command[0]}: exit {process.returncode}, no {marker!r} in "
                               f"{''.join(seen)!r}; {errors.read()[-2000:]!r}")
        ended = time.perf_counter() - start
    if exits is not None:
        exits.append(ended)
    if steps is not None:
        found = re.search(r"ms: ([^)]*)\)", "".join(seen))
        if found is None:
            raise RuntimeError(f"{command[0]}: no step times in {''.join(seen)!r}")
        steps.append({name: float(ms) / 1000 for name, ms in
                      (item.rsplit(" ", 1) for item in found[1].split(", "))})
    return reached


def _step_rows(steps: list[dict[str, float]], whole: float, hello: float) -> str:
    """Median milliseconds of each smoke step, largest first, and what comes before them (the
    interpreter's start, unpacking, the first imports) up to the marker; then what the imports
    alone weigh beside the hello-world's whole start-up (``hello``)."""
    median = {name: statistics.median(run[name] for run in steps) for name in steps[0]}
    inside = statistics.median(sum(run.values()) for run in steps)
    rows = [(name, seconds) for name, seconds in median.items() if seconds >= 0.02]
    rows.sort(key=lambda row: -row[1])
    rows.append(("the other steps (each under 20 ms)",
                 sum(v for v in median.values() if v < 0.02)))
    rows.append(("before the first step: starting the frozen interpreter, first imports",
                 whole - inside))
    table = "\n".join(f"| {name if ' ' in name else f'`{name}`'} | "
                      f"{seconds * 1000:.0f} ms |" for name, seconds in rows)
    imports = median.get("app-modules", 0.0) + whole - inside
    return (f"{table}\n\nImports alone (the `app-modules` step and what comes before the first "
            f"step) take {imports * 1000:.0f} ms, {imports / hello:.1f}× the hello-world's whole "
            "start-up, which includes the same interpreter's start: a smoke that does what the "
            "issue asks (SQLAlchemy, openpyxl, cryptography and psycopg loaded, a store, a "
            "bundle, a report) cannot reach 1.5× a baseline that loads SQLAlchemy Core and "
            "PySide6 only (`frozen_startup` measures the start to the main window).")


def _mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def run() -> str:
    sys.path.insert(0, str(PACKAGING / "linux"))
    from build_deb import build_deb

    with tempfile.TemporaryDirectory(prefix="bench-package-") as tmp:
        tmp_path = Path(tmp)
        started = time.perf_counter()
        app = _build("app", tmp_path / "dist", tmp_path / "work")
        app_build = time.perf_counter() - started
        started = time.perf_counter()
        hello = _build("hello", tmp_path / "dist", tmp_path / "work")
        hello_build = time.perf_counter() - started
        deb = build_deb(app, tmp_path / "deb")
        app_size, hello_size, deb_size = _size(app), _size(hello), deb.stat().st_size
        app_parts, hello_parts = _parts(app), _parts(hello)

        data = tmp_path / "data"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FACILITATOR_APP_DATA_DIR=str(data))
        smoke = [str(app / "facilitator-app"), "--smoke"]
        window = [str(app / "facilitator-app"), "--quit-after-start"]
        base = [str(hello / "hello-world"), "--smoke"]
        markers = {"smoke": "facilitator-app smoke: OK",
                   "window": "facilitator-app: main window ready",
                   "hello": "hello-world smoke: OK"}
        commands = {"smoke": smoke, "window": window, "hello": base}
        for name, command in commands.items():  # warm the file cache
            _time(command, env, markers[name])
        times: dict[str, list[float]] = {name: [] for name in commands}
        exits: dict[str, list[float]] = {name: [] for name in commands}
        steps: list[dict[str, float]] = []
        for _ in range(RUNS):
            for name, command in commands.items():
                times[name].append(_time(command, env, markers[name],
                                         steps if name == "smoke" else None, exits[name]))

    median = {name: statistics.median(values) for name, values in times.items()}
    size_ratio = app_size / hello_size
    start_ratio = median["smoke"] / median["hello"]
    window_ratio = median["window"] / median["hello"]
    rows = "\n".join(
        f"| {label} | {RUNS} | {median[n] * 1000:.0f} ms | {min(times[n]) * 1000:.0f} ms | "
        f"{max(times[n]) * 1000:.0f} ms | {median[n] / median['hello']:.2f}× | "
        f"{statistics.median(exits[n]) * 1000:.0f} ms |"
        for n, label in (("smoke", "facilitator-app `--smoke` (the issue's measure)"),
                         ("window", "facilitator-app `--quit-after-start` (main window)"),
                         ("hello", "hello-world `--smoke` (baseline)")))
    names = list(dict.fromkeys([*app_parts, *hello_parts]))
    parts = "\n".join(f"| {n if n == EXECUTABLE else f'`{n}`'} | {_mb(app_parts.get(n, 0))} | "
                      f"{_mb(hello_parts.get(n, 0))} |" for n in names)
    return f"""{machine_line()}

**Targets:** the one-folder build at most {SIZE_TARGET}× the size of a hello-world importing
SQLAlchemy Core and showing a PySide6 window, frozen the same way; start-up of the frozen app
to its smoke marker at most {START_TARGET}× the hello-world's. **Results:** size \
{size_ratio:.2f}× {verdict(size_ratio <= SIZE_TARGET)};
start-up to the smoke marker {start_ratio:.2f}× {verdict(start_ratio <= START_TARGET)}
(to the main window: {window_ratio:.2f}× {verdict(window_ratio <= START_TARGET)}).

| build | files' size | build time |
|---|--:|--:|
| facilitator-app (one folder) | {_mb(app_size)} | {app_build:.0f} s |
| hello-world (one folder, same spec) | {_mb(hello_size)} | {hello_build:.0f} s |
| `{deb.name}` (xz) | {_mb(deb_size)} | |

| process, offscreen: time to its marker line | runs | median | min | max | ÷ hello-world \
| to its exit (median) |
|---|--:|--:|--:|--:|--:|--:|
{rows}

Where the frozen smoke's time goes (median of each step's own time over the {RUNS} runs; the
hello-world reaches its marker in {median["hello"] * 1000:.0f} ms):

| smoke step | median |
|---|--:|
{_step_rows(steps, median["smoke"], median["hello"])}

Where the app's extra size is (the executable, and the entries of `_internal/` over 1 MB):

| entry | facilitator-app | hello-world |
|---|--:|--:|
{parts}

How: `packaging/build.py` for both (SOURCE_DATE_EPOCH, PYTHONHASHSEED=0, stripped, no UPX,
bytecode compiled like `python -OO`, modules' archive at zlib level 9, the rules of
`packaging/trim.py`); system libraries are not bundled (the `.deb` depends on them), so both
folders hold only what the wheels and Python bring. On Linux the app uses the system's libpq
(the `.deb` depends on `libpq5`) rather than the 10 MB psycopg_binary brings with its own
OpenSSL and Kerberos: with it, the folder would be over 10 MB larger. What is left above the
hello-world is mostly `cryptography` (its Rust extension carries OpenSSL), which the bundle
signatures need, and RapidFuzz's scorer (near-duplicate proposals). The smoke check does far
more than start: it imports every module of the app, writes a PDF, opens a store, builds the
main window, exports and verifies a signed
bundle, merges it, writes the Excel/CSV/Markdown report and loads libpq.
"""
