"""The packaging scripts' own rules, quickly (the real builds run in ``make package-check``)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from facilitator_app.bundle import EXTENSION

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
for folder in (PACKAGING, PACKAGING / "linux", PACKAGING / "windows"):
    sys.path.insert(0, str(folder))

import build_msi  # noqa: E402
import trim  # noqa: E402
import version_info  # noqa: E402

MIME = "application/vnd.facilitator-app.bundle+zip"


def needs(*tools: str):
    missing = [t for t in tools if not shutil.which(t)]
    return pytest.mark.skipif(bool(missing), reason=f"needs {', '.join(missing)} "
                              "(scripts/system-packages.sh installs them)")


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", True),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/translations/qtbase_fr.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qtdeclarative_fr.qm", False),
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ("resources/translations/facilitator_app_fr.qm", True),
    ("sqlalchemy/orm/session.py", True),
    # The Windows wheels' layout: no Qt/ folder below PySide6/, backslashes.
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6\\plugins\\platforms\\qoffscreen.dll", True),
    ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("PySide6\\plugins\\imageformats\\qjpeg.dll", False),
    ("PySide6\\plugins\\tls\\qschannelbackend.dll", False),
    ("PySide6\\translations\\qtbase_fr.qm", True),
    ("PySide6\\translations\\qt_gl.qm", False),
    ("PySide6\\opengl32sw.dll", False),
    ("PySide6\\Qt6Widgets.dll", True),
])
def test_trim_keeps_only_the_plugins_and_translations_the_app_uses(dest, kept):
    assert trim.keep(dest) is kept


def test_system_libraries_are_left_to_the_package_manager_but_not_python():
    assert trim._is_system_library(("libX11.so.6", "/lib/x86_64-linux-gnu/libX11.so.6", "BINARY"))
    assert not trim._is_system_library(("libpython3.11.so.1.0",
                                        "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0",
                                        "BINARY"))
    assert not trim._is_system_library(("PySide6/Qt/lib/libQt6Gui.so.6",
                                        "/venv/PySide6/Qt/lib/libQt6Gui.so.6", "BINARY"))


def test_links_to_left_out_libraries_are_dropped():
    binaries = [("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY")]
    datas = [("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
             ("libQt6Svg.so.6", "PySide6/Qt/lib/libQt6Svg.so.6", "SYMLINK"),
             ("resources/x.json", "/src/x.json", "DATA")]
    assert [d[0] for d in trim.drop_dangling_links(datas, binaries)] == [
        "libQt6Core.so.6", "resources/x.json"]


def test_every_qt_module_the_ui_imports_is_kept_and_no_other():
    used = set()
    for path in (ROOT / "facilitator_app" / "ui").glob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("from PySide6.Qt"):
                used.add(line.split()[1].split(".")[1])
    assert used <= set(trim.QT_MODULES), used - set(trim.QT_MODULES)
    assert not set(trim.QT_MODULES) & set(trim.UNUSED_QT_MODULES)


def test_windows_version_resource():
    assert version_info.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version_info.version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    text = version_info.version_file_text("1.2.3")
    assert "filevers=(1, 2, 3, 0)" in text and "'ProductVersion', '1.2.3'" in text


def test_wix_source_has_the_fixed_upgrade_code_major_upgrade_and_association():
    wxs = (PACKAGING / "windows" / "facilitator-app.wxs").read_text(encoding="utf-8")
    root = ET.fromstring(wxs)
    ns = {"w": "http://schemas.microsoft.com/wix/2006/wi"}
    product = root.find("w:Product", ns)
    assert "{" + product.get("UpgradeCode") + "}" == build_msi.UPGRADE_CODE
    assert product.get("Id") == "*"  # a new product code for every build: a major upgrade
    assert product.find("w:MajorUpgrade", ns) is not None
    assert "--open &quot;%1&quot;" in wxs and f"Classes\\{EXTENSION}" in wxs and MIME in wxs


def test_desktop_entries_and_mime_type_agree():
    linux = PACKAGING / "linux"
    entries = {}
    for name in ("facilitator-app.desktop", "facilitator-app-open.desktop"):
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str
        parser.read(linux / name, encoding="utf-8")
        entries[name] = parser["Desktop Entry"]
    assert entries["facilitator-app.desktop"]["Exec"] == "facilitator-app"
    opener = entries["facilitator-app-open.desktop"]
    assert opener["Exec"] == "facilitator-app --open %f"
    assert opener["MimeType"] == f"{MIME};" and opener["NoDisplay"] == "true"
    mime = ET.parse(linux / "facilitator-app-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind.get("type") == MIME
    assert kind.find("m:glob", ns).get("pattern") == f"*{EXTENSION}"




@needs("gpg", "gpgv", "gpgconf", "sha256sum")
def test_release_verification_accepts_the_signed_release_and_refuses_one_changed_byte(tmp_path):
    home = Path(os.environ.get("TMPDIR", "/tmp")) / f"gpg-test-{os.getpid()}"
    home.mkdir(mode=0o700)
    try:
        gpg = ["gpg", "--batch", "--homedir", str(home)]
        subprocess.run([*gpg, "--passphrase", "", "--quick-gen-key", "test <t@invalid>",
                        "ed25519", "sign", "1d"], check=True, capture_output=True)
        public = tmp_path / "key.asc"
        public.write_bytes(subprocess.run([*gpg, "--armor", "--export"], check=True,
                                          capture_output=True).stdout)
        release = tmp_path / "release"
        release.mkdir()
        (release / "facilitator-app_1.0_amd64.deb").write_bytes(b"deb" * 1000)
        (release / "facilitator-app-1.0-x64.msi").write_bytes(b"msi" * 1000)
        subprocess.run(["sh", PACKAGING / "sign-release", release, "--homedir", home],
                       check=True, capture_output=True)
        verify = ["sh", PACKAGING / "verify", "--key", public, release]
        ok = subprocess.run(verify, capture_output=True, text=True)
        assert ok.returncode == 0, ok.stderr
        assert "2 artefacts" in ok.stdout
        deb = release / "facilitator-app_1.0_amd64.deb"
        data = bytearray(deb.read_bytes())
        data[1500] ^= 0x01
        deb.write_bytes(bytes(data))
        refused = subprocess.run(verify, capture_output=True, text=True)
        assert refused.returncode == 1 and "FAILED" in refused.stderr
    finally:
        subprocess.run(["gpgconf", "--homedir", str(home), "--kill", "gpg-agent"],
                       capture_output=True)
        shutil.rmtree(home, ignore_errors=True)


def test_verify_without_the_release_key_stops(tmp_path):
    result = subprocess.run(["sh", PACKAGING / "verify", "--key", tmp_path / "none.asc",
                             tmp_path], capture_output=True, text=True)
    assert result.returncode == 2 and "no public key" in result.stderr


@needs("dpkg")
def test_deb_depends_come_from_the_packages_owning_the_libraries():
    import build_deb

    libc = next((p for p in ("/lib/x86_64-linux-gnu/libc.so.6", "/lib/aarch64-linux-gnu/libc.so.6")
                 if Path(p).exists()), None)
    if libc is None:
        pytest.skip("no multiarch libc here")
    packages, orphans = build_deb.owning_packages([libc, "/nowhere/libnothing.so.1"])
    assert "libc6" in packages
    assert orphans == ["/nowhere/libnothing.so.1"]


def _qt_folder() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt"


@needs("readelf")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries")
def test_libraries_nothing_needs_are_left_out_and_system_ones_too():
    qt = _qt_folder()
    plugin = ("PySide6/Qt/plugins/platforms/libqoffscreen.so",
              str(qt / "plugins" / "platforms" / "libqoffscreen.so"), "BINARY")
    libs = [(f"PySide6/Qt/lib/{n}", str(qt / "lib" / n), "BINARY")
            for n in ("libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Svg.so.6")]
    system = ("libX11.so.6", "/lib/x86_64-linux-gnu/libX11.so.6", "BINARY")
    kept = {e[0] for e in trim.prune_libraries([plugin, *libs, system])}
    assert plugin[0] in kept
    assert {"PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libQt6Gui.so.6"} <= kept
    assert "PySide6/Qt/lib/libQt6Svg.so.6" not in kept  # nothing kept needs it
    assert "libX11.so.6" not in kept  # the .deb depends on libx11-6 instead


@needs("ldd")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries")
def test_the_library_check_fails_when_a_dependency_is_not_found(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("packaging_build", PACKAGING / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    folder = tmp_path / "app"
    (folder / "_internal").mkdir(parents=True)
    # Qt's xcb plugin alone: its Qt libraries are not beside it, as if the build had lost them.
    shutil.copy(_qt_folder() / "plugins" / "platforms" / "libqxcb.so", folder / "_internal")
    problems, system = build.check_libraries(folder)
    assert any("libQt6XcbQpa.so.6 not found" in p for p in problems), problems
    assert any("libc.so" in s for s in system)


def test_the_app_runs_without_docstrings_and_asserts():
    """The frozen build is compiled like ``python -OO`` (the spec's ``optimize=2``): no module
    of the app may read a docstring or rely on an assert at run time."""
    import ast

    app = Path(__file__).resolve().parents[1] / "facilitator_app"
    found = []
    for path in sorted(app.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assert) or \
                    isinstance(node, ast.Attribute) and node.attr == "__doc__" or \
                    isinstance(node, ast.Name) and node.id == "__doc__":
                found.append(f"{path.relative_to(app.parent)}:{node.lineno}")
    assert not found
    spec = (Path(__file__).resolve().parents[1] / "packaging" / "facilitator_app.spec").read_text()
    assert "optimize=2" in spec


def test_the_deb_depends_on_the_libpq_psycopg_loads_at_run_time():
    import build_deb

    assert "libpq5" in build_deb.RUNTIME_DEPENDS


def test_performance_rewrites_only_its_own_section(tmp_path):
    import performance

    document = tmp_path / "PERFORMANCE.md"
    document.write_text("# Performance\n\n<!-- bench:package -->\nkept\n<!-- /bench:package -->\n"
                        "\n<!-- bench:windows-package -->\nold, by hand\n"
                        "<!-- /bench:windows-package -->\n", encoding="utf-8")
    performance.write("new body\n", document)
    text = document.read_text(encoding="utf-8")
    assert "old, by hand" not in text
    assert "<!-- bench:windows-package -->\nnew body\n<!-- /bench:windows-package -->" in text
    assert "<!-- bench:package -->\nkept\n<!-- /bench:package -->" in text


def test_largest_extra_lists_the_app_files_the_hello_world_lacks(tmp_path):
    import check

    app, hello = tmp_path / "app", tmp_path / "hello"
    for folder, files in ((app, {"_internal/Qt6Core.dll": 50, "_internal/libpq.dll": 30,
                                 "_internal/small.pyd": 5}),
                          (hello, {"_internal/Qt6Core.dll": 40})):
        for name, size in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(b"x" * size)
    assert check.largest_extra(app, hello, count=2) == [("_internal/libpq.dll", 30),
                                                        ("_internal/small.pyd", 5)]
