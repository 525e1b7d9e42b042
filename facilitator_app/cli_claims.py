"""``facilitator-app claims``: the runs claimed by bundles of several keys (``docs/merge.md``,
rule 11), with their keys; an organiser chooses by trusting one key (``keys --trust``)."""

from __future__ import annotations

import argparse

from facilitator_app.cli_text import _t, for_terminal
from facilitator_app.i18n import msg


def _claims(args: argparse.Namespace) -> int:
    from facilitator_app.central.claims import read_claims
    from facilitator_app.central.store import CentralStore

    with CentralStore(args.store, create=False) as store:
        claims = store.read(read_claims)
        keys = {k.fingerprint: k for k in store.keys()}
        bundles = {b.sha256: b for b in store.bundles()}
    if not claims:
        print(msg("Aucun déroulé n'est revendiqué par plusieurs clés.",
                  "No run is claimed by several keys."))
        return 0
    for claim in claims.values():
        if claim.winner is None:
            state = msg("mis de côté jusqu'à ce qu'une seule de ces clés soit de confiance",
                        "held back until one of these keys is trusted")
        else:
            state = msg("le rapport montre les versions de la clé de confiance {fp}",
                        "the report shows the versions of the trusted key {fp}", fp=claim.winner)
        print(msg("Déroulé {run} : {state}", "Run {run}: {state}", run=claim.run_uuid,
                  state=state))
        for fingerprint in claim.keys:
            key = keys.get(fingerprint)
            status = msg("de confiance", "trusted") if key and key.status == "trusted" else \
                msg("pas de confiance", "not trusted")
            files = ", ".join(sorted(bundles[sha].file_name for sha in claim.bundles[fingerprint]
                                     if sha in bundles))
            names = ", ".join(key.facilitators) if key else ""
            print(f"  {fingerprint}  {status}  {for_terminal(names or '—')}  "
                  f"{for_terminal(files)}")
    print(msg("Pour choisir, faites confiance à une seule de ces clés : facilitator-app keys "
              "--in {store} --trust EMPREINTE --name NOM.",
              "To choose, trust one of these keys: facilitator-app keys --in {store} --trust "
              "FINGERPRINT --name NAME.", store=args.store))
    return 0


def add_parser(commands, store: str) -> None:
    claims = commands.add_parser("claims", help=_t(
        "lister les déroulés revendiqués par plusieurs clés (choisir : keys --trust)",
        "list the runs claimed by several keys (to choose: keys --trust)"))
    claims.add_argument("--in", dest="store", required=True, metavar=store, help=_t(
        "fichier SQLite ou URL SQLAlchemy de la base centrale",
        "SQLite file or SQLAlchemy URL of the central store"))
    claims.set_defaults(handler=_claims)
