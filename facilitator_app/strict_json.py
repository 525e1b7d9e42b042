"""Strict JSON: what lenient parsers accept and this application refuses, within fixed limits.

Files from other machines (bundles, catalogues) are parsed here. Refused: invalid UTF-8, a byte
order mark where none is allowed, duplicate keys, NaN and Infinity, integers of more digits
than the limit and numbers too large for a float, lone surrogates, nesting deeper and strings
longer than the limits. Each refusal names its rule and says what is wrong in a sentence.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from facilitator_app.i18n import Message, msg


class StrictJsonError(ValueError):
    """``rule`` names the broken rule (``utf-8``, ``json-syntax``, ``json-duplicate-key``...)."""

    def __init__(self, rule: str, message: Message) -> None:
        self.rule, self.message = rule, message
        super().__init__(message.render("en"))


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict:
    """The hook that builds each object and refuses a key given twice."""
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise StrictJsonError("json-duplicate-key", msg(
                    "la clé « {key} » apparaît deux fois dans le même objet.",
                    "the key '{key}' appears twice in the same object.",
                    key="".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in key[:80])))
            seen.add(key)
    return out


def _no_constant(name: str) -> Any:
    raise StrictJsonError("json-constant", msg("{name} n'est pas permis en JSON strict.",
                                               "{name} is not allowed in strict JSON.", name=name))


def loads(raw: bytes, *, max_depth: int = 32, max_string: int = 1_000_000,
          max_digits: int = 15, allow_bom: bool = False, walk: bool = True) -> Any:
    """Parse ``raw`` as strict UTF-8 JSON; raise :class:`StrictJsonError` on any refusal.

    ``walk=False`` leaves out the walk of :func:`check_tree` (depth, string length, numbers),
    for a caller that validates the value with a schema whose every valid document is within
    these limits (``Schema.bounds``), and calls :func:`check_tree` itself when the schema
    refuses the value, so that the strict rule is still the one reported."""
    if raw.startswith(b"\xef\xbb\xbf") and not allow_bom:
        raise StrictJsonError("utf-8", msg(
            "le texte commence par un indicateur d'ordre des octets (BOM).",
            "the text starts with a byte order mark."))
    try:
        text = raw.decode("utf-8-sig" if allow_bom else "utf-8")
    except UnicodeDecodeError as exc:
        raise StrictJsonError("utf-8", msg("ce n'est pas du texte UTF-8 valide (octet {n}).",
                                           "it is not valid UTF-8 text (byte {n}).",
                                           n=exc.start)) from None

    # Integers are converted by Python's own code, whose limit on digits (4,300 by default)
    # keeps a huge number from costing seconds; where a process has lifted that limit, each
    # integer's digits are counted before it is converted, as the limit of this parser says.
    guarded = 0 < sys.get_int_max_str_digits() <= _PYTHON_DIGIT_GUARD
    try:
        value = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant,
                           parse_int=None if guarded else _counted_int(max_digits))
    except StrictJsonError:
        raise
    except json.JSONDecodeError as exc:
        raise StrictJsonError("json-syntax", msg(
            "JSON invalide ligne {line}, colonne {col} ({detail}).",
            "invalid JSON at line {line}, column {col} ({detail}).",
            line=exc.lineno, col=exc.colno, detail=exc.msg)) from None
    except RecursionError:
        raise _too_deep(max_depth) from None
    except ValueError as exc:
        # Every other refusal of json.loads is a JSONDecodeError, and the hooks raise our own
        # errors: a plain ValueError is int()'s, refusing thousands of digits (Python's limit).
        if guarded:
            raise _too_many_digits(max_digits) from None
        raise StrictJsonError("json-syntax", msg("JSON invalide ({detail}).",
                                                 "invalid JSON ({detail}).",
                                                 detail=str(exc)[:120])) from None
    if walk:
        check_tree(value, max_depth, max_string, max_digits)
    if b"\\u" in raw and _ESCAPED_SURROGATE.search(text):  # bytes: a quarter of the text's
        _check_strings(value, max_string)
    return value


def _too_deep(limit: int) -> StrictJsonError:
    return StrictJsonError("json-depth", msg(
        "les données sont imbriquées sur plus de {limit} niveaux.",
        "the data is nested more than {limit} levels deep.", limit=limit))


def _check_string(text: str, max_string: int) -> None:
    if len(text) > max_string:
        raise StrictJsonError("json-string", msg(
            "un texte fait {n} caractères, plus que les {limit} permis.",
            "a text is {n} characters long, more than the {limit} allowed.",
            n=len(text), limit=max_string))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise StrictJsonError("json-string", msg(
            "un texte contient une demi-paire de substitution UTF-16 isolée (\\ud800...).",
            "a text contains a lone UTF-16 surrogate (\\ud800...).")) from None


_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


_PYTHON_DIGIT_GUARD = 10_000


def _counted_int(max_digits: int):
    def parse(digits: str) -> int:
        if len(digits.lstrip("-")) > max_digits:
            raise _too_many_digits(max_digits)
        return int(digits)
    return parse


def _too_many_digits(limit: int) -> StrictJsonError:
    return StrictJsonError("json-number", msg(
        "un nombre a plus que les {limit} chiffres permis.",
        "a number has more than the {limit} digits allowed.", limit=limit))


def check_tree(value: Any, max_depth: int, max_string: int, max_digits: int) -> None:
    """One walk, level by level and without recursion, for what the parser's C code lets
    through: nesting depth, string length, integers of more than ``max_digits`` digits and
    numbers too large for a float (``1e400`` reads as infinity)."""
    bound = 10 ** max_digits
    level, depth = [value], 1  # the depth of the containers in ``level``
    while level:
        deeper = []
        for node in level:
            kind = type(node)
            if kind is dict:
                if depth > max_depth:
                    raise _too_deep(max_depth)
                if node and max(map(len, node)) > max_string:
                    _check_string(max(node, key=len), max_string)
                deeper += node.values()
            elif kind is list:
                if depth > max_depth:
                    raise _too_deep(max_depth)
                deeper += node
            elif kind is str:
                if len(node) > max_string:
                    _check_string(node, max_string)
            elif kind is int:
                if not -bound < node < bound:
                    raise _too_many_digits(max_digits)
            elif kind is float and node - node != 0.0:  # infinity (NaN cannot be read)
                raise StrictJsonError("json-number", msg(
                    "un nombre est trop grand pour être représenté exactement.",
                    "a number is too large to be represented exactly."))
        level, depth = deeper, depth + 1


def _check_strings(value: Any, max_string: int) -> None:
    """Every key and string, walked without recursion (only when the text escapes a
    surrogate: lone surrogates cannot come from UTF-8 itself)."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            _check_string(node, max_string)
        elif isinstance(node, dict):
            for key, item in node.items():
                _check_string(key, max_string)
                stack.append(item)
        elif isinstance(node, list):
            stack.extend(node)


_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                              allow_nan=False)


def dumps(value: Any) -> bytes:
    """Canonical JSON: UTF-8, sorted keys, no insignificant space, so equal data gives equal
    bytes."""
    return _CANONICAL.encode(value).encode("utf-8")
