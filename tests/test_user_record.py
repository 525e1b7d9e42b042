"""The record kept outside the data folders: moves and losses."""

from __future__ import annotations

from datetime import UTC, datetime

from facilitator_app import user_record as ur


def test_moves_are_followed_and_never_loop(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    assert ur.moved_to(a) is None
    ur.record_move(a, b)
    assert ur.moved_to(a) == b
    ur.record_move(b, c)
    assert ur.moved_to(a) == c
    ur.record_move(c, a)  # back home: a's own move is dropped, no loop
    assert ur.moved_to(a) is None
    assert ur.moved_to(c) == a
    assert str(ur.record_path()).startswith(str(tmp_path / "config"))


def test_losses_are_taken_once(tmp_path):
    when = datetime(2026, 12, 4, 10, 12, tzinfo=UTC)
    ur.record_loss(tmp_path / "a", 3, when)
    ur.record_loss(tmp_path / "a", 1, when)
    assert ur.take_losses(tmp_path / "b") == []
    assert ur.take_losses(tmp_path / "a") == [ur.Loss(3, when), ur.Loss(1, when)]
    assert ur.take_losses(tmp_path / "a") == []


def test_a_damaged_record_reads_as_empty(tmp_path):
    ur.record_path().parent.mkdir(parents=True)
    ur.record_path().write_text("{not json", encoding="utf-8")
    assert ur.moved_to(tmp_path / "a") is None
    ur.record_move(tmp_path / "a", tmp_path / "b")  # and is replaced whole
    assert ur.moved_to(tmp_path / "a") == tmp_path / "b"
