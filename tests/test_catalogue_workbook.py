"""The catalogue workbook: the template organisers fill in, and the reader that checks it."""

from __future__ import annotations

import logging
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path

import openpyxl
import pytest

from facilitator_app import i18n
from facilitator_app.catalogue import builtin_catalogue, load_catalogue
from facilitator_app.catalogue.template import write_template
from facilitator_app.catalogue.workbook import MAX_ROWS, load_workbook_catalogue
from facilitator_app.cli import main
from facilitator_app.domain import Completion, Milestone
from facilitator_app.errors import CatalogueError

SHEETS = ["Instructions", "Événement", "Programme", "Ateliers", "Engagements"]
LABELS_FR = ["non commencé", "limité", "substantiel", "achevé"]


@pytest.fixture(autouse=True)
def french(monkeypatch):
    # main() picks its language from the environment; the assertions below are in French.
    monkeypatch.setenv("FACILITATOR_APP_LANG", "fr")
    i18n.set_language("fr")
    yield
    i18n.set_language("fr")
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_facilitator", False):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def kit(tmp_path) -> Path:
    path = tmp_path / "kit.xlsx"
    write_template(path)
    return path


def edited(path: Path, edit: Callable) -> Path:
    workbook = openpyxl.load_workbook(path)
    edit(workbook)
    workbook.save(path)
    return path


def check(tmp_path: Path, file: Path, *extra: str) -> int:
    return main(["--data-dir", str(tmp_path / "data"), *extra, "catalogue", "check", str(file)])


# --- the template and its round trip -------------------------------------------------------

def test_template_reads_back_as_the_builtin_catalogue(kit):
    assert load_workbook_catalogue(kit) == builtin_catalogue()
    assert load_catalogue(kit) == builtin_catalogue()  # through the .xlsx dispatch too


def test_template_has_the_documented_sheets_headings_and_dropdown(kit):
    workbook = openpyxl.load_workbook(kit)
    assert workbook.sheetnames == SHEETS
    headings = {name: [c.value for c in workbook[name][1]] for name in SHEETS[1:]}
    assert headings == {
        "Événement": ["Champ", "Valeur"],
        "Programme": ["Début HH:MM", "Fin HH:MM", "Intitulé"],
        "Ateliers": ["Numéro", "Titre", "Salle", "Animateurs (séparés par « ; »)",
                     "Engagements (numéros séparés par « ; »)"],
        "Engagements": ["Numéro", "Titre", "Intitulé officiel", "Porteur", "Identifiant OGP",
                        "Avancement",
                        "Jalons (un par ligne ; préfixer « [x] » pour un jalon atteint)",
                        "Description"],
    }
    assert [workbook["Événement"].cell(row=r, column=1).value for r in range(2, 8)] == [
        "Identifiant du catalogue", "Version", "Titre de l'événement", "Date (AAAA-MM-JJ)",
        "Institution hôte", "Lieu"]
    for name in SHEETS[1:]:
        sheet = workbook[name]
        assert sheet.freeze_panes == "A2"
        assert all(cell.font.b for cell in sheet[1])
        widths = [sheet.column_dimensions[c.column_letter].width for c in sheet[1]]
        assert min(widths) >= 10 and max(widths) >= 50
        assert sheet["B2"].alignment.wrap_text
    (validation,) = workbook["Engagements"].data_validations.dataValidation
    assert validation.type == "list"
    assert validation.formula1 == '"' + ",".join(LABELS_FR) + '"'
    assert str(validation.sqref).startswith("F2:F")
    assert LABELS_FR == [c.label_fr for c in Completion]
    instructions = "\n".join(str(c.value) for c in workbook["Instructions"]["A"] if c.value)
    assert "facilitator-app catalogue check FICHIER.xlsx" in instructions
    assert all(f"« {label} »" in instructions for label in LABELS_FR)
    assert "Engagements" in instructions and "[x]" in instructions


def test_awkward_values_survive_the_round_trip_as_text(tmp_path):
    base = builtin_catalogue()
    first, second = base.engagements[:2]
    catalogue = replace(base, version="1.10", engagements=(
        replace(first, title='=HYPERLINK("http://example.org","clic")', carrier="#N/A",
                ogp_id="0012", completion=Completion.COMPLETED, description="ligne 1\nligne 2",
                milestones=(Milestone("Rapport publié", True), Milestone("[brouillon] relu"),
                            Milestone("[x] pas encore"), Milestone("Suivi"))),
        replace(second, completion=Completion.NOT_STARTED),
        *base.engagements[2:]),
        ateliers=(replace(base.ateliers[0], facilitators=("Dupont, Jean", "+33 1 23")),
                  *base.ateliers[1:]))
    path = tmp_path / "awkward.xlsx"
    write_template(path, catalogue)
    assert load_workbook_catalogue(path) == catalogue
    cell = openpyxl.load_workbook(path)["Engagements"]["B2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_excel_typed_values_and_short_forms_are_accepted(kit):
    def edit(wb):
        wb["Événement"]["B5"] = datetime(2016, 6, 21)
        wb["Programme"]["A5"], wb["Programme"]["B5"] = time(18, 20), time(19, 20)
        wb["Programme"]["A2"] = 17.5 / 24  # an unformatted Excel time
        wb["Engagements"]["A2"] = "4"
        wb["Ateliers"]["A3"] = 2.0
        wb["Ateliers"]["E2"] = 4
        wb["Ateliers"]["E3"] = "12,13"
        wb["Ateliers"]["D3"] = "Paula Forteza;Céline Pelletier\nFrançoise Waintrop"
        wb["Engagements"]["F1"] = "  avancement "  # headings compare without case or spaces
    assert load_workbook_catalogue(edited(kit, edit)) == builtin_catalogue()


def test_text_date_and_hour_forms_are_accepted(kit):
    def edit(wb):
        wb["Événement"]["B5"] = "2016-06-21"
        wb["Programme"]["A2"] = "17h30"
    assert load_workbook_catalogue(edited(kit, edit)) == builtin_catalogue()


def test_empty_rows_extra_columns_and_reordered_columns_are_fine(kit):
    def edit(wb):
        ateliers = wb["Ateliers"]
        for row in ateliers.iter_rows():  # swap Titre and Salle
            row[1].value, row[2].value = row[2].value, row[1].value
        ateliers.insert_rows(4, 2)
        ateliers["B5"] = "   "
        ateliers["F1"], ateliers["F4"] = "Notes", "une note sur une ligne sans atelier"
        wb["Engagements"].insert_rows(2)
        wb["Programme"].append([None, None, None])
    catalogue = load_workbook_catalogue(edited(kit, edit))
    assert catalogue == builtin_catalogue()


def test_completion_labels_read_back(kit):
    def edit(wb):
        for row, label in enumerate(["non commencé", "LIMITÉ", "substantial", "achevé"], start=2):
            wb["Engagements"].cell(row=row, column=6).value = label
    catalogue = load_workbook_catalogue(edited(kit, edit))
    assert [e.completion for e in catalogue.engagements[:5]] == [*Completion, None]


def test_write_template_without_catalogue_is_the_builtin_example(tmp_path):
    write_template(tmp_path / "a.xlsx")
    write_template(tmp_path / "b.xlsx", builtin_catalogue())
    example = load_workbook_catalogue(tmp_path / "a.xlsx")
    assert example == load_workbook_catalogue(tmp_path / "b.xlsx") == builtin_catalogue()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xlsx", "b.xlsx"]  # no leftovers


def test_cli_template_then_check(tmp_path, capsys):
    out = tmp_path / "kit.xlsx"
    code = main(["--data-dir", str(tmp_path / "data"), "catalogue", "template", "-o", str(out)])
    assert code == 0
    assert out.is_file()
    capsys.readouterr()
    assert check(tmp_path, out) == 0
    stdout = capsys.readouterr().out
    assert "catalogue valide « Ministère ouvert #1 »" in stdout and "5 ateliers" in stdout


def test_cli_template_into_a_missing_folder_fails_cleanly(tmp_path, capsys):
    out = tmp_path / "absent" / "kit.xlsx"
    code = main(["--data-dir", str(tmp_path / "data"), "catalogue", "template", "-o", str(out)])
    assert code == 1
    assert "impossible d’écrire" in capsys.readouterr().err
    assert not out.parent.exists()


def test_starting_the_app_does_not_load_openpyxl():
    code = ("import sys, facilitator_app.cli, facilitator_app.catalogue as c; "
            "c.builtin_catalogue(); c.catalogue_to_dict(c.builtin_catalogue()); "
            "assert 'openpyxl' not in sys.modules, 'openpyxl imported'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# --- broken workbooks ------------------------------------------------------------------------

def _sheet_edit(edit: Callable) -> Callable[[Path], Path]:
    def build(tmp_path: Path) -> Path:
        path = tmp_path / "kit.xlsx"
        write_template(path)
        return edited(path, edit)
    return build


def _set(sheet: str, **cells) -> Callable[[Path], Path]:
    def edit(wb):
        for ref, value in cells.items():
            wb[sheet][ref] = value
    return _sheet_edit(edit)


def _raw(name: str, content: bytes | None = None, members: dict | None = None):
    def build(tmp_path: Path) -> Path:
        path = tmp_path / name
        if members is None:
            path.write_bytes(content or b"")
        else:
            with zipfile.ZipFile(path, "w") as archive:
                for member, data in members.items():
                    archive.writestr(member, data)
        return path
    return build


def _damaged_sheet(tmp_path: Path) -> Path:
    good = tmp_path / "good.xlsx"
    write_template(good)
    path = tmp_path / "kit.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet4.xml":
                data = data[: len(data) // 2]  # cut in the middle of an element
            target.writestr(item, data)
    return path


def _too_many_rows(tmp_path: Path) -> Path:
    def edit(wb):
        for i in range(MAX_ROWS):
            wb["Programme"].append(["20:00", "", f"Moment {i}"])
    return _sheet_edit(edit)(tmp_path)


def _too_big(tmp_path: Path) -> Path:
    path = tmp_path / "kit.xlsx"
    with path.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: costs no disk space
    return path


def _number_in_date_cell(wb) -> None:
    cell = wb["Événement"]["B5"]
    cell.value, cell.number_format = 42542, "General"  # without a date format: just a number


def _delete_row(sheet: str, row: int) -> Callable[[Path], Path]:
    return _sheet_edit(lambda wb: wb[sheet].delete_rows(row))


# name, how to build the broken file, what the French message must contain
BROKEN = [
    ("missing sheet", _sheet_edit(lambda wb: wb.remove(wb["Ateliers"])),
     ["feuille « Ateliers »", "la feuille manque", "« Engagements »"]),
    ("renamed heading", _set("Engagements", B1="Intitulé court"),
     ["feuille « Engagements », ligne 1, colonne B (Intitulé court)", "l’en-tête « Titre »"]),
    ("deleted heading", _set("Ateliers", E1=None),
     ["feuille « Ateliers », ligne 1",
      "la colonne « Engagements (numéros séparés par « ; ») » manque"]),
    ("duplicate engagement", _set("Engagements", A3=4),
     ["feuille « Engagements », ligne 3, colonne A (Numéro)", "l’engagement 4 figure deux fois"]),
    ("unknown engagement in atelier", _set("Ateliers", E3="12 ; 99"),
     ["feuille « Ateliers », ligne 3, colonne E (Engagements), élément 2",
      "l’engagement 99 ne figure pas parmi les engagements du catalogue"]),
    ("text in number column", _set("Engagements", A5="treize"),
     ["feuille « Engagements », ligne 5, colonne A (Numéro)",
      "« treize » n’est pas un numéro entier"]),
    ("decimal in number list", _set("Ateliers", E2=12.13),
     ["feuille « Ateliers », ligne 2, colonne E (Engagements)", "12.13", "« ; »"]),
    ("bad text date", _set("Événement", B5="21/06/2016"),
     ["feuille « Événement », ligne 5, colonne B (Date)",
      "« 21/06/2016 » n’est pas une date écrite AAAA-MM-JJ"]),
    ("number as date", _sheet_edit(_number_in_date_cell),
     ["feuille « Événement », ligne 5, colonne B (Date)", "une date est attendue (AAAA-MM-JJ)"]),
    ("bad time", _set("Programme", A3="25:00"),
     ["feuille « Programme », ligne 3, colonne A (Début)",
      "« 25:00 » n’est pas une heure écrite HH:MM"]),
    ("date as time", _set("Programme", B3=datetime(2016, 6, 21, 18, 0)),
     ["feuille « Programme », ligne 3, colonne B (Fin)", "une heure est attendue (HH:MM)"]),
    ("unknown completion", _set("Engagements", F2="presque fini"),
     ["feuille « Engagements », ligne 2, colonne F (Avancement)", "« presque fini »",
      "non commencé, limité, substantiel, achevé"]),
    ("empty title", _set("Engagements", B4="   "),
     ["feuille « Engagements », ligne 4, colonne B (Titre)", "ne doit pas être vide"]),
    ("empty milestone", _set("Engagements", G2="[x] Rapport\n[x]"),
     ["feuille « Engagements », ligne 2, colonne G (Jalons), élément 2", "ne doit pas être vide"]),
    ("bad catalogue id", _set("Événement", B2="Mon Catalogue"),
     ["feuille « Événement », ligne 2, colonne B (Identifiant du catalogue)", "minuscules"]),
    ("missing event field", _delete_row("Événement", 6),
     ["feuille « Événement »", "la ligne « Institution hôte » manque"]),
    ("unknown event field", _set("Événement", A7="Adresse"),
     ["feuille « Événement », ligne 7, colonne A (Champ)", "champ inconnu « Adresse »"]),
    ("atelier without engagement", _set("Ateliers", E6=None),
     ["feuille « Ateliers », ligne 6, colonne E (Engagements)", "au moins un élément"]),
    ("empty sheet", _sheet_edit(lambda wb: wb["Engagements"].delete_rows(1, 20)),
     ["feuille « Engagements », ligne 1", "la colonne « Numéro » manque"]),
    ("too many rows", _too_many_rows,
     [f"feuille « Programme », ligne {MAX_ROWS + 2}", f"plus de {MAX_ROWS} lignes"]),
    ("not a zip file", _raw("kit.xlsx", b"Numero;Titre\n4;Evaluation\n"),
     ["n’est pas un classeur Excel lisible"]),
    ("zip that is not a workbook", _raw("kit.xlsx", members={"lisez-moi.txt": "bonjour"}),
     ["n’est pas un classeur Excel lisible"]),
    ("damaged sheet", _damaged_sheet, ["n’est pas un classeur Excel lisible"]),
    ("file too big", _too_big, ["22020096 octets", "au plus 20971520"]),
]


broken_cases = pytest.mark.parametrize(("build", "fragments"), [c[1:] for c in BROKEN],
                                       ids=[c[0] for c in BROKEN])


@broken_cases
def test_broken_workbook_names_file_and_place(tmp_path, build, fragments):
    path = build(tmp_path)
    with pytest.raises(CatalogueError) as info:
        load_workbook_catalogue(path)
    text = str(info.value)
    assert text.startswith(f"{path.name}, ") or text.startswith(f"{path.name} : ")
    for fragment in fragments:
        assert fragment in text


@broken_cases
def test_cli_check_refuses_broken_workbook(tmp_path, capsys, build, fragments):
    path = build(tmp_path)
    assert check(tmp_path, path) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"facilitator-app: {path.name}")
    assert all(fragment in captured.err for fragment in fragments)
    assert "Traceback" not in captured.err


def test_messages_in_english(tmp_path, capsys):
    path = _set("Engagements", A3=4)(tmp_path)
    try:
        i18n.set_language("en")
        with pytest.raises(CatalogueError) as info:
            load_workbook_catalogue(path)
        assert str(info.value) == (
            "kit.xlsx, sheet 'Engagements', row 3, column A (Numéro): engagement 4 is listed twice")
    finally:
        i18n.set_language("fr")
    assert str(info.value).endswith("l’engagement 4 figure deux fois")  # rendered when shown
    assert check(tmp_path, path, "--lang", "en") == 2
    assert "sheet 'Engagements', row 3, column A (Numéro)" in capsys.readouterr().err
