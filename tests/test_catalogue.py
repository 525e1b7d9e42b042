"""The built-in catalogue against the seed document, and JSON catalogues good and broken."""

from __future__ import annotations

import copy
import json
import re
from datetime import date
from pathlib import Path

import pytest

from facilitator_app import i18n
from facilitator_app.catalogue import builtin_catalogue, catalogue_to_dict, load_catalogue
from facilitator_app.catalogue.model import catalogue_from_dict
from facilitator_app.cli import main
from facilitator_app.domain import GUIDING_QUESTIONS
from facilitator_app.errors import CatalogueError

from .conftest import ROOT

SEED = ROOT.parent / "shared" / "seed" / "ministere-ouvert-1.md"

# Transcribed from the seed document (Ministère ouvert #1, 21 June 2016), page 5-6.
EXPECTED_ATELIERS = [
    (1, "Evaluation des politiques publiques", "Cantine",
     ("Vincent Lahuec", "Guillaume Thibault"), (4,)),
    (2, "Expression citoyenne et collaboration autour de l'élaboration de la loi", "Salle B",
     ("Paula Forteza", "Céline Pelletier", "Françoise Waintrop"), (12, 13)),
    (3, "Ouverture des données et des codes sources", "Salle 109", ("Simon Chignard",),
     (11, 15, 16)),
    (4, "Etat plateforme et administration numérique", "Salle de la Chapelle",
     ("Amélie Banzet", "Guillaume Blot", "Bénédicte Roullier"), (17, 18)),
    (5, "Culture de l'ouverture et de l'innovation", "Salle de Marbre",
     ("Jean-Baptiste Bodin", "Sarah Labelle"), (21, 22)),
]
EXPECTED_ENGAGEMENTS = {
    4: "Evaluation des politiques publiques",
    11: "Coproduire avec la société civile les registres de données essentielles à la société "
        "et l'économie",
    12: "Poursuivre l'ouverture des ressources juridiques et la collaboration avec la "
        "société civile",
    13: "Capitaliser sur les consultations menées et rénover les dispositifs d'expression "
        "citoyenne",
    15: "Renforcer la politique d'ouverture et de circulation des données",
    16: "Favoriser l'ouverture des modèles de calcul et des simulateurs de l'Etat",
    17: "Transformer les ressources technologiques de l'Etat en plateforme ouverte",
    18: "Mieux interagir avec l'utilisateur et améliorer les services publics grâce à "
        "l'administration numérique",
    21: "Diffuser la culture de l'ouverture, des données et du numérique",
    22: "Diffuser l'innovation et approfondir la recherche sur le gouvernement ouvert",
}


def test_builtin_catalogue_is_the_seed_event():
    cat = builtin_catalogue()
    assert cat.event.title == "Ministère ouvert #1"
    assert cat.event.date == date(2016, 6, 21)
    assert cat.event.host == ("Secrétariat d'État chargé de la Réforme de l'État et de la "
                              "Simplification")
    got = [(a.number, a.title, a.room, a.facilitators, a.engagement_numbers) for a in cat.ateliers]
    assert got == EXPECTED_ATELIERS
    assert {e.number: e.title for e in cat.engagements} == EXPECTED_ENGAGEMENTS
    assert cat.engagement(4).official_title == (
        "Ouvrir l'accès aux évaluations de politiques publiques et à leurs conclusions")
    assert [(a.start, a.end) for a in cat.event.agenda] == [
        ("17:30", ""), ("18:00", ""), ("18:10", ""), ("18:20", "19:20"), ("19:20", ""),
        ("19:40", "20:15")]
    assert [e.ogp_id for e in cat.engagements_of(3)] == ["FR0014", "FR0018", "FR0019"]


def test_four_guiding_questions_have_stable_keys_and_both_languages():
    assert [q.key for q in GUIDING_QUESTIONS] == [
        "indicators", "inspirations", "challenges", "commitments"]
    assert GUIDING_QUESTIONS[0].label("fr").startswith("Quels indicateurs")
    assert all(q.label_fr and q.label_en and q.label_fr != q.label_en for q in GUIDING_QUESTIONS)


@pytest.mark.skipif(not SEED.exists(),
                    reason="the shared seed document is beside CI's checkout only")
def test_builtin_catalogue_agrees_with_the_seed_document_text():
    seed = SEED.read_text(encoding="utf-8")
    cat = builtin_catalogue()
    for atelier in cat.ateliers:
        assert re.search(rf"Atelier {atelier.number} : {re.escape(atelier.title)}", seed, re.I) or \
            atelier.title.replace("Etat plateforme", "Etat-plateforme") in seed
        assert atelier.room in seed
        for name in atelier.facilitators:
            assert name in seed
    for engagement in cat.engagements:
        assert re.search(rf"Engagement {engagement.number} [–-] "
                         rf"{re.escape(engagement.title)}", seed)


def write(tmp_path: Path, data, name="cat.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def good() -> dict:
    return copy.deepcopy(catalogue_to_dict(builtin_catalogue()))


def test_json_catalogue_round_trips(tmp_path):
    path = write(tmp_path, good())
    assert load_catalogue(path) == builtin_catalogue()


def broken(mutate):
    data = good()
    mutate(data)
    return data


BROKEN = [
    ("missing field", lambda d: d["engagements"][2].pop("title"),
     "$.engagements[2].title", "le champ « title » manque"),
    ("unknown field", lambda d: d["ateliers"][0].update(salle="x"),
     "$.ateliers[0].salle", "champ inconnu"),
    ("duplicate engagement", lambda d: d["engagements"][1].update(number=4),
     "$.engagements[1].number", "l’engagement 4 figure deux fois"),
    ("unknown engagement", lambda d: d["ateliers"][2]["engagements"].append(99),
     "$.ateliers[2].engagements[3]", "l’engagement 99 ne figure pas"),
    ("bad date", lambda d: d["event"].update(date="21/06/2016"),
     "$.event.date", "AAAA-MM-JJ"),
    ("bad time", lambda d: d["event"]["agenda"][0].update(start="25:00"),
     "$.event.agenda[0].start", "HH:MM"),
    ("bad completion", lambda d: d["engagements"][0].update(completion="done"),
     "$.engagements[0].completion", "« done »"),
    ("empty title", lambda d: d["ateliers"][1].update(title="  "),
     "$.ateliers[1].title", "ne doit pas être vide"),
    ("number as text", lambda d: d["ateliers"][1].update(number="deux"),
     "$.ateliers[1].number", "nombre entier"),
    ("no ateliers", lambda d: d.update(ateliers=[]), "$.ateliers", "au moins un"),
    ("newer format", lambda d: d.update(format_version=7), "$.format_version",
     "mettez l’application à jour"),
    ("bad id", lambda d: d.update(id="Mon Catalogue"), "$.id", "minuscules"),
]


@pytest.mark.parametrize("name,mutate,where,what", BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_json_catalogue_names_file_place_and_problem(tmp_path, name, mutate, where, what):
    path = write(tmp_path, broken(mutate), "kit.json")
    with pytest.raises(CatalogueError) as err:
        load_catalogue(path)
    message = str(err.value)
    assert message.startswith(f"kit.json, {where} : "), message
    assert what in message


@pytest.mark.parametrize("raw,what", [
    (b'{"id": 1, "id": 2}', "apparaît deux fois"),
    (b'{"x": NaN}', "NaN n’est pas permis"),
    (b'{"format": "facilitator-app/catalogue",', "ligne 1, colonne"),
    (b"\xff\xfe{}", "pas du texte UTF-8"),
    (b"[]", "un objet avec des champs nommés"),
])
def test_non_strict_or_malformed_json_is_refused(tmp_path, raw, what):
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    with pytest.raises(CatalogueError) as err:
        load_catalogue(path)
    assert str(err.value).startswith("bad.json") and what in str(err.value)


def test_a_byte_order_mark_and_a_version_written_as_a_long_number_are_accepted(tmp_path):
    from facilitator_app.catalogue import catalogue_sha256

    data = good()
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(data, ensure_ascii=False).encode())
    assert catalogue_sha256(load_catalogue(path)) == catalogue_sha256(catalogue_from_dict(
        data, "x"))
    data["version"] = 20240601123045123  # 17 digits: more than a bundle's numbers may have
    assert load_catalogue(write(tmp_path, data)).version == "20240601123045123"
    data["version"] = int("9" * 41)  # more characters than a version may have
    with pytest.raises(CatalogueError, match="plus que les 40 chiffres permis"):
        load_catalogue(write(tmp_path, data))


def test_messages_render_in_english_too(tmp_path):
    path = write(tmp_path, broken(lambda d: d["engagements"][2].pop("carrier")), "kit.json")
    with pytest.raises(CatalogueError) as err:
        load_catalogue(path)
    i18n.set_language("en")
    assert str(err.value) == "kit.json, $.engagements[2].carrier: the field 'carrier' is missing"


def test_validation_takes_any_locator():
    data = broken(lambda d: d["engagements"][0].update(number=0))
    with pytest.raises(CatalogueError) as err:
        catalogue_from_dict(data, "kit.xlsx", locate=lambda path: f"cell {path}")
    assert "cell ('engagements', 0, 'number')" in str(err.value)


def test_cli_check_reports_valid_and_broken(tmp_path, capsys):
    ok = write(tmp_path, good(), "ok.json")
    assert main(["catalogue", "check", str(ok)]) == 0
    assert "catalogue valide « Ministère ouvert #1 »" in capsys.readouterr().out
    bad = write(tmp_path, broken(lambda d: d["event"].pop("host")), "bad.json")
    assert main(["catalogue", "check", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.json, $.event.host : le champ « host » manque" in err
    assert "Traceback" not in err
