"""Make the Debian package of a one-folder build.

    python packaging/linux/build_deb.py DIST/facilitator-app --out DIR

Installs the build under /opt/facilitator-app with a launcher in /usr/bin, the desktop entries
(the menu entry, and a hidden one opening ``.fabundle`` files in the organisers' view), the icon
and the bundle's MIME type. Depends are the Debian packages owning the system libraries that
``ldd`` resolved for the build (packaging/build.py writes them beside the build), plus the
X11/xcb libraries Qt's xcb platform needs; so the package's Depends are exactly what the build
checked. dpkg's own triggers refresh the MIME, desktop and icon caches: no maintainer script.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

LINUX = Path(__file__).resolve().parent
ROOT = LINUX.parents[1]
PACKAGE = "facilitator-app"
PREFIX = Path("opt") / PACKAGE
MIME_TYPE = "application/vnd.facilitator-app.bundle+zip"
# Named even when ldd already finds them: what Qt's xcb platform loads on a real screen.
X11_DEPENDS = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
               "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1",
               "libxkbcommon-x11-0", "libx11-xcb1", "libfontconfig1", "libdbus-1-3",
               "libgl1", "libegl1")
# Loaded at run time by psycopg (through ctypes, so ldd cannot see it): the frozen Linux build
# uses the system's libpq rather than the copy psycopg_binary brings.
RUNTIME_DEPENDS = ("libpq5",)
RECOMMENDS = ("fonts-dejavu-core",)
DESCRIPTION = """\
Capture the contributions of Ministère ouvert workshops
 Desktop application for the facilitators of Ministère ouvert open-government
 workshops (ateliers): capture offline what participants say about the
 engagements of the national action plan, export signed bundles for the
 organisers, merge them and write the report. French first, English complete."""


def source_date_epoch() -> str:
    """The build's SOURCE_DATE_EPOCH (packaging/build.py: the last commit's time)."""
    spec = importlib.util.spec_from_file_location("packaging_build", LINUX.parent / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.source_date_epoch()


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from facilitator_app import __version__

    return __version__


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                          text=True).stdout.strip()


def _candidates(path: str) -> list[str]:
    real = os.path.realpath(path)
    found = [path, real]
    for p in (path, real):
        found.append(p.removeprefix("/usr") if p.startswith("/usr/") else "/usr" + p)
    return list(dict.fromkeys(found))


def owning_packages(libraries: list[str]) -> tuple[set[str], list[str]]:
    """(Debian packages owning ``libraries``, libraries no package owns)."""
    if not libraries:
        return set(), []
    queries = {c: lib for lib in libraries for c in _candidates(lib)}
    out = subprocess.run(["dpkg", "-S", *queries], capture_output=True, text=True).stdout
    owners: dict[str, set[str]] = {}
    for line in out.splitlines():
        names, _, path = line.partition(": ")
        if path.strip() in queries:
            for name in names.split(", "):
                owners.setdefault(queries[path.strip()], set()).add(name.split(":")[0])
    orphans = [lib for lib in libraries if lib not in owners]
    return {p for ps in owners.values() for p in ps}, orphans


def upstream_version(package: str) -> str | None:
    out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True,
                         text=True).stdout.strip()
    return out.split(":")[-1].split("-")[0].split("+")[0] or None


def depends(build: Path) -> str:
    listed = build.parent / f"{build.name}.system-libraries"
    libraries = listed.read_text(encoding="utf-8").split() if listed.exists() else []
    packages, orphans = owning_packages(libraries)
    if orphans:
        raise SystemExit(f"no Debian package owns {', '.join(orphans)}: cannot declare it")
    packages |= set(X11_DEPENDS) | set(RUNTIME_DEPENDS)
    parts = []
    for name in sorted(packages):
        if name == "libc6" and (v := upstream_version("libc6")):
            parts.append(f"libc6 (>= {v})")  # the build's glibc is the oldest that works
        else:
            parts.append(name)
    return ", ".join(parts)


def _normalise(tree: Path) -> None:
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.stat().st_mode & stat.S_IXUSR
            path.chmod(0o755 if executable else 0o644)


def make_tree(build: Path, tree: Path, ver: str, arch: str) -> None:
    shutil.copytree(build, tree / PREFIX, symlinks=True)
    usr = tree / "usr"
    (usr / "bin").mkdir(parents=True)
    shutil.copy(LINUX / "facilitator-app.sh", usr / "bin" / PACKAGE)
    (usr / "bin" / PACKAGE).chmod(0o755)
    apps = usr / "share" / "applications"
    apps.mkdir(parents=True)
    for name in ("facilitator-app.desktop", "facilitator-app-open.desktop"):
        shutil.copy(LINUX / name, apps / name)
    mime = usr / "share" / "mime" / "packages"
    mime.mkdir(parents=True)
    shutil.copy(LINUX / "facilitator-app-mime.xml", mime / f"{PACKAGE}.xml")
    icons = ROOT / "resources" / "icons"
    hicolor = usr / "share" / "icons" / "hicolor"
    for size, source in (("256x256", "facilitator-app.png"), ("48x48", "facilitator-app-48.png")):
        (hicolor / size / "apps").mkdir(parents=True)
        shutil.copy(icons / source, hicolor / size / "apps" / f"{PACKAGE}.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(icons / "facilitator-app.svg", hicolor / "scalable" / "apps" / f"{PACKAGE}.svg")
    doc = usr / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {PACKAGE}\n\nFiles: *\nLicense: MIT\n"
        "Comment: bundles Qt for Python (LGPL-3.0), Python (PSF) and the Python packages listed\n"
        " in the application's pyproject.toml, each under its own licence.\n", encoding="utf-8")
    _normalise(tree)
    size_kb = sum(p.lstat().st_size for p in tree.rglob("*")) // 1024 + 1
    control = tree / "DEBIAN"
    control.mkdir()
    sums = []
    for path in sorted(p for p in tree.rglob("*") if p.is_file() and not p.is_symlink()
                       and control not in p.parents):
        sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  "
                    f"{path.relative_to(tree).as_posix()}\n")
    (control / "md5sums").write_text("".join(sums), encoding="utf-8")
    maintainer = os.environ.get("DEB_MAINTAINER",
                                "facilitator_app team <facilitator-app@example.org>")
    (control / "control").write_text(
        f"Package: {PACKAGE}\nVersion: {ver}\nArchitecture: {arch}\nMaintainer: {maintainer}\n"
        f"Installed-Size: {size_kb}\nDepends: {depends(build)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\nSection: misc\nPriority: optional\n"
        f"Description: {DESCRIPTION}\n", encoding="utf-8")
    _normalise(control)


def build_deb(build: Path, out: Path) -> Path:
    ver, arch = version(), architecture()
    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"{PACKAGE}_{ver}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="deb-") as tmp:
        tree = Path(tmp) / "root"
        make_tree(build, tree, ver, arch)
        # dpkg-deb clamps the files' times to SOURCE_DATE_EPOCH: the same build gives the
        # same package.
        env = dict(os.environ, SOURCE_DATE_EPOCH=source_date_epoch())
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(tree),
                        str(deb)], check=True, stdout=subprocess.DEVNULL, env=env)
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("build", type=Path, help="the one-folder build (DIST/facilitator-app)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    deb = build_deb(args.build.resolve(), args.out.resolve())
    print(f"wrote {deb} ({deb.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
