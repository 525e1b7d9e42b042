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
from facilitator_app.cli_organiser import (
    _conflicts,
    _keys,
    _machine_defaults,
    _merge,
    _report,
    _verify,
)
from facilitator_app.cli_text import _contributions, _n, _Parser, _t
from facilitator_app.i18n import msg

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """The command's arguments, its help in the language already chosen (see :func:`main`)."""
    file, folder, store = _t("FICHIER", "FILE"), _t("DOSSIER", "DIR"), _t("BASE", "STORE")
    parser = _Parser(
        prog="facilitator-app",
        description=_t(
            "Saisie des contributions des ateliers Ministère ouvert. Sans sous-commande, ouvre "
            "l'application.",
            "Capture the contributions of the Ministère ouvert ateliers (workshops). Without a "
            "sub-command, opens the application."),
        epilog=_t(
            "Langue : celle de --lang (avant la sous-commande, ou après « report ») pour les "
            "messages, cette aide et le rapport. Sans --lang, la variable FACILITATOR_APP_LANG "
            "décide, sinon la première définie de LC_ALL, LC_MESSAGES et LANG : anglais si sa "
            "valeur commence par « en », français pour toute autre valeur ou si aucune n'est "
            "définie. La fenêtre suit --lang, sinon la langue choisie dans l'application, sinon "
            "celle des réglages de la machine (facilitator-app defaults), sinon le français.",
            "Language: that of --lang (before the sub-command, or after 'report') for the "
            "messages, this help and the report. Without --lang, the FACILITATOR_APP_LANG "
            "variable decides, else the first one set of LC_ALL, LC_MESSAGES and LANG: English "
            "if its value starts with 'en', French for any other value or when none is set. The "
            "window follows --lang, else the language chosen in the application, else that of "
            "the machine's defaults (facilitator-app defaults), else French."),
    )
    parser.add_argument("--version", action="version", version=f"facilitator-app {__version__}",
                        help=_t("afficher la version et quitter",
                                "show the version number and exit"))
    parser.add_argument("--data-dir", metavar=folder, help=_t(
        "dossier des données (sinon $FACILITATOR_APP_DATA_DIR, sinon le dossier de l'utilisateur)",
        "data folder (else $FACILITATOR_APP_DATA_DIR, else the user's data folder)"))
    parser.add_argument("--catalogue", metavar=file, help=_t(
        "catalogue à proposer (JSON ou classeur Excel) au lieu du catalogue intégré",
        "catalogue to offer (JSON or Excel workbook) instead of the built-in one"))
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=_t(
        "langue des messages, de l'aide, du rapport et de la fenêtre ; sans elle, voir "
        "« Langue » ci-dessous", "language of the messages, the help, the report and the "
        "window; without it, see 'Language' below"))
    parser.add_argument("-v", "--verbose", action="store_true", help=_t(
        "écrire aussi le journal dans la console", "also write the log to the console"))
    parser.add_argument("--quit-after-start", action="store_true", help=_t(
        "ouvrir la fenêtre puis quitter aussitôt (vérification du démarrage, mesures)",
        "open the window then quit at once (start-up check, benchmarks)"))
    parser.add_argument("--open", action="append", metavar=f"{file}.fabundle", help=_t(
        "ouvrir la fenêtre des organisateurs et y fusionner ce paquet (double clic sur un "
        "paquet)", "open the organisers' window and merge this bundle there (double click on "
        "a bundle)"))
    parser.add_argument("--smoke", action="store_true", help=_t(
        "vérifier l'installation (modules Qt, ressources, traductions, base, fenêtre, paquet, "
        "rapport) dans un dossier temporaire, puis quitter",
        "check the installation (Qt modules, resources, translations, store, window, bundle, "
        "report) in a temporary folder, then quit"))
    commands = parser.add_subparsers(dest="command", metavar=_t("COMMANDE", "COMMAND"))

    catalogue = commands.add_parser("catalogue", help=_t(
        "modèle et vérification des catalogues d'ateliers",
        "template and check of atelier catalogues"))
    catalogue_commands = catalogue.add_subparsers(dest="catalogue_command", metavar="ACTION",
                                                  required=True)
    template = catalogue_commands.add_parser("template", help=_t(
        "écrire un classeur Excel à remplir pour un nouveau catalogue",
        "write an Excel workbook to fill in for a new catalogue"))
    template.add_argument("-o", "--output", required=True, metavar=f"{file}.xlsx", help=_t(
        "classeur à écrire", "workbook to write"))
    template.set_defaults(handler=_catalogue_template)
    check = catalogue_commands.add_parser("check", help=_t(
        "vérifier un catalogue (JSON ou Excel)", "check a catalogue (JSON or Excel)"))
    check.add_argument("file", metavar=file, help=_t(
        "catalogue à vérifier (JSON ou classeur Excel)", "catalogue to check (JSON or Excel "
        "workbook)"))
    check.set_defaults(handler=_catalogue_check)

    export = commands.add_parser("export", help=_t(
        "exporter un atelier tenu en paquet signé pour les organisateurs",
        "export a run (an atelier as held on this computer) as a signed bundle for the "
        "organisers"))
    export.add_argument("--out", metavar=f"{file}.fabundle", help=_t(
        "fichier à écrire (par défaut : un nom tiré de l'atelier, dans le dossier courant)",
        "file to write (default: a name made from the atelier, in the current folder)"))
    export.add_argument("--run", metavar="UUID", help=_t(
        "l'atelier tenu à exporter (UUID ou son début ; par défaut le plus récent)",
        "the run to export (UUID or its start; default: the most recent)"))
    export.add_argument("--list", action="store_true", help=_t(
        "lister les ateliers tenus sans rien exporter", "list the runs without exporting"))
    export.add_argument("--xlsx", metavar=f"{file}.xlsx", help=_t(
        "écrire aussi une copie Excel de l'atelier pour l'animateur",
        "also write an Excel copy of the run for the facilitator"))
    export.set_defaults(handler=_export)

    verify = commands.add_parser("verify", help=_t(
        "vérifier des paquets : intégrité, signature, contenu",
        "check bundles: integrity, signature, content"))
    verify.add_argument("files", nargs="+", metavar=_t("CHEMIN", "PATH"), help=_t(
        "paquets ou dossiers de paquets", "bundles or folders of bundles"))
    verify.set_defaults(handler=_verify)

    sheet = commands.add_parser("template", help=_t(
        "écrire un classeur Excel de saisie pour un atelier (saisie sur papier ou sans "
        "l'application)", "write an Excel capture workbook for an atelier (for capture on "
        "paper or without the application)"))
    sheet.add_argument("--atelier", type=int, required=True, metavar="N", help=_t(
        "numéro de l'atelier dans le catalogue", "the atelier's number in the catalogue"))
    sheet.add_argument("-o", "--output", required=True, metavar=f"{file}.xlsx", help=_t(
        "classeur à écrire", "workbook to write"))
    sheet.set_defaults(handler=_sheet_template)
    imported = commands.add_parser("import-sheet", help=_t(
        "transformer un classeur de saisie rempli en atelier tenu, prêt à exporter",
        "turn a filled capture workbook into a run, ready to export"))
    imported.add_argument("file", metavar=f"{file}.xlsx", help=_t(
        "classeur de saisie rempli", "filled capture workbook"))
    imported.set_defaults(handler=_sheet_import)

    merge = commands.add_parser("merge", help=_t(
        "fusionner des paquets (fichiers ou dossiers) dans la base centrale des organisateurs",
        "merge bundles (files or folders) into the organisers' central store"))
    merge.add_argument("paths", nargs="*", metavar=_t("CHEMIN", "PATH"), help=_t(
        "paquets ou dossiers de paquets", "bundles or folders of bundles"))
    merge.add_argument("--into", required=True, metavar=store, help=_t(
        "fichier SQLite ou URL SQLAlchemy (postgresql://…) de la base centrale",
        "SQLite file or SQLAlchemy URL (postgresql://…) of the central store"))
    merge.add_argument("--dry-run", action="store_true", help=_t(
        "dire ce qui changerait sans rien écrire", "say what would change, writing nothing"))
    merge.add_argument("--require-known-keys", action="store_true", help=_t(
        "mettre en quarantaine les paquets sans clé de confiance (toujours le cas si les "
        "réglages de la machine le demandent)",
        "quarantine bundles without a trusted key (always so when the machine's defaults ask "
        "for it)"))
    merge.add_argument("--quarantined", action="store_true", help=_t(
        "fusionner aussi les paquets en quarantaine dont la clé est désormais de confiance",
        "also merge the quarantined bundles whose key is now trusted"))
    merge.set_defaults(handler=_merge)

    conflicts = commands.add_parser("conflicts", help=_t(
        "lister et résoudre les conflits de la base centrale",
        "list and resolve the central store's conflicts"))
    conflicts.add_argument("--in", dest="store", required=True, metavar=store, help=_t(
        "fichier SQLite ou URL SQLAlchemy de la base centrale",
        "SQLite file or SQLAlchemy URL of the central store"))
    conflicts.add_argument("--resolve", metavar="UUID", help=_t(
        "la contribution dont résoudre le conflit : son UUID, ou un début de celui-ci qui ne "
        "désigne qu'un conflit ouvert", "the contribution whose conflict to resolve: its UUID, "
        "or any start of it naming only one open conflict"))
    conflicts.add_argument("--keep", metavar=_t("EMPREINTE|both", "HASH|both"), help=_t(
        "la version à garder (début de son empreinte, affichée par la liste) ou « both »",
        "the version to keep (start of its hash, as listed) or 'both'"))
    conflicts.set_defaults(handler=_conflicts)

    keys = commands.add_parser("keys", help=_t(
        "lister les clés des animateurs de la base centrale ; faire confiance à une clé",
        "list the facilitators' keys of the central store; trust a key"))
    keys.add_argument("--in", dest="store", required=True, metavar=store, help=_t(
        "fichier SQLite ou URL SQLAlchemy de la base centrale",
        "SQLite file or SQLAlchemy URL of the central store"))
    keys.add_argument("--trust", metavar=_t("EMPREINTE", "FINGERPRINT"), help=_t(
        "empreinte lue par l'animateur (facilitator-app key)",
        "fingerprint read out by the facilitator (facilitator-app key)"))
    keys.add_argument("--name", action="append", default=[], metavar=_t("NOM", "NAME"),
                      help=_t("nom de l'animateur (répétable)", "facilitator's name (repeatable)"))
    keys.set_defaults(handler=_keys)
    from facilitator_app.cli_claims import add_parser as add_claims
    add_claims(commands, store)

    report = commands.add_parser("report", help=_t(
        "produire le rapport de la base centrale : classeur Excel, CSV de données ouvertes, "
        "pages Markdown par engagement, paquet de données ouvertes", "produce the central "
        "store's report: Excel workbook, open-data CSV, Markdown pages per engagement, "
        "open-data package"))
    report.add_argument("--from", dest="store", required=True, metavar=store, help=_t(
        "fichier SQLite ou URL SQLAlchemy de la base centrale",
        "SQLite file or SQLAlchemy URL of the central store"))
    report.add_argument("--xlsx", metavar=f"{file}.xlsx", help=_t(
        "classeur Excel du rapport", "the report's Excel workbook"))
    report.add_argument("--csv", metavar=f"{file}.csv", help=_t(
        "CSV de données ouvertes (une ligne par contribution)",
        "open-data CSV (one line per contribution)"))
    report.add_argument("--markdown", metavar=folder, help=_t(
        "dossier des pages Markdown, une par engagement",
        "folder of the Markdown pages, one per engagement"))
    report.add_argument("--open-data", metavar=folder, help=_t(
        "dossier du paquet de données ouvertes (datapackage.json, contributions.csv, notes.csv "
        ": UTF-8, virgules, textes exacts)", "folder of the open-data package (datapackage.json, "
        "contributions.csv, notes.csv: UTF-8, commas, exact texts)"))
    report.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=_t(
        "langue du rapport et des messages ; sans elle, celle des messages (voir "
        "facilitator-app --help)", "language of the report and of the messages; without it, "
        "that of the messages (see facilitator-app --help)"))
    report.set_defaults(handler=_report)

    from facilitator_app.cli_synthesis import add_parser as add_synthesis

    add_synthesis(commands, store, file)

    from facilitator_app.cli_groups import add_parser as add_groups

    add_groups(commands, store)

    key = commands.add_parser("key", help=_t(
        "afficher l'empreinte de la clé de signature de cet ordinateur",
        "show the fingerprint of this computer's signing key"))
    key.set_defaults(handler=_key)

    defaults = commands.add_parser("defaults", help=_t(
        "afficher les réglages de la machine (fichier déployé par l'informatique) et les "
        "vérifier", "show and check the machine's defaults (the file deployed by IT)"))
    defaults.set_defaults(handler=_defaults)
    return parser


def _catalogue_template(args: argparse.Namespace) -> int:
    from facilitator_app.catalogue.template import write_template

    write_template(Path(args.output))
    print(_t(f"Modèle de catalogue écrit dans {args.output}",
             f"Catalogue template written to {args.output}"))
    return 0


def _catalogue_check(args: argparse.Namespace) -> int:
    from facilitator_app.catalogue import load_catalogue

    catalogue = load_catalogue(args.file)
    engagements = sum(len(a.engagement_numbers) for a in catalogue.ateliers)
    print(msg(
        "{file} : catalogue valide « {title} » ({id}, version {version}) : {a}, {e} ({r} en "
        "atelier).",
        "{file}: valid catalogue '{title}' ({id}, version {version}): {a}, {e} ({r} in "
        "ateliers).",
        file=args.file, title=catalogue.event.title, id=catalogue.id, version=catalogue.version,
        a=_n(len(catalogue.ateliers), "atelier|ateliers", "atelier|ateliers"),
        e=_n(len(catalogue.engagements), "engagement|engagements", "engagement|engagements"),
        r=_n(engagements, "revu|revus", "reviewed")))
    return 0


def _open_store(args: argparse.Namespace):
    from facilitator_app.paths import data_dir
    from facilitator_app.storage.local_store import LocalStore

    return LocalStore.in_folder(data_dir(args.data_dir))


def _choose_run(store, wanted: str | None):
    from facilitator_app.errors import NotFoundError

    runs = store.runs()
    if wanted:
        runs = [r for r in runs if r.uuid.startswith(wanted.lower())]
        if len(runs) != 1:
            raise NotFoundError("run", wanted)
    if not runs:
        raise FacilitatorError(msg(
            "Aucun atelier n'a encore été tenu dans {path} : rien à exporter.",
            "No atelier has been held in {path} yet: nothing to export.", path=store.path))
    return runs[0]


def _export(args: argparse.Namespace) -> int:
    from facilitator_app.bundle.keys import load_or_create_key
    from facilitator_app.bundle.writer import default_filename, export_run

    with _open_store(args) as store:
        if args.list:
            for run in store.runs():
                count = len(store.contributions(run.uuid))
                print(msg("{uuid}  atelier {n}  {who}  {count}  {state}",
                          "{uuid}  atelier {n}  {who}  {count}  {state}",
                          uuid=run.uuid, n=run.atelier_number, who=", ".join(run.facilitators),
                          count=_contributions(count), state=msg("terminé", "ended") if run.ended_at
                          else msg("en cours", "in progress")))
            return 0
        run = _choose_run(store, args.run)
        key = load_or_create_key(store.path.parent)
        catalogue = store.catalogue_of(run.uuid)
        out = Path(args.out) if args.out else Path(default_filename(run, catalogue,
                                                                     key.fingerprint))
        done = export_run(store, run.uuid, key, out)
        print(msg("Paquet écrit : {path} (atelier {n}, {live}, {deleted}, {size}, clé {fp})",
                  "Bundle written: {path} (atelier {n}, {live}, {deleted}, {size}, key {fp})",
                  path=done.path, n=run.atelier_number, live=_contributions(done.counts.live),
                  deleted=_n(done.counts.deleted, "supprimée|supprimées", "deleted"),
                  size=_n(done.size, "octet|octets", "byte|bytes"), fp=done.fingerprint))
        if args.xlsx:
            from facilitator_app.sheet import write_run_copy

            write_run_copy(store, run.uuid, Path(args.xlsx))
            print(msg("Copie Excel écrite : {path}", "Excel copy written: {path}",
                      path=args.xlsx))
    return 0


def _catalogues(args: argparse.Namespace) -> list:
    """The catalogues to look in: the one given with --catalogue (else the machine's default
    catalogue), then the built-in one."""
    from facilitator_app.catalogue import builtin_catalogue, load_catalogue

    chosen = args.catalogue or _machine_defaults().catalogue
    found = [load_catalogue(chosen)] if chosen else []
    return found + [builtin_catalogue()]


def _sheet_template(args: argparse.Namespace) -> int:
    from facilitator_app.sheet import write_template

    catalogue = _catalogues(args)[0]
    write_template(catalogue, args.atelier, Path(args.output))
    print(msg("Classeur de saisie de l'atelier {n} écrit dans {path}",
              "Capture workbook of atelier {n} written to {path}",
              n=args.atelier, path=args.output))
    return 0


def _sheet_import(args: argparse.Namespace) -> int:
    from facilitator_app.sheet import import_sheet

    with _open_store(args) as store:
        result = import_sheet(store, Path(args.file), _catalogues(args))
    print(msg("{path} : atelier {n} importé ({added}, {updated}, {deleted}, {unchanged}). "
              "Exportez-le avec : facilitator-app export --run {uuid}",
              "{path}: atelier {n} imported ({added}, {updated}, {deleted}, {unchanged}). "
              "Export it with: facilitator-app export --run {uuid}",
              path=args.file, n=result.run.atelier_number,
              added=_n(result.added, "ajoutée|ajoutées", "added"),
              updated=_n(result.updated, "modifiée|modifiées", "changed"),
              deleted=_n(result.deleted, "retirée|retirées", "removed"),
              unchanged=_n(result.unchanged, "inchangée|inchangées", "unchanged"),
              uuid=result.run.uuid[:8]))
    return 0


def _key(args: argparse.Namespace) -> int:
    from facilitator_app.bundle.keys import key_path, load_or_create_key
    from facilitator_app.paths import data_dir

    folder = data_dir(args.data_dir)
    key = load_or_create_key(folder)
    print(msg("Empreinte de la clé de signature de cet ordinateur : {fp}\n(fichier : {path})",
              "Fingerprint of this computer's signing key: {fp}\n(file: {path})",
              fp=key.fingerprint, path=key_path(folder)))
    return 0


def _defaults(args: argparse.Namespace) -> int:
    from facilitator_app.machine_defaults import defaults_path, load_defaults

    path = defaults_path()
    defaults = load_defaults(path)  # a refused file: its sentence and exit status 2
    if not defaults.found:
        print(msg("Aucun réglage de machine : {path} n'existe pas ; les réglages intégrés "
                  "s'appliquent.", "No machine defaults: {path} does not exist; the built-in "
                  "defaults apply.", path=path))
        return 0
    print(msg("Réglages de la machine lus dans {path} :", "Machine defaults read from {path}:",
              path=path))
    for name, value in defaults.items():
        print(f"  {name} = {value}")
    if defaults.catalogue:
        from facilitator_app.catalogue import load_catalogue

        try:
            load_catalogue(defaults.catalogue)
        except FacilitatorError as exc:
            print(msg("Attention : le catalogue par défaut est refusé ({problem}) ; le catalogue "
                      "intégré sera proposé à la place.", "Warning: the default catalogue is "
                      "refused ({problem}); the built-in catalogue will be offered instead.",
                      problem=str(exc)))
            return 1
    return 0


def _open_app(args: argparse.Namespace) -> int:
    if args.smoke:
        from facilitator_app.ui.smoke import run_smoke

        return run_smoke(args)
    from facilitator_app.ui.app import run_app

    return run_app(args)


def _language_asked(argv: list[str]) -> str | None:
    """The language of ``--lang fr|en`` or ``--lang=fr|en`` in ``argv`` (the last one given), so
    that the help and argparse's errors are in it too; ``None`` when none is asked."""
    asked = None
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        name, _, value = arg.partition("=")
        if arg == "--lang":
            value = argv[index + 1] if index + 1 < len(argv) else ""
        if name == "--lang" and value in i18n.LANGUAGES:
            asked = value
    return asked


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``facilitator-app`` and ``python -m facilitator_app``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(_language_asked(argv) or i18n.language_from_environment())
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
