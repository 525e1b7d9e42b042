"""The team's rule: no line of Python longer than 100 characters (characters, not bytes)."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_LENGTH = 100
# Where the project's Python lives, walked when git cannot list the tracked files.
FOLDERS = ("facilitator_app", "tests", "benchmarks", "packaging", "scripts")


def python_files(root: Path = ROOT, git: str = "git") -> list[Path]:
    """The tracked .py files (``git ls-files``), or every .py file of FOLDERS without git."""
    try:
        listed = subprocess.run([git, "ls-files", "-z", "--", "*.py"], cwd=root, check=True,
                                capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return sorted(path for folder in FOLDERS for path in (root / folder).rglob("*.py")
                      if "__pycache__" not in path.parts)
    # A file deleted in the work tree but not yet from the index has no lines to check.
    return [root / name for name in listed.split("\0") if name and (root / name).is_file()]


def too_long(root: Path = ROOT, git: str = "git") -> list[str]:
    found = []
    for path in python_files(root, git):
        with open(path, encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                length = len(line.rstrip("\n"))
                if length > MAX_LENGTH:
                    found.append(f"{path.relative_to(root).as_posix()}:{number} ({length})")
    return found


def test_no_python_line_is_longer_than_100_characters():
    assert ROOT / "facilitator_app" / "__init__.py" in python_files()
    offenders = too_long()
    assert not offenders, (f"{len(offenders)} line(s) over {MAX_LENGTH} characters:\n"
                           + "\n".join(offenders))


def test_without_git_the_project_folders_are_walked():
    files = python_files(git="no-such-git-command")
    assert Path(__file__).resolve() in {path.resolve() for path in files}
    assert ROOT / "facilitator_app" / "__init__.py" in files
    assert not any(".venv" in path.parts for path in files)
