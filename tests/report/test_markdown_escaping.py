"""Participants' text stays literal text in the Markdown pages.

Each page is parsed by a CommonMark parser (markdown-it-py, with GitHub's tables and
strikethrough): whatever was typed, the page has the same blocks as with a plain word, and each
text reads back as typed (around each line the spaces and tabs that HTML would not show anyway
are dropped), with no heading, list, code, link, HTML or emphasis, and no stray backslash or
asterisk.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from facilitator_app.domain import Milestone
from facilitator_app.report import (
    MemorySource,
    ReportAtelier,
    ReportContribution,
    ReportEngagement,
    ReportEvent,
    write_report,
)
from facilitator_app.report.markdown import escape_markdown

MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
T0 = datetime(2016, 6, 21, 16, 30, tzinfo=UTC)
PLAIN = "PLACEHOLDER"

TYPED = (
    # 1. an ordered-list marker: the backslash must come after the digits
    "1. premier point", "12) douze", "2020. une année", "texte\n3. troisième", "1.", "7)",
    # 2. surrounding whitespace (a starred text is wrapped in ** **)
    " espace avant", "espace après ", "  les deux  ", "\tune tabulation", "texte\n",
    "\n\nlignes vides autour\n\n", "fin étoilée *", "* début étoilé",
    # 3. indentation: no code block, first line or later, after an empty line or not
    "    quatre espaces", "\tcode", "texte\n\n    code après une ligne vide",
    "avant\n        après", "texte\n\t\tindenté", "- liste\n\n      code dans la liste",
    # 4. entities
    "a &lt; b, &amp;, &#65; &#x42; &copy; &nbsp; R&D", "&", "&&;",
    # the rest of CommonMark and GitHub's additions
    "titre\n===", "titre\n---", "titre\n  ===", "titre\n   ---  ", "+ plus", "- moins",
    "* étoile", "> citation", ">> double", "<div>bloc</div>", "<!-- commentaire -->",
    "<script>alert(1)</script>", "<http://example.com>", "<a@b.fr>", "~~~\ncode\n~~~",
    "```py\ncode\n```", "a | b\n--|--\nc | d", "| a |\n|---|", "note[^1]\n\n[^1]: la note",
    "[x]: http://example.com", "~~barré~~", "~un~", "***", "- - -", "_ _ _", "titre #",
    "fin ##", "#", "# #", "#sansespace", "ligne\n\n\nautre", "a\\", "\\", "\\*", "fin\\\nsuite",
    "[lien](http://x) ![image](y)", "*ni* **ni** _ni_ __ni__", "`code` ``double``",
    "deux espaces  \nen fin de ligne", "=1+1", "-2+3", "@SUM(A1:A2)", "ligne 1\r\nligne 2\rligne 3",
)


def expected(typed: str) -> str:
    """What a reader sees: the lines as typed, without the spaces HTML would not show."""
    lines = typed.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
    return "\n".join(line.strip() for line in lines)


def reading(inline) -> str:
    """The text of an inline token as read: line breaks as ``\\n``, any other markup named."""
    out = []
    for child in inline.children:
        if child.type == "text":
            out.append(child.content)
        elif child.type in ("hardbreak", "softbreak"):
            out.append(f"⟨{child.type}⟩\n")
        else:
            out.append(f"⟨{child.type}⟩")
    return "".join(out).replace("⟨hardbreak⟩\n", "\n")


def parse(page: str) -> tuple[list[str], list[str]]:
    """The page's blocks (token types and tags) and the reading of each of its inlines."""
    tokens = MD.parse(page)
    blocks = [f"{t.type}:{t.tag}" for t in tokens]
    return blocks, [reading(t) for t in tokens if t.type == "inline"]


def page_for(tmp_path, text: str) -> str:
    """The page of an engagement whose description, lead institution and milestone are
    ``text``, with ``text`` contributed once starred and once not."""
    engagement = ReportEngagement(7, "Titre", text, milestones=(Milestone(text),),
                                  description=text)
    contributions = [
        ReportContribution(f"u{i}", "mo-1", 1, 7, "indicators", text, starred, ("Ada",), T0, T0,
                           "b-1", "b.fabundle")
        for i, starred in enumerate((True, False))]
    source = MemorySource([ReportEvent("mo-1", "1", "Ministère ouvert #1", date(2016, 6, 21))],
                          [ReportAtelier("mo-1", 1, "Données", ("Ada",), 10, (), (7,))],
                          [engagement], contributions)
    folder = tmp_path / "md"
    write_report(source, markdown=folder)
    return (folder / "engagement-7.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def plain_page(tmp_path_factory):
    return parse(page_for(tmp_path_factory.mktemp("plain"), PLAIN))


@pytest.mark.parametrize("typed", TYPED)
def test_typed_text_reads_back_as_typed(tmp_path, plain_page, typed):
    page = page_for(tmp_path, typed)
    blocks, readings = parse(page)
    plain_blocks, plain_readings = plain_page
    assert blocks == plain_blocks, page  # no heading, list, code block, table, quote or HTML
    want = [r.replace(PLAIN, expected(typed)) for r in plain_readings]
    assert readings == want, page  # no link, emphasis, entity, backslash or asterisk


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\n\r#*_-+=.)1909>`~|[]()<>&;!:/\\^@aé★", max_size=40))
def test_any_text_in_an_item_reads_back_as_typed(typed):
    escaped = escape_markdown(typed)
    for item, markup in ((f"- {escaped}\n", ""), (f"- ★ **{escaped}**\n", "⟨strong_open⟩")):
        if not escaped:
            continue
        blocks, readings = parse(item)
        assert blocks == ["bullet_list_open:ul", "list_item_open:li", "paragraph_open:p",
                          "inline:", "paragraph_close:p", "list_item_close:li",
                          "bullet_list_close:ul"], item
        star = "★ " if markup else ""
        closing = "⟨strong_close⟩" if markup else ""
        assert readings == [f"{star}{markup}{expected(typed)}{closing}"], item


@pytest.mark.parametrize(("typed", "markdown"), [
    ("1. premier point", r"1\. premier point"),
    ("12) douze", r"12\) douze"),
    ("avant\n2. après", "avant  \n  2\\. après"),
    ("  texte  ", "texte"),
    ("\n texte\n\n", "texte"),
    ("    code", "code"),
    ("\tcode", "code"),
    ("a\n\n    b", "a  \n  \\\n  b"),
    ("a &lt; &amp; &#65;", "a &amp;lt; &amp;amp; &amp;#65;"),
    ("titre #", r"titre \#"),
    ("titre\n===", "titre  \n  \\==="),
    ("", ""),
    (" \n\t", ""),
])
def test_escaped_markdown(typed, markdown):
    assert escape_markdown(typed) == markdown


def test_a_starred_text_with_spaces_around_is_bold(tmp_path):
    page = page_for(tmp_path, "  retenue \n")
    assert "- ★ **retenue**\n" in page
    assert "- retenue\n" in page
