"""Qt models of the organiser window, over plain rows: the bundles received (with this
session's verdicts, rejected files included), the open conflicts and the keys.

Rows are frozen dataclasses built from what the central store and the merge return; a model
never holds a database object, and is refilled (or told of one new outcome) by the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from facilitator_app.central.merge import Counts, Outcome
from facilitator_app.central.store import BundleRecord, Conflict, TrustedKey, name_key
from facilitator_app.text_rules import shown_name

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the row itself, for the window and the tests
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

FLAGGED_BACKGROUND = QColor("#fde2c8")
FLAGGED_FOREGROUND = QColor("#1a1a1a")
REJECTED_FOREGROUND = QColor("#b3261e")


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


@dataclass(frozen=True, slots=True)
class BundleRow:
    """One bundle file as the organiser sees it: from the store, or from this session."""

    file_name: str
    verdict: str  # merged, already, quarantined, rejected
    sha256: str | None = None
    facilitators: tuple[str, ...] = ()
    atelier: int | None = None
    counts: Counts | None = None  # known for the bundles merged in this session
    trust: str = ""
    trust_note: str = ""
    reason: str = ""
    when: datetime | None = None
    dry_run: bool = False

    @staticmethod
    def from_record(record: BundleRecord) -> BundleRow:
        counts = Counts(**record.merged_counts) if record.merged_counts else None
        return BundleRow(record.file_name, record.status, record.sha256, record.facilitators,
                         record.atelier_number, counts, record.trust, record.trust_note,
                         record.reason or "", record.merged_at or record.received_at)

    @staticmethod
    def from_outcome(outcome: Outcome, *, dry_run: bool = False) -> BundleRow:
        reason = ""
        if outcome.reason is not None:
            # The sentence first; the rule's name (docs/bundle-format.md) after it, for IT.
            reason = f"{outcome.reason} [{outcome.rule}]" if outcome.verdict == "rejected" \
                else str(outcome.reason)
        counts = outcome.counts if outcome.verdict == "merged" else None
        return BundleRow(outcome.source, outcome.verdict, outcome.sha256, outcome.facilitators,
                         outcome.atelier_number, counts, outcome.trust or "",
                         str(outcome.trust_note) if outcome.trust_note else "", reason,
                         outcome.when, dry_run and outcome.verdict == "merged")

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.file_name, self.sha256)


def bundle_rows(records: Sequence[BundleRecord], outcomes: Sequence[BundleRow]) -> list[BundleRow]:
    """The store's bundles not seen in this session, then this session's outcomes in order."""
    seen = {row.key for row in outcomes if not row.dry_run}
    return [row for row in map(BundleRow.from_record, records) if row.key not in seen] \
        + list(outcomes)


class RowTableModel(QAbstractTableModel):
    """A read-only table over a list of plain rows; subclasses name the columns."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers: list[str] | None = None  # translated once per reset, not per call

    # subclasses ----------------------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def decorate(self, row: Any, column: int, role: int) -> Any:
        return None

    # rows ----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows`` (also how a change of language redraws the headers)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._headers = None
        self.endResetModel()

    def header_texts(self) -> list[str]:
        """The columns' titles; Qt asks for the column count thousands of times a second."""
        if self._headers is None:
            self._headers = self.headers()
        return self._headers

    def row(self, number: int) -> Any:
        return self._rows[number]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def find(self, test: Callable[[Any], bool]) -> int:
        return next((i for i, r in enumerate(self._rows) if test(r)), -1)

    # Qt ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.header_texts())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.header_texts()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < self.columnCount():
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = self.cell(row, index.column())
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return self.sort_key(row, index.column())
        return self.decorate(row, index.column(), role)

    def sort_key(self, row: Any, column: int) -> Any:
        """What a click on the column's header sorts by: the cell, unless a subclass knows
        better (a date rather than its text)."""
        return self.cell(row, column)


class BundleTableModel(RowTableModel):
    """The bundles: verdict, facilitators, atelier, what merging changed, and trust."""

    FILE, VERDICT, FACILITATORS, ATELIER, ADDED, UPDATED, UNCHANGED, CONFLICTING, REMOVED, \
        TRUST, WHEN, DETAILS = range(12)
    COUNT_COLUMNS = range(ADDED, REMOVED + 1)

    def headers(self) -> list[str]:
        return [self.tr("File"), self.tr("Verdict"), self.tr("Facilitators"), self.tr("Atelier"),
                self.tr("Added"), self.tr("Updated"), self.tr("Unchanged"),
                self.tr("Conflicting"), self.tr("Removed"), self.tr("Trust"), self.tr("When"),
                self.tr("Reason or warning")]

    def verdict_text(self, row: BundleRow) -> str:
        if row.dry_run:
            return self.tr("would merge (dry run)")
        return {"merged": self.tr("merged"), "already": self.tr("already merged"),
                "quarantined": self.tr("quarantined"),
                "rejected": self.tr("rejected")}.get(row.verdict, row.verdict)

    def trust_text(self, row: BundleRow) -> str:
        return {"trusted": self.tr("trusted key"),
                "recorded": self.tr("key seen before, not yet trusted"),
                "new": self.tr("new key, not yet trusted"),
                "flagged": self.tr("⚠ FLAGGED"),
                "disputed": self.tr("run claimed by another key: not published")
                }.get(row.trust, row.trust)

    def cell(self, row: BundleRow, column: int) -> Any:
        if column == self.FILE:
            return row.file_name
        if column == self.VERDICT:
            return self.verdict_text(row)
        if column == self.FACILITATORS:
            return ", ".join(map(shown_name, row.facilitators))
        if column == self.ATELIER:
            return row.atelier
        if column in self.COUNT_COLUMNS:
            return None if row.counts is None else row.counts.as_tuple()[column - self.ADDED]
        if column == self.TRUST:
            return self.trust_text(row)
        if column == self.WHEN:
            return _when(row.when)
        if column == self.DETAILS:
            return " ".join(p for p in (row.reason, row.trust_note) if p)
        return None

    def explanation(self, row: BundleRow) -> str:
        """One sentence on a bundle: its file, verdict and why (the reason or the warning)."""
        why = self.cell(row, self.DETAILS)
        text = self.tr("{file}: {verdict}").format(file=row.file_name,
                                                    verdict=self.verdict_text(row))
        return f"{text} — {why}" if why else text

    def sort_key(self, row: BundleRow, column: int) -> Any:
        if column == self.WHEN:
            return row.when.isoformat() if row.when else ""
        if column in self.COUNT_COLUMNS or column == self.ATELIER:  # none sorts before 0
            value = self.cell(row, column)
            return -1 if value is None else value
        return self.cell(row, column)

    def decorate(self, row: BundleRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [row.file_name, ", ".join(map(shown_name, row.facilitators)), row.reason,
                     row.trust_note]
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.BackgroundRole and row.trust == "flagged":
            return QBrush(FLAGGED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row.verdict == "rejected":
            return QBrush(REJECTED_FOREGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and row.trust == "flagged":
            return QBrush(FLAGGED_FOREGROUND)  # readable on the light mark in a dark theme too
        if role == Qt.ItemDataRole.FontRole and (
                (column == self.TRUST and row.trust == "flagged")
                or (column == self.VERDICT and row.verdict in ("rejected", "quarantined"))):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and (
                column in self.COUNT_COLUMNS or column == self.ATELIER):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def put(self, row: BundleRow) -> int:
        """Show one new outcome: replaces the row of the same file and content, or appends."""
        at = self.find(lambda r: r.key == row.key)
        if at >= 0:
            self._rows[at] = row
            self.dataChanged.emit(self.index(at, 0), self.index(at, self.columnCount() - 1))
            return at
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()
        return len(self._rows) - 1


class ConflictTableModel(RowTableModel):
    """The open conflicts: which contribution, where, at which revision, how many versions."""

    ENGAGEMENT, QUESTION, REVISION, VERSIONS, TEXT = range(5)

    def headers(self) -> list[str]:
        return [self.tr("Engagement"), self.tr("Question"), self.tr("Revision"),
                self.tr("Versions"), self.tr("Text")]

    def question_text(self, key: str) -> str:
        return {"indicators": self.tr("Indicators"), "inspirations": self.tr("Inspirations"),
                "challenges": self.tr("Challenges"),
                "commitments": self.tr("Future commitments")}.get(key, key)

    def cell(self, row: Conflict, column: int) -> Any:
        first = row.versions[0] if row.versions else None
        if column == self.ENGAGEMENT:
            return first.engagement_number if first else None
        if column == self.QUESTION:
            return self.question_text(first.question_key) if first else None
        if column == self.REVISION:
            return row.revision
        if column == self.VERSIONS:
            return len(row.versions)
        if column == self.TEXT:
            return " | ".join(v.text.replace("\n", " ")[:80] for v in row.versions)
        return None

    def decorate(self, row: Conflict, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.contribution_uuid
        return None


class KeyTableModel(RowTableModel):
    """The facilitators' keys: trusted by an organiser, or recorded from a first bundle. A key
    naming a facilitator that another key names too is marked: one of them may not be theirs."""

    FINGERPRINT, FACILITATORS, STATUS, REGISTERED, NOTE = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._shared: dict[str, set[str]] = {}  # fingerprint -> other fingerprints, same name

    def set_rows(self, rows: Sequence[TrustedKey]) -> None:
        holders: dict[str, set[str]] = {}
        names = {k.fingerprint: {name_key(n) for n in k.facilitators} - {""} for k in rows}
        for key in rows:  # a name of nothing but signs ("?", "—") is nobody's: not compared
            for name in names[key.fingerprint]:
                holders.setdefault(name, set()).add(key.fingerprint)
        self._shared = {k.fingerprint: set().union(*(holders[n] for n in names[k.fingerprint]))
                        - {k.fingerprint} for k in rows}
        super().set_rows(rows)

    def shares_names(self, key: TrustedKey) -> bool:
        return bool(self._shared.get(key.fingerprint))

    def headers(self) -> list[str]:
        return [self.tr("Fingerprint"), self.tr("Facilitators"), self.tr("Status"),
                self.tr("Since"), self.tr("Note")]

    def cell(self, row: TrustedKey, column: int) -> Any:
        if column == self.FINGERPRINT:
            return row.fingerprint
        if column == self.FACILITATORS:
            return ", ".join(map(shown_name, row.facilitators))
        if column == self.STATUS:
            return self.tr("trusted") if row.status == "trusted" else self.tr("seen in a bundle")
        if column == self.REGISTERED:
            return _when(row.registered_at)
        if column == self.NOTE:  # the organiser's note, then why the row is highlighted
            return " — ".join(p for p in (row.note, self.warning(row)) if p)
        return None

    def warning(self, row: TrustedKey) -> str:
        """Why a key is highlighted: one of its facilitators is named by another key too."""
        if not self.shares_names(row):
            return ""
        return self.tr("A facilitator of this key is also named by {keys}: check with them "
                       "which key is theirs.").format(
            keys=", ".join(sorted(self._shared[row.fingerprint])))

    def decorate(self, row: TrustedKey, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and self.shares_names(row):
            return QBrush(FLAGGED_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and self.shares_names(row):
            return QBrush(FLAGGED_FOREGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and self.shares_names(row):
            return self.warning(row)
        if role == Qt.ItemDataRole.FontRole and column == self.FINGERPRINT:
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
            return font
        return None
