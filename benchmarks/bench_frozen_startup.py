"""Frozen start-up to a usable main window with a 500-contribution run loaded, beside a frozen
hello-world that imports SQLAlchemy Core and shows a window, both built the same way in the
same run: on Linux (target 1.5x) and, when Wine is installed, the Windows build under Wine
(reported, no target: Wine is not Windows).

The app is started with ``--quit-after-start``, which prints ``facilitator-app: main window
ready`` once the main window is shown with the run resumed (opening and checking the store,
loading the run's contributions); the hello-world (``packaging/hello/hello.py``) with
``--smoke`` prints its marker once its window is shown. The time measured is from starting the
process to that line; both alternated, after warm-up starts, median of ``RUNS`` each.

Builds: ``packaging/build.py`` (Linux) and ``packaging/windows/wine_build.py`` (Windows), both
from ``packaging/facilitator_app.spec``, into a temporary folder. ``BENCH_FROZEN_BUILDS=DIR``
times the builds of one ``packaging/check.py --keep --out DIR`` run instead (``dist-a``,
``dist-hello``, ``win-a``, ``win-hello``: also built in one run, the same way);
``BENCH_FROZEN_WINDOWS=no`` leaves Wine out.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import machine_line, verdict
from benchmarks.bench_startup import CONTRIBUTIONS, _seed

TITLE = "Frozen start-up to a usable main window (new baseline)"
RUNS = 11
TARGET = 1.5
ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
sys.path.insert(0, str(PACKAGING / "windows"))
APP_MARKER = "facilitator-app: main window ready"
HELLO_MARKER = "hello-world smoke: OK"


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _linux_builds(tmp: Path) -> tuple[Path, Path, str]:
    given = os.environ.get("BENCH_FROZEN_BUILDS")
    if given:
        out = Path(given)
        return (out / "dist-a" / "facilitator-app", out / "dist-hello" / "hello-world",
                f"the builds of `packaging/check.py --keep` in `{out.name}/`")
    for target in ("app", "hello"):
        subprocess.run([sys.executable, str(PACKAGING / "build.py"), "--target", target,
                        "--dist", str(tmp / "dist"), "--work", str(tmp / "work")],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    return (tmp / "dist" / "facilitator-app", tmp / "dist" / "hello-world",
            "built by `packaging/build.py` in this run")


def _windows_builds(tmp: Path) -> tuple[Path, Path, str]:
    given = os.environ.get("BENCH_FROZEN_BUILDS")
    if given:
        out = Path(given)
        return (out / "win-a" / "facilitator-app", out / "win-hello" / "hello-world",
                f"the builds of `packaging/check.py --keep` in `{out.name}/`")
    from wine_build import build

    app = build("app", tmp / "win", tmp / "work-win")
    hello = build("hello", tmp / "win", tmp / "work-win")
    return app, hello, "built under Wine by `packaging/windows/wine_build.py` in this run"


def _time(command: list[str], env: dict[str, str], marker: str) -> tuple[float, float]:
    """(seconds to the line holding ``marker``, seconds to the exit) of one process, run by
    ``wine_build.run_piped`` (standard input /dev/null, the output one pipe, the process
    waited for rather than the pipe's end: see there why, under Wine)."""
    from wine_build import run_piped

    reached: list[float] = []
    start = time.perf_counter()

    def seen(line: str) -> None:
        if not reached and marker in line:
            reached.append(time.perf_counter() - start)

    result = run_piped(command, env=env, timeout=300, cwd=ROOT, on_line=seen)
    ended = time.perf_counter() - start
    if result.returncode != 0 or not reached:
        raise RuntimeError(f"{command}: exit {result.returncode}, no {marker!r} in "
                           f"{result.stdout[-3000:]!r}")
    return reached[0], ended


def _measure(app: list[str], hello: list[str], env: dict[str, str]) -> dict[str, list]:
    for command, marker in ((app, APP_MARKER), (hello, HELLO_MARKER)) * 2:  # warm-up
        _time(command, env, marker)
    times: dict[str, list] = {"app": [], "hello": []}
    for _ in range(RUNS):
        times["app"].append(_time(app, env, APP_MARKER))
        times["hello"].append(_time(hello, env, HELLO_MARKER))
    return times


def _size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*"))


def _rows(times: dict[str, list], app: Path, hello: Path, app_label: str) -> tuple[str, float]:
    marker = {n: [t[0] for t in times[n]] for n in times}
    median = {n: statistics.median(v) for n, v in marker.items()}
    ratio = median["app"] / median["hello"]
    rows = []
    for name, label, folder in (("app", app_label, app),
                                ("hello", "hello-world `--smoke` (baseline)", hello)):
        exits = statistics.median(t[1] for t in times[name])
        rows.append(f"| {label} | {len(marker[name])} | {median[name] * 1000:.0f} ms | "
                    f"{min(marker[name]) * 1000:.0f} ms | {max(marker[name]) * 1000:.0f} ms | "
                    f"{median[name] / median['hello']:.2f}× | {exits * 1000:.0f} ms | "
                    f"{_size(folder) / 1e6:.1f} MB |")
    return "\n".join(rows), ratio


HEADER = ("| process: time to its marker line | runs | median | min | max | ÷ hello-world "
          "| to its exit (median) | folder |\n|---|--:|--:|--:|--:|--:|--:|--:|")


def _linux(tmp: Path, data: Path) -> tuple[str, float]:
    app, hello, how = _linux_builds(tmp)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in ("FACILITATOR_APP_RESOURCES", "FACILITATOR_APP_DATA_DIR", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    times = _measure([str(app / "facilitator-app"), "--data-dir", str(data),
                      "--quit-after-start"], [str(hello / "hello-world"), "--smoke"], env)
    rows, ratio = _rows(times, app, hello, "facilitator-app `--quit-after-start`")
    return (f"**Linux** ({how}; offscreen): **{ratio:.2f}×** {verdict(ratio <= TARGET)}\n\n"
            f"{HEADER}\n{rows}\n"), ratio


def _windows(tmp: Path, data: Path) -> str:
    from wine_build import cache_dir, wine_command, wine_env, winpath

    app, hello, how = _windows_builds(tmp)
    prefix = cache_dir() / "wine-prefix"
    env = wine_env(prefix, WINEQT_QPA_PLATFORM="offscreen")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "FACILITATOR_APP_RESOURCES",
                 "FACILITATOR_APP_DATA_DIR"):
        env.pop(name, None)
    # One wineserver for the whole measure, as Windows' own services are always running:
    # otherwise each start would also pay for starting Wine's server. It stays 60 s after
    # the last program (never killed: another check may be using the same prefix).
    subprocess.run(["wineserver", "-p60"], env=env, check=False, stdin=subprocess.DEVNULL,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wine = wine_command()
    times = _measure([wine, str(app / "facilitator-app.exe"), "--data-dir", winpath(data),
                      "--quit-after-start"],
                     [wine, str(hello / "hello-world.exe"), "--smoke"], env)
    rows, ratio = _rows(times, app, hello, "facilitator-app.exe `--quit-after-start`")
    return (f"**Windows under Wine** ({how}; `wine` {_wine_version()}, offscreen, one "
            f"wineserver kept running): **{ratio:.2f}×** (reported, no target: Wine is not "
            f"Windows)\n\n{HEADER}\n{rows}\n")


def _wine_version() -> str:
    try:
        return subprocess.run(["wine", "--version"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def run() -> str:
    load_before = _load()
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as tmp_name:
        tmp = Path(tmp_name)
        linux_data, windows_data = tmp / "data-linux", tmp / "data-windows"
        _seed(linux_data)
        shutil.copytree(linux_data, windows_data)
        linux, _ratio = _linux(tmp, linux_data)
        parts = [linux]
        if os.environ.get("BENCH_FROZEN_WINDOWS") == "no" or not shutil.which("wine"):
            parts.append("**Windows under Wine:** not measured in this run (Wine not installed "
                         "or `BENCH_FROZEN_WINDOWS=no`).\n")
        else:
            parts.append(_windows(tmp, windows_data))
    body = "\n".join(parts)
    return f"""{machine_line()} Load average (1, 5, 15 min) before: {load_before}; after: \
{_load()} (the machine is shared: the medians of alternated starts, not single runs).

**Target:** the frozen app started on a run of {CONTRIBUTIONS} contributions (atelier 3,
resumed at start) shows its usable main window in at most {TARGET}× the time a frozen
hello-world takes to import SQLAlchemy Core and show a PySide6 window, both built from
`packaging/facilitator_app.spec` with the same rules (one folder, `python -OO` bytecode,
trimmed Qt); on Linux. The same figure under Wine for the Windows build is reported.

{body}
How: whole processes, alternated app / hello-world, after two warm-up starts of each (file
cache); the time is from starting the process to its marker line (the app's once the window
is shown and the run loaded, the hello-world's once its window is shown); the exit, shown
beside, adds closing the window and waiting for the backup the app takes at start. The run's
data folder is made once by `LocalStore` and reused by every start, as a facilitator's is.
`python -m benchmarks frozen_startup` runs it (about ten minutes with the four builds;
`BENCH_FROZEN_BUILDS` reuses those of a `packaging/check.py --keep` run).
"""
