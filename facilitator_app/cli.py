"""The ``facilitator-app`` command: opens the application, or runs one sub-command.

Sub-commands import what they need when they run, so that starting the window loads neither
openpyxl nor the export code. Errors of the core become one sentence on stderr and an exit code.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from facilitator_app import __version__, i18n
from facilitator_app.errors import FacilitatorError
from facilitator_app.i18n import msg

log = logging.getLogger(__name__)


def _t(fr: str, en: str) -> str:
    return msg(fr, en).render()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator-app",
        description=_t(
            "Saisie des contributions des ateliers Ministère ouvert. Sans sous-commande, ouvre "
            "l'application.",
            "Capture the contributions of Ministère ouvert workshops. Without a sub-command, "
            "opens the application."),
    )
    parser.add_argument("--version", action="version", version=f"facilitator-app {__version__}")
    parser.add_argument("--data-dir", metavar="DOSSIER", help=_t(
        "dossier des données (sinon $FACILITATOR_APP_DATA_DIR, sinon le dossier de l'utilisateur)",
        "data folder (else $FACILITATOR_APP_DATA_DIR, else the user's data folder)"))
    parser.add_argument("--catalogue", metavar="FICHIER", help=_t(
        "catalogue à proposer (JSON ou classeur Excel) au lieu du catalogue intégré",
        "catalogue to offer (JSON or Excel workbook) instead of the built-in one"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=_t(
        "langue de l'interface (fr par défaut)", "interface language (fr by default)"))
    parser.add_argument("-v", "--verbose", action="store_true", help=_t(
        "écrire aussi le journal dans la console", "also write the log to the console"))
    parser.add_argument("--quit-after-start", action="store_true", help=_t(
        "ouvrir la fenêtre puis quitter aussitôt (vérification du démarrage, mesures)",
        "open the window then quit at once (start-up check, benchmarks)"))
    parser.add_argument("--smoke", action="store_true", help=_t(
        "vérifier l'installation (modules Qt, ressources, traductions, base, fenêtre, paquet, "
        "rapport) dans un dossier temporaire, puis quitter",
        "check the installation (Qt modules, resources, translations, store, window, bundle, "
        "report) in a temporary folder, then quit"))
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE")

    catalogue = commands.add_parser("catalogue", help=_t(
        "modèle et vérification des catalogues d'ateliers", "workshop catalogue template and check"))
    catalogue_commands = catalogue.add_subparsers(dest="catalogue_command", metavar="ACTION",
                                                  required=True)
    template = catalogue_commands.add_parser("template", help=_t(
        "écrire un classeur Excel à remplir pour un nouveau catalogue",
        "write an Excel workbook to fill in for a new catalogue"))
    template.add_argument("-o", "--output", required=True, metavar="FICHIER.xlsx")
    template.set_defaults(handler=_catalogue_template)
    check = catalogue_commands.add_parser("check", help=_t(
        "vérifier un catalogue (JSON ou Excel)", "check a catalogue (JSON or Excel)"))
    check.add_argument("file", metavar="FICHIER")
    check.set_defaults(handler=_catalogue_check)
    return parser


def _catalogue_template(args: argparse.Namespace) -> int:
    from facilitator_app.catalogue.workbook import write_template

    write_template(Path(args.output))
    print(_t(f"Modèle de catalogue écrit dans {args.output}",
             f"Catalogue template written to {args.output}"))
    return 0


def _catalogue_check(args: argparse.Namespace) -> int:
    from facilitator_app.catalogue import load_catalogue

    catalogue = load_catalogue(args.file)
    engagements = sum(len(a.engagement_numbers) for a in catalogue.ateliers)
    print(msg(
        "{file} : catalogue valide « {title} » ({id}, version {version}) : {a} ateliers, "
        "{e} engagements ({r} revus en atelier).",
        "{file}: valid catalogue '{title}' ({id}, version {version}): {a} ateliers, "
        "{e} engagements ({r} reviewed in ateliers).",
        file=args.file, title=catalogue.event.title, id=catalogue.id, version=catalogue.version,
        a=len(catalogue.ateliers), e=len(catalogue.engagements), r=engagements))
    return 0


def _open_app(args: argparse.Namespace) -> int:
    if args.smoke:
        from facilitator_app.ui.smoke import run_smoke

        return run_smoke(args)
    from facilitator_app.ui.app import run_app

    return run_app(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``facilitator-app`` and ``python -m facilitator_app``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = i18n.language_from_environment()
    if "--lang" in argv[:-1]:
        wanted = argv[argv.index("--lang") + 1]
        lang = wanted if wanted in i18n.LANGUAGES else lang
    i18n.set_language(lang)
    args = build_parser().parse_args(argv)
    if args.lang:
        i18n.set_language(args.lang)

    from facilitator_app.logs import configure_logging
    from facilitator_app.paths import log_dir

    configure_logging(log_dir(args.data_dir), verbose=args.verbose)
    handler = getattr(args, "handler", _open_app)
    try:
        return handler(args)
    except FacilitatorError as exc:
        log.warning("%s failed: %s", args.command or "app", exc)
        print(f"facilitator-app: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
