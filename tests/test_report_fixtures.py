"""Shared by the report tests (no tests here): a source with hostile texts beside plausible ones."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from facilitator_app.catalogue import builtin_catalogue
from facilitator_app.report import (
    MemorySource,
    ReportAtelier,
    ReportBundleSource,
    ReportConflict,
    ReportContribution,
    ReportEngagement,
    ReportEvent,
)
from facilitator_app.report.sample import sample_source

T0 = datetime(2016, 6, 21, 16, 30, tzinfo=UTC)
DANGEROUS = ("=1+1", "=HYPERLINK(\"http://example.com\",\"x\")", "+33 1 23 45 67 89",
             "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "#N/A", "'=1+1")
CONTROL = "avant\x00\x01\x07\x08\x0b\x0c\x1b\x1fapres\ud800fin\uffff"
LONG = ("Mot " * 10_000)[:40_000]  # 40,000 characters
EMOJI_LONG = "🙂" * 20_000  # 20,000 characters, 40,000 UTF-16 units


def hostile_contributions() -> list[ReportContribution]:
    """Texts that attack or exceed a spreadsheet, on engagement 15 of atelier 3."""
    texts = [*DANGEROUS, CONTROL, LONG, EMOJI_LONG, "ligne 1\nligne 2\r\nligne 3",
             "# pas un titre\n- pas une liste\n<b>pas du HTML</b> [pas un lien](x) *ni* _ça_"]
    out = []
    for i, text in enumerate(texts):
        out.append(ReportContribution(
            uuid=f"00000000-0000-4000-8000-{i:012d}", event_id="ministere-ouvert-1",
            atelier_number=3, engagement_number=15, question_key="challenges", text=text,
            starred=i % 4 == 0, facilitators=("Simon Chignard", "=cmd|' /C calc'!A0"),
            created_at=T0 + timedelta(seconds=i), updated_at=T0 + timedelta(seconds=i, minutes=1),
            bundle_uuid="bbbbbbbb-0000-4000-8000-000000000003",
            bundle_file="atelier-3.fabundle", position=100 + i))
    return out


def report_source(hostile: bool = True, per_question: int = 3) -> MemorySource:
    """The built-in catalogue's evening with a few contributions per question, plus (when
    ``hostile``) the texts above."""
    base = sample_source(builtin_catalogue(), per_question=per_question)
    contributions = list(base.contributions())
    if hostile:
        contributions += hostile_contributions()
    return MemorySource(base.events(), base.ateliers(), base.engagements(), contributions,
                        base.sources(), base.conflicts())


def two_event_source() -> MemorySource:
    """Two evenings, an engagement whose title breaks sheet-name rules, one contribution each."""
    events = [ReportEvent("mo-2", "1", "Ministère ouvert #2", date(2016, 10, 4)),
              ReportEvent("mo-1", "1", "Ministère ouvert #1", date(2016, 6, 21))]
    ateliers = [ReportAtelier("mo-1", 1, "Données", ("Ada",), 10, (), (7, 8)),
                ReportAtelier("mo-2", 1, "Données encore", ("Grace",), None, (), (7, 8))]
    engagements = [
        ReportEngagement(7, "Synthèse", "X"),  # same name as the summary sheet, once prefixed
        ReportEngagement(8, "Ouvrir: les [données]*? / de l'État \\ partout, vraiment partout",
                         "Y"),
    ]

    def c(uuid, event, eng, q, text, starred=False):
        return ReportContribution(uuid, event, 1, eng, q, text, starred, ("Ada",), T0, T0,
                                  "b-1", "b.fabundle")

    contributions = [c("u3", "mo-2", 7, "indicators", "deuxième soirée"),
                     c("u1", "mo-1", 7, "indicators", "première soirée"),
                     c("u2", "mo-1", 7, "indicators", "retenue", True),
                     c("u4", "mo-1", 8, "commitments", "engagement futur")]
    sources = [ReportBundleSource("b-1", "b.fabundle", ("Ada",), "ab12-cd34", "verified",
                                  "recorded", T0, contributions=4, cited=4)]
    conflicts = [ReportConflict("u4", "mo-1", 1, 8, "commitments", "engagement futur", 2,
                                "b.fabundle", "=autre version", 2, "c.fabundle")]
    return MemorySource(events, ateliers, engagements, contributions, sources, conflicts)
