"""Render the reference screenshots of docs/screenshots/ offscreen (``QWidget.grab()``).

Usage: ``python scripts/screenshots.py [OUTPUT_FOLDER]``
Builds a temporary store with a realistic run of atelier 3 and grabs the start page and the
capture window, the agenda, keyboard shortcuts, restitution, end-of-atelier and export dialogs
and Qt's file dialog in French and English, at normal and 175 % font size, and the room display
with 20 contributions (the restitution's PDF: ``scripts/restitution_screenshot.py``). The
offscreen screen is a 1920×1200 one, so that dialogs are sized as on a laptop's screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

if "QT_QPA_PLATFORM" not in os.environ:
    _SCREEN = Path(tempfile.mkdtemp()) / "screen.json"
    _SCREEN.write_text('{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1920, '
                       '"height": 1200, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeView  # noqa: E402

from facilitator_app.catalogue import builtin_catalogue  # noqa: E402
from facilitator_app.storage import LocalStore  # noqa: E402
from facilitator_app.ui import file_dialogs  # noqa: E402
from facilitator_app.ui import settings as keys  # noqa: E402
from facilitator_app.ui.app import Translations  # noqa: E402
from facilitator_app.ui.end_dialog import EndDialog  # noqa: E402
from facilitator_app.ui.export_dialog import ExportDialog  # noqa: E402
from facilitator_app.ui.main_window import MainWindow  # noqa: E402
from facilitator_app.ui.restitution_dialog import RestitutionDialog  # noqa: E402
from facilitator_app.ui.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = {
    15: {
        "indicators": ["Nombre de jeux de données publiés par défaut",
                       "Taux de réutilisation sur data.gouv.fr"],
        "inspirations": ["Base Adresse Nationale, coproduite avec OpenStreetMap"],
        "challenges": ["Qualité et mise à jour des métadonnées",
                       "Formation des agents à l'open data"],
        "commitments": ["Publier le calendrier d'ouverture des données de chaque ministère"],
    },
    11: {"indicators": ["Nombre de registres clés identifiés"]},
}


def fill(store: LocalStore) -> None:
    run = store.start_run(builtin_catalogue(), 3, participant_count=21)
    for engagement, questions in SAMPLE.items():
        for key, texts in questions.items():
            for text in texts:
                store.add_contribution(run.uuid, engagement, key, text)
    first = store.contributions(run.uuid, 15, "indicators")[0]
    store.set_starred(first.uuid, True)
    store.set_notes(run.uuid, 15,
                    "Q : quel calendrier pour les décrets ? R : publication prévue à l'automne.")
    store.set_state(run.uuid, {"engagement": "15",
                               "draft:15:challenges": "Financement des producteurs de don"})


ROOM = ["Nombre de jeux de données publiés par défaut", "Taux de réutilisation sur data.gouv.fr",
        "Part des ministères ayant publié l’inventaire de leurs données",
        "Délai entre une demande CADA et la publication du document",
        "Nombre de réutilisations signalées par des associations locales et des journalistes",
        "Satisfaction des réutilisateurs, mesurée chaque année"]


def fill_room(store: LocalStore) -> None:
    """A run whose first question of engagement 15 has 20 contributions."""
    run = store.start_run(builtin_catalogue(), 3, participant_count=21)
    for i in range(20):
        store.add_contribution(run.uuid, 15, "indicators", f"{ROOM[i % len(ROOM)]} ({i + 1})")
    store.set_state(run.uuid, {"engagement": "15"})


def grab_file_dialog(app: QApplication, folder: Path, picture: Path) -> None:
    """Qt's own file dialog (as where the desktop offers none), sized as the app opens it."""
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)

    def grab():
        dialog = QApplication.activeModalWidget()
        tree = dialog.findChild(QTreeView, "treeView") if isinstance(dialog, QFileDialog) \
            else None
        if tree is None or tree.model().rowCount(tree.rootIndex()) < 3:
            QTimer.singleShot(20, grab)
            return
        app.processEvents()
        dialog.grab().save(str(picture))
        dialog.reject()

    QTimer.singleShot(0, grab)
    file_dialogs.save_file_name(None, app.translate("ExportDialog", "Export the atelier"),
                                str(folder / "atelier-3.fabundle"),
                                app.translate("ExportDialog",
                                              "facilitator-app bundles (*.fabundle)"))
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    base_font = QFont(app.font())
    translations = Translations(app)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        empty = LocalStore.in_folder(tmp_path / "empty")
        filled = LocalStore.in_folder(tmp_path / "filled")
        fill(filled)
        room = LocalStore.in_folder(tmp_path / "room")
        fill_room(room)
        folder = tmp_path / "Documents"
        for name in ("Ateliers de novembre", "Restitutions"):
            (folder / name).mkdir(parents=True)
        (folder / "atelier-3_2025-11-20.fabundle").write_bytes(b"x" * 48_000)
        for lang in ("fr", "en"):
            for scale in (1.0, 1.75):
                font = QFont(base_font)
                font.setPointSizeF(base_font.pointSizeF() * scale)
                app.setFont(font)
                translations.use(lang)
                suffix = f"{lang}" + ("-175" if scale != 1.0 else "")
                grab_file_dialog(app, folder, out / f"file-dialog-{suffix}.png")
                for name, store in (("start", empty), ("capture", filled)):
                    window = MainWindow(store, Settings(tmp_path / f"{name}.ini"),
                                        builtin_catalogue())
                    window.resize(int(1280 * scale), int(800 * scale))
                    window.show()
                    app.processEvents()
                    window.grab().save(str(out / f"{name}-{suffix}.png"))
                    if name == "capture":
                        draft = window.capture.unentered()
                        end = EndDialog(window.session.atelier.number, draft, window)
                        end.show()
                        app.processEvents()
                        end.grab().save(str(out / f"end-{suffix}.png"))
                        end.close()
                        remembered = Settings(tmp_path / "export.ini")
                        remembered.set(keys.EXPORT_FOLDER, str(folder))
                        export = ExportDialog(store, window.session.run.uuid, window,
                                              remembered)
                        export.show()
                        app.processEvents()
                        export.grab().save(str(out / f"export-{suffix}.png"))
                        export.close()
                        app.processEvents()
                    if name == "capture":
                        window.edit_agenda()
                        dialog = window.agenda_dialog
                        app.processEvents()
                        dialog.grab().save(str(out / f"agenda-{suffix}.png"))
                        dialog.reject()
                        app.processEvents()
                        shortcuts = window.show_shortcuts()
                        app.processEvents()
                        shortcuts.grab().save(str(out / f"shortcuts-{suffix}.png"))
                        shortcuts.close()
                        app.processEvents()
                        restitution = RestitutionDialog(window.session, window)
                        restitution.resize(int(820 * scale), int(900 * scale))
                        restitution.show()
                        app.processEvents()
                        restitution.browser.scrollToAnchor("")
                        restitution.grab().save(str(out / f"restitution-dialog-{suffix}.png"))
                        restitution.close()
                        restitution.deleteLater()
                        app.processEvents()
                    window.close()
                    window.deleteLater()
                    app.processEvents()
            # The room display as projected (1920×1080), 20 contributions in question 1.
            window = MainWindow(room, Settings(tmp_path / "room.ini"), builtin_catalogue())
            window.show()
            app.processEvents()
            window.session.set_focus(15, "indicators")
            window.toggle_room_display()
            window.room.showNormal()
            window.room.resize(1920, 1080)
            for _ in range(3):
                app.processEvents()
            window.room.refresh()
            app.processEvents()
            window.room.grab().save(str(out / f"room-display-{lang}.png"))
            window.toggle_room_display()
            window.close()
            window.deleteLater()
            app.processEvents()
        empty.close()
        filled.close()
        room.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
