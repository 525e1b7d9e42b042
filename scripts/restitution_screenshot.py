"""Render page 1 of a realistic plenary restitution of atelier 3 to docs/screenshots/.

Usage:
``QT_QPA_PLATFORM=offscreen python scripts/restitution_screenshot.py [fr|en] [OUTPUT_FOLDER]``
Builds a temporary store with a run of atelier 3 of the built-in catalogue, saves the
restitution dialog's PDF and converts its first page with ``pdftoppm`` (poppler-utils).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator_app.catalogue import builtin_catalogue  # noqa: E402
from facilitator_app.storage import LocalStore  # noqa: E402
from facilitator_app.ui.app import Translations  # noqa: E402
from facilitator_app.ui.restitution_dialog import RestitutionDialog  # noqa: E402
from facilitator_app.ui.session import CaptureSession  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# (text, starred) per engagement and guiding question, in the order they were said.
SAMPLE = {
    11: {
        "indicators": [("Nombre de registres clés identifiés", False),
                       ("Part des registres coproduits avec des contributeurs extérieurs", True)],
        "inspirations": [("Base Adresse Nationale, coproduite avec OpenStreetMap", True)],
        "challenges": [("Gouvernance partagée entre l'État et la société civile", False),
                       ("Financement pérenne de la maintenance des registres", True)],
    },
    15: {
        "indicators": [("Nombre de jeux de données publiés par défaut", False),
                       ("Taux de réutilisation sur data.gouv.fr", True)],
        "inspirations": [("Loi pour une République numérique : ouverture par défaut", False)],
        "challenges": [("Qualité et mise à jour des métadonnées", False),
                       ("Formation des agents à l'open data", False)],
        "commitments": [("Publier le calendrier d'ouverture des données de chaque ministère",
                         True)],
    },
    16: {
        "inspirations": [("OpenFisca, le moteur ouvert de calcul socio-fiscal", True)],
        "commitments": [("Ouvrir le code source des simulateurs de droits sociaux", False)],
    },
}


def fill(store: LocalStore) -> str:
    run = store.start_run(builtin_catalogue(), 3, participant_count=21)
    store.update_run(run.uuid,
                     organisations=["Etalab", "Open Knowledge France", "Regards Citoyens"])
    for engagement, questions in SAMPLE.items():
        for key, items in questions.items():
            for text, starred in items:
                store.add_contribution(run.uuid, engagement, key, text, starred=starred)
    store.set_notes(run.uuid, 11, "Q : qui décide qu'un registre est « essentiel » ?\n"
                                  "R : un comité associant producteurs et réutilisateurs, "
                                  "dont la liste sera publiée à l'automne.")
    return run.uuid


def main() -> int:
    lang = sys.argv[1] if len(sys.argv) > 1 else "fr"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs" / "screenshots"
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: install poppler-utils", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    Translations(app).use(lang)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        store = LocalStore.in_folder(tmp_path / "data")
        try:
            session = CaptureSession(store, store.run(fill(store)))
            dialog = RestitutionDialog(session)
            pdf = tmp_path / "restitution.pdf"
            dialog.save_pdf(pdf)
            target = out / f"restitution-{lang}"
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                            str(pdf), str(target)], check=True)
            session.writer.flush()
        finally:
            store.close()
    print(f"restitution page 1 written to {target}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
