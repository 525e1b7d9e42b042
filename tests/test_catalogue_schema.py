"""The published catalogue schema (resources/schemas/catalogue-1.schema.json) and the code
that reads catalogues (catalogue_from_dict) give the same verdicts.

Each case is judged three times: by the app's own validator (facilitator_app.json_schema), by
catalogue_from_dict, and, when it is installed, by the ``jsonschema`` package. What the schema
cannot say (uniqueness, cross references) and where the app is knowingly more lenient than the
schema (trimmed white space, a whole-number version) have their own
tests, so that a change on either side shows here.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from facilitator_app.bundle import format as fmt
from facilitator_app.catalogue import builtin_catalogue, catalogue_from_dict, catalogue_to_dict
from facilitator_app.errors import CatalogueError
from facilitator_app.json_schema import Schema, SchemaViolation
from facilitator_app.resources import resource_path
from tests.support.bundles import members_of, valid_bundle

SCHEMA_PATH = resource_path("schemas", "catalogue-1.schema.json")
SCHEMA_DOC = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
SCHEMA = Schema(SCHEMA_DOC)
CATALOGUE_FILES = sorted(resource_path("catalogues").glob("*.json"))

# A catalogue with every optional field present, both forms of milestone and every kind of text.
FULL: dict[str, Any] = {
    "format": "facilitator-app/catalogue",
    "format_version": 1,
    "id": "test-cat_1.0",
    "version": "2016-06-21.2",
    "event": {
        "title": "Ministère ouvert #1",
        "date": "2016-06-21",
        "host": "Secrétariat d'État",
        "venue": "Paris",
        "agenda": [{"start": "17:30", "end": "", "label": "Accueil"},
                   {"start": "18:20", "end": "19:20", "label": "Ateliers"},
                   {"start": "19:40", "label": "Clôture"}],
    },
    "engagements": [
        {"number": 4, "title": "Évaluation", "official_title": "Ouvrir l'accès",
         "carrier": "SGMAP", "ogp_id": "FR0006", "completion": "limited",
         "milestones": [{"title": "Publier", "done": True}, {"title": "Former"}, "Mesurer"],
         "description": "Ligne 1\nLigne 2\tavec tabulation 🌍 مشاركة"},
        {"number": 11, "title": "Registres", "carrier": "Etalab", "completion": None},
    ],
    "ateliers": [
        {"number": 3, "title": "Données", "room": "Salle 1",
         "facilitators": ["Simon Chignard"], "engagements": [11, 4]},
        {"number": 5, "title": "Codes sources", "engagements": [4]},
    ],
}


def app_schema_accepts(document: Any) -> bool:
    try:
        SCHEMA.validate(document)
    except SchemaViolation:
        return False
    return True


def code_accepts(document: Any) -> bool:
    try:
        catalogue_from_dict(copy.deepcopy(document), "test.json")
    except CatalogueError:
        return False
    return True


def jsonschema_validator():
    jsonschema = pytest.importorskip("jsonschema")
    return jsonschema.Draft202012Validator(SCHEMA_DOC)


def changed(*steps: tuple[tuple, Any]) -> dict:
    """FULL with the value at each path replaced (``DELETE`` removes the key)."""
    document = copy.deepcopy(FULL)
    for path, value in steps:
        parent = document
        for key in path[:-1]:
            parent = parent[key]
        if value is DELETE:
            del parent[path[-1]]
        else:
            parent[path[-1]] = value
    return document


DELETE = object()
E0 = ("engagements", 0)
A0 = ("ateliers", 0)
M0 = E0 + ("milestones", 0)
AG0 = ("event", "agenda", 0)

# (path, limit, optional): every text field with the limit catalogue_from_dict applies.
TEXTS = [
    (("version",), 40, False),
    (("event", "title"), 200, False),
    (("event", "host"), 300, False),
    (("event", "venue"), 300, True),
    (AG0 + ("label",), 10_000, False),
    (E0 + ("title",), 500, False),
    (E0 + ("official_title",), 500, True),
    (E0 + ("carrier",), 500, False),
    (E0 + ("ogp_id",), 20, True),
    (E0 + ("description",), 10_000, True),
    (M0 + ("title",), 500, False),
    (E0 + ("milestones", 2), 500, False),
    (A0 + ("title",), 300, False),
    (A0 + ("room",), 200, True),
    (A0 + ("facilitators", 0), 200, False),
]

REQUIRED = {
    (): ["format", "format_version", "id", "version", "event", "ateliers", "engagements"],
    ("event",): ["title", "date", "host"],
    AG0: ["start", "label"],
    E0: ["number", "title", "carrier"],
    M0: ["title"],
    A0: ["number", "title", "engagements"],
}

INVALID: dict[str, dict | Any] = {
    "not an object": [FULL],
    **{f"missing {'.'.join(map(str, path + (key,)))}": changed((path + (key,), DELETE))
       for path, keys in REQUIRED.items() for key in keys},
    **{f"extra field in {'.'.join(map(str, path)) or 'root'}": changed((path + ("colour",), "red"))
       for path in REQUIRED},
    "other format": changed((("format",), "facilitator-app/bundle")),
    "format_version as text": changed((("format_version",), "1")),
    "format_version true": changed((("format_version",), True)),
    "format_version 0": changed((("format_version",), 0)),
    "newer format_version": changed((("format_version",), 2)),
    "id upper-case": changed((("id",), "Ministere-ouvert")),
    "id empty": changed((("id",), "")),
    "id with a space": changed((("id",), "ministere ouvert")),
    "id starting with a dash": changed((("id",), "-ministere")),
    "id 81 characters": changed((("id",), "a" * 81)),
    "id a number": changed((("id",), 1)),
    "version a fraction": changed((("version",), 1.5)),
    "version null": changed((("version",), None)),
    "event a list": changed((("event",), [])),
    "date not in the calendar": changed((("event", "date"), "2016-02-30")),
    "date 29 February of a common year": changed((("event", "date"), "1900-02-29")),
    "date year 0": changed((("event", "date"), "0000-01-01")),
    "date French order": changed((("event", "date"), "21/06/2016")),
    "date without zeros": changed((("event", "date"), "2016-6-21")),
    "date a number": changed((("event", "date"), 20160621)),
    "date with a time": changed((("event", "date"), "2016-06-21T18:00")),
    "date in ISO 8601 basic form": changed((("event", "date"), "20160621")),
    "date as an ISO 8601 week date": changed((("event", "date"), "2016-W25-2")),
    "time with non-ASCII digits": changed((AG0 + ("start",), "1\u0667:30")),
    "version true": changed((("version",), True)),
    "atelier number 1000 (a bundle could not name it)": changed((A0 + ("number",), 1000)),
    "agenda null": changed((("event", "agenda"), None)),
    "agenda item a text": changed((AG0, "17:30 Accueil")),
    "start 24:00": changed((AG0 + ("start",), "24:00")),
    "start without a leading zero": changed((AG0 + ("start",), "9:30")),
    "start empty": changed((AG0 + ("start",), "")),
    "start with seconds": changed((AG0 + ("start",), "17:30:00")),
    "end 18h": changed((AG0 + ("end",), "18h")),
    "end null": changed((AG0 + ("end",), None)),
    "no engagement": changed((("engagements",), [])),
    "engagements an object": changed((("engagements",), {"4": FULL["engagements"][0]})),
    "engagement a number": changed((E0, 4)),
    "engagement number 0": changed((E0 + ("number",), 0), (A0 + ("engagements", 1), 0),
                                   (("ateliers", 1, "engagements", 0), 0)),
    "engagement number 10000": changed((E0 + ("number",), 10_000),
                                       (A0 + ("engagements", 1), 10_000),
                                       (("ateliers", 1, "engagements", 0), 10_000)),
    "engagement number as text": changed((E0 + ("number",), "4")),
    "engagement number a fraction": changed((E0 + ("number",), 4.5)),
    "engagement number true": changed((E0 + ("number",), True)),
    "completion unknown": changed((E0 + ("completion",), "done")),
    "completion capitalised": changed((E0 + ("completion",), "Limited")),
    "completion a number": changed((E0 + ("completion",), 1)),
    "completion false": changed((E0 + ("completion",), False)),
    "milestones an object": changed((E0 + ("milestones",), {"title": "Publier"})),
    "milestone a number": changed((M0, 3)),
    "milestone null": changed((M0, None)),
    "milestone done as text": changed((M0 + ("done",), "yes")),
    "milestone done null": changed((M0 + ("done",), None)),
    "no atelier": changed((("ateliers",), [])),
    "atelier without engagement": changed((A0 + ("engagements",), [])),
    "atelier number 0": changed((A0 + ("number",), 0)),
    "atelier number 10000": changed((A0 + ("number",), 10_000)),
    "atelier engagement as text": changed((A0 + ("engagements", 0), "11")),
    "atelier engagement 0": changed((A0 + ("engagements", 0), 0)),
    "atelier engagements a number": changed((A0 + ("engagements",), 4)),
    "facilitators a text": changed((A0 + ("facilitators",), "Simon Chignard")),
    "venue null": changed((("event", "venue"), None)),
    "description null": changed((E0 + ("description",), None)),
    "title with a carriage return": changed((("event", "title"), "Ministère\rouvert")),
    "title with a NUL": changed((("event", "title"), "Ministère\x00")),
    "title with an escape": changed((("event", "title"), "\x1b[31mrouge")),
    "label blank": changed((AG0 + ("label",), "   ")),
    **{f"{'.'.join(map(str, path))} too long": changed((path, "x" * (limit + 1)))
       for path, limit, _ in TEXTS},
    **{f"{'.'.join(map(str, path))} empty": changed((path, ""))
       for path, _, optional in TEXTS if not optional},
    **{f"{'.'.join(map(str, path))} a number": changed((path, 42.5))
       for path, _, _ in TEXTS},
}

VALID: dict[str, dict] = {
    "full": FULL,
    "only the required fields": {
        "format": "facilitator-app/catalogue", "format_version": 1, "id": "a", "version": "1",
        "event": {"title": "T", "date": "2016-06-21", "host": "H"},
        "engagements": [{"number": 1, "title": "E", "carrier": "C"}],
        "ateliers": [{"number": 1, "title": "A", "engagements": [1]}],
    },
    "as catalogue_to_dict writes it": catalogue_to_dict(builtin_catalogue()),
    "29 February of a leap year": changed((("event", "date"), "2016-02-29")),
    "29 February 2000": changed((("event", "date"), "2000-02-29")),
    "first and last dates": changed((("event", "date"), "0001-01-01")),
    "last date": changed((("event", "date"), "9999-12-31")),
    "times at the limits": changed((AG0 + ("start",), "00:00"), (AG0 + ("end",), "23:59")),
    "empty agenda and milestones": changed((("event", "agenda"), []), (E0 + ("milestones",), [])),
    "no facilitators": changed((A0 + ("facilitators",), [])),
    "completion empty": changed((E0 + ("completion",), "")),
    **{f"completion {value}": changed((E0 + ("completion",), value))
       for value in ("not_started", "limited", "substantial", "completed")},
    "numbers at the limits": changed(
        (E0 + ("number",), 9999), (A0 + ("engagements", 1), 9999),
        (("ateliers", 1, "engagements", 0), 9999), (("engagements", 1, "number"), 1),
        (A0 + ("engagements", 0), 1), (A0 + ("number",), 1), (("ateliers", 1, "number"), 999)),
    "id of 80 characters": changed((("id",), "a" * 80)),
    "text with DEL and no-break space inside": changed((("event", "title"), "a\x7f\xa0b")),
    "text of one character": changed((("event", "title"), "é")),
    **{f"{'.'.join(map(str, path))} at its limit": changed((path, "x" * limit))
       for path, limit, _ in TEXTS},
    **{f"{'.'.join(map(str, path))} empty": changed((path, ""))
       for path, _, optional in TEXTS if optional},
    **{f"{'.'.join(map(str, path))} absent": changed((path, DELETE))
       for path, _, optional in TEXTS if optional},
}

# Accepted by catalogue_from_dict, refused by the schema: the leniencies the schema's
# description and docs/bundle-format.md tell producers not to rely on.
LENIENT: dict[str, dict] = {
    "title with spaces around": changed((("event", "title"), "  Ministère ouvert #1 ")),
    "id with white space around": changed((("id",), " ministere-ouvert-1\t")),
    "optional text of spaces only": changed((("event", "venue"), "   ")),
    "text at its limit once trimmed": changed((("event", "title"), "x" * 200 + "  ")),
    "version a whole number": changed((("version",), 3)),
}

# Refused by catalogue_from_dict, accepted by the schema: what a schema cannot express.
NOT_EXPRESSIBLE: dict[str, dict] = {
    "engagement number twice": changed((("engagements", 1, "number"), 4),
                                       (A0 + ("engagements",), [4])),
    "atelier number twice": changed((("ateliers", 1, "number"), 3)),
    "atelier reviews an unknown engagement": changed((A0 + ("engagements", 0), 12)),
    "atelier lists an engagement twice": changed((A0 + ("engagements",), [4, 4])),
}


# (a) The shipped catalogues.

def test_the_schema_is_loaded_by_the_apps_validator_and_named_like_the_others():
    assert SCHEMA_DOC["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA_DOC["$id"] == "urn:facilitator-app:catalogue:1"
    assert CATALOGUE_FILES, "no catalogue under resources/catalogues"


@pytest.mark.parametrize("path", CATALOGUE_FILES, ids=lambda p: p.name)
def test_every_shipped_catalogue_validates(path: Path):
    document = json.loads(path.read_text(encoding="utf-8"))
    SCHEMA.validate(document)
    assert code_accepts(document)


def test_the_builtin_catalogue_validates_as_the_app_writes_it():
    SCHEMA.validate(catalogue_to_dict(builtin_catalogue()))


# (b) The catalogue.json member of a bundle.

def test_the_catalogue_member_of_an_exported_bundle_validates():
    document = json.loads(members_of(valid_bundle())[fmt.CATALOGUE])
    SCHEMA.validate(document)
    assert code_accepts(document)


def test_the_catalogue_member_of_an_exported_run_validates(store, catalogue, tmp_path):
    from facilitator_app.bundle.writer import export_run
    from tests.support.bundles import TEST_KEY

    run = store.start_run(catalogue, 3)
    done = export_run(store, run.uuid, TEST_KEY, tmp_path / "a.fabundle")
    SCHEMA.validate(json.loads(members_of(done.path.read_bytes())[fmt.CATALOGUE]))


# (c) The schema and catalogue_from_dict agree.

@pytest.mark.parametrize("name", sorted(VALID))
def test_both_accept(name: str):
    document = VALID[name]
    assert app_schema_accepts(document), name
    assert code_accepts(document), name


@pytest.mark.parametrize("name", sorted(INVALID))
def test_both_refuse(name: str):
    document = INVALID[name]
    assert not app_schema_accepts(document), f"the schema accepts: {name}"
    assert not code_accepts(document), f"catalogue_from_dict accepts: {name}"


@pytest.mark.parametrize("name", sorted(LENIENT))
def test_documented_leniencies_of_the_app(name: str):
    document = LENIENT[name]
    assert code_accepts(document)
    assert not app_schema_accepts(document)


@pytest.mark.parametrize("name", sorted(NOT_EXPRESSIBLE))
def test_what_only_the_code_checks(name: str):
    document = NOT_EXPRESSIBLE[name]
    assert app_schema_accepts(document)
    assert not code_accepts(document)


def test_a_whole_number_written_with_a_fraction_is_refused_by_the_apps_validator_only():
    # The app's validator, like the bundle reader, wants 4, not 4.0; catalogue_from_dict and
    # JSON Schema 2020-12 validators take 4.0 for an integer. Producers write integers.
    document = changed((("format_version",), 1.0), (("ateliers", 1, "number"), 5.0))
    assert code_accepts(document)
    assert not app_schema_accepts(document)


CHARACTERS = [chr(c) for c in range(0x21)] + [
    "\x7f", "\x85", "\xa0", "\u1680", "\u2000", "\u200a", "\u200b", "\u2028", "\u2029",
    "\u202f", "\u205f", "\u3000", "\ufeff", "\ufffd", "é", "🌍"]


@pytest.mark.parametrize("char", CHARACTERS, ids=lambda c: f"U+{ord(c):04X}")
def test_characters_in_texts(char: str):
    """Inside a text both agree on every character; at its ends the schema refuses white space
    that the app would trim, and never accepts what the app refuses."""
    for path, optional in ((("event", "title"), False), (("event", "venue"), True)):
        inside = changed((path, f"a{char}b"))
        assert app_schema_accepts(inside) == code_accepts(inside)
        for text in (f"{char}ab", f"ab{char}", char):
            document = changed((path, text))
            if app_schema_accepts(document):
                assert code_accepts(document)
            if not code_accepts(document):
                assert not app_schema_accepts(document)
            if text.strip() == text:
                assert app_schema_accepts(document) == code_accepts(document)


YEARS = [*range(0, 6), *range(1896, 1905), *range(1996, 2005), *range(2096, 2105),
         *range(2396, 2405), *range(9995, 10_000)]


def test_the_date_pattern_is_the_calendar():
    """The pattern accepts a YYYY-MM-DD text exactly when it is a date of the calendar."""
    document = copy.deepcopy(FULL)
    for year in YEARS:
        for month in range(0, 14):
            for day in range(0, 33):
                text = f"{year:04d}-{month:02d}-{day:02d}"
                try:
                    date.fromisoformat(text)
                    real = True
                except ValueError:
                    real = False
                document["event"]["date"] = text
                assert app_schema_accepts(document) == real, text
                if day in (0, 1, 28, 29, 30, 31) and month in (0, 1, 2, 4, 12, 13):
                    assert code_accepts(document) == real, text


def test_the_time_pattern_is_every_minute_of_the_day():
    for hour in range(0, 30):
        for minute in (0, 9, 10, 59, 60, 99):
            text = f"{hour:02d}:{minute:02d}"
            document = changed((AG0 + ("start",), text), (AG0 + ("end",), text))
            assert app_schema_accepts(document) == (hour < 24 and minute < 60) \
                == code_accepts(document), text


# (d) A JSON Schema 2020-12 library agrees.

def test_the_schema_is_a_valid_draft_2020_12_schema():
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(SCHEMA_DOC)


def _check_with_jsonschema(cases: dict[str, Any], expected: bool):
    validator = jsonschema_validator()
    for name, document in cases.items():
        assert validator.is_valid(document) == expected == app_schema_accepts(document), name


def test_jsonschema_accepts_what_the_app_accepts():
    _check_with_jsonschema({**VALID, **NOT_EXPRESSIBLE,
                            **{path.name: json.loads(path.read_text(encoding="utf-8"))
                               for path in CATALOGUE_FILES}}, True)


def test_jsonschema_refuses_what_the_app_refuses():
    _check_with_jsonschema({**INVALID, **LENIENT}, False)


def test_jsonschema_validates_the_catalogue_member_of_a_bundle():
    validator = jsonschema_validator()
    validator.validate(json.loads(members_of(valid_bundle())[fmt.CATALOGUE]))
