"""An engagement's follow-up as the facilitator's panel and the room display both show it: who
carries the engagement, how far it has come, and its milestones, each behind its box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator_app import i18n
from facilitator_app.domain import Engagement, completion_label


def follow_up_line(engagement: Engagement) -> str:
    """Who carries the engagement and its progress, in the interface's language (plain text)."""
    return QCoreApplication.translate(
        "FollowUp", "Lead institution: {carrier} · Completion: {completion}").format(
        carrier=engagement.carrier,
        completion=completion_label(engagement.completion, i18n.language()))


def milestone_lines(engagement: Engagement) -> list[str]:
    """Each milestone behind its box, ticked when reached (plain text)."""
    return [f"{'☑' if m.done else '☐'} {m.title}" for m in engagement.milestones]
