"""How far each merged bundle's key is trusted, as a function of the set of bundles merged and
of the keys organisers registered (``docs/merge.md``, rule 9), whatever the order of merges.

A merge says how the key looked when that bundle arrived; the report and the store's
comparison use this rule, which a later merge of an earlier bundle may change for bundles
merged before it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from facilitator_app.central.store import name_key


def bundle_order(bundle: Any) -> tuple:
    """The order of bundles: the time its laptop made it, then its SHA-256."""
    return (bundle.created_at, bundle.sha256)


def bundle_trust(bundles: Iterable[Any], keys: Iterable[Any]) -> dict[str, str]:
    """Trust per bundle SHA-256: ``flagged``, ``trusted``, ``new`` or ``recorded``.

    ``bundles`` are the merged ones (``sha256``, ``fingerprint``, ``facilitators``,
    ``created_at``), ``keys`` the store's (``fingerprint``, ``status``, ``facilitators``).
    A facilitator's name (compared as :func:`name_key` does) belongs to the keys an organiser
    trusted that name it (registered with it, or signing a bundle naming it); if none, to the
    key of the first bundle naming it, in :func:`bundle_order`. A bundle naming someone whose
    name belongs to other keys is flagged; otherwise it is trusted when its key is, new when
    it is the first bundle of its key, recorded after."""
    ordered = sorted(bundles, key=bundle_order)
    trusted = {k.fingerprint for k in keys if k.status == "trusted"}
    owners: Mapping[str, set[str]] = defaultdict(set)
    for key in keys:
        if key.fingerprint in trusted:
            for name in _names(key.facilitators):
                owners[name].add(key.fingerprint)
    first: dict[str, str] = {}
    for bundle in ordered:
        for name in _names(bundle.facilitators):
            if bundle.fingerprint in trusted:
                owners[name].add(bundle.fingerprint)
            first.setdefault(name, bundle.fingerprint)
    found: dict[str, str] = {}
    seen: set[str] = set()
    for bundle in ordered:
        flagged = any(bundle.fingerprint not in owners[name] if name in owners
                      else first[name] != bundle.fingerprint
                      for name in _names(bundle.facilitators))
        if flagged:
            found[bundle.sha256] = "flagged"
        elif bundle.fingerprint in trusted:
            found[bundle.sha256] = "trusted"
        else:
            found[bundle.sha256] = "recorded" if bundle.fingerprint in seen else "new"
        seen.add(bundle.fingerprint)
    return found


def _names(facilitators: Iterable[str]) -> set[str]:
    return {name_key(n) for n in facilitators} - {""}
