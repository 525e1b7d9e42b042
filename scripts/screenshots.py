"""Render the reference screenshots of docs/screenshots/ offscreen (``QWidget.grab()``).

Usage: ``QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUTPUT_FOLDER]``
Builds a temporary store with a realistic run of atelier 3 and grabs the start page and the
capture window, the agenda, keyboard shortcuts and restitution dialogs in French and English, at
normal and 150 % font size, and the room display (the restitution's PDF:
``scripts/restitution_screenshot.py``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator_app.catalogue import builtin_catalogue  # noqa: E402
from facilitator_app.storage import LocalStore  # noqa: E402
from facilitator_app.ui.app import Translations  # noqa: E402
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
        for lang in ("fr", "en"):
            for scale in (1.0, 1.5):
                font = QFont(base_font)
                font.setPointSizeF(base_font.pointSizeF() * scale)
                app.setFont(font)
                translations.use(lang)
                suffix = f"{lang}" + ("-150" if scale != 1.0 else "")
                for name, store in (("start", empty), ("capture", filled)):
                    window = MainWindow(store, Settings(tmp_path / f"{name}.ini"),
                                        builtin_catalogue())
                    window.resize(int(1280 * scale), int(800 * scale))
                    window.show()
                    app.processEvents()
                    window.grab().save(str(out / f"{name}-{suffix}.png"))
                    if name == "capture" and scale == 1.0:
                        window.session.set_focus(15, "indicators")
                        window.toggle_room_display()
                        window.room.showNormal()
                        window.room.resize(1920, 1080)
                        app.processEvents()
                        window.room.grab().save(str(out / f"room-display-{lang}.png"))
                        window.toggle_room_display()
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
        empty.close()
        filled.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
