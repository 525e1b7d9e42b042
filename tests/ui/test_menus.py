"""Every menu's keyboard accelerators are unique, in French and in English."""

from __future__ import annotations

import re

import pytest

from .test_capture import start_atelier


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def conflicts(menu) -> list[str]:
    seen: dict[str, str] = {}
    problems = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        key = mnemonic(action.text())
        if key is not None:
            if key in seen:
                problems.append(f"{getattr(menu, 'title', lambda: 'menu bar')()}: {seen[key]!r} and {action.text()!r} share &{key}")
            seen[key] = action.text()
        if action.menu() is not None:
            action.menu().aboutToShow.emit()
            problems += conflicts(action.menu())
    return problems


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_accelerators_do_not_clash_within_a_menu(qtbot, make_window, translations, lang):
    window = make_window()
    start_atelier(qtbot, window, 1)
    translations.use(lang)
    window.retranslate()
    bar = window.menuBar()
    assert not conflicts(bar), conflicts(bar)
    titles = [a.text() for a in bar.actions()]
    assert len({mnemonic(t) for t in titles}) == len(titles), titles
