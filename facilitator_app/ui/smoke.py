"""``facilitator-app --smoke``: check that this installation works, in a temporary folder.

Made for the frozen build and the installed packages, where a missing Qt plugin, resource,
translation or lazily imported module shows only when someone uses it. Each step is named and
runs in order; the first failure stops the check with its step and reason on stderr and a
non-zero exit code. Success prints one line starting with :data:`SMOKE_MARKER`.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# The core is imported before PySide6 (see ui/app.py: PySide6's import hook slows later imports).
import facilitator_app
from facilitator_app import APP_NAME, __version__
from facilitator_app.catalogue import builtin_catalogue
from facilitator_app.domain import QUESTION_KEYS
from facilitator_app.resources import resource_path, resources_dir
from facilitator_app.storage import LocalStore

SMOKE_MARKER = "facilitator-app smoke: OK"
FAILED_MARKER = "facilitator-app smoke: FAILED"
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport")
LANGUAGES = ("fr", "en")
# Modules that need an optional system library or a server are imported by the steps that use
# them, not by the module walk.
SKIPPED_MODULES = ("facilitator_app.__main__",)


class SmokeFailure(Exception):
    """A step found something wrong; the message says what."""


@dataclass
class Context:
    """What the steps share: the temporary folder and what earlier steps made."""

    folder: Path
    found: dict[str, object] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Context], None]


def _check(condition: object, reason: str) -> None:
    if not condition:
        raise SmokeFailure(reason)


def step_qt_modules(ctx: Context) -> None:
    for name in QT_MODULES:
        importlib.import_module(f"PySide6.{name}")


def step_app_modules(ctx: Context) -> None:
    """Every module of the application, including those the commands import lazily: a frozen
    build that missed one fails here rather than in front of an organiser."""
    count = 0
    for info in pkgutil.walk_packages(facilitator_app.__path__, "facilitator_app."):
        if info.name in SKIPPED_MODULES:
            continue
        importlib.import_module(info.name)
        count += 1
    _check(count >= 20, f"only {count} application modules found (is the build complete?)")
    ctx.notes.append(f"{count} modules")


def step_resources(ctx: Context) -> None:
    folder = resources_dir()
    _check(folder.is_dir(), f"no resources folder at {folder}")
    catalogue = builtin_catalogue()
    _check(catalogue.ateliers, "the built-in catalogue has no atelier")
    schemas = sorted(resource_path("schemas").glob("*.json"))
    _check(schemas, f"no JSON schema in {resource_path('schemas')}")
    ctx.found["catalogue"] = catalogue


def step_machine_defaults(ctx: Context) -> None:
    """A defaults file like IT's is read (the TOML reader is in the build); the machine's own
    file, if any, is named with its verdict (a refused file is IT's to fix, not the build's)."""
    from facilitator_app.machine_defaults import load_defaults, machine_defaults

    sample = ctx.folder / "defaults.toml"
    sample.write_text('language = "en"\n[organiser]\nrequire_known_keys = true\n',
                      encoding="utf-8")
    read = load_defaults(sample)
    _check(read.language == "en" and read.require_known_keys, "a defaults file was misread")
    mine = machine_defaults()
    state = "refused" if mine.problem else "read" if mine.found else "none"
    ctx.notes.append(f"machine defaults {mine.path} ({state})")


def step_application(ctx: Context) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    ctx.found["app"] = app
    ctx.notes.append(f"platform {app.platformName()}")


def step_translations(ctx: Context) -> None:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = resource_path("translations")
    for lang in LANGUAGES:
        translator = QTranslator()
        _check(translator.load(f"facilitator_app_{lang}", str(folder)),
               f"cannot load facilitator_app_{lang}.qm from {folder}")
        _check(not translator.isEmpty(), f"facilitator_app_{lang}.qm is empty")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _check(QTranslator().load("qtbase_fr", qt_folder),
           f"cannot load Qt's own French translation (qtbase_fr.qm) from {qt_folder}")
    _check(QTranslator().load("qt_extra_fr", str(folder)),
           f"cannot load what Qt's French lacks (qt_extra_fr.qm) from {folder}")
    from facilitator_app.ui.app import Translations

    Translations(ctx.found["app"]).use("fr")


def step_icon(ctx: Context) -> None:
    from PySide6.QtGui import QIcon

    icons = resource_path("icons")
    png = icons / "facilitator-app.png"
    _check(png.is_file(), f"no application icon at {png}")
    icon = QIcon(str(png))
    _check(not icon.isNull(), f"the icon {png} cannot be read (image format plugin missing?)")
    ctx.found["app"].setWindowIcon(icon)


def step_print_support(ctx: Context) -> None:
    """The restitution is printed or saved as PDF: the PDF engine must work here."""
    from PySide6.QtGui import QPageSize, QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    pdf = ctx.folder / "restitution.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setOutputFileName(str(pdf))
    document = QTextDocument()
    document.setHtml("<h1>Ministère ouvert</h1><p>Restitution — vérification é à ç</p>")
    document.print_(printer)
    _check(pdf.is_file() and pdf.read_bytes().startswith(b"%PDF"), "no PDF written")


def step_store(ctx: Context) -> None:
    catalogue = ctx.found["catalogue"]
    store = LocalStore.in_folder(ctx.folder / "data")
    ctx.found["store"] = store
    atelier = catalogue.ateliers[0]
    run = store.start_run(catalogue, atelier.number, participant_count=12)
    engagement = atelier.engagement_numbers[0]
    store.add_contribution(run.uuid, engagement, QUESTION_KEYS[0],
                           "Vérification de l'installation : « é à ç » ✓")
    got = store.contributions(run.uuid)
    _check(len(got) == 1, f"wrote one contribution, read back {len(got)}")
    ctx.found["run"] = run


def step_main_window(ctx: Context) -> None:
    from facilitator_app.ui.main_window import MainWindow
    from facilitator_app.ui.settings import Settings

    app = ctx.found["app"]
    settings = Settings(ctx.folder / "data" / "settings.ini")
    window = MainWindow(ctx.found["store"], settings, ctx.found["catalogue"])
    window.show()
    app.processEvents()
    _check(window.isVisible(), "the main window did not show")
    _check(window.width() > 0 and window.height() > 0, "the main window has no size")
    window.close()
    app.processEvents()
    window.deleteLater()
    app.processEvents()


def step_bundle(ctx: Context) -> None:
    from facilitator_app.bundle import read_bundle
    from facilitator_app.bundle.keys import load_or_create_key
    from facilitator_app.bundle.writer import export_run

    store, run = ctx.found["store"], ctx.found["run"]
    key = load_or_create_key(ctx.folder / "data")
    path = ctx.folder / "smoke.fabundle"
    export_run(store, run.uuid, key, path)
    bundle = read_bundle(path)
    _check(bundle.counts.live == 1, f"the bundle holds {bundle.counts.live} contributions, not 1")
    _check(bundle.fingerprint == key.fingerprint, "the bundle is not signed by this installation")
    ctx.found["bundle"] = path


def step_report(ctx: Context) -> None:
    from facilitator_app.central.merge import merge_paths
    from facilitator_app.central.report_source import CentralReportSource
    from facilitator_app.central.store import CentralStore
    from facilitator_app.report.build import write_report

    out = ctx.folder / "report"
    out.mkdir()
    with CentralStore(ctx.folder / "central.sqlite") as central:
        merged = merge_paths(central, [ctx.found["bundle"]])
        _check(merged.ok and merged.count("merged") == 1, "the bundle did not merge")
        result = write_report(CentralReportSource(central), xlsx=out / "report.xlsx",
                              csv=out / "report.csv", markdown=out / "pages", lang="fr")
    _check(result.contributions == 1, f"the report holds {result.contributions} contributions")
    for path in (out / "report.xlsx", out / "report.csv"):
        _check(path.is_file() and path.stat().st_size > 0, f"{path.name} was not written")
    _check(any((out / "pages").iterdir()), "no Markdown page was written")


def step_postgresql_driver(ctx: Context) -> None:
    """The driver of shared central stores loads its libpq: on Linux the system's (the .deb
    depends on libpq5), elsewhere the copy frozen with psycopg_binary. Nothing connects."""
    try:
        import psycopg
    except ImportError as exc:
        raise SmokeFailure(f"the PostgreSQL driver cannot load libpq ({exc}); on Linux, "
                           "install the libpq5 package") from None
    version = psycopg.pq.version()
    _check(version >= 100000, f"libpq {version} is older than version 10, which psycopg needs")
    ctx.notes.append(f"libpq {version // 10000}.{version % 10000} ({psycopg.pq.__impl__})")


def step_near_duplicates(ctx: Context) -> None:
    """Near-duplicate proposals with RapidFuzz's compiled scorer: the frozen build leaves its
    other compiled parts out (packaging/trim.py), and its pure-Python fallback would be slow."""
    from rapidfuzz import fuzz

    from facilitator_app.near_duplicates import Contribution, propose_groups

    texts = ("Publier les données ouvertes du budget", "publier les donnees ouvertes du budget !")
    groups = propose_groups(Contribution(f"c{i}", 1, QUESTION_KEYS[0], t)
                            for i, t in enumerate(texts))
    _check(len(groups) == 1, f"{len(groups)} near-duplicate groups proposed, not 1")
    scorer = getattr(fuzz.token_sort_ratio, "__module__", "") or ""
    _check("cpp" in scorer, f"RapidFuzz's scorer is {scorer or 'unknown'}, not its C++ build")


def step_organiser_window(ctx: Context) -> None:
    """The organisers' view (what a double-clicked bundle opens) on the store just merged."""
    from facilitator_app.ui.organiser_window import OrganiserWindow
    from facilitator_app.ui.settings import Settings

    app = ctx.found["app"]
    window = OrganiserWindow(Settings(ctx.folder / "organiser" / "settings.ini"))
    window.show()
    app.processEvents()
    if window.store is None:  # the store opens on a worker: its end is waited for
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        window.runner.idle.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        _check(window.open_store(str(ctx.folder / "central.sqlite")) is not None,
               "the organisers' view cannot open the central store")
        loop.exec()
    _check(window.store is not None, "the organisers' view cannot open the central store")
    _check(window.isVisible(), "the organisers' view did not show")
    store, window.store = window.store, None  # closed here: Windows cannot delete an open file
    store.close()
    window.close()
    app.processEvents()
    window.deleteLater()
    app.processEvents()


STEPS: tuple[Step, ...] = (
    Step("qt-modules", step_qt_modules),
    Step("app-modules", step_app_modules),
    Step("resources", step_resources),
    Step("machine-defaults", step_machine_defaults),
    Step("qt-application", step_application),
    Step("translations", step_translations),
    Step("icon", step_icon),
    Step("print-support", step_print_support),
    Step("store", step_store),
    Step("main-window", step_main_window),
    Step("bundle-export-verify", step_bundle),
    Step("merge-and-report", step_report),
    Step("postgresql-driver", step_postgresql_driver),
    Step("near-duplicates", step_near_duplicates),
    Step("organiser-window", step_organiser_window),
)


def run_steps(steps: tuple[Step, ...], folder: Path, out=sys.stdout, err=sys.stderr) -> int:
    """Run ``steps`` in ``folder``; print the marker or the failing step; return the exit code."""
    started = time.perf_counter()
    ctx = Context(folder)
    took: list[str] = []  # each step's milliseconds, for the start-up benchmark
    try:
        for step in steps:
            try:
                began = time.perf_counter()
                step.run(ctx)
                took.append(f"{step.name} {(time.perf_counter() - began) * 1000:.0f}")
            except SmokeFailure as exc:
                print(f"{FAILED_MARKER} at step {step.name}: {exc}", file=err, flush=True)
                return 1
            except Exception as exc:  # noqa: BLE001 - any failure is the answer
                traceback.print_exc(file=err)
                print(f"{FAILED_MARKER} at step {step.name}: {type(exc).__name__}: {exc}",
                      file=err, flush=True)
                return 1
    finally:
        store = ctx.found.get("store")
        if store is not None:
            store.close()
    elapsed = (time.perf_counter() - started) * 1000
    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    print(f"{SMOKE_MARKER} {__version__} ({frozen}; {len(steps)} steps in {elapsed:.0f} ms; "
          f"{'; '.join(ctx.notes)}; ms: {', '.join(took)})", file=out, flush=True)
    return 0


def run_smoke(args: argparse.Namespace) -> int:
    """Entry point of ``facilitator-app --smoke``: every step, in a fresh temporary folder."""
    with tempfile.TemporaryDirectory(prefix="facilitator-smoke-") as tmp:
        return run_steps(STEPS, Path(tmp))
