"""Render the organiser window's screenshots offscreen: docs/screenshots/organiser-*.png.

Usage: ``QT_QPA_PLATFORM=offscreen python scripts/organiser_screenshots.py [OUTPUT_FOLDER]``

Builds a realistic evening: four facilitators' laptops capture ateliers 1 to 4 and export
their bundles; atelier 3 was also captured on a second laptop, under the same facilitator's
name with another key (flagged), where one contribution was corrected differently (a
conflict); one bundle arrives twice under another name (already merged) and one file is
truncated in the mail (rejected). The organiser trusts the first facilitator's key in advance.
Each picture is taken in French and English, at normal and 150 % font size.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QFont  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator_app.bundle.keys import InstallationKey  # noqa: E402
from facilitator_app.bundle.writer import export_run  # noqa: E402
from facilitator_app.catalogue import builtin_catalogue  # noqa: E402
from facilitator_app.central.store import CentralStore  # noqa: E402
from facilitator_app.storage import LocalStore  # noqa: E402
from facilitator_app.ui.app import Translations  # noqa: E402
from facilitator_app.ui.organiser_window import OrganiserWindow  # noqa: E402
from facilitator_app.ui.settings import Settings  # noqa: E402

TEXTS = {
    "indicators": ["Nombre de jeux de données publiés par défaut",
                   "Taux de réutilisation des données sur data.gouv.fr",
                   "Délai moyen de réponse aux demandes CADA"],
    "inspirations": ["Base Adresse Nationale, coproduite avec OpenStreetMap",
                     "Le registre des lobbys de la HATVP"],
    "challenges": ["Qualité et mise à jour des métadonnées",
                   "Former les agents : « ouvrir par défaut » n'est pas encore un réflexe"],
    "commitments": ["Publier le calendrier d'ouverture des données de chaque ministère"],
}


def key(seed: int) -> InstallationKey:
    return InstallationKey.from_private(Ed25519PrivateKey.from_private_bytes(bytes([seed]) * 32))


def capture(folder: Path, atelier: int, participants: int) -> tuple[LocalStore, str]:
    store = LocalStore.in_folder(folder)
    catalogue = builtin_catalogue()
    run = store.start_run(catalogue, atelier, participant_count=participants)
    engagements = catalogue.atelier(atelier).engagement_numbers
    for i, engagement in enumerate(engagements):
        for question, texts in TEXTS.items():
            for text in texts[: 1 + (i + atelier) % len(texts)]:
                store.add_contribution(run.uuid, engagement, question, text)
    return store, run.uuid


def make_bundles(tmp: Path) -> tuple[Path, InstallationKey]:
    """The organiser's inbox, and the key trusted in advance."""
    inbox = tmp / "inbox"
    inbox.mkdir()
    keys = {n: key(n) for n in range(1, 6)}
    for atelier, participants in ((1, 18), (2, 23), (4, 15)):
        store, run = capture(tmp / f"laptop-{atelier}", atelier, participants)
        export_run(store, run, keys[atelier], inbox / f"atelier-{atelier}_2016-06-21.fabundle")
        store.close()
    # Atelier 3 on two laptops: copied, then one contribution corrected differently on each.
    store, run = capture(tmp / "laptop-3", 3, 21)
    store.close()
    shutil.copytree(tmp / "laptop-3", tmp / "laptop-3b", ignore=shutil.ignore_patterns("*.lock"))
    for folder, seed, name, text in (
            ("laptop-3", 3, "atelier-3_2016-06-21", "Nombre de jeux de données ouverts par défaut"),
            ("laptop-3b", 5, "atelier-3_2016-06-21_second-portable",
             "Nombre de jeux de données publiés par défaut et mis à jour")):
        store = LocalStore.in_folder(tmp / folder)
        first = store.contributions(run)[0]
        store.edit_contribution(first.uuid, text)
        export_run(store, run, keys[seed], inbox / f"{name}.fabundle")
        store.close()
    data = (inbox / "atelier-1_2016-06-21.fabundle").read_bytes()
    (inbox / "atelier-1_renvoyé-par-courriel.fabundle").write_bytes(data)
    (inbox / "atelier-5_tronqué.fabundle").write_bytes(data[: len(data) // 2])
    return inbox, keys[1]


def wait_idle(app: QApplication, window: OrganiserWindow) -> None:
    loop = QEventLoop()
    window.runner.idle.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    app.processEvents()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    base_font = QFont(app.font())
    translations = Translations(app)
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        inbox, trusted = make_bundles(tmp)
        for lang in ("fr", "en"):
            for scale in (1.0, 1.5):
                font = QFont(base_font)
                font.setPointSizeF(base_font.pointSizeF() * scale)
                app.setFont(font)
                translations.use(lang)
                suffix = lang + ("-150" if scale != 1.0 else "")
                central = tmp / f"central-{suffix}.sqlite"
                with CentralStore(central) as store:
                    store.trust_key(trusted.fingerprint,
                                    list(builtin_catalogue().atelier(1).facilitators))
                window = OrganiserWindow(Settings(tmp / f"organiser-{suffix}.ini"))
                window.resize(int(1280 * scale), int(800 * scale))
                window.show()
                window.open_store(str(central))
                window.add_paths([str(inbox)])
                wait_idle(app, window)
                view = window.bundle_view  # the refused bundle, its reason spelt out below
                refused = next(r for r in range(view.model().rowCount())
                               if "tronqué" in view.model().index(r, 0).data())
                view.selectRow(refused)
                for index, name in enumerate(("bundles", "conflicts", "keys")):
                    window.tabs.setCurrentIndex(index)
                    app.processEvents()
                    window.grab().save(str(out / f"organiser-{name}-{suffix}.png"))
                window.key_view.selectRow(2)  # the key to check: its facilitator has two
                for name, dialog in (("trust", window.show_trust_dialog()),
                                     ("report", window.show_report_dialog())):
                    app.processEvents()
                    dialog.grab().save(str(out / f"organiser-{name}-dialog-{suffix}.png"))
                    dialog.reject()
                    app.processEvents()
                window.close()
                window.deleteLater()
                app.processEvents()
    print(f"organiser screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
