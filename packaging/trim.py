"""What the frozen build leaves out: the rules shared by the application and the hello-world
baseline, so that both are trimmed the same way (``facilitator_app.spec`` uses them).

PyInstaller's PySide6 hooks collect every plugin of every plugin type a module might use and
all of Qt's translations. The app needs far less: the X11 (xcb) platform with its GL
integrations, offscreen for the smoke check, the compose and IBus input methods (accents and
dead keys), the desktop portal theme (native file dialogs) and CUPS printing; Qt's own French
and English strings. A Qt library no kept binary needs (directly or through another) is then
left out too, and so is every library PyInstaller copied from the build machine's system
folders (X11, xcb, GTK, CUPS, GnuTLS...): the .deb depends on their Debian packages instead,
and packaging/build.py checks with ldd that each one resolves.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import PurePosixPath

# The Qt for Python modules the app imports (facilitator_app/ui/); everything else is excluded.
# QtNetwork for its local socket alone: a second launch hands over to the window already open.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtNetwork")
UNUSED_QT_MODULES = (
    "QtConcurrent", "QtDBus", "QtDesigner", "QtHelp", "QtLabsStyleKit", "QtOpenGL",
    "QtOpenGLWidgets", "QtQml", "QtQmlFeatures", "QtQuick", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtSql", "QtSvg", "QtSvgWidgets", "QtTest", "QtUiTools", "QtXml",
)
# Parts of the libraries the app uses that it never imports, though analysis finds them:
# SQLAlchemy's ORM and extensions (the stores are written with its Core). The test suite
# refuses their import (tests/conftest.py), in its own process and in the Python processes
# its tests start, so every path it tests is shown to run without them.
UNUSED_LIBRARY_PARTS = ("sqlalchemy.orm", "sqlalchemy.ext")
EXCLUDES = [f"PySide6.{m}" for m in UNUSED_QT_MODULES] + [
    "tkinter", "_tkinter", "PIL", "numpy", "pandas", "pytest", "IPython", "jsonschema",
    "hypothesis", "lxml", "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.mssql",
    "sqlalchemy.dialects.oracle", "sqlalchemy.testing", "pydoc", "doctest",
    # Standard modules that something imports only on paths the app never takes (servers,
    # mail, archives, processes; decimal's pure-Python twin of the C module): analysis finds
    # them, the app does not run them. The frozen --smoke in CI proves the rest imports.
    "multiprocessing", "_multiprocessing", "_posixshmem", "concurrent.futures.process",
    "http.server", "http.client", "http.cookiejar", "urllib.request", "xmlrpc", "smtplib",
    "ftplib", "socketserver", "netrc", "tarfile", "_pydecimal", "tracemalloc",
    *UNUSED_LIBRARY_PARTS,
    # RapidFuzz: the app uses fuzz.token_sort_ratio and process.extract (near_duplicates.py).
    # Its C++ edit distances (6 MB, two builds of one module) are left out: rapidfuzz.distance
    # falls back to its Python twin, which nothing of the app calls. fuzz's AVX2 build (2 MB
    # on Linux, 0.8 MB on Windows) too: its portable build was as fast on the near-duplicates
    # scorer (process.extract with token_sort_ratio over 1,500 keys: median 0.51 s portable,
    # 0.57 s AVX2, 5 runs each, interleaved). The smoke checks that fuzz's C++ build loads.
    "rapidfuzz.distance.metrics_cpp", "rapidfuzz.distance.metrics_cpp_avx2",
    "rapidfuzz.fuzz_cpp_avx2",
]
# The hello-world imports SQLAlchemy Core only: the database drivers PyInstaller's SQLAlchemy
# hook names as hidden imports are not part of that baseline.
HELLO_EXCLUDES = ["psycopg", "psycopg_binary", "psycopg_c", "psycopg2"]
# Plugin folder -> file names kept (None: the whole folder). Folders not named are left out.
# Windows: its own platform, offscreen, and the native widget style (Windows 10/11 look);
# printing is built into Qt6PrintSupport there. Left out on Windows as on Linux: image formats,
# icon engines (the app's icons are PNG), TLS backends (the local socket needs none), network
# information, touch input, and the Direct2D and minimal platforms.
KEEP_PLUGINS: dict[str, set[str] | None] = {
    "platforms": {"libqxcb.so", "libqoffscreen.so", "qwindows.dll", "qoffscreen.dll"},
    "xcbglintegrations": None,
    "platforminputcontexts": {"libcomposeplatforminputcontextplugin.so",
                              "libibusplatforminputcontextplugin.so"},
    "platformthemes": {"libqxdgdesktopportal.so"},
    "printsupport": None,
    "styles": {"qmodernwindowsstyle.dll"},
}
# Windows: Mesa's software OpenGL, Qt's fallback when a program asks for OpenGL without a
# driver; widgets never do (no QOpenGLWidget, no Qt Quick).
DROPPED_QT_FILES = {"opengl32sw.dll"}
QT_LANGUAGES = ("fr", "en")
QT_TRANSLATION_CATALOGUES = ("qtbase",)


def _qt_part(dest: str) -> tuple[str, ...] | None:
    """The path of a collected file below Qt's folder (``PySide6/Qt/`` in Linux wheels,
    ``PySide6/`` itself in Windows wheels), or None outside Qt."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if len(parts) > 2 and parts[0] == "PySide6" and parts[1] == "Qt":
        return parts[2:]
    if len(parts) > 2 and parts[0] == "PySide6" and parts[1] in ("plugins", "translations"):
        return parts[1:]
    if len(parts) == 2 and parts[0] == "PySide6" and parts[1].lower() in DROPPED_QT_FILES:
        return parts[1:]
    return None


def keep(dest: str) -> bool:
    """Whether a collected file (by its destination in the bundle) is kept."""
    part = _qt_part(dest)
    if part is None:
        return True
    if part[-1].lower() in DROPPED_QT_FILES:
        return False
    if part[0] == "plugins":
        if len(part) < 3 or part[1] not in KEEP_PLUGINS:
            return False
        names = KEEP_PLUGINS[part[1]]
        return names is None or part[-1] in names
    if part[0] == "translations":
        name = part[-1]
        return any(name == f"{cat}_{lang}.qm" for cat in QT_TRANSLATION_CATALOGUES
                   for lang in QT_LANGUAGES)
    if part[0] in ("qml", "libexec", "metatypes"):
        return False
    return True


def needed(path: str) -> list[str]:
    """The DT_NEEDED names of an ELF file (empty for anything else)."""
    try:
        out = subprocess.run(["readelf", "-d", "-W", path], capture_output=True, text=True,
                             check=False).stdout
    except FileNotFoundError as exc:  # binutils
        raise SystemExit("readelf (binutils) is needed to trim the build") from exc
    return [line.split("[", 1)[1].split("]", 1)[0] for line in out.splitlines()
            if "(NEEDED)" in line]


SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")


def _is_plugin(dest: str) -> bool:
    part = _qt_part(dest)
    return part is not None and part[0] == "plugins"


def _is_system_library(entry: tuple) -> bool:
    """A library PyInstaller copied from the build machine's system folders: the .deb depends
    on its Debian package instead (security updates, one copy of X11/GTK/CUPS, no clash with
    the system's). Python's own library is kept: the bootloader loads it."""
    dest, src, kind = entry
    name = PurePosixPath(dest).name
    return (kind == "BINARY" and str(src).startswith(SYSTEM_DIRS) and not _is_plugin(dest)
            and not name.startswith("libpython") and "/python3" not in str(src))


def prune_libraries(binaries: list) -> list:
    """Leave out system libraries, then every bundled library that no kept extension module,
    plugin or executable needs (directly or through another library), and links to them.
    Linux only (ELF, readelf); elsewhere the list is returned as it is."""
    if not sys.platform.startswith("linux"):
        return binaries
    kept = [e for e in binaries if not _is_system_library(e)]

    def is_library(entry: tuple) -> bool:
        name = PurePosixPath(entry[0]).name
        return (entry[2] == "BINARY" and not _is_plugin(entry[0])
                and not name.startswith("libpython"))

    libraries = {PurePosixPath(e[0]).name: e for e in kept if is_library(e)}
    todo = [e[1] for e in kept if e[2] != "SYMLINK" and not is_library(e)]
    wanted: set[str] = set()
    seen: set[str] = set()
    while todo:
        src = todo.pop()
        if src in seen:
            continue
        seen.add(src)
        for name in needed(src):
            if name in libraries and name not in wanted:
                wanted.add(name)
                todo.append(libraries[name][1])
    kept = [e for e in kept if not is_library(e) or PurePosixPath(e[0]).name in wanted]
    dests = {PurePosixPath(e[0]).as_posix() for e in kept if e[2] != "SYMLINK"}
    return [e for e in kept if e[2] != "SYMLINK" or PurePosixPath(e[1]).as_posix() in dests]


def trim(toc: list) -> list:
    return [entry for entry in toc if keep(entry[0])]


def drop_dangling_links(datas: list, binaries: list) -> list:
    """PyInstaller lists its links to libraries among the data files: drop those whose library
    was left out."""
    dests = {PurePosixPath(e[0]).as_posix() for e in [*binaries, *datas] if e[2] != "SYMLINK"}
    return [e for e in datas if e[2] != "SYMLINK" or PurePosixPath(e[1]).as_posix() in dests]
