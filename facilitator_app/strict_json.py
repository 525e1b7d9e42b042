"""Strict JSON: what lenient parsers accept and this application refuses, within fixed limits.

Files from other machines (bundles, catalogues) are parsed here. Refused: invalid UTF-8, a byte
order mark where none is allowed, duplicate keys, NaN and Infinity, numbers too long to be
exact, lone surrogates, nesting deeper and strings longer than the limits. Each refusal names
its rule and says what is wrong in a sentence.
"""

from __future__ import annotations

import json
import re
from typing import Any

from facilitator_app.i18n import Message, msg


class StrictJsonError(ValueError):
    """``rule`` names the broken rule (``utf-8``, ``json-syntax``, ``json-duplicate-key``...)."""

    def __init__(self, rule: str, message: Message) -> None:
        self.rule, self.message = rule, message
        super().__init__(message.render("en"))


def _pairs_checker(max_string: int | None):
    """The hook that builds each object: refuses duplicate keys, and long strings as values or
    keys (strings in arrays are left to the schema, whose every string has a maximum length).
    ``max_string`` is None when no string can be that long."""
    def build(pairs: list[tuple[str, Any]]) -> dict:
        out = dict(pairs)
        if len(out) != len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    raise StrictJsonError("json-duplicate-key", msg(
                        "la clé « {key} » apparaît deux fois dans le même objet.",
                        "the key '{key}' appears twice in the same object.", key="".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in key[:80])))
                seen.add(key)
        if max_string is None:
            return out
        for key, value in pairs:
            if len(key) > max_string:
                _check_string(key, max_string)
            if isinstance(value, str) and len(value) > max_string:
                _check_string(value, max_string)
        return out
    return build


def _no_constant(name: str) -> Any:
    raise StrictJsonError("json-constant", msg("{name} n'est pas permis en JSON strict.",
                                               "{name} is not allowed in strict JSON.", name=name))


def loads(raw: bytes, *, max_depth: int = 32, max_string: int = 1_000_000,
          max_digits: int = 15, allow_bom: bool = False) -> Any:
    """Parse ``raw`` as strict UTF-8 JSON; raise :class:`StrictJsonError` on any refusal."""
    if raw.startswith(b"\xef\xbb\xbf") and not allow_bom:
        raise StrictJsonError("utf-8", msg("le texte commence par une marque d'ordre des octets.",
                                           "the text starts with a byte order mark."))
    try:
        text = raw.decode("utf-8-sig" if allow_bom else "utf-8")
    except UnicodeDecodeError as exc:
        raise StrictJsonError("utf-8", msg("ce n'est pas du texte UTF-8 valide (octet {n}).",
                                           "it is not valid UTF-8 text (byte {n}).",
                                           n=exc.start)) from None

    def parse_int(digits: str) -> int:
        if len(digits.lstrip("-")) > max_digits:
            raise StrictJsonError("json-number", msg(
                "un nombre a {n} chiffres, plus que les {limit} permis.",
                "a number has {n} digits, more than the {limit} allowed.",
                n=len(digits.lstrip("-")), limit=max_digits))
        return int(digits)

    def parse_float(digits: str) -> float:
        value = float(digits) if len(digits) <= max_digits + 8 else float("inf")
        if value in (float("inf"), float("-inf")):
            raise StrictJsonError("json-number", msg(
                "un nombre est trop grand pour être représenté exactement.",
                "a number is too large to be represented exactly."))
        return value

    # A string cannot be longer than the text that holds it: a short text needs no check.
    string_limit = max_string if len(text) > max_string else None
    try:
        value = json.loads(text, object_pairs_hook=_pairs_checker(string_limit),
                           parse_constant=_no_constant, parse_int=parse_int,
                           parse_float=parse_float)
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
        raise StrictJsonError("json-syntax", msg("JSON invalide ({detail}).",
                                                 "invalid JSON ({detail}).",
                                                 detail=str(exc)[:120])) from None
    _check_depth(value, max_depth)
    if "\\u" in text and _ESCAPED_SURROGATE.search(text):
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


def _check_depth(value: Any, max_depth: int) -> None:
    """Nesting depth, walking containers only (strings and numbers are not visited; a tuple
    of types is tested faster than ``dict | list``)."""
    level, depth = [value] if isinstance(value, (dict, list)) else [], 1
    while level:
        if depth > max_depth:
            raise _too_deep(max_depth)
        deeper = []
        for node in level:
            items = node.values() if isinstance(node, dict) else node
            deeper += [item for item in items if isinstance(item, (dict, list))]
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
