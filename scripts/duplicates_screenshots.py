"""Render the organiser window's near-duplicates page offscreen: organiser-duplicates-*.png.

Usage: ``QT_QPA_PLATFORM=offscreen python scripts/duplicates_screenshots.py [OUTPUT_FOLDER]``

Two laptops capture atelier 3 and a third atelier 1; the same idea is typed on each in other
words (accents, word order, a typo), so the store proposes it as one group of three texts.
Taken in French and English, at normal and 175 % font size.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator_app.bundle.writer import export_run  # noqa: E402
from facilitator_app.catalogue import builtin_catalogue  # noqa: E402
from facilitator_app.central.merge import merge_paths  # noqa: E402
from facilitator_app.central.store import CentralStore  # noqa: E402
from facilitator_app.storage import LocalStore  # noqa: E402
from facilitator_app.ui.app import Translations  # noqa: E402
from facilitator_app.ui.organiser_window import OrganiserWindow  # noqa: E402
from facilitator_app.ui.settings import Settings  # noqa: E402
from scripts.organiser_screenshots import key  # noqa: E402

IDEA = ("Publier chaque trimestre les données des marchés publics en open data, "
        "avec les montants et les attributaires",
        "Publier les donnees des marches publics en open data chaque trimestre, avec les "
        "montants et les attributaires.",
        "Chaque trimestre, publier en open data les données des marchés publics avec les "
        "montants et les attributaires !")


def make_bundles(tmp: Path) -> Path:
    inbox = tmp / "inbox"
    inbox.mkdir()
    catalogue = builtin_catalogue()
    shared = set(catalogue.atelier(3).engagement_numbers)
    engagement = min(shared)
    for i, (atelier, text) in enumerate(((3, IDEA[0]), (3, IDEA[1]), (3, IDEA[2]))):
        store = LocalStore.in_folder(tmp / f"laptop-{i}")
        run = store.start_run(catalogue, atelier, participant_count=12 + i)
        store.add_contribution(run.uuid, engagement, "commitments", text)
        store.add_contribution(run.uuid, engagement, "indicators",
                               ("Nombre de jeux de données publiés", "Délai de réponse CADA",
                                "Taux de réutilisation")[i])
        export_run(store, run.uuid, key(i + 1), inbox / f"portable-{i + 1}.fabundle")
        store.close()
    return inbox


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    base_font = QFont(app.font())
    translations = Translations(app)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        inbox = make_bundles(tmp)
        central = tmp / "central.sqlite"
        with CentralStore(central) as store:
            merge_paths(store, [inbox])
        for lang in ("fr", "en"):
            for scale in (1.0, 1.75):
                font = QFont(base_font)
                font.setPointSizeF(base_font.pointSizeF() * scale)
                app.setFont(font)
                translations.use(lang)
                suffix = lang + ("-175" if scale != 1.0 else "")
                window = OrganiserWindow(Settings(tmp / f"organiser-{suffix}.ini"))
                window.resize(int(1280 * scale), int(800 * scale))
                window.show()
                window.open_store(str(central))
                window.tabs.setCurrentWidget(window.duplicates)
                window.duplicates.merged.setPlainText(
                    "Publier chaque trimestre, en données ouvertes, les marchés publics avec "
                    "leurs montants et leurs attributaires")
                app.processEvents()
                window.grab().save(str(out / f"organiser-duplicates-{suffix}.png"))
                window.close()
                window.deleteLater()
                app.processEvents()
    print(f"near-duplicates screenshots written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
