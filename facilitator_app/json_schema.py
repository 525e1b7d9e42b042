"""A small validator for the part of JSON Schema (2020-12) that the published schemas use.

The schemas under ``resources/schemas/`` are the single description of the bundle format: other
tools validate with any JSON Schema library, and this application validates with the same files
through this module, so that the documentation and the code cannot drift apart. Supported:
``type``, ``properties``, ``required``, ``additionalProperties: false``, ``items``,
``minItems``/``maxItems``, ``minLength``/``maxLength``, ``pattern``, ``enum``, ``const``,
``minimum``/``maximum`` and local ``$ref`` to ``#/$defs/...``; other keywords are refused when
the schema is loaded, so that nothing is silently ignored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

from facilitator_app.i18n import Message, msg

_ANNOTATIONS = {"$schema", "$id", "$defs", "$comment", "title", "description", "examples",
                "format", "default"}
_SUPPORTED = _ANNOTATIONS | {"type", "properties", "required", "additionalProperties", "items",
                             "minItems", "maxItems", "minLength", "maxLength", "pattern", "enum",
                             "const", "minimum", "maximum", "$ref"}


class SchemaViolation(ValueError):
    """``path`` locates the value in the document (e.g. ``contributions[3].text``)."""

    def __init__(self, path: str, problem: Message) -> None:
        self.path, self.problem = path, problem
        super().__init__(f"{path}: {problem.render('en')}")


_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,), "array": (list,), "string": (str,), "integer": (int,),
    "number": (int, float), "boolean": (bool,), "null": (type(None),)}


def shown_text(text: str) -> str:
    """A value quoted in a message: short, and with control characters made visible, so that a
    hostile value cannot break the line it is printed on."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text[:60])


def render(path: Where) -> str:
    """A path kept as nested pairs ``(parent, key)`` while validating, as text for a message:
    building text for every value validated would cost more than the checks."""
    parts = []
    while path:
        path, key = path
        parts.append(f"[{key}]" if isinstance(key, int) else f".{key}")
    return "".join(reversed(parts)).lstrip(".")


def _is_type(value: Any, name: str) -> bool:
    match name:
        case "object":
            return isinstance(value, dict)
        case "array":
            return isinstance(value, list)
        case "string":
            return isinstance(value, str)
        case "integer":
            return isinstance(value, int) and not isinstance(value, bool)
        case "number":
            return isinstance(value, int | float) and not isinstance(value, bool)
        case "boolean":
            return isinstance(value, bool)
        case "null":
            return value is None
    raise ValueError(f"unknown JSON type {name!r}")


Where = tuple | None  # (parent, key) pairs, see render()


class Bounds(NamedTuple):
    depth: int  # containers nested in one another; a scalar is 0
    string: int  # longest string or key
    magnitude: float  # largest absolute value of a number


def _json_type(value: Any) -> str:
    return next(name for name in ("boolean", "integer", "number", "string", "null", "object",
                                  "array") if _is_type(value, name))


def _bounds_of(value: Any) -> Bounds:
    """The bounds of one value (of a ``const`` or an ``enum``)."""
    if isinstance(value, str):
        return Bounds(0, len(value), 0)
    if isinstance(value, bool) or value is None:
        return Bounds(0, 0, 0)
    if isinstance(value, int | float):
        return Bounds(0, 0, abs(value))
    items = list(value.values()) if isinstance(value, dict) else list(value)
    inner = _widest([_bounds_of(item) for item in items]) or Bounds(0, 0, 0)
    keys = list(map(len, value)) if isinstance(value, dict) else []
    return Bounds(inner.depth + 1, max([inner.string, *keys]), inner.magnitude)


def _widest(bounds: list[Bounds | None]) -> Bounds | None:
    """What holds for a value that may be any of several: None if one is unbounded."""
    if any(b is None for b in bounds):
        return None
    if not bounds:
        return Bounds(0, 0, 0)
    known = [b for b in bounds if b is not None]  # all of them: None was answered above
    return Bounds(max(b.depth for b in known), max(b.string for b in known),
                  max(b.magnitude for b in known))


def _narrowest(a: Bounds | None, b: Bounds | None) -> Bounds | None:
    """What holds for a value that satisfies both."""
    if a is None or b is None:
        return a if b is None else b
    return Bounds(min(a.depth, b.depth), min(a.string, b.string),
                  min(a.magnitude, b.magnitude))


def _flat(shape: dict[str, Bounds | None]) -> Bounds | None:
    return _widest(list(shape.values()))
Check = Callable[[Any, Where], None]
AllValid = Callable[[list], bool]


class Schema:
    """A schema compiled once into nested checks; :meth:`validate` raises
    :class:`SchemaViolation` at the first value that does not fit."""

    def __init__(self, document: dict[str, Any]) -> None:
        self._document = document
        self._defs = document.get("$defs", {})
        self._compiled: dict[str, Check] = {}
        self._all_valid_defs: dict[str, AllValid | None] = {}
        self._check = self._compile(document)

    def validate(self, value: Any) -> None:
        self._check(value, None)

    def bounds(self) -> Bounds | None:
        """The most any valid document can reach (nesting depth of its containers, length of
        its strings and keys, magnitude of its numbers), or None when the schema leaves one
        of them open: a type without ``maxLength``, ``minimum`` and ``maximum``, an object
        without ``additionalProperties: false``, an array without ``items``, a recursive
        definition. A parser may then leave these limits to the schema."""
        return _flat(self._shape(self._document, frozenset()))

    def _shape(self, schema: dict[str, Any], refs: frozenset[str]) -> dict[str, Bounds | None]:
        """Per JSON type a valid value can have, its bounds (None: unbounded)."""
        if "const" in schema or "enum" in schema:
            shape: dict[str, Bounds | None] = {}
            for value in [schema["const"]] if "const" in schema else schema["enum"]:
                kind = _json_type(value)
                shape[kind] = _widest([shape.get(kind, Bounds(0, 0, 0)), _bounds_of(value)])
            return shape
        types = schema["type"] if isinstance(schema.get("type"), list) else \
            [schema["type"]] if "type" in schema else list(_PYTHON_TYPES)
        shape = {kind: self._bounds_of_type(schema, kind, refs) for kind in types}
        if "$ref" in schema:
            name = self._name(schema["$ref"])
            other = dict.fromkeys(_PYTHON_TYPES) if name in refs else \
                self._shape(self._defs[name], refs | {name})
            shape = {kind: _narrowest(bound, other[kind])
                     for kind, bound in shape.items() if kind in other}
        return shape

    def _bounds_of_type(self, schema: dict[str, Any], kind: str,
                        refs: frozenset[str]) -> Bounds | None:
        if kind == "string":
            return Bounds(0, schema["maxLength"], 0) if "maxLength" in schema else None
        if kind in ("integer", "number"):
            low, high = schema.get("minimum"), schema.get("maximum")
            return None if low is None or high is None else Bounds(0, 0, max(abs(low), abs(high)))
        if kind == "object":
            if schema.get("additionalProperties", True) is not False:
                return None
            properties = schema.get("properties", {})
            inner = _widest([_flat(self._shape(p, refs)) for p in properties.values()])
            return None if inner is None else Bounds(
                inner.depth + 1, max([inner.string, *map(len, properties)]), inner.magnitude)
        if kind == "array":
            inner = _flat(self._shape(schema["items"], refs)) if "items" in schema else None
            return None if inner is None else Bounds(inner.depth + 1, inner.string,
                                                     inner.magnitude)
        return Bounds(0, 0, 0)  # boolean, null

    def _compile(self, schema: dict[str, Any]) -> Check:
        unknown = set(schema) - _SUPPORTED
        if unknown:
            raise ValueError(f"schema keywords not supported: {sorted(unknown)}")
        checks: list[Check] = []
        if "$ref" in schema:
            checks.append(self._ref(schema["$ref"]))
        if "type" in schema:
            types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            python = tuple({t for name in types for t in _PYTHON_TYPES[name]})
            bools = "boolean" in types

            def check_type(value: Any, path: Where, types=types) -> None:
                if not isinstance(value, python) or (value is True or value is False) and not bools:
                    raise SchemaViolation(render(path), msg(
                        "attendu : {types}.", "expected: {types}.", types=" ou ".join(types)))
            checks.append(check_type)
        if "const" in schema or "enum" in schema:
            allowed = [schema["const"]] if "const" in schema else schema["enum"]

            def check_enum(value: Any, path: Where, allowed=allowed) -> None:
                if not any(value == a and type(value) is type(a) for a in allowed):
                    raise SchemaViolation(render(path), msg(
                        "valeur « {value} » non permise (permis : {allowed}).",
                        "value '{value}' not allowed (allowed: {allowed}).",
                        value=shown_text(str(value)), allowed=", ".join(map(str, allowed))))
            checks.append(check_enum)
        checks += self._string_checks(schema) + self._number_checks(schema)
        if "properties" in schema or "required" in schema or "additionalProperties" in schema:
            checks.append(self._object(schema))
        if "items" in schema or "minItems" in schema or "maxItems" in schema:
            checks.append(self._array(schema))

        def check_all(value: Any, path: Where) -> None:
            for check in checks:
                check(value, path)
        return checks[0] if len(checks) == 1 else check_all

    @staticmethod
    def _name(ref: str) -> str:
        if not ref.startswith("#/$defs/"):
            raise ValueError(f"only local references are supported: {ref}")
        return ref.removeprefix("#/$defs/")

    def _ref(self, ref: str) -> Check:
        name = self._name(ref)

        def check_ref(value: Any, path: Where) -> None:
            if name not in self._compiled:
                self._compiled[name] = self._compile(self._defs[name])
            self._compiled[name](value, path)
        return check_ref

    @staticmethod
    def _string_checks(schema: dict[str, Any]) -> list[Check]:
        checks: list[Check] = []
        low, high = schema.get("minLength"), schema.get("maxLength")
        if low is not None or high is not None:
            def check_length(value: Any, path: Where) -> None:
                if isinstance(value, str) and not (
                        (low is None or len(value) >= low)
                        and (high is None or len(value) <= high)):
                    raise SchemaViolation(render(path), msg(
                        "longueur {n} hors des limites ({low} à {high}).",
                        "length {n} outside the limits ({low} to {high}).",
                        n=len(value), low=low or 0, high="∞" if high is None else high))
            checks.append(check_length)
        if "pattern" in schema:
            pattern = _pattern(schema["pattern"])

            def check_pattern(value: Any, path: Where) -> None:
                if isinstance(value, str) and not pattern.search(value):
                    raise SchemaViolation(render(path), msg(
                        "« {value} » n'a pas la forme attendue.",
                        "'{value}' does not have the expected form.", value=shown_text(value)))
            checks.append(check_pattern)
        return checks

    @staticmethod
    def _number_checks(schema: dict[str, Any]) -> list[Check]:
        low, high = schema.get("minimum"), schema.get("maximum")
        if low is None and high is None:
            return []

        def check_range(value: Any, path: Where) -> None:
            if _is_type(value, "number") and ((low is not None and value < low)
                                              or (high is not None and value > high)):
                raise SchemaViolation(render(path), msg(
                    "{value} hors des limites ({low} à {high}).",
                    "{value} outside the limits ({low} to {high}).",
                    value=value, low=low if low is not None else "-∞",
                    high=high if high is not None else "∞"))
        return [check_range]

    def _object(self, schema: dict[str, Any]) -> Check:
        properties = {k: self._compile(v) for k, v in schema.get("properties", {}).items()}
        required = schema.get("required", [])
        required_set = set(required)
        closed = schema.get("additionalProperties", True) is False

        def check_object(value: Any, path: Where) -> None:
            if not isinstance(value, dict):
                return
            keys = value.keys()
            if not required_set <= keys:
                missing = next(k for k in required if k not in keys)
                raise SchemaViolation(render(path) or "/", msg("il manque « {key} ».",
                                                               "'{key}' is missing.", key=missing))
            if closed and not keys <= properties.keys():
                extra = next(k for k in keys if k not in properties)
                raise SchemaViolation(render(path) or "/", msg(
                    "« {key} » n'est pas attendu ici.", "'{key}' is not expected here.",
                    key=shown_text(extra)))
            for key, item in value.items():
                check = properties.get(key)
                if check is not None:
                    check(item, (path, key))
        return check_object

    def _array(self, schema: dict[str, Any]) -> Check:
        item_check = self._compile(schema["items"]) if "items" in schema else None
        all_valid = self._all_valid(schema["items"]) if "items" in schema else None
        low, high = schema.get("minItems", 0), schema.get("maxItems")

        def check_array(value: Any, path: Where) -> None:
            if not isinstance(value, list):
                return
            if len(value) < low or (high is not None and len(value) > high):
                raise SchemaViolation(render(path), msg(
                    "{n} éléments, hors des limites ({low} à {high}).",
                    "{n} items, outside the limits ({low} to {high}).",
                    n=len(value), low=low, high=high if high is not None else "∞"))
            if item_check is not None and not (all_valid is not None and all_valid(value)):
                for index, item in enumerate(value):
                    item_check(item, (path, index))
        return check_array

    def _all_valid(self, schema: dict[str, Any]) -> AllValid | None:
        """A test of many values at once (the items of an array), true only when each would
        pass the check of ``schema``, or None when ``schema`` has keywords it does not cover.
        It walks the values column by column with few calls, where the check calls a
        function per keyword and value; when it is false, the values are checked one by one,
        which finds the first that does not fit and says why."""
        keywords = schema.keys() - _ANNOTATIONS
        if keywords == {"$ref"}:
            name = self._name(schema["$ref"])
            if name not in self._all_valid_defs:
                self._all_valid_defs[name] = None  # a definition that contains itself: none
                self._all_valid_defs[name] = self._all_valid(self._defs[name])
            return self._all_valid_defs[name]
        kind = schema.get("type")
        if kind == "object" and \
                keywords <= {"type", "properties", "required", "additionalProperties"}:
            return self._all_valid_objects(schema)
        if kind in ("string", "integer", "number", "boolean", "null") and \
                keywords <= {"type", "minLength", "maxLength", "pattern", "minimum", "maximum"}:
            return self._all_valid_scalars(schema)
        return None

    def _all_valid_objects(self, schema: dict[str, Any]) -> AllValid | None:
        found = {k: self._all_valid(v) for k, v in schema.get("properties", {}).items()}
        properties = {k: test for k, test in found.items() if test is not None}
        if len(properties) < len(found):
            return None
        names = properties.keys()
        required = set(schema.get("required", []))
        closed = schema.get("additionalProperties", True) is False

        exact = closed and required == names  # every object has exactly these keys

        def all_valid(values: list) -> bool:
            if exact:  # the keys by their count and presence, without a set per object
                if set(map(type, values)) - {dict} or set(map(len, values)) - {len(names)}:
                    return False
                try:
                    columns = {key: [v[key] for v in values] for key in names}
                except KeyError:
                    return False
                return all(test(columns[key]) for key, test in properties.items())
            return all(type(v) is dict and required <= v.keys() and
                       (not closed or v.keys() <= names) for v in values) and \
                all(test([v[key] for v in values if key in v])
                    for key, test in properties.items())
        return all_valid

    @staticmethod
    def _all_valid_scalars(schema: dict[str, Any]) -> AllValid:
        kind = schema["type"]
        exact = set(_PYTHON_TYPES[kind])  # compared with exact types: True is no integer
        low_length, high_length = schema.get("minLength"), schema.get("maxLength")
        pattern = _pattern(schema["pattern"]) if "pattern" in schema else None
        joined = _joined_pattern(schema["pattern"]) if "pattern" in schema else None
        numbers = kind in ("integer", "number")
        low, high = schema.get("minimum"), schema.get("maximum")

        def all_valid(values: list) -> bool:
            if not values:
                return True
            if not set(map(type, values)) <= exact:
                return False
            if kind == "string":
                lengths = list(map(len, values))
                if low_length is not None and min(lengths) < low_length or \
                        high_length is not None and max(lengths) > high_length:
                    return False
                if pattern is not None and not (
                        joined is not None and _all_match_joined(joined, values)
                        or all(map(pattern.search, values))):
                    return False
            if numbers:
                return (low is None or min(values) >= low) and \
                    (high is None or max(values) <= high)
            return True
        return all_valid


def _pattern(source: str) -> re.Pattern:
    # "$" would also match before a final newline in Python; JSON Schema means the end.
    if source.endswith("$") and not source.endswith("\\$"):
        source = source[:-1] + "\\Z"
    return re.compile(source)


def _joined_pattern(source: str) -> re.Pattern | None:
    """For a pattern anchored at both ends (``^...$``) that cannot match a line break, the
    pattern of its matches joined by line breaks: one search then tests a whole column of
    values, where a search per value costs more than all the other checks. None for any
    other pattern (anything the parser shows beyond literals, classes of literals and ranges,
    groups and repeats), which is then searched value by value."""
    if not (source.startswith("^") and source.endswith("$")) or source.endswith("\\$"):
        return None
    body = source[1:-1]
    if "|" in body:  # "^a|b$" is "^a" or "b$", not an anchored "a|b"
        return None
    if not _without_line_break(body):
        return None
    # Each value's match is atomic: once a value has matched, the engine never comes back to
    # try it another way, so a failing column costs what its values cost one by one (without
    # it, an ambiguous pattern such as [a-z]*[a-z]* backtracks across all the values at once).
    # An atomic match may miss a value another way would match: the values are then searched
    # one by one, so this can only be slower, never wrong.
    try:
        return re.compile(f"(?>{body})(?:\n(?>{body}))*\\Z")
    except re.error:  # e.g. a named group, which cannot be repeated
        return None


# What _without_line_break reads: a literal escaped, \xHH or \uXXXX; a character class's body;
# a quantifier; the opening of a group without flags. Anything else is not understood.
_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|([.^$*+?{}\[\]()|\\/-]))")
_QUANTIFIER = re.compile(r"(?:[*+?]|\{[0-9]+(?:,[0-9]*)?\})\??")


def _without_line_break(body: str) -> bool:
    r"""Whether the pattern ``body`` can only match text without a line break. Read by a small
    scanner of its own that knows literals, escaped literals, classes of literals and ranges,
    groups without flags and quantifiers, and answers False for anything else (".", \s, a
    negated class, an alternative, a flag): False only costs speed, the per-value path."""
    def literal(at: int, in_class: bool = False) -> tuple[str, int] | None:
        escape = _ESCAPE.match(body, at)
        if escape:
            code = escape.group(1) or escape.group(2)
            return (chr(int(code, 16)) if code else escape.group(3)), escape.end()
        if body[at] in ("\\[]" if in_class else "\\.^$|[]()*+?{}"):
            return None
        return body[at], at + 1

    at, depth, atom = 0, 0, False  # atom: a quantifier may follow
    while at < len(body):
        char = body[at]
        if char == "[":
            at += 1
            if body.startswith("^", at) or body.startswith("]", at):
                return False  # a negated class holds the line break; "[]" is unusual
            while True:
                if at >= len(body):
                    return False
                if body[at] == "]":
                    at += 1
                    break
                first = literal(at, True) if body[at] != "-" else ("-", at + 1)
                if first is None:
                    return False
                low, at = first
                high = low
                if body.startswith("-", at) and not body.startswith("-]", at):
                    last = literal(at + 1, True)
                    if last is None:
                        return False
                    high, at = last
                if low <= "\n" <= high:
                    return False
            atom = True
        elif char == "(":
            if body.startswith("(?", at) and not body.startswith("(?:", at):
                return False  # a flag, a look-around, a named group
            depth, at, atom = depth + 1, at + (3 if body.startswith("(?:", at) else 1), False
        elif char == ")":
            if depth == 0:
                return False
            depth, at, atom = depth - 1, at + 1, True
        elif atom and (quantifier := _QUANTIFIER.match(body, at)):
            at, atom = quantifier.end(), False
        else:
            found = literal(at)
            if found is None or found[0] == "\n":
                return False
            at, atom = found[1], True
    return depth == 0


def _all_match_joined(joined: re.Pattern, values: list[str]) -> bool:
    """True only when each value matches; False when one does not, or may not (a value with
    a line break, a value the atomic match missed): the caller then searches value by
    value."""
    text = "\n".join(values)
    return text.count("\n") == len(values) - 1 and joined.match(text) is not None
