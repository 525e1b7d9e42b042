"""``facilitator-app synthesis``: read and write the editors' synthesis of each engagement in
the central store (``central/syntheses.py``), from the command line."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from facilitator_app.cli_text import _t, for_terminal
from facilitator_app.errors import FacilitatorError
from facilitator_app.i18n import msg


def _event(store, asked: str | None) -> str:
    """The event asked for, or the store's only one."""
    from facilitator_app.central.report_source import CentralReportSource

    events = [e.catalogue_id for e in CentralReportSource(store).events()]
    if asked:
        if asked not in events:
            raise FacilitatorError(msg(
                "La base centrale n'a pas d'événement « {event} » ; ses événements : {events}.",
                "The central store has no event '{event}'; its events: {events}.",
                event=asked, events=", ".join(events) or "-"))
        return asked
    if len(events) != 1:
        raise FacilitatorError(msg(
            "Précisez --event parmi : {events}.", "Give --event, one of: {events}.",
            events=", ".join(events) or "-"))
    return events[0]


def _synthesis(args: argparse.Namespace) -> int:
    from facilitator_app.central.store import CentralStore
    from facilitator_app.central.syntheses import save_synthesis, syntheses

    with CentralStore(args.store, create=False) as store:
        writing = args.text is not None or args.file is not None or args.clear
        if not writing:
            for (event_id, number), found in sorted(syntheses(store).items()):
                if args.engagement is not None and number != args.engagement:
                    continue
                print(msg("Engagement {n} ({event}), par {author}, {when} UTC, révision {rev} :",
                          "Engagement {n} ({event}), by {author}, {when} UTC, revision {rev}:",
                          n=number, event=event_id, author=for_terminal(found.author),
                          when=found.updated_at.strftime("%Y-%m-%d %H:%M"),
                          rev=found.revision))
                print(for_terminal(found.text))
            return 0
        if args.engagement is None:
            raise FacilitatorError(msg("Précisez --engagement N.", "Give --engagement N."))
        event_id = _event(store, args.event)
        if args.file is not None:
            try:
                text = (sys.stdin.read() if args.file == "-" else
                        Path(args.file).read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as exc:
                raise FacilitatorError(msg("Impossible de lire {path} : {detail}.",
                                           "Cannot read {path}: {detail}.", path=args.file,
                                           detail=str(exc)[:200])) from None
        else:
            text = "" if args.clear else args.text
        current = syntheses(store).get((event_id, args.engagement))
        saved = save_synthesis(store, event_id, args.engagement, text,
                               args.author or getpass.getuser(),
                               replaces=current.revision if current else 0)
        if saved is None:
            print(msg("Synthèse de l'engagement {n} effacée.",
                      "Synthesis of engagement {n} cleared.", n=args.engagement))
        else:
            print(msg("Synthèse de l'engagement {n} enregistrée (révision {rev}).",
                      "Synthesis of engagement {n} saved (revision {rev}).",
                      n=args.engagement, rev=saved.revision))
    return 0


def add_parser(commands, store: str, file: str) -> None:
    synthesis = commands.add_parser("synthesis", help=_t(
        "lire ou écrire la synthèse de la rédaction d'un engagement (en tête de sa feuille et "
        "de sa page Markdown)", "read or write the editorial synthesis of an engagement (at "
        "the top of its sheet and Markdown page)"))
    synthesis.add_argument("--in", dest="store", required=True, metavar=store, help=_t(
        "fichier SQLite ou URL SQLAlchemy de la base centrale",
        "SQLite file or SQLAlchemy URL of the central store"))
    synthesis.add_argument("--engagement", type=int, metavar="N", help=_t(
        "numéro de l'engagement", "the engagement's number"))
    synthesis.add_argument("--event", metavar="ID", help=_t(
        "identifiant de l'événement (sans lui, le seul de la base)",
        "the event's id (without it, the store's only one)"))
    given = synthesis.add_mutually_exclusive_group()
    given.add_argument("--text", metavar=_t("TEXTE", "TEXT"), help=_t(
        "le texte (texte brut ou Markdown)", "the text (plain text or Markdown)"))
    given.add_argument("--file", metavar=file, help=_t(
        "lire le texte dans ce fichier UTF-8 (« - » : l'entrée standard)",
        "read the text from this UTF-8 file ('-': standard input)"))
    given.add_argument("--clear", action="store_true",
                       help=_t("effacer la synthèse", "clear the synthesis"))
    synthesis.add_argument("--author", metavar=_t("NOM", "NAME"), help=_t(
        "qui l'écrit (sans lui, le nom d'utilisateur)", "who writes it (without it, the user "
        "name)"))
    synthesis.set_defaults(handler=_synthesis)
