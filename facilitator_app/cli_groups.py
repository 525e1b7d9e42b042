"""``facilitator-app groups``: the near-duplicate groups of the central store and the
organisers' decisions on them (``central/groups.py``), from the command line."""

from __future__ import annotations

import argparse
import getpass

from facilitator_app.cli_text import _t, for_terminal
from facilitator_app.i18n import msg

_STATES = {
    "open": msg("proposé", "proposed"),
    "confirm": msg("confirmé", "confirmed"),
    "split": msg("séparé", "split"),
    "dismiss": msg("écarté (pas des doublons)", "dismissed (not duplicates)"),
    "review": msg("à revoir : une contribution a changé depuis la décision",
                  "to review: a contribution changed since the decision"),
}


def _list(store, views) -> None:
    from facilitator_app.report import labels as L

    from facilitator_app.central.groups import run_places

    where = run_places(store)
    if not views:
        print(msg("Aucun groupe de quasi-doublons.", "No near-duplicate group."))
    for view in views:
        print(msg("Groupe {id} – engagement {n}, {question} – {state} (similarité {score}) :",
                  "Group {id} – engagement {n}, {question} – {state} (similarity {score}):",
                  id=view.short_id, n=view.engagement_number,
                  question=L.question_short(view.question_key, _lang()),
                  state=_STATES[view.state].render(), score=f"{view.score:.0f}"))
        d = view.decision
        if d is not None:
            detail = (msg("garde le texte {i}", "keeps text {i}",
                          i=view.uuids.index(d.kept_uuid) + 1)
                      if d.kept_uuid in view.uuids else
                      msg("texte fusionné : {text}", "merged text: {text}",
                          text=for_terminal(d.merged_text or "")) if d.kind == "confirm" else
                      msg("{n} sorties", "{n} taken out", n=len(d.removed)) if d.kind == "split"
                      else None)
            print("  " + msg("décision de {who}, {when} UTC", "decision by {who}, {when} UTC",
                             who=for_terminal(d.author),
                             when=d.decided_at.strftime("%Y-%m-%d %H:%M")).render()
                  + (f" ; {detail.render()}" if detail else ""))
        for i, m in enumerate(view.members, 1):
            event, atelier = where.get(m.run_uuid, ("?", "?"))
            mark = " *" if m.uuid in view.changed else ""
            print(f"  {i}. {m.uuid[:8]}{mark} [{for_terminal(event)}, atelier "
                  f"{for_terminal(atelier)}] {for_terminal(m.text)}")


def _lang() -> str:
    from facilitator_app import i18n

    return i18n.language()


def _groups(args: argparse.Namespace) -> int:
    from facilitator_app.central import groups as g
    from facilitator_app.central.store import CentralStore

    author = args.author or getpass.getuser()
    with CentralStore(args.store, create=False) as store:
        if args.undo:
            undone = g.undo(store, args.undo, author)
            print(msg("Décision sur le groupe {id} annulée.", "Decision on group {id} undone.",
                      id=undone.short_id))
            return 0
        views = g.group_views(store)
        target = args.confirm or args.split or args.dismiss
        if target is None:
            _list(store, views)
            return 0
        group = g.find_group(views, target)
        if args.confirm:
            keep = g.find_member(group, args.keep) if args.keep else None
            g.decide(store, group, "confirm", author, keep=keep, merged_text=args.text)
            print(msg("Groupe {id} confirmé : il paraîtra une fois dans le rapport.",
                      "Group {id} confirmed: it will appear once in the report.",
                      id=group.short_id))
        elif args.split:
            out = [g.find_member(group, one) for one in args.out]
            g.decide(store, group, "split", author, removed=out)
            print(msg("Groupe {id} séparé : {n} contributions sorties.",
                      "Group {id} split: {n} contributions taken out.", id=group.short_id,
                      n=len(out)))
        else:
            g.decide(store, group, "dismiss", author)
            print(msg("Groupe {id} écarté : ce ne sont pas des doublons.",
                      "Group {id} dismissed: they are not duplicates.", id=group.short_id))
    return 0


def add_parser(commands, store: str) -> None:
    groups = commands.add_parser("groups", help=_t(
        "lister les groupes de quasi-doublons de la base centrale et les décider (confirmer, "
        "séparer, écarter, annuler)", "list the central store's near-duplicate groups and "
        "decide on them (confirm, split, dismiss, undo)"))
    groups.add_argument("--in", dest="store", required=True, metavar=store, help=_t(
        "fichier SQLite ou URL SQLAlchemy de la base centrale",
        "SQLite file or SQLAlchemy URL of the central store"))
    action = groups.add_mutually_exclusive_group()
    action.add_argument("--confirm", metavar="ID", help=_t(
        "confirmer le groupe (avec --keep ou --text)", "confirm the group (with --keep or "
        "--text)"))
    action.add_argument("--split", metavar="ID", help=_t(
        "séparer le groupe (avec --out)", "split the group (with --out)"))
    action.add_argument("--dismiss", metavar="ID", help=_t(
        "écarter le groupe : ce ne sont pas des doublons", "dismiss the group: they are not "
        "duplicates"))
    action.add_argument("--undo", metavar="ID", help=_t(
        "annuler la décision sur le groupe", "undo the decision on the group"))
    given = groups.add_mutually_exclusive_group()
    given.add_argument("--keep", metavar="N|UUID", help=_t(
        "le texte gardé : son numéro dans le groupe ou le début de son UUID",
        "the text kept: its number in the group or the start of its UUID"))
    given.add_argument("--text", metavar=_t("TEXTE", "TEXT"), help=_t(
        "le texte fusionné écrit par l'organisateur", "the merged text written by the "
        "organiser"))
    groups.add_argument("--out", action="append", default=[], metavar="N|UUID", help=_t(
        "une contribution sortie du groupe (répétable)", "a contribution taken out of the "
        "group (repeatable)"))
    groups.add_argument("--author", metavar=_t("NOM", "NAME"), help=_t(
        "qui décide (sans lui, le nom d'utilisateur)", "who decides (without it, the user "
        "name)"))
    groups.set_defaults(handler=_groups)
