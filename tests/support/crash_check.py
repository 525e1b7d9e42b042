"""Kill a writer at a random moment, then check that everything it reported survived.

Shared by ``tests/test_crash.py`` and ``benchmarks/bench_crash.py``. One *trial* starts
:mod:`tests.support.crash_child` on a data folder, reads its lines until a random number of
committed changes went by, then kills it with SIGKILL at a random kind of point (between two
calls, just after one was announced, before one of its statements, before its COMMIT, or while
the store opens), chosen from the child's own lines and never from a clock, and checks the
store against the reports:

* every contribution and every engagement's notes is exactly as last reported: same text,
  place, position, starred and deleted flags, same revision (a deletion stays a tombstone);
* the one call the kill interrupted either committed whole or left no trace at all;
* the killed child's writer lock does not stop the store from opening again;
* ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` find nothing wrong.

Several trials may share a folder, so that each child also reopens what a killed one left.
"""

from __future__ import annotations

import json
import os
import random
import selectors
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from facilitator_app.paths import store_path
from facilitator_app.storage.local_store import LocalStore
from tests.support.crash_child import text_sha

ROOT = Path(__file__).resolve().parents[2]
CHILD_MODULE = "tests.support.crash_child"
# A safety net so that a hung child fails the trial instead of the whole run; never a delay.
LINE_TIMEOUT_S = 60.0

# Kinds of problem; "lost" (a reported change is not on disk) is the one that matters most.
LOST, UNEXPECTED, HALF_DONE, INTEGRITY, REOPEN, LOCK, CHILD = (
    "lost", "unexpected", "half-done", "integrity", "reopen", "lock", "child")

Record = dict  # {engagement, question, position, revision, starred, deleted, text_sha}
_FIELDS = ("engagement", "question", "position", "revision", "starred", "deleted", "text_sha")


@dataclass(frozen=True)
class Problem:
    kind: str
    trial: int
    message: str

    def __str__(self) -> str:
        return f"trial {self.trial}: [{self.kind}] {self.message}"


@dataclass
class Expected:
    """What one data folder must hold, built from the reports of every child run on it."""

    run_uuid: str | None = None
    contributions: dict[str, Record] = field(default_factory=dict)
    notes: dict[int, dict] = field(default_factory=dict)


@dataclass
class Killed:
    """What a killed child said before it died."""

    pid: int
    lines: list[dict]
    returncode: int
    stderr: str

    @property
    def reports(self) -> list[dict]:
        """The changes it reported as committed (the start line is not one)."""
        return [line for line in self.lines if "op" in line and line["op"] != "start"]

    @property
    def pending(self) -> dict | None:
        """The call it had announced but not reported: the one the kill may have cut short."""
        framed = [line for line in self.lines if ("op" in line and line["op"] != "start")
                  or "begin" in line]
        return framed[-1] if framed and "begin" in framed[-1] else None


@dataclass
class Summary:
    """The outcome of a series of trials."""

    seed: int
    trials: int = 0
    reports: int = 0  # committed changes the children reported, each checked on disk
    contributions_checked: int = 0  # rows compared after the kills (tombstones included)
    interrupted_committed: int = 0  # kills that landed after the interrupted call committed
    interrupted_absent: int = 0  # kills that landed before it committed
    seconds: float = 0.0
    kill_points: dict[str, int] = field(default_factory=dict)  # trials per kind of kill point
    problems: list[Problem] = field(default_factory=list)

    def count(self, kind: str) -> int:
        return sum(1 for p in self.problems if p.kind == kind)

    def describe(self) -> str:
        text = (f"{self.trials} trials (seed {self.seed}), {self.reports} reported edits "
                f"verified, {self.contributions_checked} contribution rows compared, "
                f"{len(self.problems)} problems")
        if self.problems:
            text += ":\n" + "\n".join(str(p) for p in self.problems[:30])
        return text


def child_env() -> dict[str, str]:
    """The environment of the child: this checkout first on the import path, wherever it is."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    env["PYTHONIOENCODING"] = "utf-8"
    return env


class _LineReader:
    """Complete lines from a pipe, waiting on the pipe itself (never on a clock)."""

    def __init__(self, stream) -> None:
        self.fd = stream.fileno()
        self.buffer = b""
        self.eof = False
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.fd, selectors.EVENT_READ)

    def next_line(self) -> str | None:
        """The next complete line, or None at the end (a cut last line is dropped)."""
        while b"\n" not in self.buffer:
            if self.eof:
                return None
            if not self.selector.select(LINE_TIMEOUT_S):
                raise TimeoutError(f"no line from the child in {LINE_TIMEOUT_S:.0f} s")
            chunk = os.read(self.fd, 1 << 16)
            if chunk:
                self.buffer += chunk
            else:
                self.eof = True
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line.decode("utf-8")

    def close(self) -> None:
        self.selector.close()


@dataclass(frozen=True)
class KillPoint:
    """Where to kill: after ``reports`` committed changes (-1: while the child starts up), at
    the ``skip + 1``-th following line of kind ``trigger``: ``"op"`` (between two calls),
    ``"begin"`` (a call announced), ``"sql"`` (any statement) or ``"COMMIT"`` (a commit)."""

    reports: int
    trigger: str = "op"
    skip: int = 0

    @classmethod
    def random(cls, rng: random.Random, max_reports: int) -> KillPoint:
        if rng.random() < 0.05:
            return cls(-1, rng.choice(("sql", "COMMIT")), rng.randint(0, 6))
        trigger = rng.choice(("op", "begin", "sql", "COMMIT"))
        skip = rng.randint(0, 3 if trigger == "sql" else 1)
        return cls(rng.randint(0, max_reports), trigger, skip)

    def matches(self, line: dict) -> bool:
        if self.trigger in ("op", "begin"):
            return self.trigger in line and line.get("op") != "start"
        return "sql" in line and self.trigger in ("sql", line["sql"])


def run_and_kill(data_dir: Path, seed: int, where: KillPoint) -> Killed:
    """Run the child on ``data_dir``, kill it with SIGKILL at ``where`` (read from its own
    lines, never timed) and collect every line it managed to write."""
    with tempfile.TemporaryFile() as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", CHILD_MODULE, str(data_dir), str(seed)],
            cwd=ROOT, env=child_env(), stdout=subprocess.PIPE, stderr=stderr,
        )
        reader = _LineReader(proc.stdout)
        lines: list[dict] = []
        try:
            armed, started, reported, skip = where.reports < 0, False, 0, where.skip
            while (line := reader.next_line()) is not None:
                lines.append(json.loads(line))
                if armed and where.matches(lines[-1]):
                    if skip == 0:
                        os.kill(proc.pid, signal.SIGKILL)
                        break
                    skip -= 1
                op = lines[-1].get("op")
                started = started or op == "start"
                reported += op is not None and op != "start"
                armed = armed or (started and reported >= where.reports)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
        # Lines already in the pipe were written after their call returned: they count too.
        while (line := reader.next_line()) is not None:
            lines.append(json.loads(line))
        reader.close()
        proc.stdout.close()
        stderr.seek(0)
        return Killed(proc.pid, lines, proc.returncode, stderr.read().decode("utf-8", "replace"))


# -- building what must be on disk ----------------------------------------------------------


def apply_reports(expected: Expected, killed: Killed, trial: int) -> list[Problem]:
    """Fold a child's reports into ``expected``."""
    problems: list[Problem] = []
    for line in killed.lines:
        op = line.get("op")
        if op == "start":
            if expected.run_uuid is None:
                expected.run_uuid = line["run"]
            elif line["run"] != expected.run_uuid:
                problems.append(Problem(UNEXPECTED, trial, f"the child resumed run {line['run']} "
                                        f"instead of {expected.run_uuid}"))
        elif op == "notes":
            if line["revision"] == 0:  # blank notes where there were none: nothing stored
                expected.notes.pop(line["engagement"], None)
            else:
                expected.notes[line["engagement"]] = {
                    "revision": line["revision"], "text_sha": line["text_sha"]}
        elif op is not None:
            expected.contributions[line["uuid"]] = {k: line[k] for k in _FIELDS}
            for place, rows in line.get("lists", {}).items():
                for uuid, position, revision in rows:
                    known = expected.contributions.get(uuid)
                    if known is None:
                        problems.append(Problem(UNEXPECTED, trial, f"{place} lists {uuid}, "
                                                "which was never reported"))
                        continue
                    known.update(position=position, revision=revision)
    return problems


# -- reading what is on disk ----------------------------------------------------------------


def _read_disk(path: Path, run_uuid: str | None) -> tuple[list[str], dict[str, Record], dict, list]:
    """Runs, contributions, notes and integrity findings, read with plain sqlite3."""
    conn = sqlite3.connect(path)
    try:
        findings = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        findings = [] if findings == ["ok"] else findings
        findings += [f"foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check")]
        runs = [r[0] for r in conn.execute("SELECT uuid FROM runs")]
        contributions = {
            r[0]: {"engagement": r[1], "question": r[2], "position": r[3], "revision": r[4],
                   "starred": bool(r[5]), "deleted": bool(r[6]), "text_sha": text_sha(r[7])}
            for r in conn.execute(
                "SELECT uuid, engagement_number, question_key, position, revision, starred,"
                " deleted, text FROM contributions WHERE run_uuid = ?", (run_uuid,))
        }
        notes = {r[0]: {"revision": r[1], "text_sha": text_sha(r[2])} for r in conn.execute(
            "SELECT engagement_number, revision, text FROM engagement_notes WHERE run_uuid = ?",
            (run_uuid,))}
    finally:
        conn.close()
    return runs, contributions, notes, findings


# -- comparing ------------------------------------------------------------------------------


def _exact(expected: dict, actual: dict, what: str, skip: set = frozenset()) -> list[str]:
    """Differences between two maps of records, as sentences; keys in ``skip`` are ignored."""
    diffs = []
    for key in sorted(set(expected) | set(actual), key=str):
        if key in skip or expected.get(key) == actual.get(key):
            continue
        if key not in actual:
            diffs.append(f"{what} {key} reported as {expected[key]} is missing")
        elif key not in expected:
            diffs.append(f"{what} {key} was never reported but is on disk: {actual[key]}")
        else:
            changed = {k: (expected[key][k], actual[key].get(k)) for k in expected[key]
                       if expected[key][k] != actual[key].get(k)}
            diffs.append(f"{what} {key} differs (reported, on disk): {changed}")
    return diffs


def _lost(expected: dict, actual: dict) -> list:
    """Keys whose reported state is not on disk: missing, older, or different at that revision."""
    return [key for key, record in expected.items()
            if key not in actual or actual[key]["revision"] < record["revision"]
            or (actual[key]["revision"] == record["revision"] and actual[key] != record)]


def _place(record: Record) -> tuple[int, str]:
    return record["engagement"], record["question"]


_CONTENT = ("engagement", "question", "starred", "deleted", "text_sha")


def _contribution_after(exp: dict, act: dict, pending: dict) -> list[str]:
    """Why ``act`` is not ``exp`` with the interrupted contribution call applied whole.

    Exact about the row the call is about and every row outside the lists it touched; lenient
    about how the store numbers a touched list: its other rows keep their content and order,
    positions stay distinct and at least 1, revisions never go back."""
    uuid, kind = pending["uuid"], pending["begin"]
    before = exp.get(uuid)
    if before is None and kind != "add":
        return [f"the interrupted {kind} names an unreported contribution {uuid}"]
    target = (pending["engagement"], pending["question"]) if kind in ("add", "move") \
        else _place(before)
    touched = {target} | ({_place(before)} if before else set())
    mine = act.get(uuid)
    if mine is None:
        return [f"{uuid} is absent"]
    want = dict(before) if before else {"starred": pending["starred"], "deleted": False,
                                        "text_sha": pending["text_sha"], "revision": 0}
    want.update(engagement=target[0], question=target[1])
    if kind == "edit":
        want["text_sha"] = pending["text_sha"]
    elif kind == "star":
        want["starred"] = pending["starred"]
    elif kind == "delete":
        want["deleted"] = True
    why: list[str] = []
    wrong = {k: (want[k], mine[k]) for k in _CONTENT if want[k] != mine[k]}
    if wrong:
        why.append(f"{uuid} is not as the call makes it (wanted, on disk): {wrong}")
    changed = before is None or any(want[k] != before[k] for k in _CONTENT)
    if mine["revision"] < want["revision"] + changed:
        why.append(f"{uuid} has revision {mine['revision']}, at least "
                   f"{want['revision'] + changed} expected")
    if not mine["deleted"] and mine["position"] < 1:
        why.append(f"{uuid} is live at position {mine['position']}")
    neighbours = {u for u in exp
                  if u != uuid and not exp[u]["deleted"] and _place(exp[u]) in touched}
    why += _exact(exp, act, "contribution", skip=neighbours | {uuid})
    for u in sorted(neighbours):
        a, e = act.get(u), exp[u]
        if a is None or any(a[k] != e[k] for k in _CONTENT) or a["revision"] < e["revision"]:
            why.append(f"neighbour {u} changed: {e} -> {a}")
    for place in touched:
        old = sorted((exp[u]["position"], u) for u in neighbours if _place(exp[u]) == place)
        new = sorted((act[u]["position"], u) for u in act
                     if not act[u]["deleted"] and _place(act[u]) == place)
        if [u for _, u in new if u != uuid] != [u for _, u in old]:
            why.append(f"order of {place} changed: {old} -> {new}")
        positions = [p for p, _ in new]
        if len(set(positions)) != len(positions) or min(positions, default=1) < 1:
            why.append(f"positions of {place} are not distinct and positive: {new}")
    return why


def _why_not_whole(exp_c: dict, exp_n: dict, act_c: dict, act_n: dict,
                   pending: dict) -> list[str]:
    """Why the disk is not the reported state plus the whole interrupted call ([] if it is)."""
    if pending["begin"] != "notes":
        return _contribution_after(exp_c, act_c, pending) + _exact(exp_n, act_n, "notes of")
    engagement = pending["engagement"]
    notes = dict(exp_n)
    notes[engagement] = {"revision": exp_n.get(engagement, {"revision": 0})["revision"] + 1,
                         "text_sha": pending["text_sha"]}
    return _exact(exp_c, act_c, "contribution") + _exact(notes, act_n, "notes of")


def check_store(data_dir: Path, expected: Expected, killed: Killed, trial: int,
                summary: Summary) -> None:
    """Reopen the store a killed child left and compare it with what the child reported.

    Afterwards ``expected`` holds what is on disk, ready for the next child on this folder."""
    path = store_path(data_dir)
    lock = path.with_name(path.name + ".lock")
    owner = lock.read_text(errors="replace") if lock.exists() else ""
    if f"pid {killed.pid}," not in owner:
        summary.problems.append(Problem(LOCK, trial, f"the killed child (pid {killed.pid}) left "
                                        f"no lock behind: {owner!r}"))
    try:
        LocalStore.in_folder(data_dir).close()
    except Exception as exc:  # noqa: BLE001 - any failure to reopen is the finding
        summary.problems.append(Problem(REOPEN, trial, f"{type(exc).__name__}: {exc}"))
        return
    runs, actual_c, actual_n, findings = _read_disk(path, expected.run_uuid)
    summary.problems += [Problem(INTEGRITY, trial, f) for f in findings]
    if expected.run_uuid is None and len(runs) <= 1:
        # Killed before it reported its run: starting one is all or nothing.
        expected.run_uuid = runs[0] if runs else None
        runs, actual_c, actual_n, _ = _read_disk(path, expected.run_uuid)
    elif expected.run_uuid not in runs or len(runs) != 1:
        summary.problems.append(Problem(LOST, trial, f"runs on disk {runs}, reported "
                                        f"{expected.run_uuid}"))
    summary.contributions_checked += len(actual_c)
    pending = killed.pending
    exp_c, exp_n = expected.contributions, expected.notes
    before = _exact(exp_c, actual_c, "contribution") + _exact(exp_n, actual_n, "notes of")
    if not before:
        summary.interrupted_absent += pending is not None
    elif pending is not None and not (why := _why_not_whole(exp_c, exp_n, actual_c, actual_n,
                                                            pending)):
        summary.interrupted_committed += 1
    else:
        # The interrupted call can only add a row or raise revisions: anything older than
        # reported is lost whatever it was; the rest is the interrupted call's to explain.
        lost = set(_lost(exp_c, actual_c)) | {f"notes of {k} " for k in _lost(exp_n, actual_n)}
        lost_diffs = [d for d in before if any(str(key) in d for key in lost)]
        summary.problems += [Problem(LOST, trial, d) for d in lost_diffs]
        if pending is None:
            summary.problems += [Problem(UNEXPECTED, trial, d)
                                 for d in before if d not in lost_diffs]
        elif not lost_diffs:
            summary.problems.append(Problem(HALF_DONE, trial, (
                f"the interrupted call {pending} is neither absent nor whole: against the "
                f"reports {before[:5]}; against the whole call {why[:5]}")))
    expected.contributions, expected.notes = actual_c, actual_n


def crash_trials(root: Path, trials: int, *, seed: int, per_folder: int = 5,
                 max_reports: int = 40,
                 progress: Callable[[int, Summary], None] | None = None) -> Summary:
    """Run ``trials`` kill-and-check trials, ``per_folder`` of them on each data folder."""
    rng = random.Random(seed)
    summary = Summary(seed=seed)
    started = time.perf_counter()
    expected = Expected()
    for trial in range(trials):
        data_dir = root / f"store-{trial // per_folder:03d}"
        if trial % per_folder == 0:
            expected = Expected()
        where = KillPoint.random(rng, max_reports)
        kind = "startup" if where.reports < 0 else where.trigger
        summary.kill_points[kind] = summary.kill_points.get(kind, 0) + 1
        killed = run_and_kill(data_dir, rng.getrandbits(32), where)
        summary.trials += 1
        if killed.returncode != -signal.SIGKILL:
            summary.problems.append(Problem(CHILD, trial, f"the child ended by itself "
                                            f"({killed.returncode}): {killed.stderr[-2000:]}"))
        summary.problems += apply_reports(expected, killed, trial)
        summary.reports += len(killed.reports)
        check_store(data_dir, expected, killed, trial, summary)
        if progress:
            progress(trial, summary)
    summary.seconds = time.perf_counter() - started
    return summary
