"""Qt's own file dialog speaks the window's language (Qt's catalogue and what it lacks), and at
175 % text on a 1366×768 laptop its columns and side bar show their words whole.

The dialog is looked at in a child process whose offscreen screen is a laptop's (this
process's offscreen screen is 800×800)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from ..conftest import PYTHON, ROOT, child_env

# ("Type" is French too.)
ENGLISH = {"&Look in:", "Files of &type:", "File &name:", "Folder", "Name", "Size",
           "Date Modified", "Cancel", "&Save", "Computer", "Back", "Forward"}


def look_at_the_dialog(folder: Path, scale: float, picture: str = "") -> dict:
    """Open the save dialog on ``folder`` in French at ``scale``; what it shows (and a picture
    of it when ``picture`` names a file)."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QListView, QTreeView

    from facilitator_app.ui import file_dialogs, text_size
    from facilitator_app.ui.app import Translations

    app = QApplication.instance() or QApplication([])
    Translations(app).use("fr")
    text_size.apply(scale)
    # Qt draws the dialog itself, as on a desktop without a file-dialog service.
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    seen: dict = {}

    def wait_for_the_folder():
        dialog = QApplication.activeModalWidget()
        tree = dialog.findChild(QTreeView, "treeView") if isinstance(dialog, QFileDialog) \
            else None
        if tree is None or tree.model().rowCount(tree.rootIndex()) < 3:  # read on a thread
            QTimer.singleShot(20, wait_for_the_folder)
            return
        QTimer.singleShot(50, lambda: check(dialog, tree))

    def check(dialog, tree):
        model, root, header = tree.model(), tree.rootIndex(), tree.header()
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        seen["columns"] = [model.headerData(i, header.orientation())
                           for i in range(header.count())]
        seen["kinds"] = {model.index(r, 0, root).data(): model.index(r, 2, root).data()
                         for r in range(model.rowCount(root))}
        metrics = tree.fontMetrics()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        # Every cell and header of the detail view shows its text whole...
        seen["cut"] = [
            text for column in shown if column
            for text in [str(model.headerData(column, header.orientation()))] + [
                str(model.index(r, column, root).data()) for r in range(model.rowCount(root))]
            if metrics.horizontalAdvance(text) + 4 > header.sectionSize(column)]
        # ...and each column lies inside the view, nothing beyond its right edge.
        seen["beyond"] = [
            model.headerData(c, header.orientation()) for c in shown
            if header.sectionViewportPosition(c) + header.sectionSize(c)
            > tree.viewport().width()]
        sidebar = dialog.findChild(QListView, "sidebar")
        places = [str(sidebar.model().index(r, 0).data())
                  for r in range(sidebar.model().rowCount())]
        seen["places"] = places
        seen["places_cut"] = [
            name for r, name in enumerate(places)
            if sidebar.visualRect(sidebar.model().index(r, 0)).left()
            + sidebar.iconSize().width() + metrics.horizontalAdvance(name)
            > sidebar.viewport().width()]
        if picture:
            dialog.grab().save(picture)
        dialog.reject()

    QTimer.singleShot(0, wait_for_the_folder)
    seen["chosen"] = file_dialogs.save_file_name(
        None, "Exporter l’atelier", str(folder / "a.fabundle"), "Paquets (*.fabundle)")
    return seen


def laptop_screen(tmp_path: Path, width: int = 1366, height: int = 768) -> str:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


def test_the_file_dialog_is_in_french_and_fits_its_text_at_175_percent(tmp_path):
    folder = tmp_path / "ateliers"
    folder.mkdir()
    for name in ("un-dossier", "un autre dossier"):
        (folder / name).mkdir()
    (folder / "atelier-3.fabundle").write_bytes(b"x" * 5000)
    out = subprocess.run(
        [PYTHON, "-m", "tests.ui.test_file_dialogs", str(folder), "1.75"], cwd=ROOT,
        capture_output=True, text=True, timeout=120,
        env=child_env(QT_QPA_PLATFORM=laptop_screen(tmp_path)))
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["chosen"] == ""
    words = set(seen["labels"]) | set(seen["columns"]) | set(seen["kinds"].values()) \
        | set(seen["places"])
    assert not words & ENGLISH, words & ENGLISH
    assert "&Voir dans\u00a0:" in seen["labels"] and "Fichiers de &type\u00a0:" in seen["labels"]
    assert seen["kinds"]["un-dossier"] == "Dossier"
    assert seen["columns"] == ["Nom", "Taille", "Type", "Dernière modification"]
    assert seen["cut"] == [] and seen["beyond"] == [] and seen["places_cut"] == []


if __name__ == "__main__":
    print(json.dumps(look_at_the_dialog(Path(sys.argv[1]), float(sys.argv[2]),
                                        sys.argv[3] if len(sys.argv) > 3 else "")))
