"""The keys table marks two keys that name the same facilitator, not two keys whose names are
nothing but signs."""

from __future__ import annotations

from datetime import datetime, timezone

from facilitator_app.central.store import TrustedKey
from facilitator_app.ui.organiser_models import KeyTableModel

WHEN = datetime(2016, 11, 24, 18, 30, tzinfo=timezone.utc)


def _key(fingerprint: str, *names: str) -> TrustedKey:
    return TrustedKey(fingerprint, names, "recorded", WHEN, "")


def test_only_a_shared_real_name_marks_two_keys(qtbot):
    model = KeyTableModel()
    simon, other_simon, dash, question, cyrillic, cyrillic_too = rows = [
        _key("AAAA", "Simon Chignard"), _key("BBBB", "simon  CHIGNARD"), _key("CCCC", "—"),
        _key("DDDD", "?", "…"), _key("EEEE", "Анна"), _key("FFFF", "Ольга")]
    model.set_rows(rows)
    assert model.shares_names(simon) and model.shares_names(other_simon)
    assert not model.shares_names(dash) and not model.shares_names(question)
    assert not model.shares_names(cyrillic) and not model.shares_names(cyrillic_too)
