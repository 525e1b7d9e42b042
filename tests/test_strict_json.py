"""Strict JSON and the schema validator's shortcuts: each rule of the walk, the schema bounds
that let the reader leave the walk out, and the column checks that must agree with the
value-by-value ones."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_app.bundle import format as fmt
from facilitator_app.bundle.container import Limits
from facilitator_app.bundle.reader import read_bundle_bytes
from facilitator_app.errors import BundleError
from facilitator_app.json_schema import Bounds, Schema, SchemaViolation, _joined_pattern
from facilitator_app.strict_json import StrictJsonError, check_tree, loads

from .support.bundles import _edit_json


def rule(raw: bytes, **limits) -> str | None:
    try:
        loads(raw, **limits)
    except StrictJsonError as exc:
        return exc.rule
    return None


@pytest.mark.parametrize(("raw", "expected"), [
    (b'{"a": 999999999999999}', None),  # 15 digits
    (b'{"a": -999999999999999}', None),
    (b'{"a": 1000000000000000}', "json-number"),  # 16 digits
    (b'[[-1000000000000000]]', "json-number"),
    (b'{"a": 1' + b"0" * 5000 + b"}", "json-number"),  # beyond Python's own limit
    (b'{"a": 1e400}', "json-number"),
    (b'{"a": -1e400}', "json-number"),
    (b'{"a": 0.1234567890123456789012345}', None),  # a float is a float
    (b'{"a": NaN}', "json-constant"),
    (b'{"a": 1, "a": 2}', "json-duplicate-key"),
    (b'{"a": "\\ud800"}', "json-string"),
    (b'{"a": "' + b"x" * 11 + b'"}', "json-string"),
    (b'{"' + b"k" * 11 + b'": 1}', "json-string"),  # a key too long
    (b'["' + b"x" * 11 + b'"]', "json-string"),  # in an array too
    (b'{"a": "' + b"x" * 10 + b'"}', None),
    (b"[" * 4 + b"]" * 4, None),
    (b"[" * 5 + b"]" * 5, "json-depth"),
    (b'[[[[{"a": 1}]]]]', "json-depth"),
    (b'[[[[1, "ok", true, null]]]]', None),  # scalars deep down are not containers
    (b"[" * 100_000 + b"]" * 100_000, "json-depth"),
])
def test_each_rule_of_strict_json(raw, expected):
    assert rule(raw, max_depth=4, max_string=10, max_digits=15) == expected


def test_walk_false_leaves_the_limits_to_the_caller_who_can_still_check_them():
    raw = b'{"a": "' + b"x" * 50 + b'", "b": [[[[[1]]]]]}'
    value = loads(raw, max_depth=2, max_string=10, walk=False)  # no error: not walked
    with pytest.raises(StrictJsonError) as caught:
        check_tree(value, 2, 10, 15)
    assert caught.value.rule in ("json-string", "json-depth")
    # What the parser itself refuses is refused with or without the walk.
    assert rule(b'{"a": 1, "a": 1}', walk=False) == "json-duplicate-key"
    assert rule(b'{"a": "\\udfff"}', walk=False) == "json-string"


def test_the_bundle_schemas_bound_every_value_within_the_readers_limits():
    limits = Limits()
    for member in ("manifest", "payload", "signature"):
        bounds = fmt.schema(member).bounds()
        assert bounds is not None, member
        assert bounds.depth <= limits.json_depth
        assert bounds.string <= limits.string_chars
        assert bounds.magnitude < 10 ** limits.integer_digits
    assert fmt.schema("payload").bounds() == Bounds(3, 100_000, 1_000_000_000)


@pytest.mark.parametrize("schema", [
    {"type": "object"},  # open: any key, any value
    {"type": "object", "additionalProperties": False, "properties": {"a": {"type": "string"}}},
    {"type": "array"},  # items of any kind
    {"type": "integer", "minimum": 0},  # no maximum
    {"pattern": "^a$"},  # no type: any value fits
    {"$defs": {"a": {"type": "array", "items": {"$ref": "#/$defs/a"}}},
     "$ref": "#/$defs/a"},  # nests without end
])
def test_an_open_schema_has_no_bounds(schema):
    assert Schema(schema).bounds() is None


def test_bounds_follow_types_references_and_constants():
    schema = Schema({
        "type": "object", "additionalProperties": False,
        "properties": {
            "when": {"type": ["string", "null"], "$ref": "#/$defs/maybe"},
            "list": {"type": "array", "items": {"type": "integer", "minimum": -7,
                                                "maximum": 3}},
            "kind": {"enum": ["short", "a longer one"]},
            "a_rather_long_key_name": {"const": {"nested": [1, 2]}},
        },
        "$defs": {"maybe": {"maxLength": 27}},
    })
    assert schema.bounds() == Bounds(depth=3, string=27, magnitude=7)


@pytest.mark.parametrize("pattern", [
    "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{6}Z$",
    "^[a-z_]{1,32}$",
    "^(ab)?c+$",
    "^[a-z0-9][a-z0-9._-]{0,79}$",  # in a class, "." and "-" at the end are literals
    "^[A-Za-z0-9+/]{43}=$",
    "^\\u00e9\\x41+$",
])
def test_a_column_is_tested_at_once_only_for_patterns_that_allow_it(pattern):
    assert _joined_pattern(pattern) is not None


@pytest.mark.parametrize("pattern", [
    "^a|b$",  # "^a" or "b$"
    "^ab|cd$",
    "^.*$",  # "." could meet the separator's neighbours in other modes
    "^[^x]+$",  # a negated class holds the line break
    "^\\s+$",
    "^[\\x00-\\x7f]+$",  # a range over the line break
    "^a\\nb$",
    "^(?i:a)$",
    "^a\\b$",
    "[a-z]+$",  # not anchored at the start
    "^[a-z]+",  # nor at the end
    "^[a-z]+\\$",
    "^[\\u0000-\\u0020]+$",  # a range over the line break, written with \u
    "^(?=a)a$",  # a look-ahead: not read by the scanner
    "^(a$",  # unbalanced
])
def test_patterns_that_could_match_a_line_break_are_tested_value_by_value(pattern):
    assert _joined_pattern(pattern) is None


_PATTERNS = ["^[a-z_]{1,3}$", "^[0-9]{2}-[0-9a-f]{1,2}$", "^(ab)?c+$", "^[a-c\\n]?x$",
             "^a*?b?$", "^[ab]*[bc]*$"]  # lazy: the atomic match misses, values one by one


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_PATTERNS),
       st.lists(st.text(alphabet="abcx_-0129f\n", max_size=6), min_size=1, max_size=8))
def test_column_checks_agree_with_value_by_value_checks(pattern, values):
    """The schema's check of an array at once must give the verdict of its items one by one."""
    schema = Schema({"type": "array", "items": {"type": "string", "pattern": pattern}})
    expected = all(re.search(pattern[:-1] + "\\Z", value) for value in values)
    try:
        schema.validate(values)
        valid = True
    except SchemaViolation:
        valid = False
    assert valid == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.fixed_dictionaries({}, optional={
    "a": st.integers(-3, 3), "b": st.text(max_size=3), "c": st.booleans()}), max_size=6))
def test_objects_checked_by_column_agree_with_the_object_by_object_check(items):
    closed = {"type": "object", "additionalProperties": False, "required": ["a", "b", "c"],
              "properties": {"a": {"type": "integer", "minimum": -2, "maximum": 2},
                             "b": {"type": "string", "maxLength": 2},
                             "c": {"type": "boolean"}}}
    expected = all(set(item) == {"a", "b", "c"} and -2 <= item["a"] <= 2 and len(item["b"]) <= 2
                   for item in items)
    try:
        Schema({"type": "array", "items": closed}).validate(items)
        valid = True
    except SchemaViolation as exc:
        valid = False
        assert exc.path  # the first item that does not fit is named
    assert valid == expected


def test_a_payload_breaking_a_json_rule_is_refused_under_that_rule_not_as_schema():
    """The reader leaves the JSON walk to the payload's schema, and walks when it refuses."""
    for change, expected in [
        (lambda p: p["contributions"][0].update(revision=10 ** 15), "json-number"),
        (lambda p: p["contributions"][0].update(revision=10 ** 9 + 1), "schema"),
        (lambda p: p["run"].update(organisations=[["x"]]), "schema"),
        (lambda p: p["run"].update(organisations=json.loads("[" * 16 + "]" * 16)), "json-depth"),
        (lambda p: p["notes"][0].update(text="x" * 100_001), "json-string"),
    ]:
        with pytest.raises(BundleError) as caught:
            read_bundle_bytes(_edit_json(fmt.PAYLOAD, change), "edited.fabundle")
        assert caught.value.rule == expected


def test_an_ambiguous_pattern_does_not_backtrack_across_a_column(tmp_path):
    """With [a-z]*[a-z]*, a column joined without atomic matches would try every way of
    splitting every value before refusing: hours for forty values. Run apart, with a limit,
    so that such a regression fails instead of hanging the suite."""
    import subprocess
    import sys

    code = (
        "from facilitator_app.json_schema import Schema, SchemaViolation\n"
        "s = Schema({'type': 'array', 'items': {'type': 'string', 'maxLength': 60,\n"
        "            'pattern': '^[a-z]*[a-z]*$'}})\n"
        "try:\n    s.validate(['a' * 30] * 40 + ['A'])\nexcept SchemaViolation as e:\n"
        "    print(e.path)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120, cwd=Path(__file__).resolve().parents[1])
    assert result.stdout.strip() == "[40]", result.stderr


def test_the_digit_limit_holds_where_a_process_lifted_pythons_own(monkeypatch):
    import sys

    previous = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)  # no limit: Python would convert any number of digits
    try:
        assert rule(b'{"a": 1000000000000000}') == "json-number"
        assert rule(b'{"a": ' + b"9" * 50_000 + b"}") == "json-number"
        assert rule(b'{"a": 999999999999999}') is None
    finally:
        sys.set_int_max_str_digits(previous)


def test_zero_lengths_and_named_groups_mean_what_they_say():
    for schema in ({"type": "string", "maxLength": 0},
                   {"type": "array", "items": {"type": "string", "maxLength": 0}}):
        validator = Schema(schema)
        assert validator.bounds() is not None
        with pytest.raises(SchemaViolation):
            validator.validate("x" if schema["type"] == "string" else ["", "x"])
    named = Schema({"type": "array", "items": {"type": "string", "pattern": "^(?P<x>a)b$"}})
    named.validate(["ab", "ab"])
    with pytest.raises(SchemaViolation):
        named.validate(["ab", "b"])


def test_a_verified_bundle_can_be_hashed_and_compared():
    from .support.bundles import valid_bundle

    data = valid_bundle()
    one, two = read_bundle_bytes(data, "a.fabundle"), read_bundle_bytes(data, "a.fabundle")
    assert one == two and hash(one) == hash(two) and len({one, two}) == 1
