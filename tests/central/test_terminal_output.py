"""What comes from a bundle (a contribution's text, a file's name) is printed as text: the
terminal never obeys its escape sequences, and its line breaks cannot fake a line."""

from __future__ import annotations

import subprocess

import pytest

from facilitator_app.central.merge import merge_paths
from facilitator_app.central.store import CentralStore
from facilitator_app.cli_text import for_terminal
from tests.conftest import PYTHON, child_env
from tests.support.merging import contribution as c
from tests.support.merging import write_bundle

EVIL = "\x1b]0;pwned\x07\x1b[2J\x1b[31mFAUX\x1b[0m"


def _app(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([PYTHON, "-m", "facilitator_app", "--lang", "en", *args],
                          capture_output=True, env=child_env(), timeout=120)


@pytest.mark.parametrize("raw, shown", [
    ("plain text, accents é, emoji 📊", "plain text, accents é, emoji 📊"),
    (EVIL, "␛]0;pwned␇␛[2J␛[31mFAUX␛[0m"),
    ("one\r\ntwo\nthree\rfour\u2028five", "one⏎two⏎three⏎four⏎five"),
    ("a\tb\x00c\x7fd", "a␉b␀c␡d"),
    ("\x9b2J", "<U+009B>2J"),  # a C1 control some terminals obey
    ("\u202eevil", "<U+202E>evil"),  # a right-to-left override
])
def test_control_characters_are_shown_and_line_breaks_are_a_symbol(raw, shown):
    assert for_terminal(raw) == shown


def test_conflicts_lists_contributions_without_obeying_them(tmp_path, bundles_dir):
    store = tmp_path / "central.sqlite"
    fake = "B\n  0123456789ab  forged.fabundle: a line that is not one"
    with CentralStore(store) as central:
        # Other control characters never reach the store: the reader refuses them (rule text).
        merge_paths(central, [write_bundle(bundles_dir, "a", [c(1, 2, "A\tsuite\u202e")]),
                              write_bundle(bundles_dir, "b", [c(1, 2, fake)])])
    result = _app("conflicts", "--in", str(store))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert "\x1b" not in out and "\x07" not in out
    assert "a.fabundle: A␉suite" in out and "\u202e" not in out
    lines = out.splitlines()
    assert len(lines) == 5  # the conflict, where it was captured, its two versions, the count
    assert any(line.endswith("b.fabundle: B⏎  0123456789ab  forged.fabundle: a line that "
                             "is not one") for line in lines[2:4])


def test_a_file_name_is_printed_without_obeying_it(tmp_path, bundles_dir):
    write_bundle(bundles_dir, "evil\x1b[2J", [c(1)])
    result = _app("merge", str(bundles_dir), "--into", str(tmp_path / "central.sqlite"))
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert "\x1b" not in out and "MERGED  evil␛[2J.fabundle: 1 added" in out
    verified = _app("verify", str(bundles_dir)).stdout.decode("utf-8")
    assert "\x1b" not in verified and "evil␛[2J.fabundle" in verified
