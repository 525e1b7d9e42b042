"""Property: any bundle written as the docs say verifies, and one field changed breaks exactly
the rule the docs give for it.

Descriptions as ``docs/examples/write_bundle.py`` takes them are generated at random (texts from
the alphabet the text rules allow, catalogues, counts, stars, tombstones, notes), written with
that script, and read back; then one field is changed and the bundle must be refused under its
own rule.
"""

from __future__ import annotations

import base64
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator_app.bundle import format as fmt
from facilitator_app.bundle import read_bundle_bytes
from facilitator_app.bundle.strict_ed25519 import L
from facilitator_app.domain import QUESTION_KEYS
from facilitator_app.errors import BundleError
from tests.support.bundles import members_of
from tests.support.writer_example import changed, wb

_NONCHARACTERS = [chr(c) for c in range(0xFDD0, 0xFDF0)] + [
    chr(plane << 16 | low) for plane in range(17) for low in (0xFFFE, 0xFFFF)]
_LETTERS = st.characters(exclude_categories=("Cs", "Cc"), exclude_characters=_NONCHARACTERS)
_TEXT_CHARACTERS = st.one_of(_LETTERS, st.sampled_from("\t\n \u202e\u2067"))
_NAME_CHARACTERS = _LETTERS.filter(lambda ch: ch not in "\u2028\u2029")


def _not_blank(text: str) -> bool:
    return bool(text.strip())


_texts = st.text(_TEXT_CHARACTERS, min_size=1, max_size=60).filter(_not_blank)
_notes = st.text(_TEXT_CHARACTERS, max_size=40)
_names = st.text(_NAME_CHARACTERS, min_size=1, max_size=30).filter(_not_blank)
_titles = st.text(_NAME_CHARACTERS, min_size=1, max_size=40).filter(_not_blank)
_instants = st.integers(0, 24 * 3600 * 10**6 - 1).map(
    lambda us: "2024-03-14T{:02d}:{:02d}:{:02d}.{:06d}Z".format(
        us // 3_600_000_000, us // 60_000_000 % 60, us // 1_000_000 % 60, us % 1_000_000))
LATER = "2024-03-15T00:00:00.000000Z"  # after every instant generated


@st.composite
def descriptions(draw) -> dict:
    engagement_count = draw(st.integers(1, 4))
    reviewed = draw(st.lists(st.integers(1, engagement_count), min_size=1, unique=True))
    catalogue = {
        "format": "facilitator-app/catalogue", "format_version": 1, "id": "propriete-1",
        "version": draw(st.sampled_from(["1", "2024-03-14.2"])),
        "event": {"title": draw(_titles), "date": "2024-03-14", "host": draw(_titles)},
        "engagements": [{"number": n, "title": draw(_titles), "carrier": draw(_titles)}
                        for n in range(1, engagement_count + 1)],
        "ateliers": [{"number": 1, "title": draw(_titles), "engagements": reviewed}],
    }
    if draw(st.booleans()):
        catalogue["event"]["venue"] = draw(_titles)
    count = draw(st.integers(1, 12))
    uuids = draw(st.lists(st.uuids(version=4), min_size=count, max_size=count, unique=True))
    contributions = [{
        "uuid": str(u), "engagement": draw(st.sampled_from(reviewed)),
        "question": draw(st.sampled_from(QUESTION_KEYS)), "text": draw(_texts),
        "position": draw(st.integers(0, 20)), "starred": draw(st.booleans()),
        "created_at": draw(_instants), "updated_at": draw(_instants),
        "revision": draw(st.integers(1, 50)), "deleted": draw(st.booleans()),
    } for u in uuids]
    noted = draw(st.lists(st.sampled_from(reviewed), unique=True))
    return {
        "key_seed": draw(st.binary(min_size=32, max_size=32)).hex(),
        "installation_id": str(draw(st.uuids(version=4))), "app_version": "propriété 1",
        "catalogue": catalogue,
        "run": {"uuid": str(draw(st.uuids(version=4))), "atelier_number": 1,
                "facilitators": draw(st.lists(_names, min_size=1, max_size=3)),
                "participant_count": draw(st.none() | st.integers(0, 40)),
                "organisations": draw(st.lists(_names, max_size=3)),
                "started_at": draw(st.none() | _instants), "ended_at": draw(st.none() | _instants),
                "created_at": draw(_instants), "updated_at": draw(_instants),
                "revision": draw(st.integers(1, 9))},
        "contributions": contributions,
        "notes": [{"engagement": n, "text": draw(_notes), "updated_at": draw(_instants),
                   "revision": draw(st.integers(1, 9))} for n in noted],
    }


def _large_s(description: dict) -> bytes:
    members = members_of(wb.build(description))
    signature = base64.b64decode(json.loads(members[fmt.SIGNATURE])["signature"])
    s = int.from_bytes(signature[32:], "little") + L
    members[fmt.SIGNATURE] = wb.canonical_json({"algorithm": "Ed25519", "signature": (
        base64.b64encode(signature[:32] + s.to_bytes(32, "little")).decode())})
    return wb.canonical_zip([(name, members[name]) for name in wb.MEMBERS])


# name: (how to change the description's bundle, the rule). ``d`` is the description.
MUTATIONS = {
    "bundle-uuid": (lambda d: changed(d, "manifest", "bundle_uuid",
                                      "00000000-0000-4000-8000-000000000000"), "bundle-uuid"),
    "created-at": (lambda d: changed(d, "manifest", "created_at", LATER), "created-at"),
    "run-updated-at": (lambda d: changed(d, "payload", "run.updated_at", LATER), "created-at"),
    "event-title": (lambda d: changed(d, "manifest", "event.title", "≠ " + d["catalogue"]["event"]
                                      ["title"].strip()), "manifest-catalogue"),
    "catalogue-event-title": (lambda d: changed(d, "catalogue", "event.title", "≠ " + d[
        "catalogue"]["event"]["title"].strip()), "manifest-catalogue"),
    "counts": (lambda d: changed(d, "manifest", "counts.contributions",
                                 len(d["contributions"]) + 1), "reference"),
    "run-uuid": (lambda d: changed(d, "manifest", "run_uuid",
                                   "00000000-0000-4000-8000-000000000000"), "reference"),
    "engagement": (lambda d: changed(d, "payload", "contributions.0.engagement", 9999),
                   "reference"),
    "control-in-text": (lambda d: changed(d, "payload", "contributions.0.text", "x\x07"),
                        "text"),
    "blank-text": (lambda d: changed(d, "payload", "contributions.0.text", " \t\n"), "text"),
    "noncharacter-in-text": (lambda d: changed(d, "payload", "contributions.0.text",
                                               "fin\uffff"), "text"),
    "line-feed-in-organisation": (lambda d: changed(d, "payload", "run.organisations",
                                                    ["Retour\nà la ligne"]), "name"),
    "line-feed-in-name": (lambda d: changed(d, "payload", "run.facilitators",
                                            ["A\nB"] + d["run"]["facilitators"][1:]), "name"),
    "hash": (lambda d: changed(d, "manifest", "members.payload.json.size", 1), "hash"),
    "signature": (lambda d: changed(d, "signature", "signature", "other"), "signature"),
    "large-s": (_large_s, "signature-non-canonical"),
    "catalogue-canonical": (lambda d: changed(d, "catalogue", "event.host", " non rogné "),
                            "catalogue-canonical"),
}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(descriptions(), _texts, _names)
def test_written_bundles_verify_and_each_changed_field_breaks_its_own_rule(description, text,
                                                                           name):
    bundle = read_bundle_bytes(wb.build(description), "generated.fabundle")
    assert bundle.counts.contributions == len(description["contributions"])
    assert sorted(c.text for c in bundle.contributions) == sorted(
        c["text"].strip() for c in description["contributions"])
    assert bundle.run.facilitators == tuple(n.strip() for n in description["run"]["facilitators"])
    # Free fields: any text or name the rules allow, untrimmed too (readers do not trim).
    read_bundle_bytes(changed(description, "payload", "contributions.0.text", text), "free")
    read_bundle_bytes(changed(description, "payload", "run.organisations", [name]), "free")
    for mutation, (make, rule) in MUTATIONS.items():  # one field at a time
        try:
            read_bundle_bytes(make(description), "changed.fabundle")
        except BundleError as refused:
            assert refused.rule == rule, (mutation, str(refused))
        else:
            raise AssertionError(f"{mutation}: accepted")
