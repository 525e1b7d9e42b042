"""Export and verify of one run of 5,000 contributions, beside plain ``json`` + ``zipfile``.

The run is made in a real ``LocalStore`` in a temporary folder: French texts of varied length
(a few words to a few thousand characters, accents, typographic quotes, the odd emoji and line
break), some edited (revision > 1), some starred, some deleted (tombstones), notes on every
engagement. The key is a real installation key (``load_or_create_key``).

- **export**: ``build_bundle`` from the run already loaded from the store (dataclasses to JSON
  shapes, canonical JSON, SHA-256 of the members, Ed25519 signature, canonical zip), against the
  baseline: ``json.dumps`` of the *same dicts* (the bundle's own members, decoded beforehand) and
  ``zipfile.ZipFile.writestr`` of the results into memory.
- **verify**: ``read_bundle_bytes`` (every check of the reader), against ``zipfile`` opening the
  same bytes, reading the five members and ``json.loads`` of the four JSON ones.

Both sides work in memory, in the same process, alternately (ABBA), each call after a
``gc.collect()``. ``export_run`` (store to file, atomically) is timed too, with its parts,
without a target. A profile of each app side says where its time goes.
"""

from __future__ import annotations

import cProfile
import gc
import io
import json
import pstats
import random
import tempfile
import time
import uuid as uuidlib
import zipfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from benchmarks import machine_line, verdict
from facilitator_app.atomic import write_atomically
from facilitator_app.bundle import format as fmt
from facilitator_app.bundle import reader
from facilitator_app.bundle.keys import load_or_create_key
from facilitator_app.bundle.reader import read_bundle_bytes
from facilitator_app.bundle.writer import build_bundle, export_run
from facilitator_app.catalogue import builtin_catalogue
from facilitator_app.domain import QUESTION_KEYS, Contribution
from facilitator_app.storage.local_store import LocalStore

TITLE = "Export and verify of a 5,000-contribution run"
CONTRIBUTIONS = 5_000
ATELIER = 3
WARM_UP = 2
REPETITIONS = 31  # per side, alternating; the median is the 16th
FILE_REPETITIONS = 7
TARGET = 3.0  # app at most 3x plain json + zipfile, for export and for verify

_SENTENCES = (
    "Publier les données de la commande publique dans un format ouvert et réutilisable.",
    "Le nombre de jeux de données mis à jour chaque trimestre sur data.gouv.fr.",
    "Associer la société civile dès la conception, pas seulement à la fin.",
    "Former les agents : « ouvrir par défaut » n'est pas encore un réflexe dans les services.",
    "Les collectivités manquent de moyens pour suivre ; il faut un accompagnement.",
    "S'inspirer de ce qu'ont fait le Royaume-Uni et le Mexique pour les contrats publics.",
    "Un tableau de bord public, mis à jour au moins une fois par mois.",
    "Quel calendrier ? Les participants demandent des jalons datés et vérifiables.",
    "Le code source des algorithmes publics doit être publié et documenté.",
    "Difficulté : les formats propriétaires hérités des anciens logiciels métiers.",
    "Mesurer la réutilisation réelle, pas seulement le téléchargement.",
    "Créer un lieu d'échange entre administrations et réutilisateurs (forum, rencontres).",
    "Les citoyens ne savent pas où trouver l'information ; la rendre plus visible.",
    "Engagement : consulter en ligne avant toute décision structurante, avec un retour écrit.",
    "Transparence des dépenses : détail par poste, pas seulement des agrégats annuels.",
    "Évaluer à mi-parcours avec des indicateurs partagés et une revue indépendante.",
    "Très bonne initiative 👍 mais le périmètre reste flou pour les opérateurs de l'État.",
    "Rendre compte des avis reçus et expliquer ce qui a été retenu ou écarté — et pourquoi.",
)


def _text(rng: random.Random) -> str:
    """Mostly one to three sentences, sometimes a paragraph, rarely a long statement."""
    draw = rng.random()
    if draw < 0.15:
        return rng.choice(_SENTENCES).split(",")[0].split(":")[0].rstrip(" .") or "Oui"
    count = (rng.randint(1, 3) if draw < 0.80 else rng.randint(4, 12) if draw < 0.99
             else rng.randint(30, 90))
    parts = [rng.choice(_SENTENCES) for _ in range(count)]
    if count > 3 and rng.random() < 0.5:
        parts.insert(count // 2, "\n")
    return " ".join(parts).replace(" \n ", "\n")


def _make_run(folder: Path):
    """A store holding one run of CONTRIBUTIONS contributions; returns (store, run uuid)."""
    rng = random.Random(2016_06_21)
    catalogue = builtin_catalogue()
    store = LocalStore.in_folder(folder)
    run = store.start_run(catalogue, ATELIER)
    store.update_run(run.uuid, participant_count=24,
                     organisations=["Etalab", "Cour des comptes", "Regards Citoyens"])
    engagements = catalogue.atelier(ATELIER).engagement_numbers
    positions: dict[tuple[int, str], int] = {}
    rows = []
    for i in range(CONTRIBUTIONS):
        place = (rng.choice(engagements), rng.choice(QUESTION_KEYS))
        positions[place] = positions.get(place, 0) + 1
        created = run.created_at + timedelta(seconds=i * 0.7, microseconds=rng.randrange(10**6))
        revision = 1 if rng.random() < 0.8 else rng.randint(2, 4)
        deleted = rng.random() < 0.04
        rows.append(Contribution(
            uuid=str(uuidlib.UUID(int=rng.getrandbits(128), version=4)), run_uuid=run.uuid,
            engagement_number=place[0], question_key=place[1], text=_text(rng),
            position=positions[place], starred=not deleted and rng.random() < 0.08,
            created_at=created,
            updated_at=created + timedelta(seconds=rng.randint(5, 900) * (revision > 1 or deleted)),
            revision=revision + deleted, deleted=deleted))
    store.save(contributions=rows)  # one transaction, as a RunDocument's changes are saved
    for number in engagements:
        store.set_notes(run.uuid, number, " ".join(rng.choice(_SENTENCES) for _ in range(6)))
    return store, run.uuid


# The app's JSON text: UTF-8 (not \\u escapes), sorted keys, no spaces. The baseline with these
# options writes the same JSON bytes as the app; the one with json.dumps defaults does less.
SAME_OPTIONS = {"ensure_ascii": False, "sort_keys": True, "separators": (",", ":")}


def _plain_export(members: list[tuple[str, object]], options: dict) -> bytes:
    """The baseline: json.dumps of each member's dict and a stored zip, in memory."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name, value in members:
            archive.writestr(name, value if isinstance(value, bytes)
                             else json.dumps(value, **options).encode("utf-8"))
    return out.getvalue()


def _plain_verify(data: bytes) -> list:
    """The baseline: open the zip, read every member, json.loads the JSON ones."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [json.loads(archive.read(name)) if name.endswith(".json") else archive.read(name)
                for name in fmt.MEMBERS]


def _alternate(sides: dict[str, Callable[[], object]],
               repetitions: int) -> dict[str, list[float]]:
    """Seconds per call of each side; the order of the sides rotates and reverses from one
    round to the next (ABC, CBA, BCA, ...), each call after a full collection."""
    names = list(sides)
    timings: dict[str, list[float]] = {name: [] for name in names}
    for rep in range(WARM_UP + repetitions):
        shift = (rep // 2) % len(names)
        order = names[shift:] + names[:shift]
        for side in (order if rep % 2 == 0 else order[::-1]):
            gc.collect()
            started = time.perf_counter()
            sides[side]()
            elapsed = time.perf_counter() - started
            if rep >= WARM_UP:
                timings[side].append(elapsed)
    return timings


def timed(call: Callable[[], object]) -> float:
    gc.collect()
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def _median(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[len(ordered) // 2]


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


# Where the app's time goes: (label, module file suffix, function name), cumulative time.
_EXPORT_PARTS = (
    ("dataclasses to JSON shapes (`format.*_to_json`, `instant`)", "bundle/format.py",
     ("contribution_to_json", "run_to_json", "notes_to_json")),
    ("canonical JSON (`strict_json.dumps`)", "strict_json.py", ("dumps",)),
    ("sorting contributions (`contribution_order`)", "bundle/format.py", ("contribution_order",)),
    ("catalogue hash (`catalogue_sha256`)", "catalogue/model.py", ("catalogue_sha256",)),
    ("canonical zip (`write_container`)", "bundle/container.py", ("write_container",)),
    ("SHA-256 of members", "~", ("<built-in method _hashlib.openssl_sha256>",)),
    ("Ed25519 signature", "bundle/keys.py", ("sign",)),
)
_VERIFY_PARTS = (
    ("container checks and canonical re-serialisation (`read_members`)", "bundle/container.py",
     ("read_members",)),
    ("strict JSON parse (`strict_json.loads`)", "strict_json.py", ("loads",)),
    ("JSON Schema validation (`json_schema`)", "bundle/reader.py", ("_validate",)),
    ("JSON shapes to checked columns (`_read_payload_1`, instants parsed)", "bundle/reader.py",
     ("_read_payload_1",)),
    ("signature check (`_check_signature`, includes the signature's JSON and schema)",
     "bundle/reader.py", ("_check_signature",)),
    ("catalogue (`_catalogue`, cached after the first bundle)", "bundle/reader.py",
     ("_catalogue",)),
    ("references and counts (`_check_references`)", "bundle/reader.py", ("_check_references",)),
)


def _profile(call: Callable[[], object], parts) -> tuple[float, list[tuple[str, float]]]:
    """Profiled total and the cumulative time of each part (a profiler inflates calls that
    are many and small, so these are shares to compare, not timings)."""
    profiler = cProfile.Profile()
    profiler.enable()
    call()
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # (file, line, name) -> (cc, nc, tt, ct, callers)
    total = max(ct for (_, _, _, ct, _) in stats.values())
    found = []
    for label, suffix, names in parts:
        seconds = sum(v[3] for (file, _, name), v in stats.items()
                      if name in names and (file == suffix or file.endswith(suffix)))
        found.append((label, seconds))
    return total, found


def _profile_lines(title: str, total: float, parts: list[tuple[str, float]]) -> str:
    rows = "\n".join(f"| {label} | {seconds * 1000:.1f} ms | {seconds / total:.0%} |"
                     for label, seconds in parts)
    return (f"| {title} (profiled total {total * 1000:.0f} ms) | cumulative | share |\n"
            f"|---|--:|--:|\n{rows}")


def run() -> str:
    with tempfile.TemporaryDirectory(prefix="bench-export-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        store, run_uuid = _make_run(folder / "data")
        made = time.perf_counter() - started
        key = load_or_create_key(folder / "data")
        try:
            # The data as export_run loads it, timed apart.
            load_times = []
            for _ in range(FILE_REPETITIONS):
                gc.collect()
                t0 = time.perf_counter()
                run_ = store.run(run_uuid)
                catalogue = store.catalogue_of(run_uuid)
                contributions = store.contributions(run_uuid, include_deleted=True)
                notes = list(store.notes(run_uuid).values())
                load_times.append(time.perf_counter() - t0)
            installation = store.installation_id

            def app_export() -> bytes:
                return build_bundle(run_, catalogue, contributions, notes, installation, key)

            data = app_export()
            bundle = read_bundle_bytes(data, "bench.fabundle")
            assert bundle.counts.contributions == CONTRIBUTIONS
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                members = [(name, json.loads(archive.read(name)) if name.endswith(".json")
                            else archive.read(name)) for name in fmt.MEMBERS]
            plain = _plain_export(members, SAME_OPTIONS)
            same_json = all(zipfile.ZipFile(io.BytesIO(plain)).read(name) ==
                            zipfile.ZipFile(io.BytesIO(data)).read(name) for name in fmt.MEMBERS)
            assert same_json, "the baseline does not write the app's JSON"
            defaults_bytes = len(_plain_export(members, {}))

            export = _alternate({"app": app_export,
                                 "same": lambda: _plain_export(members, SAME_OPTIONS),
                                 "defaults": lambda: _plain_export(members, {})}, REPETITIONS)
            verify = _alternate({"app": lambda: read_bundle_bytes(data, "bench.fabundle"),
                                 "plain": lambda: _plain_verify(data)}, REPETITIONS)

            # The whole export from the store to a file, and its last step alone.
            file_times, write_times = [], []
            for i in range(FILE_REPETITIONS):
                gc.collect()
                t0 = time.perf_counter()
                export_run(store, run_uuid, key, folder / f"out{i % 2}.fabundle")
                file_times.append(time.perf_counter() - t0)
                gc.collect()
                t0 = time.perf_counter()
                write_atomically(folder / f"plain{i % 2}.fabundle", data)
                write_times.append(time.perf_counter() - t0)
            assert (folder / "out0.fabundle").read_bytes() == data  # deterministic

            # The reader checks each distinct catalogue once per process (a merge reads many
            # bundles of one catalogue); the first verify of a process pays for it.
            cold = []
            for _ in range(FILE_REPETITIONS):
                cache = getattr(reader, "_checked_catalogue", None)
                if cache is not None:
                    cache.cache_clear()
                cold.append(timed(lambda: read_bundle_bytes(data, "bench.fabundle")))
            # Verify leaves the dataclasses to whoever asks for them (a merge): their cost.
            built = []
            for _ in range(FILE_REPETITIONS):
                unbuilt = read_bundle_bytes(data, "bench.fabundle")
                built.append(timed(lambda unbuilt=unbuilt: unbuilt.contributions))
            export_total, export_parts = _profile(app_export, _EXPORT_PARTS)
            verify_total, verify_parts = _profile(
                lambda: read_bundle_bytes(data, "bench.fabundle"), _VERIFY_PARTS)
        finally:
            store.close()

    counts = bundle.counts
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        payload_bytes = archive.getinfo(fmt.PAYLOAD).file_size
    lengths = sorted(len(c.text) for c in contributions)
    e_app, e_same, e_defaults = (_median(export[k]) for k in ("app", "same", "defaults"))
    v_app, v_plain = _median(verify["app"]), _median(verify["plain"])
    e_ratio, v_ratio = e_app / e_same, v_app / v_plain
    load, whole, write = _median(load_times), _median(file_times), _median(write_times)

    def row(label: str, app: list[float], base: list[float], target: bool) -> str:
        ratio = _median(app) / _median(base)
        return (f"| {label} | {_ms(_median(app))} | {_ms(_median(base))} | {ratio:.2f}× | "
                f"{_ms(min(app))}–{_ms(max(app))} | {_ms(min(base))}–{_ms(max(base))} | "
                f"{min(app) / min(base):.2f}× | "
                f"{verdict(ratio <= TARGET) if target else '— (for information)'} |")

    return f"""
{machine_line()}

**Target:** export and verify of a run of {CONTRIBUTIONS:,} contributions take at most
{TARGET:g}× plain `json` + `zipfile` doing the same serialisation, in the same run.
**Result:** export {e_ratio:.2f}× {verdict(e_ratio <= TARGET)}, verify {v_ratio:.2f}×
{verdict(v_ratio <= TARGET)}. (Export against `json.dumps` with its default options, which
writes `\\u` escapes instead of UTF-8 and does not sort keys: {e_app / e_defaults:.2f}×.)

| Operation (in memory) | app median | plain median | ratio | app min–max | plain min–max \
| ratio of minima | target ≤ {TARGET:g}× (medians) |
|---|--:|--:|--:|--:|--:|--:|---|
{row("export: `build_bundle` vs `json.dumps` (app's options) + `zipfile`",
     export["app"], export["same"], True)}
{row("export: `build_bundle` vs `json.dumps` (defaults) + `zipfile`",
     export["app"], export["defaults"], False)}
{row("verify: `read_bundle_bytes` vs `zipfile` + `json.loads`",
     verify["app"], verify["plain"], True)}

The whole export from the store (`export_run`, no target): median {_ms(whole)} over
{FILE_REPETITIONS} runs, of which loading the run from SQLite (`run`, `catalogue_of`,
`contributions`, `notes`, timed apart) {_ms(load)} and the atomic write of the bytes (temporary
file, fsync, rename, fsync of the folder, timed apart) {_ms(write)}; the rest is
`build_bundle` and the SHA-256 of the written bytes. Every export of the unchanged run gave the
same bytes. The verify row reuses the
reader's per-process cache of checked catalogues (as a merge of many bundles does); a first
verify in a process, catalogue checked, takes {_ms(_median(cold))} (median of
{FILE_REPETITIONS}). Verify does not build the {CONTRIBUTIONS:,} `Contribution` dataclasses: a
bundle builds them, from columns already checked, when they are first asked for (by a merge),
in {_ms(_median(built))} (median of {FILE_REPETITIONS}); verify and that together would be
{(v_app + _median(built)) / v_plain:.2f}× the plain side.

The bundle: {len(data):,} bytes ({payload_bytes:,} of payload; the defaults baseline writes
{defaults_bytes:,}); {counts.contributions:,} contributions ({counts.live:,} live,
{counts.deleted} tombstones, {counts.starred} starred), {counts.notes} notes; texts of
{lengths[0]}–{lengths[-1]:,} characters (median {lengths[len(lengths) // 2]}). The run was made
in a LocalStore in {made:.1f} s (not measured).

How: {WARM_UP} warm-up rounds, then {REPETITIONS} calls per side, the order of the sides
rotating and reversing each round, each call after `gc.collect()`; medians compared. \
The machine is shared: when other work runs,
the longer app calls are hit more often than the short plain ones, so the ratio of the minima
(both sides undisturbed) is given too. Export
starts from the run already loaded (dataclasses); the baselines start from the same content
already as dicts (the bundle's own members decoded beforehand), so they do no conversion,
hashing, signing or ordering; with the app's options the baseline writes exactly the app's
JSON bytes (checked). Verify reads the same bytes on both sides; the baseline checks nothing.

Where the app's time goes (cProfile of one call each; the profiler inflates small, frequent
calls, so read the shares, not the milliseconds; parts may nest):

{_profile_lines("export", export_total, export_parts)}

{_profile_lines("verify", verify_total, verify_parts)}
"""
