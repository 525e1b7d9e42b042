"""Confirmed near-duplicate groups in the report: each shown once, in every output.

The source streams every contribution; :func:`collapse` lets through, for each confirmed group,
one row (the member kept, or the group's first member in the report's order when the organiser
wrote a merged text) carrying the group's text and the group itself, and drops the other
members. The outputs then say where the group came from (``group`` on the row): its sources,
and how many ateliers and runs raised it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from facilitator_app.report.data import ReportContribution, ReportGroup


def collapse(contributions: Iterable[ReportContribution],
             groups: Sequence[ReportGroup]) -> Iterator[ReportContribution]:
    """``contributions`` with each confirmed group's members made one row."""
    if not groups:
        yield from contributions
        return
    group_of = {u: g for g in groups for u in g.uuids}
    shown: set[str] = set()
    for c in contributions:
        group = group_of.get(c.uuid)
        if group is None:
            yield c
            continue
        if group.id in shown or (group.kept_uuid is not None and c.uuid != group.kept_uuid):
            continue
        shown.add(group.id)
        names = dict.fromkeys(n for s in group.sources for n in s.facilitators)
        yield replace(c, text=group.text, group=group, facilitators=tuple(names))


def collapsed_counts(counts: Mapping[tuple[int, str], int],
                     groups: Sequence[ReportGroup]) -> dict[tuple[int, str], int]:
    """The counts per engagement and question once each group is one row."""
    found = dict(counts)
    for g in groups:
        key = (g.engagement_number, g.question_key)
        found[key] = found.get(key, 0) - (len(g.uuids) - 1)
    return found


def ateliers_of(group: ReportGroup) -> tuple[tuple[str, int], ...]:
    """The (event id, atelier number) of the group's sources, each once, in their order."""
    return tuple(dict.fromkeys((s.event_id, s.atelier_number) for s in group.sources))
