"""Build the one-folder application (or the hello-world baseline) reproducibly and check it.

    python packaging/build.py [--target app|hello] [--dist DIR] [--work DIR]

``SOURCE_DATE_EPOCH`` is the last commit's time and ``PYTHONHASHSEED`` is 0, so two builds of
one commit give the same files. PyInstaller and the app's dependencies come from
``linux/requirements-linux.lock`` (a build environment in the cache, pip --require-hashes: see
:func:`locked_python`). ``DIST/NAME.manifest`` lists the SHA-256 of every file of the output
(``sha256sum -c`` reads it from DIST/NAME). After the build every shared library in the
output is checked with ``ldd``: a dependency "not found" (the X11/xcb libraries in particular,
which an offscreen test never loads) fails the build.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
SPEC = PACKAGING / "facilitator_app.spec"
NAMES = {"app": "facilitator-app", "hello": "hello-world"}
LOCK = PACKAGING / "linux" / "requirements-linux.lock"


def locked_python() -> str:
    """The Python of the build: a virtual environment in the build cache (made once per lock
    file) holding exactly ``linux/requirements-linux.lock``, installed with --require-hashes.
    The app itself comes from the checkout (the spec's pathex), not from an installed copy.
    ``FACILITATOR_BUILD_UNLOCKED=1`` builds with the running Python instead (a quick local try,
    never a release)."""
    if os.environ.get("FACILITATOR_BUILD_UNLOCKED") == "1":
        return sys.executable
    sys.path.insert(0, str(PACKAGING / "windows"))
    from wine_build import cache_dir

    key = hashlib.sha256(LOCK.read_bytes()).hexdigest()[:16]
    venv = cache_dir() / f"venv-linux-{key}"
    python = venv / "bin" / "python"
    if not (venv / ".ok").exists():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps",
                        "--require-hashes", "--only-binary=:all:", "-r", str(LOCK)],
                       check=True)
        (venv / ".ok").write_text(key)
    return str(python)


def source_date_epoch() -> str:
    """The last commit's time (the environment's SOURCE_DATE_EPOCH wins when set)."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        return subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as exc:
        raise SystemExit(f"SOURCE_DATE_EPOCH is not set and git cannot tell the last commit's "
                         f"time: {exc}") from exc


def build_env(target: str) -> dict[str, str]:
    # The modules' archive compressed at zlib's best level (PyInstaller's default is 6).
    env = dict(os.environ, SOURCE_DATE_EPOCH=source_date_epoch(), PYTHONHASHSEED="0",
               FACILITATOR_BUILD_TARGET=target, PYTHONDONTWRITEBYTECODE="1",
               PYINSTALLER_ZLIB_COMPRESSION_LEVEL="9")
    env.pop("FACILITATOR_APP_RESOURCES", None)
    return env


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def manifest_lines(folder: Path) -> list[str]:
    """``sha256  relative/path`` for every file, sorted; a symbolic link is hashed as its
    target's name, prefixed ``symlink:``."""
    lines = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() or p.is_symlink()):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            digest = hashlib.sha256(f"symlink:{os.readlink(path)}".encode()).hexdigest()
        else:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        lines.append(f"{digest}  {rel}")
    return lines


def library_path(folder: Path) -> str:
    """The library search path of the frozen app: PyInstaller's bootloader puts its internal
    folder first."""
    internal = folder / "_internal"
    return str(internal if internal.is_dir() else folder)


def ldd(path: Path, folder: Path) -> list[tuple[str, str | None]]:
    """(name, resolved path or None) of each dependency of one ELF file."""
    env = dict(os.environ, LD_LIBRARY_PATH=library_path(folder))
    out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
    found = []
    for line in out.splitlines():
        line = line.strip()
        if "=>" not in line:
            continue
        name, _, rest = line.partition("=>")
        rest = rest.strip()
        if rest.startswith("not found"):
            found.append((name.strip(), None))
        elif rest.startswith("/"):
            found.append((name.strip(), rest.split(" (", 1)[0]))
    return found


def check_libraries(folder: Path) -> tuple[list[str], set[str]]:
    """(problems, system libraries used): each ELF file of ``folder`` checked with ldd."""
    problems: list[str] = []
    system: set[str] = set()
    for path in sorted(p for p in folder.rglob("*") if is_elf(p)):
        for name, resolved in ldd(path, folder):
            if resolved is None:
                problems.append(f"{path.relative_to(folder)}: {name} not found")
            elif not Path(resolved).resolve().is_relative_to(folder.resolve()):
                system.add(resolved)
    return problems, system


def build(target: str, dist: Path, work: Path) -> Path:
    name = NAMES[target]
    env = build_env(target)
    if target == "app":
        subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")],
                       cwd=ROOT, check=True, env=env)
    started = time.perf_counter()
    subprocess.run([locked_python(), "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(dist), "--workpath",
                    str(work / target), str(SPEC)], cwd=ROOT, check=True, env=env)
    output = dist / name
    print(f"built {output} in {time.perf_counter() - started:.0f} s "
          f"(SOURCE_DATE_EPOCH={env['SOURCE_DATE_EPOCH']})", flush=True)
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--target", choices=sorted(NAMES), default="app")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    output = build(args.target, args.dist.resolve(), args.work.resolve())
    manifest = args.dist.resolve() / f"{NAMES[args.target]}.manifest"
    manifest.write_text("\n".join(manifest_lines(output)) + "\n", encoding="utf-8")
    print(f"wrote {manifest} ({sum(1 for _ in manifest.open())} files)")
    problems, system = check_libraries(output)
    (args.dist.resolve() / f"{NAMES[args.target]}.system-libraries").write_text(
        "".join(f"{p}\n" for p in sorted(system)), encoding="utf-8")
    if problems:
        print("shared libraries missing (install them, e.g. with scripts/system-packages.sh, "
              "and declare them in the .deb's Depends):", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(f"ldd: every library of {output.name} resolves ({len(system)} from the system)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
