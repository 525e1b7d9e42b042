"""A workbook's cells may hold what a contribution or a name may not: the import makes them fit
(the text rules of ``facilitator_app.text_rules``) rather than store them raw."""

from __future__ import annotations

from facilitator_app.sheet import import_sheet, write_template
from facilitator_app.text_rules import contribution_problem, name_problem, notes_problem
from tests.test_sheet import fill, put


def test_imported_cells_are_made_fit_for_the_text_rules(tmp_path, store, catalogue):
    blank = tmp_path / "atelier-3.xlsx"
    write_template(catalogue, 3, blank)

    def answers(workbook) -> None:
        atelier = workbook["Atelier"]
        atelier["B4"] = "Simon\tChignard ; Dupont,\u2028Jean"
        atelier["B6"] = "Etalab\tmission"
        sheet = workbook["Engagement 11"]
        put(sheet, "c:indicators:1", "Ligne 1\r\nLigne 2\ufeff")
        put(sheet, "c:indicators:2", "\t \u3000")  # only white space: no contribution
        put(sheet, "notes", "Q\u00a0?\tR.")

    result = import_sheet(store, fill(blank, tmp_path / "filled.xlsx", answers), [catalogue])
    run = result.run
    assert run.facilitators == ("Simon Chignard", "Dupont, Jean")
    assert run.organisations == ("Etalab mission",)
    texts = [c.text for c in store.contributions(run.uuid)]
    assert texts == ["Ligne 1\nLigne 2\ufeff"] and result.added == 1
    assert all(contribution_problem(t) is None for t in texts)
    assert all(name_problem(n) is None for n in run.facilitators + run.organisations)
    assert all(notes_problem(n.text) is None for n in store.notes(run.uuid).values())
