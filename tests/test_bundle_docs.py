"""docs/bundle-format.md names every rule the reader can report, in its table of rules."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = (ROOT / "docs" / "bundle-format.md").read_text(encoding="utf-8")


def _raised_rules() -> set[str]:
    found: set[str] = set()
    for path in [*(ROOT / "facilitator_app" / "bundle").glob("*.py"),
                 ROOT / "facilitator_app" / "strict_json.py"]:
        text = path.read_text(encoding="utf-8")
        found |= set(re.findall(r'(?:BundleError|_refuse)\(source, "([a-z0-9-]+)"', text))
        found |= set(re.findall(r'StrictJsonError\(\s*"([a-z0-9-]+)"', text))
        found |= set(re.findall(r'^[A-Z_]+ = "((?:key|signature)-[a-z-]+)"', text, re.M))
    if "_reference_error" in (ROOT / "facilitator_app" / "bundle" / "reader.py").read_text():
        found.add("reference")
    return found


def test_every_rule_the_reader_reports_is_in_the_docs_table():
    rules = _raised_rules()
    assert {"key-small-order", "text", "bundle-uuid", "json-syntax"} <= rules
    table = "\n".join(line for line in DOCS.splitlines() if line.startswith("| "))
    prose = DOCS
    missing = [r for r in sorted(rules) if f"`{r}`" not in table and f"`{r}`" not in prose]
    assert not missing, f"rules not named in docs/bundle-format.md: {missing}"
    in_table = [r for r in sorted(rules) if not r.startswith(("json-", "utf-"))
                and f"`{r}`" not in table]
    assert not in_table, f"rules missing from the table of rules: {in_table}"
