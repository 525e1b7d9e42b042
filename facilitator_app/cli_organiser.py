"""The organisers' sub-commands of ``facilitator-app``: verify, merge, conflicts, keys and
report, and the machine's defaults they follow."""

from __future__ import annotations

import argparse
import logging
import sys

from facilitator_app import i18n
from facilitator_app.cli_text import (
    _contribution_counts,
    _contributions,
    _n,
    _say,
    for_terminal,
)
from facilitator_app.errors import FacilitatorError
from facilitator_app.i18n import msg

log = logging.getLogger(__name__)


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


def _print_outcome(outcome) -> None:
    """One line per file; what came from the file (its name, its facilitators' names in a
    trust note) is shown as text, never obeyed by the terminal."""
    counts = outcome.counts
    if outcome.verdict == "merged":
        _say(msg("FUSIONNÉ  {source} : {counts}{trust}", "MERGED  {source}: {counts}{trust}",
                 source=outcome.source, counts=_contribution_counts(counts),
                 trust=f" [{outcome.trust_note}]" if outcome.trust_note else ""))
        if outcome.claim is not None:
            _say(msg("  REVENDIQUÉ  {claim}", "  CLAIMED  {claim}", claim=outcome.claim))
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
    from facilitator_app.central.conflicts import by_prefix
    from facilitator_app.central.store import CentralStore

    with CentralStore(args.store, create=False) as store:
        if args.resolve:
            if not args.keep:
                raise FacilitatorError(msg("Précisez --keep VERSION ou --keep both.",
                                           "Give --keep VERSION or --keep both."))
            # Resolved as listed: if a merge changed it meanwhile, nothing is resolved.
            conflict = by_prefix(store.conflicts(), args.resolve)
            store.resolve(conflict.contribution_uuid, args.keep, seen=conflict)
            print(msg("Conflit de la contribution {uuid} résolu.",
                      "Conflict of contribution {uuid} resolved.",
                      uuid=conflict.contribution_uuid))
            return 0
        found = store.conflicts()
        for conflict in found:
            print(msg("Contribution {uuid} (révision {rev}) :", "Contribution {uuid} "
                      "(revision {rev}):", uuid=conflict.contribution_uuid, rev=conflict.revision))
            places = list(dict.fromkeys(v.place for v in conflict.versions))
            if len(places) == 1:  # else each version says its own
                print(f"  {for_terminal(str(places[0].describe()))}")
            for version in conflict.versions:
                state = msg(" [supprimée]", " [deleted]") if version.deleted else ""
                print(f"  {version.content_hash[:12]}  {for_terminal(version.bundle_file)}"
                      f"{state}: {for_terminal(version.text[:200])}")
                if len(places) > 1:
                    print(f"    {for_terminal(str(version.place.describe()))}")
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

    if not (args.xlsx or args.csv or args.markdown or args.open_data):
        raise FacilitatorError(msg("Indiquez au moins --xlsx, --csv, --markdown ou --open-data.",
                                   "Give at least --xlsx, --csv, --markdown or --open-data."))
    with CentralStore(args.store, create=False) as store:
        result = write_report(CentralReportSource(store), xlsx=args.xlsx, csv=args.csv,
                              markdown=args.markdown, open_data=args.open_data,
                              lang=args.lang or i18n.language())
    for path in (result.xlsx, result.csv):
        if path:
            print(msg("Écrit : {path}", "Written: {path}", path=path))
    if result.markdown:
        print(msg("Écrit : {n} dans {folder}", "Written: {n} in {folder}",
                  n=_n(len(result.markdown), "page|pages", "page|pages"), folder=args.markdown))
    if result.open_data:
        print(msg("Écrit : le paquet de données ouvertes dans {folder}",
                  "Written: the open-data package in {folder}", folder=args.open_data))
    print(msg("{n} dans le rapport.", "{n} in the report.",
              n=_contributions(result.contributions)))
    return 0
