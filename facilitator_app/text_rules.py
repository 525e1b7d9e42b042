"""What a contribution, a note and a name may hold: one statement for capture and for bundles.

The capture refuses what breaks these rules (and offers :func:`sanitise_text` and
:func:`sanitise_name` for text that arrives from elsewhere: a paste, a workbook); the reader of
bundles refuses a bundle that holds such text, since the app never writes it. The JSON Schemas
state the same rules as patterns (:data:`TEXT_PATTERN`, :data:`NOTES_PATTERN`,
:data:`NAME_PATTERN`), except for the noncharacters beyond the first plane, which a pattern
cannot name portably.

- **Texts** (contributions, notes): no control character (C0, DEL, C1) other than tab and line
  feed; no noncharacter (U+FDD0 to U+FDEF, and the last two code points of every plane: U+FFFE,
  U+FFFF, U+1FFFE, ... U+10FFFF); no lone surrogate. A contribution is not blank: it holds
  something other than white space. A note may be empty (its engagement's notes were cleared).
- **Names** (facilitators, organisations): the same, and no tab or line break either (line
  feed, U+2028, U+2029); not blank.
- **Bidirectional controls** (U+202A to U+202E, U+2066 to U+2069, U+200E, U+200F, U+061C) are
  allowed, since right-to-left names need them, but :func:`shown_name` makes them visible
  wherever a name is displayed, so that a name cannot reorder the text around it unseen.
"""

from __future__ import annotations

import re

# Character classes, written for JSON Schema patterns (ECMA-262) and Python's re alike.
_CONTROLS_BUT_TAB_LF = "\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f"
_CONTROLS = "\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029"  # and the line separators
_NONCHARACTERS = "\\ufdd0-\\ufdef\\ufffe\\uffff"
# White space (Unicode's White_Space property) that is not a forbidden control.
_SPACE = "\\t\\n \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"

TEXT_PATTERN = (f"^[^{_CONTROLS_BUT_TAB_LF}{_NONCHARACTERS}]*"
                f"[^{_CONTROLS_BUT_TAB_LF}{_NONCHARACTERS}{_SPACE}]"
                f"[^{_CONTROLS_BUT_TAB_LF}{_NONCHARACTERS}]*$")
NOTES_PATTERN = f"^[^{_CONTROLS_BUT_TAB_LF}{_NONCHARACTERS}]*$"
NAME_PATTERN = (f"^[^{_CONTROLS}{_NONCHARACTERS}]*[^{_CONTROLS}{_NONCHARACTERS}{_SPACE}]"
                f"[^{_CONTROLS}{_NONCHARACTERS}]*$")

# What a text may not hold, in Python: the classes above, the other planes' noncharacters and
# lone surrogates (which strict JSON already refuses in bundles, but a paste may carry).
_OTHER_PLANES = "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}"
                        for plane in range(1, 17))
_FORBIDDEN_IN_TEXT = re.compile(
    f"[{_CONTROLS_BUT_TAB_LF}{_NONCHARACTERS}{_OTHER_PLANES}\\ud800-\\udfff]")
_FORBIDDEN_IN_NAME = re.compile(f"[{_CONTROLS}{_NONCHARACTERS}{_OTHER_PLANES}\\ud800-\\udfff]")
_NOT_SPACE = re.compile(f"[^{_SPACE}]")
# The other planes' noncharacters in UTF-8: F0-F4, then a byte whose low four bits are 1111
# (with the lead byte, the plane), then BF and BE or BF. JSON outside strings is ASCII, so a
# JSON document whose bytes hold none of these holds no such character in any text.
_OTHER_PLANES_UTF8 = re.compile(b"[\xf0-\xf4][\x8f\x9f\xaf\xbf]\xbf[\xbe\xbf]")
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_LINE_ENDS = re.compile("\r\n?")


def forbidden_in_text(text: str) -> str | None:
    """The first character a contribution's or a note's text may not hold, if any."""
    found = _FORBIDDEN_IN_TEXT.search(text)
    return found.group() if found else None


def forbidden_in_name(name: str) -> str | None:
    """The first character a name may not hold, if any."""
    found = _FORBIDDEN_IN_NAME.search(name)
    return found.group() if found else None


def may_hold_other_planes_noncharacters(utf8: bytes) -> bool:
    """Whether UTF-8 bytes may encode a noncharacter beyond the first plane (the patterns of
    the schemas cannot say those); a fast scan, for a whole document at once."""
    return _OTHER_PLANES_UTF8.search(utf8) is not None


def is_blank(text: str) -> bool:
    """Whether the text holds nothing but white space (or nothing at all)."""
    return _NOT_SPACE.search(text) is None


def code_point(ch: str) -> str:
    """How a refused character is named in a message: ``U+001B``."""
    return f"U+{ord(ch):04X}"


def contribution_problem(text: str) -> str | None:
    """Why ``text`` cannot be a contribution's text (a sentence in English, for ValueError), or
    None when it can."""
    bad = forbidden_in_text(text)
    if bad is not None:
        return f"a contribution may not hold the character {code_point(bad)}"
    if is_blank(text):
        return "a contribution needs some text"
    return None


def notes_problem(text: str) -> str | None:
    """Why ``text`` cannot be an engagement's notes, or None."""
    bad = forbidden_in_text(text)
    return None if bad is None else f"notes may not hold the character {code_point(bad)}"


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a facilitator's or an organisation's name, or None."""
    bad = forbidden_in_name(name)
    if bad is not None:
        return f"a name may not hold the character {code_point(bad)}"
    if is_blank(name):
        return "a name may not be blank"
    return None


def sanitise_text(text: str) -> str:
    """Text from elsewhere (a paste, a workbook cell) made fit for a contribution or notes:
    line ends as line feeds, every other forbidden character removed. Not trimmed: the capture
    trims. May be blank, which the capture refuses."""
    return _FORBIDDEN_IN_TEXT.sub("", _LINE_ENDS.sub("\n", text))


def sanitise_name(name: str) -> str:
    """A name from elsewhere made fit: tabs and line breaks as spaces, every other forbidden
    character removed, white space at both ends trimmed."""
    spaced = re.sub("[\t\n\r\u2028\u2029]+", " ", name)
    return _FORBIDDEN_IN_NAME.sub("", spaced).strip()


def shown_name(name: str) -> str:
    """A name as displayed: each bidirectional control shown as its code point (``<U+202E>``)
    rather than obeyed, so that a name cannot reorder what is displayed after it."""
    return _BIDI_CONTROLS.sub(lambda found: f"<{code_point(found.group())}>", name)
