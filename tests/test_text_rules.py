"""What a contribution, a note and a name may hold: the rules, their schema patterns, the
capture (typed, pasted, imported) and the reader of bundles (verify and merge)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import jsonschema
import pytest

from facilitator_app import text_rules as tr
from facilitator_app.bundle import format as fmt
from facilitator_app.bundle import read_bundle_bytes
from facilitator_app.capture import RunDocument
from facilitator_app.central.store import CentralStore
from facilitator_app.errors import BundleError
from facilitator_app.resources import resource_path
from tests.central.test_central_cli import _app
from tests.support.bundles import HOSTILE, members_of, valid_bundle

NOW = datetime(2016, 6, 21, 17, tzinfo=UTC)
C0 = [chr(c) for c in range(0x20) if chr(c) not in "\t\n"]
C1 = [chr(c) for c in range(0x7F, 0xA0)]
NONCHARACTERS = [chr(c) for c in range(0xFDD0, 0xFDF0)] + [
    chr(plane << 16 | low) for plane in range(17) for low in (0xFFFE, 0xFFFF)]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
        "\u2069", "\u200e", "\u200f", "\u061c"]
ALLOWED = ["a", "é", "\t", "\n", "\u00a0", "🌍", "م", "\u2028", "\ufeff", "\ufffd", *BIDI]
TEXT_CASES = ["avant\x00après", "\x1b[31m", "ding\x07", "fin\ufffe", "fin\U0010ffff"]


@pytest.mark.parametrize("ch", C0 + C1 + NONCHARACTERS)
def test_controls_and_noncharacters_are_refused_in_texts_and_names(ch):
    assert tr.contribution_problem(f"a{ch}b") and tr.notes_problem(f"a{ch}b")
    assert tr.name_problem(f"a{ch}b")
    assert tr.sanitise_text(f"a{ch}b") in ("ab", "a\nb") and tr.sanitise_name(f"a{ch}b") in (
        "ab", "a b")


@pytest.mark.parametrize("ch", ALLOWED)
def test_tab_line_feed_and_the_rest_of_unicode_are_allowed_in_texts(ch):
    assert tr.contribution_problem(f"a{ch}b") is None and tr.notes_problem(f"a{ch}b") is None
    assert (tr.name_problem(f"a{ch}b") is None) is (ch not in "\t\n\u2028")


def test_blank_texts_and_names_are_refused_but_empty_notes_are_not():
    for blank in ("", " ", "\t\n", "\u00a0\u3000\u2003"):
        assert tr.contribution_problem(blank) == "a contribution needs some text"
        assert tr.name_problem(blank) and tr.notes_problem(blank) is None
    assert tr.contribution_problem(" x ") is None


def test_pasted_text_is_made_fit_and_names_shown_with_their_bidi_controls_visible():
    assert tr.sanitise_text("Ligne 1\r\nLigne 2\rLigne 3\x1b[0m\x00") == \
        "Ligne 1\nLigne 2\nLigne 3[0m"
    assert tr.sanitise_name("  Simon\tChignard\r\n\x07 ") == "Simon Chignard"
    name = "Anne\u202eeirraM"
    assert tr.name_problem(name) is None  # kept
    assert tr.shown_name(name) == "Anne<U+202E>eirraM"
    assert tr.shown_name("مشاركة") == "مشاركة"


def _schema_text(member: str, *path: str) -> dict:
    schema = json.loads(resource_path("schemas", f"bundle-{member}-1.schema.json").read_text())
    node = schema
    for key in path:
        node = node[key]
    return node


@pytest.mark.parametrize("path,rule", [
    (("$defs", "contribution", "properties", "text"), tr.contribution_problem),
    (("$defs", "notes", "properties", "text"), tr.notes_problem),
    (("$defs", "name"), tr.name_problem),
])
def test_the_schema_patterns_say_what_the_rules_say_on_the_first_plane(path, rule):
    """Every character of the first plane but the surrogates (which strict JSON refuses), alone,
    in a text, and in white space: the published pattern and the rule agree."""
    pattern = re.compile(_schema_text("payload", *path)["pattern"].replace("$", r"\Z"))
    for code in [*range(0xD800), *range(0xE000, 0x10000)]:
        ch = chr(code)
        for text in (ch, f"x{ch}y", f" {ch} "):
            assert (pattern.search(text) is not None) is (rule(text) is None), (hex(code), text)


def test_any_json_schema_validator_applies_the_text_rules():
    payload = json.loads(members_of(valid_bundle())[fmt.PAYLOAD])
    validator = jsonschema.Draft202012Validator(_schema_text("payload"))
    validator.validate(payload)
    payload["contributions"][0]["text"] = "bip\x07"
    assert not validator.is_valid(payload)


def test_the_capture_refuses_what_no_bundle_may_hold():
    doc = RunDocument("run")
    for text in TEXT_CASES + ["   "]:
        with pytest.raises(ValueError):
            doc.add(11, "indicators", text, NOW)
    uuid = doc.add(11, "indicators", "  Ligne 1\nLigne 2\t(tab)  ", NOW)[0].uuid
    assert doc.get(uuid).text == "Ligne 1\nLigne 2\t(tab)"
    with pytest.raises(ValueError):
        doc.edit(uuid, "bip\x07", NOW)
    with pytest.raises(ValueError):
        doc.set_notes(11, "notes\x1b", NOW)
    assert doc.set_notes(11, "", NOW) is None and doc.get(uuid).revision == 1
    pasted = tr.sanitise_text("Copié\r\ndepuis un courriel\x0c")
    assert doc.edit(uuid, pasted, NOW)[0].text == "Copié\ndepuis un courriel"


TEXT_HOSTILE = ["nul-in-text", "escape-in-text", "bell-in-text", "noncharacter-in-text",
                "blank-text", "escape-in-name", "line-feed-in-name"]


@pytest.mark.parametrize("name", TEXT_HOSTILE)
def test_a_bundle_holding_what_the_capture_refuses_is_refused(name):
    rule, make = HOSTILE[name]
    with pytest.raises(BundleError) as refused:
        read_bundle_bytes(make(), f"{name}.fabundle")
    assert refused.value.rule == rule
    assert "\x1b" not in str(refused.value) and "\x07" not in str(refused.value)


def test_a_supplementary_noncharacter_is_refused_though_no_pattern_says_it():
    from tests.support.bundles import with_text
    with pytest.raises(BundleError) as refused:
        read_bundle_bytes(with_text(0, "fin\U0001fffe"), "plane-1.fabundle")
    assert refused.value.rule == "text" and "U+1FFFE" in str(refused.value)


def test_verify_and_merge_dry_run_refuse_texts_the_capture_refuses(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in TEXT_HOSTILE:
        (folder / f"{name}.fabundle").write_bytes(HOSTILE[name][1]())
    store = str(tmp_path / "central.sqlite")
    CentralStore(store).close()
    for command in (["verify", str(folder)],
                    ["merge", str(folder), "--into", store, "--dry-run"]):
        result = _app(*command, lang="en")
        assert result.returncode == 4 and "MERGED" not in result.stdout
        for name in TEXT_HOSTILE:
            assert f"{name}.fabundle: {HOSTILE[name][0]}: " in result.stdout, result.stdout
        assert "\x1b" not in result.stdout


def test_the_fast_scan_for_other_planes_noncharacters_misses_none_and_flags_nothing_else():
    """Every code point beyond the first plane, in UTF-8: the byte scan the reader uses when
    the schema has passed flags exactly the noncharacters."""
    others = "".join(chr(c) for c in range(0x10000, 0x110000) if c & 0xFFFE != 0xFFFE)
    assert not tr.may_hold_other_planes_noncharacters(others.encode("utf-8"))
    assert not tr.may_hold_other_planes_noncharacters("".join(
        chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000).encode("utf-8"))
    for ch in NONCHARACTERS[32 + 2:]:
        assert tr.may_hold_other_planes_noncharacters(f"x{ch}y".encode("utf-8")), hex(ord(ch))


def test_a_store_from_before_the_rules_still_exports_a_bundle_that_verifies(tmp_path, store,
                                                                           catalogue):
    from dataclasses import replace

    from facilitator_app.bundle import read_bundle
    from facilitator_app.bundle.writer import export_run
    from facilitator_app.domain import EngagementNotes
    from tests.support.bundles import TEST_KEY

    run = store.start_run(catalogue, 2)
    odd = replace(store.add_contribution(run.uuid, 12, "indicators", "x"),
                  text="ligne 1\r\nligne 2 \x07 bip")
    only = replace(store.add_contribution(run.uuid, 12, "challenges", "y"), text="\x1b")
    fine = store.add_contribution(run.uuid, 12, "commitments", "  déjà bon  ")
    notes = EngagementNotes(run.uuid, 13, "Q\x01 : après ?\rR.", odd.updated_at, 1)
    store.save(contributions=[odd, only], notes=[notes],
               runs={run.uuid: {"facilitators": ["Anne\tMarie", "\x07"]}})
    bundle = read_bundle(export_run(store, run.uuid, TEST_KEY, tmp_path / "old.fabundle").path)
    texts = {c.uuid: c.text for c in bundle.contributions}
    assert texts == {odd.uuid: "ligne 1\nligne 2  bip", only.uuid: "\ufffd",
                     fine.uuid: fine.text}
    assert bundle.notes[0].text == "Q : après ?\nR." and bundle.run.facilitators == ("Anne Marie",)
