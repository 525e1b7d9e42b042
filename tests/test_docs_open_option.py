"""The documentation says what ``--open`` does, the option the file associations start."""

from __future__ import annotations

import re

from facilitator_app.cli import build_parser

from .conftest import ROOT

DOCS = [ROOT / "packaging" / "README.md", ROOT / "docs" / "INSTALL-IT.md", ROOT / "README.md"]


def test_the_option_the_file_associations_start_exists():
    desktop = (ROOT / "packaging" / "linux" / "facilitator-app-open.desktop").read_text()
    assert "Exec=facilitator-app --open %f" in desktop
    args = build_parser().parse_args(["--open", "a.fabundle", "--open", "b.fabundle"])
    assert args.open == ["a.fabundle", "b.fabundle"] and args.command is None


def test_no_document_says_the_option_is_missing():
    stale = re.compile(r"does not have that option|once the application has its `--open`|"
                       r"usage error until it does", re.IGNORECASE)
    for path in DOCS:
        text = " ".join(path.read_text(encoding="utf-8").split())  # across line breaks
        assert not stale.search(text), f"{path.name} says --open does not exist yet"


def test_the_administrators_guide_says_what_a_double_click_does():
    text = " ".join((ROOT / "docs" / "INSTALL-IT.md").read_text(encoding="utf-8").split())
    assert "a double click runs `facilitator-app --open FILE`" in text
    assert "merges the bundle" in text
