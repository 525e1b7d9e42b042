"""The ``facilitator-app`` command: opens the application, or runs one sub-command.

Sub-commands import what they need when they run, so that starting the window loads neither
openpyxl nor the export code. Errors of the core become one sentence on stderr and an exit code.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from facilitator_app import __version__, i18n
from facilitator_app.errors import FacilitatorError
from facilitator_app.i18n import Message, msg

log = logging.getLogger(__name__)


def _t(fr: str, en: str) -> str:
    return msg(fr, en).render()


def _n(n: int, fr: str, en: str) -> Message:
    """``n`` then a word, agreed with ``n`` in each language; ``fr`` and ``en`` are written
    "singular|plural" ("paquet|paquets"), or once for a word that does not change. French puts
    0 and 1 in the singular ("0 paquet", "1 paquet"), English only 1 ("0 bundles")."""
    fr_one, _, fr_many = fr.partition("|")
    en_one, _, en_many = en.partition("|")
    return msg("{n} " + (fr_one if n <= 1 else fr_many or fr_one),
               "{n} " + (en_one if n == 1 else en_many or en_one), n=n)


# argparse's own words in French (it translates them with gettext, which has no French catalogue
# for it here): its errors, as argparse formats them, become French fragment by fragment.
_ARGPARSE_FR = (
    (r"^argument (\S+): ", r"argument \1 : "),
    (r"the following arguments are required: ", "ces arguments sont obligatoires : "),
    (r"unrecognized arguments: ", "arguments non reconnus : "),
    (r"invalid choice: (.*) \(choose from (.*)\)$",
     r"choix invalide : \1 (choix possibles : \2)"),
    (r"invalid (\S+) value: ", r"valeur invalide (\1) : "),
    (r"expected one argument", "un argument est attendu"),
    (r"expected at least one argument", "au moins un argument est attendu"),
    (r"ambiguous option: (\S+) could match ", r"option ambiguë : \1 peut désigner "),
    (r"ignored explicit argument ", "argument explicite ignoré : "),
)


class _HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups,
                          _t("utilisation : ", "usage: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose help and errors are wholly in the messages' language (its
    sub-commands' parsers are of this class too)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **{**kwargs, "add_help": False})
        # argparse adds the colon; French puts a space before it
        self._positionals.title = _t("arguments positionnels ", "positional arguments")
        self._optionals.title = _t("options ", "options")
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=_t(
            "afficher cette aide et quitter", "show this help message and exit"))

    def error(self, message: str):
        if i18n.language() == "fr":
            for english, french in _ARGPARSE_FR:
                message = re.sub(english, french, message)
        self.print_usage(sys.stderr)
        self.exit(2, msg("{prog} : erreur : {message}\n", "{prog}: error: {message}\n",
                         prog=self.prog, message=message).render())


# Line breaks, shown as one symbol so that a text keeps to its line.
_BREAKS = {ord(c): "⏎" for c in ("\n", "\r", "\x85", "\u2028", "\u2029")}
# C0 controls and DEL as their control pictures (ESC → ␛, as in the report's workbook); C1
# controls, which some terminals obey too, and the bidirectional overrides, which reorder a
# line, as their code.
_VISIBLE = {**{c: chr(0x2400 + c) for c in range(0x20)}, 0x7F: "\u2421",
            **{c: f"<U+{c:04X}>" for c in (*range(0x80, 0xA0), *range(0x202A, 0x202F),
                                            *range(0x2066, 0x206A))},
            **_BREAKS}
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def for_terminal(text: object) -> str:
    """``text`` (what came from a bundle: a contribution, a file or facilitator's name) safe to
    print: its control characters shown, never obeyed by the terminal, and its line breaks as
    ⏎, so that it cannot clear the screen, change the window's title nor fake a line."""
    text = str(text)
    if not _UNSAFE.search(text):
        return text
    text = text.replace("\r\n", "\n")
    return text.translate(_VISIBLE)


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
        "la contribution dont résoudre le conflit", "the contribution whose conflict to resolve"))
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

    report = commands.add_parser("report", help=_t(
        "produire le rapport de la base centrale : classeur Excel, CSV de données ouvertes, "
        "pages Markdown par engagement", "produce the central store's report: Excel workbook, "
        "open-data CSV, Markdown pages per engagement"))
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
    report.add_argument("--lang", choices=i18n.LANGUAGES, default=argparse.SUPPRESS, help=_t(
        "langue du rapport et des messages ; sans elle, celle des messages (voir "
        "facilitator-app --help)", "language of the report and of the messages; without it, "
        "that of the messages (see facilitator-app --help)"))
    report.set_defaults(handler=_report)

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


def _verify(args: argparse.Namespace) -> int:
    from facilitator_app.bundle import read_bundle
    from facilitator_app.errors import BundleError

    rejected = 0
    from facilitator_app.bundle.reader import bundle_files

    files = bundle_files(args.files)
    if not files:
        print(msg("Aucun paquet trouvé.", "No bundle found."), file=sys.stderr)
        return 4
    for path in files:
        try:
            bundle = read_bundle(path)
        except BundleError as exc:
            rejected += 1
            _say(msg("REFUSÉ  {path} : {rule} : {problem}", "REJECTED  {path}: {rule}: {problem}",
                     path=path, rule=exc.rule, problem=exc.problem))
            continue
        _say(msg("VALIDE  {path} : atelier {n} « {title} » ({date}), animé par {who} ; "
                 "{live}, {deleted}, {starred} ; clé {fp}",
                 "VALID  {path}: atelier {n} '{title}' ({date}), facilitated by {who}; "
                 "{live}, {deleted}, {starred}; key {fp}",
                 path=path, n=bundle.atelier.number, title=bundle.atelier.title,
                 date=bundle.event_date.isoformat(),
                 who=", ".join(bundle.facilitators) or "—",
                 live=_contributions(bundle.counts.live),
                 deleted=_n(bundle.counts.deleted, "supprimée|supprimées", "deleted"),
                 starred=_n(bundle.counts.starred, "mise en avant|mises en avant", "starred"),
                 fp=bundle.fingerprint))
    return 4 if rejected else 0


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


def _say(line) -> None:
    print(for_terminal(line))


def _contributions(n: int) -> Message:
    return _n(n, "contribution|contributions", "contribution|contributions")


def _contribution_counts(counts) -> Message:
    """What a merge did to contributions: added, updated, unchanged, conflicting, removed."""
    return msg("{a}, {u}, {n}, {c}, {r}", "{a}, {u}, {n}, {c}, {r}",
               a=_n(counts.added, "ajoutée|ajoutées", "added"),
               u=_n(counts.updated, "mise à jour|mises à jour", "updated"),
               n=_n(counts.unchanged, "inchangée|inchangées", "unchanged"),
               c=_n(counts.conflicting, "en conflit", "conflicting"),
               r=_n(counts.removed, "retirée|retirées", "removed"))


def _print_outcome(outcome) -> None:
    """One line per file; what came from the file (its name, its facilitators' names in a
    trust note) is shown as text, never obeyed by the terminal."""
    counts = outcome.counts
    if outcome.verdict == "merged":
        _say(msg("FUSIONNÉ  {source} : {counts}{trust}", "MERGED  {source}: {counts}{trust}",
                 source=outcome.source, counts=_contribution_counts(counts),
                 trust=f" [{outcome.trust_note}]" if outcome.trust_note else ""))
    elif outcome.verdict == "already":
        _say(msg("DÉJÀ  {source} : déjà fusionné le {when}, rien n'a changé",
                 "ALREADY  {source}: already merged on {when}, nothing changed",
                 source=outcome.source, when=outcome.when.strftime("%Y-%m-%d %H:%M UTC")))
    elif outcome.verdict == "quarantined":
        _say(msg("QUARANTAINE  {source} : {reason}", "QUARANTINED  {source}: {reason}",
                 source=outcome.source, reason=outcome.reason))
    else:
        _say(msg("REFUSÉ  {source} : {rule} : {reason}", "REJECTED  {source}: {rule}: {reason}",
                 source=outcome.source, rule=outcome.rule, reason=outcome.reason))


def _merge(args: argparse.Namespace) -> int:
    from facilitator_app.central.merge import merge_paths, merge_quarantined
    from facilitator_app.central.store import CentralStore
    from facilitator_app.errors import CentralStoreMissingError

    if not args.paths and not args.quarantined:
        raise FacilitatorError(msg("Indiquez des paquets ou des dossiers à fusionner.",
                                   "Name bundles or folders to merge."))
    defaults = _machine_defaults(stop=True)
    try:  # a dry run writes nothing: not even a new store
        store = CentralStore(args.into, create=not args.dry_run)
    except CentralStoreMissingError as missing:
        raise CentralStoreMissingError(missing.path, msg(
            "Il n'y a pas de base centrale à {path} : l'essai à blanc (--dry-run) n'en crée pas "
            "et n'a rien écrit. Sans --dry-run, la fusion la crée.",
            "There is no central store at {path}: a dry run (--dry-run) does not create one "
            "and wrote nothing. Without --dry-run, the merge creates it.",
            path=missing.path)) from None
    def merge(progress):
        report = merge_paths(store, args.paths,
                             require_known_keys=args.require_known_keys
                             or defaults.require_known_keys,
                             dry_run=args.dry_run, progress=progress)
        if args.quarantined:
            report.outcomes += merge_quarantined(store, dry_run=args.dry_run,
                                                 progress=progress).outcomes
        return report

    with store:
        if args.dry_run:
            # One rehearsal for both: a bundle named and waiting in quarantine counts once. It
            # may be replayed (another organiser's merge in the way): its lines come at the end.
            report = store.rehearse(lambda: merge(None))
            for outcome in report.outcomes:
                _print_outcome(outcome)
        else:
            _register_machine_keys(store, defaults)
            report = merge(lambda done, total, outcome: _print_outcome(outcome))
    totals = report.totals
    print(msg("{prefix}{bundles} : {merged}, {already}, {quarantined}, {rejected} ; "
              "contributions : {counts}.",
              "{prefix}{bundles}: {merged}, {already}, {quarantined}, {rejected}; "
              "contributions: {counts}.",
              prefix=msg("(essai à blanc, rien n'a été écrit) ", "(dry run, nothing written) ")
              if args.dry_run else "",
              bundles=_n(len(report.outcomes), "paquet|paquets", "bundle|bundles"),
              merged=_n(report.count("merged"), "fusionné|fusionnés", "merged"),
              already=_n(report.count("already"), "déjà fusionné|déjà fusionnés",
                         "already merged"),
              quarantined=_n(report.count("quarantined"), "en quarantaine", "quarantined"),
              rejected=_n(report.count("rejected"), "refusé|refusés", "rejected"),
              counts=_contribution_counts(totals)))
    return 0 if report.ok else 4


def _conflicts(args: argparse.Namespace) -> int:
    from facilitator_app.central.store import CentralStore

    with CentralStore(args.store, create=False) as store:
        if args.resolve:
            if not args.keep:
                raise FacilitatorError(msg("Précisez --keep VERSION ou --keep both.",
                                           "Give --keep VERSION or --keep both."))
            store.resolve(args.resolve, args.keep)
            print(msg("Conflit résolu.", "Conflict resolved."))
            return 0
        found = store.conflicts()
        for conflict in found:
            print(msg("Contribution {uuid} (révision {rev}) :", "Contribution {uuid} "
                      "(revision {rev}):", uuid=conflict.contribution_uuid, rev=conflict.revision))
            for version in conflict.versions:
                state = msg(" [supprimée]", " [deleted]") if version.deleted else ""
                print(f"  {version.content_hash[:12]}  {for_terminal(version.bundle_file)}"
                      f"{state}: {for_terminal(version.text[:200])}")
        print(msg("{n}.", "{n}.", n=_n(len(found), "conflit non résolu|conflits non résolus",
                                         "unresolved conflict|unresolved conflicts")))
    return 0


def _keys(args: argparse.Namespace) -> int:
    from facilitator_app.central.store import CentralStore

    with CentralStore(args.store) as store:
        if args.trust:
            _register_machine_keys(store, _machine_defaults())
            store.trust_key(args.trust, args.name)
            print(msg("Clé {fp} enregistrée comme clé de confiance.",
                      "Key {fp} registered as trusted.", fp=args.trust.upper()))
        for key in store.keys():
            status = msg("de confiance", "trusted") if key.status == "trusted" else \
                msg("vue dans un paquet", "seen in a bundle")
            names = for_terminal(", ".join(key.facilitators) or "—")
            print(f"{key.fingerprint}  {status}  {names}")
    return 0


def _machine_defaults(*, stop: bool = False):
    """The machine's defaults. A refused file is said on standard error, and the command goes on
    with the built-in defaults; it stops a merge (``stop``) instead, since the file may ask for
    the quarantine of bundles signed by unregistered keys, which a merge must not skip."""
    from facilitator_app.errors import DefaultsError
    from facilitator_app.machine_defaults import load_defaults, machine_defaults

    if stop:
        try:
            return load_defaults()
        except DefaultsError as refused:
            log.warning("%s", refused)
            raise FacilitatorError(msg(
                "Les réglages de la machine ({source}) sont refusés : {problem} La fusion n'a "
                "pas eu lieu, rien n'a été écrit : ces réglages peuvent imposer la quarantaine "
                "des paquets sans clé de confiance, et une fusion ne se fait pas sans eux. "
                "Corrigez le fichier (facilitator-app defaults le vérifie), puis relancez la "
                "fusion.",
                "The machine's defaults ({source}) are refused: {problem} The merge did not "
                "take place and nothing was written: these defaults may require quarantining "
                "bundles without a trusted key, and a merge is not done without them. "
                "Correct the file (facilitator-app defaults checks it), then run the merge "
                "again.", source=refused.source, problem=refused.problem)) from None
    defaults = machine_defaults()
    if defaults.problem is not None:
        print(f"facilitator-app: {defaults.problem.render()}", file=sys.stderr)
    return defaults


def _register_machine_keys(store, defaults) -> None:
    for fingerprint in defaults.register_trusted_keys(store):
        print(msg("Clé {fp} enregistrée comme clé de confiance (réglages de la machine).",
                  "Key {fp} registered as trusted (machine's defaults).", fp=fingerprint))


def _report(args: argparse.Namespace) -> int:
    from facilitator_app.central.report_source import CentralReportSource
    from facilitator_app.central.store import CentralStore
    from facilitator_app.report.build import write_report

    if not (args.xlsx or args.csv or args.markdown):
        raise FacilitatorError(msg("Indiquez au moins --xlsx, --csv ou --markdown.",
                                   "Give at least --xlsx, --csv or --markdown."))
    with CentralStore(args.store, create=False) as store:
        result = write_report(CentralReportSource(store), xlsx=args.xlsx, csv=args.csv,
                              markdown=args.markdown, lang=args.lang or i18n.language())
    for path in (result.xlsx, result.csv):
        if path:
            print(msg("Écrit : {path}", "Written: {path}", path=path))
    if result.markdown:
        print(msg("Écrit : {n} dans {folder}", "Written: {n} in {folder}",
                  n=_n(len(result.markdown), "page|pages", "page|pages"), folder=args.markdown))
    print(msg("{n} dans le rapport.", "{n} in the report.",
              n=_contributions(result.contributions)))
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
