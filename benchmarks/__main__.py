"""``python -m benchmarks [names...]``: run benchmarks and rewrite docs/PERFORMANCE.md.

Sections of benchmarks not run this time are kept as they were (each says when and where it
was measured); the header describes the machine of this run.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import re
import sys
import time
from pathlib import Path

from benchmarks import REGISTRY, RULE, machine, now_text

DOCUMENT = Path(__file__).resolve().parents[1] / "docs" / "PERFORMANCE.md"
_SECTION = re.compile(r"<!-- bench:(?P<name>[\w-]+) -->\n(?P<body>.*?)<!-- /bench:(?P=name) -->",
                      re.DOTALL)


def read_sections(text: str) -> dict[str, str]:
    """The sections of an existing document, by benchmark name, markers excluded."""
    return {m["name"]: m["body"] for m in _SECTION.finditer(text)}


def render(sections: dict[str, str], ran: list[str]) -> str:
    """The whole document: header for this run, then every section in registry order."""
    rows = "\n".join(f"| {key} | {value} |" for key, value in machine().items())
    names = [n for n in REGISTRY if n in sections] + sorted(n for n in sections
                                                            if n not in REGISTRY)
    parts = [
        "# Performance\n",
        "<!-- Written by `make bench` (`python -m benchmarks [names...]`): edit the benchmarks in "
        "benchmarks/, not this file. Sections between bench markers are replaced by name. -->\n",
        f"Last run: {now_text()}, benchmarks: {', '.join(ran)}. Each section says when it was "
        "measured; sections not run this time are kept from earlier runs.\n",
        "| Machine of the last run | |\n|---|---|\n" + rows + "\n",
        f"**Rule:** {RULE}\n",
    ]
    parts += [f"<!-- bench:{n} -->\n{sections[n].rstrip()}\n<!-- /bench:{n} -->\n" for n in names]
    return "\n".join(parts)


def run_one(name: str) -> str:
    module = importlib.import_module(REGISTRY[name])
    print(f"benchmark {name}: {module.TITLE} ...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    body = module.run()
    print(f"benchmark {name}: done in {time.perf_counter() - started:.1f} s", file=sys.stderr,
          flush=True)
    return f"## {module.TITLE} (`{name}`)\n\n{body.strip()}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=f"benchmarks to run (default: all of {', '.join(REGISTRY)})")
    parser.add_argument("--output", type=Path, default=DOCUMENT,
                        help="document to rewrite (default: docs/PERFORMANCE.md)")
    args = parser.parse_args(argv)
    unknown = [n for n in args.names if n not in REGISTRY]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; known: {', '.join(REGISTRY)}")
    names = list(dict.fromkeys(args.names)) or list(REGISTRY)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    existing = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
    sections = read_sections(existing)
    for name in names:
        sections[name] = run_one(name)
        # Written after each benchmark, so that a long run interrupted keeps what it measured.
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(render(sections, names), encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
