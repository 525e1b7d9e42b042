"""A writer that edits a local store at random, forever, until someone kills it.

Run as ``python -m tests.support.crash_child DATA_DIR SEED``. It reopens the newest run of the
store in DATA_DIR (or starts a run of atelier 3 of the built-in catalogue) and then keeps
changing it with ``random.Random(SEED)``. Every store call is framed by two JSON lines on
stdout, each flushed at once:

* ``{"begin": OP, ...}`` before the call: what it is about to do (the one call a kill may
  interrupt, which may or may not have committed);
* ``{"op": OP, ...}`` after the call returned, i.e. after it committed: the state it left,
  which must survive any kill that follows.

The second line of a contribution call also lists, for each list the call touched, every live
contribution with its position and revision (``"lists"``): adds and moves renumber neighbours.
Notes reported with revision 0 mean "no notes saved" (blank notes are not stored).

In between, ``{"sql": VERB}`` lines mark each statement and commit just before it runs, so
that a parent can aim its kill inside a call, even inside the commit, by waiting on lines
rather than on a clock. :mod:`tests.support.crash_check` reads all of these lines.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
import uuid as uuidlib
from pathlib import Path

from sqlalchemy import Engine, event

from facilitator_app.catalogue import builtin_catalogue
from facilitator_app.domain import QUESTION_KEYS, Contribution
from facilitator_app.storage.local_store import LocalStore
from facilitator_app.text_rules import sanitise_text

ATELIER = 3
MAX_TEXT = 2_000
CROWDED = 40  # live contributions above which the writer deletes more than it adds

_WORDS = (
    "indicateur", "données", "ouverture", "code source", "défi", "mise en œuvre", "engagement",
    "transparence", "collectivités", "société civile", "réutilisation", "écosystème", "à",
    "où", "ça", "Ærø", "naïveté", "façade", "Œuvre", "élève", "Straße", "smørrebrød",
)
_SYMBOLS = (
    "🙂", "🚀", "👩‍💻", "👍🏽", "🇫🇷", "👨‍👩‍👧‍👦", "❤️", "✓", "€", "°C", "½", "…", "«", "»", "’",
    "—", "日本語", "中文", "한국어", "العربية", "עברית", "Ελληνικά", "Русский", "e\u0301",
    "\u200b", "\u00a0", "\t", "\n", "\r\n", "'", '"', "\\", "%", "_",
    "'; DROP TABLE contributions; --", "\x00", "\u2028", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
)


def text_sha(text: str) -> str:
    """The fingerprint of a text as reported on the wire (the texts themselves can be long)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def random_text(rng: random.Random, *, blank_ok: bool = False) -> str:
    """Mostly short, sometimes up to 2,000 characters of mixed scripts, emoji and punctuation."""
    length = rng.randint(1, 80) if rng.random() < 0.7 else rng.randint(80, MAX_TEXT)
    parts: list[str] = []
    size = 0
    while size < length:
        piece = rng.choice(_WORDS) if rng.random() < 0.6 else rng.choice(_SYMBOLS)
        parts.append(piece + (" " if rng.random() < 0.7 else ""))
        size += len(parts[-1])
    # What a paste may bring (CR LF, NUL), made fit for the text rules before the store sees it.
    text = sanitise_text("".join(parts)[:length])
    if rng.random() < 0.1:
        text = " \n" + text + "\t "  # the store trims contributions, never notes
    if not blank_ok and not text.strip():
        text = "é" + text
    return text


def _emit(line: dict) -> None:
    sys.stdout.write(json.dumps(line, ensure_ascii=True) + "\n")
    sys.stdout.flush()


def _record(c: Contribution) -> dict:
    return {
        "uuid": c.uuid, "engagement": c.engagement_number, "question": c.question_key,
        "position": c.position, "revision": c.revision, "starred": c.starred,
        "deleted": c.deleted, "text_sha": text_sha(c.text),
    }


def _trace_sql() -> None:
    """Announce every statement and commit of every engine just before it runs."""
    def before_execute(_conn, _cursor, statement, *_args) -> None:
        _emit({"sql": statement.split(None, 1)[0].upper()})

    event.listen(Engine, "before_cursor_execute", before_execute)
    event.listen(Engine, "commit", lambda _conn: _emit({"sql": "COMMIT"}))


class Writer:
    """The random facilitator: remembers which contributions are live and where."""

    def __init__(self, store: LocalStore, run_uuid: str, engagements: tuple[int, ...],
                 rng: random.Random) -> None:
        self.store = store
        self.run = run_uuid
        self.engagements = engagements
        self.rng = rng
        self.places = {c.uuid: (c.engagement_number, c.question_key)
                       for c in store.contributions(run_uuid)}

    def _place(self) -> tuple[int, str]:
        return self.rng.choice(self.engagements), self.rng.choice(QUESTION_KEYS)

    def _list(self, place: tuple[int, str]) -> list[list]:
        return [[c.uuid, c.position, c.revision]
                for c in self.store.contributions(self.run, *place)]

    def _lists(self, *places: tuple[int, str]) -> dict[str, list[list]]:
        return {f"{e}:{q}": self._list((e, q)) for e, q in dict.fromkeys(places)}

    def step(self) -> None:
        """Make one random change and report it."""
        live = len(self.places)
        weights = {
            "add": 30 if live < CROWDED else 5,
            "edit": 30, "star": 10, "move": 12,
            "delete": 8 if live < CROWDED else 30,
            "notes": 10,
        }
        if not live:
            weights = {"add": 1, "notes": 0}
        op = self.rng.choices(list(weights), list(weights.values()))[0]
        getattr(self, "_" + op)()

    def _add(self) -> None:
        place = self._place()
        text = random_text(self.rng)
        new_uuid = str(uuidlib.UUID(int=self.rng.getrandbits(128), version=4))
        count = sum(1 for p in self.places.values() if p == place)
        position = self.rng.randint(1, count + 2) if self.rng.random() < 0.5 else None
        starred = self.rng.random() < 0.2
        _emit({"begin": "add", "uuid": new_uuid, "engagement": place[0], "question": place[1],
               "position": position, "starred": starred, "text_sha": text_sha(text.strip())})
        c = self.store.add_contribution(self.run, *place, text, starred=starred,
                                        position=position, uuid=new_uuid)
        assert c.text == text.strip(), "the store returned another text than it was given"
        self.places[c.uuid] = place
        _emit({"op": "add", **_record(c), "lists": self._lists(place)})

    def _pick(self) -> str:
        return self.rng.choice(sorted(self.places))

    def _edit(self) -> None:
        target = self._pick()
        text = random_text(self.rng)
        _emit({"begin": "edit", "uuid": target, "text_sha": text_sha(text.strip())})
        c = self.store.edit_contribution(target, text)
        assert c.text == text.strip(), "the store returned another text than it was given"
        _emit({"op": "edit", **_record(c), "lists": self._lists(self.places[target])})

    def _star(self) -> None:
        target = self._pick()
        starred = self.rng.random() < 0.5
        _emit({"begin": "star", "uuid": target, "starred": starred})
        c = self.store.set_starred(target, starred)
        _emit({"op": "star", **_record(c), "lists": self._lists(self.places[target])})

    def _move(self) -> None:
        target = self._pick()
        source = self.places[target]
        place = source if self.rng.random() < 0.4 else self._place()
        count = sum(1 for p in self.places.values() if p == place)
        position = self.rng.randint(1, count + 2)
        _emit({"begin": "move", "uuid": target, "engagement": place[0], "question": place[1],
               "position": position})
        c = self.store.move_contribution(target, position, question_key=place[1],
                                         engagement_number=place[0])
        self.places[target] = place
        _emit({"op": "move", **_record(c), "lists": self._lists(source, place)})

    def _delete(self) -> None:
        target = self._pick()
        _emit({"begin": "delete", "uuid": target})
        c = self.store.delete_contribution(target)
        place = self.places.pop(target)
        _emit({"op": "delete", **_record(c), "lists": self._lists(place)})

    def _notes(self) -> None:
        engagement = self.rng.choice(self.engagements)
        text = random_text(self.rng, blank_ok=True)
        _emit({"begin": "notes", "engagement": engagement, "text_sha": text_sha(text)})
        n = self.store.set_notes(self.run, engagement, text)
        assert n.text == text, "the store returned other notes than it was given"
        _emit({"op": "notes", "engagement": engagement, "revision": n.revision,
               "text_sha": text_sha(n.text)})


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m tests.support.crash_child DATA_DIR SEED", file=sys.stderr)
        return 2
    data_dir, seed = Path(argv[0]), int(argv[1])
    rng = random.Random(seed)
    _trace_sql()
    store = LocalStore.in_folder(data_dir)
    runs = store.runs()
    run = runs[0] if runs else store.start_run(builtin_catalogue(), ATELIER)
    engagements = store.catalogue_of(run.uuid).atelier(run.atelier_number).engagement_numbers
    writer = Writer(store, run.uuid, engagements, rng)
    _emit({"op": "start", "pid": os.getpid(), "run": run.uuid, "seed": seed,
           "live": len(writer.places)})
    while True:
        writer.step()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
