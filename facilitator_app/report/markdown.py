"""One Markdown page per engagement (``engagement-15.md``), in the structure of the online
mid-term report: title, lead institution, completion, stakes and roadmap, then the workshops'
contributions under the four guiding questions, starred ones first and marked ★.

Participants' text is escaped so that it stays text (no heading, list, link or HTML made by
what someone typed); control characters are shown as control pictures, as in the workbook.
"""

from __future__ import annotations

import re
from typing import TextIO

from facilitator_app.domain import QUESTION_KEYS, completion_label
from facilitator_app.report import labels as L
from facilitator_app.report.context import ReportContext
from facilitator_app.report.data import ReportContribution, ReportEngagement
from facilitator_app.report.text import clean_for_excel

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
# What would open a block at the start of a line (heading, list item, setext underline; a quote's
# ">" is escaped as inline). The backslash goes before the match's last character: "\#", "\-",
# and "1\." - before a digit a backslash is no escape in CommonMark and would show.
_LINE_START = re.compile(r"[#+=-]|[0-9]+[.)]")
_CLOSING_HASHES = re.compile(r"(?<=[ \t])#+$")  # "x #" would lose its "#" in a heading
_HARD_BREAK = "  \n  "  # hard line break, indented to stay in the list item


def escape_markdown(text: str) -> str:
    """``text`` as literal Markdown: inline markup escaped, no line can open a block.

    The whole text is stripped of surrounding whitespace (CommonMark drops it anyway, and a
    ``**`` beside a space is no longer bold). Each line loses its leading spaces and tabs: four
    of them would make an indented code block. They are removed rather than turned into
    non-breaking spaces because HTML does not show spaces at the start of a line anyway (the page
    looks the same), the Markdown that editors paste stays plain, and the exact text remains in
    the workbook and the CSV. An empty line becomes a line holding only a backslash (a hard
    break): a blank line would end the paragraph, the list item and a starred item's bold.
    """
    text = clean_for_excel(text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not text:
        return ""
    text = text.replace("&", "&amp;")  # an entity typed (&lt;, &#65;) stays as typed
    out = []
    for line in text.split("\n"):
        line = _INLINE.sub(r"\\\1", line.lstrip(" \t").rstrip())
        if not line:
            out.append("\\\n  ")
            continue
        if m := _LINE_START.match(line):
            cut = m.end() - 1
            line = line[:cut] + "\\" + line[cut:]
        out.append(_CLOSING_HASHES.sub(r"\\\g<0>", line) + _HARD_BREAK)
    return "".join(out).removesuffix(_HARD_BREAK)  # the last line is never empty


def page_name(number: int) -> str:
    return f"engagement-{number}.md"


class MarkdownPage:
    """The page of one engagement, written to ``handle`` as its contributions arrive."""

    def __init__(self, ctx: ReportContext, engagement: ReportEngagement, handle: TextIO) -> None:
        self.ctx, self.engagement, self.out = ctx, engagement, handle
        self.next_question = 0
        lang, e = ctx.lang, engagement
        sep = ": " if lang == "en" else " : "
        reviewing = [a for a in ctx.ateliers if e.number in a.engagement_numbers]
        self.attribute = len(reviewing) != 1
        self.out.write(f"# {escape_markdown(ctx.t('eng.title', n=e.number, title=e.title))}\n\n")
        self.out.write(f"**{ctx.t('label.carrier')}**{sep}{escape_markdown(e.carrier)}  \n")
        self.out.write(f"**{ctx.t('label.completion')}**{sep}"
                       f"{completion_label(e.completion, lang)}\n\n")
        for synthesis in ctx.syntheses_by_engagement.get(e.number, ()):
            # The editors' own Markdown, as they wrote it (participants' text is escaped).
            heading = (ctx.t("eng.synthesis_event", event=ctx.event_title(synthesis.event_id))
                       if ctx.several_events else ctx.t("eng.synthesis"))
            when = L.utc_naive(synthesis.updated_at).strftime("%Y-%m-%d %H:%M")
            by = ctx.t("eng.synthesis_by", author=synthesis.author, when=when)
            self.out.write(f"## {escape_markdown(heading)}\n\n{synthesis.text.strip()}\n\n"
                           f"_{escape_markdown(by)}_\n\n")
        if e.description:
            self.out.write(f"## {ctx.t('eng.context')}\n\n{escape_markdown(e.description)}\n\n")
        if e.milestones:
            self.out.write(f"## {ctx.t('eng.roadmap')}\n\n")
            for m in e.milestones:
                self.out.write(f"- [{'x' if m.done else ' '}] {escape_markdown(m.title)}\n")
            self.out.write("\n")
        self.out.write(f"## {ctx.t('eng.workshops')}\n\n")
        for a in reviewing:
            event = ctx.event_by_id.get(a.event_id)
            when = f"{event.title}, {L.long_date(event.date, lang)}" if event else a.event_id
            line = f"{ctx.atelier_label(a.event_id, a.number)} ({when})"
            if a.facilitators:
                line += ", " + ctx.t("label.facilitated", names=ctx.names(a.facilitators))
            if a.participant_count is not None:
                n = a.participant_count
                key = "label.participant" if (n == 1 if lang == "en" else n <= 1) \
                    else "label.participants"
                line += (" ; " if lang != "en" else "; ") + ctx.t(key, n=n)
            self.out.write(f"_{ctx.t('col.atelier')} {escape_markdown(line)}_  \n")
        if reviewing:
            self.out.write("\n")

    def open_until(self, index: int) -> None:
        while self.next_question <= index:
            key = QUESTION_KEYS[self.next_question]
            lang = self.ctx.lang
            count = self.ctx.counts.get((self.engagement.number, key), 0)
            self.out.write(f"\n### {L.question_heading(key, lang)}\n\n"
                           f"_{escape_markdown(L.question_full(key, lang))}_\n\n")
            if not count:
                self.out.write(f"{self.ctx.t('eng.none')}\n")
            self.next_question += 1

    def add(self, c: ReportContribution, question_index: int) -> None:
        if question_index >= self.next_question:
            self.open_until(question_index)
        star = "★ " if c.starred else ""
        text = escape_markdown(c.text)  # no surrounding whitespace: the bold always holds
        if c.starred and text:
            text = f"**{text}**"
        line = f"- {star}{text}"
        if c.group is not None:  # a confirmed group: every atelier that raised it
            where = self.ctx.group_ateliers(c).replace("\n", " ; ")
            line += f" _({escape_markdown(where)} – {escape_markdown(self.ctx.group_note(c))})_"
        elif self.attribute:
            line += f" _({escape_markdown(self.ctx.atelier_label(c.event_id, c.atelier_number))})_"
        self.out.write(line + "\n")

    def finish(self) -> None:
        self.open_until(len(QUESTION_KEYS) - 1)
        notes = self.ctx.notes_by_engagement.get(self.engagement.number)
        if not notes:
            return
        self.out.write(f"\n## {escape_markdown(self.ctx.t('eng.notes'))}\n\n")
        for n in notes:  # one paragraph per run, attributed to its atelier and facilitators
            who = self.ctx.atelier_label(n.event_id, n.atelier_number)
            if n.facilitators:
                who += ", " + self.ctx.t("label.facilitated", names=self.ctx.names(n.facilitators))
            self.out.write(f"_{self.ctx.t('col.atelier')} {escape_markdown(who)}_  \n"
                           f"{escape_markdown(n.text)}\n\n")
