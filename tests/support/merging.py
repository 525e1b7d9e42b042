"""Bundles made to order for the merge tests: a run whose contributions have chosen revisions
and texts, signed by a chosen key."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from facilitator_app.bundle.keys import InstallationKey
from facilitator_app.bundle.writer import build_bundle
from facilitator_app.domain import Catalogue, Contribution, EngagementNotes
from tests.support.bundles import INSTALLATION, T0, TEST_KEY, sample

RUN, CATALOGUE, _, _ = sample()
ENGAGEMENTS = CATALOGUE.atelier(RUN.atelier_number).engagement_numbers


def contribution(n: int, revision: int = 1, text: str | None = None, *, deleted: bool = False,
                 starred: bool = False, question: str = "indicators") -> Contribution:
    """Contribution number ``n`` of the test run at ``revision``."""
    return Contribution(
        uuid=f"10000000-0000-4000-8000-{n:012d}", run_uuid=RUN.uuid,
        engagement_number=ENGAGEMENTS[n % len(ENGAGEMENTS)], question_key=question,
        text=text if text is not None else f"Contribution {n}, révision {revision}",
        position=n, starred=starred, created_at=T0 + timedelta(seconds=n),
        updated_at=T0 + timedelta(seconds=n, minutes=revision), revision=revision,
        deleted=deleted)


def bundle_bytes(contributions: list[Contribution], *, key: InstallationKey = TEST_KEY,
                 facilitators: tuple[str, ...] | None = None, run_revision: int = 1,
                 participants: int = 20, run_uuid: str | None = None,
                 catalogue: Catalogue = CATALOGUE,
                 notes: dict[int, str] | None = None) -> bytes:
    run = replace(RUN, uuid=run_uuid or RUN.uuid, revision=run_revision,
                  catalogue_id=catalogue.id, catalogue_version=catalogue.version,
                  participant_count=participants,
                  facilitators=facilitators if facilitators is not None else RUN.facilitators)
    kept = [EngagementNotes(run.uuid, number, text, T0 + timedelta(minutes=40), 1)
            for number, text in (notes or {}).items()]
    return build_bundle(run, catalogue, contributions, kept, INSTALLATION, key)


def write_bundle(folder: Path, name: str, contributions: list[Contribution], **options) -> Path:
    path = folder / f"{name}.fabundle"
    path.write_bytes(bundle_bytes(contributions, **options))
    return path
