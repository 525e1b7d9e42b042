"""A plausible report source made from a catalogue: for demonstrations, pictures and tests.

The contributions are short French sentences of the kind a facilitator types during an atelier,
spread over the catalogue's ateliers, engagements and guiding questions; everything is derived
from ``seed``, so the same arguments always give the same source.
"""

from __future__ import annotations

import random
import uuid as uuidlib
from datetime import UTC, datetime, timedelta

from facilitator_app.domain import QUESTION_KEYS, Catalogue, Completion
from facilitator_app.report.data import (
    MemorySource,
    ReportAtelier,
    ReportBundleSource,
    ReportConflict,
    ReportContribution,
    ReportEngagement,
    ReportEvent,
)

PHRASES = {
    "indicators": (
        "Nombre de jeux de données réutilisés au moins une fois par an",
        "Part des évaluations publiées dans les trois mois suivant leur remise",
        "Taux de réponse aux demandes d'accès (CADA) dans le délai légal",
        "Nombre de contributions citoyennes prises en compte dans le texte final",
        "Fréquentation de data.gouv.fr par les collectivités territoriales",
        "Délai moyen entre la demande d'ouverture d'un jeu de données et sa publication",
        "Nombre de services publics en ligne proposant une API documentée",
        "Indice de satisfaction des usagers, mesuré chaque trimestre",
    ),
    "inspirations": (
        "Le registre ouvert des entreprises au Royaume-Uni (Companies House)",
        "La Base Adresse Nationale, construite avec OpenStreetMap et La Poste",
        "Le budget participatif de la Ville de Paris et son suivi en ligne",
        "Les hackathons Dataconnexions organisés par Etalab",
        "Le Code du travail numérique co-construit avec les usagers",
        "Les laboratoires d'innovation publique en région (27e Région)",
        "La plateforme vTaiwan pour débattre des projets de loi",
    ),
    "challenges": (
        "Former les agents à la donnée : beaucoup ne savent pas ce qu'ils ont le droit de publier",
        "La qualité des données publiées reste inégale, les métadonnées sont souvent absentes",
        "Les petites collectivités n'ont ni le temps ni les compétences pour ouvrir leurs données",
        "Protéger les données personnelles sans freiner l'ouverture",
        "Pérenniser le financement des outils une fois l'expérimentation terminée",
        "Rendre compte aux participants de ce qui a été fait de leurs propositions",
        "Les systèmes d'information anciens ne permettent pas d'exporter facilement",
    ),
    "commitments": (
        "Publier chaque année un bilan de la politique d'ouverture, ministère par ministère",
        "Ouvrir le code source des simulateurs de calcul des impôts et des prestations",
        "Associer la société civile au choix des prochaines données pivots",
        "Créer un réseau d'administrateurs des données dans chaque ministère",
        "Généraliser la consultation en ligne des avant-projets de loi",
        "Mettre en place un service public de la donnée avec des engagements de qualité",
    ),
}
_DETAILS = (
    "", "", "", " ; à suivre lors du prochain Ministère ouvert",
    " (proposition d'un participant d'Open Knowledge France)",
    ", avec un point d'étape public tous les six mois",
    " : les participants insistent sur la transparence du calendrier",
)
_PEOPLE = ("Claire", "Mehdi", "Sophie", "Thomas", "Nadia", "Julien", "Camille", "Lucas")
_ORGANISATIONS = ("Etalab", "Open Knowledge France", "Regards Citoyens", "La Poste",
                  "OpenStreetMap France", "Ville de Paris", "Cour des comptes", "Décider ensemble")


def sample_source(catalogue: Catalogue, *, seed: int = 21_06_2016, per_question: int = 5,
                  conflicts: int = 2) -> MemorySource:
    """A source for ``catalogue``: every atelier held and merged from one bundle, about
    ``per_question`` contributions per engagement and question, a few starred."""
    rng = random.Random(seed)
    event = catalogue.event
    start = datetime(event.date.year, event.date.month, event.date.day, 16, 20, tzinfo=UTC)
    events = [ReportEvent(catalogue.id, catalogue.version, event.title, event.date)]
    ateliers, contributions, sources, conflicted = [], [], [], []
    for atelier in catalogue.ateliers:
        organisations = tuple(sorted(rng.sample(_ORGANISATIONS, rng.randint(2, 4))))
        ateliers.append(ReportAtelier(catalogue.id, atelier.number, atelier.title,
                                      atelier.facilitators, rng.randint(14, 24), organisations,
                                      atelier.engagement_numbers))
        bundle_uuid = str(uuidlib.UUID(int=rng.getrandbits(128), version=4))
        bundle_file = f"atelier-{atelier.number}-{event.date.isoformat()}.fabundle"
        made = 0
        for number in atelier.engagement_numbers:
            for key in QUESTION_KEYS:
                for position in range(max(0, per_question + rng.randint(-2, 2))):
                    created = start + timedelta(minutes=rng.randint(0, 58),
                                                seconds=rng.randint(0, 59))
                    updated = created + timedelta(seconds=rng.choice((0, 0, 0, 40, 300)))
                    text = rng.choice(PHRASES[key]) + rng.choice(_DETAILS)
                    if rng.random() < 0.15:
                        text = f"{rng.choice(_PEOPLE)} : « {text[0].lower()}{text[1:]} »"
                    contributions.append(ReportContribution(
                        uuid=str(uuidlib.UUID(int=rng.getrandbits(128), version=4)),
                        event_id=catalogue.id, atelier_number=atelier.number,
                        engagement_number=number, question_key=key, text=text,
                        starred=rng.random() < 0.2, facilitators=atelier.facilitators,
                        created_at=created, updated_at=updated, bundle_uuid=bundle_uuid,
                        bundle_file=bundle_file, position=position))
                    made += 1
        fingerprint = "-".join(f"{rng.getrandbits(16):04x}" for _ in range(4))
        sources.append(ReportBundleSource(
            bundle_uuid, bundle_file, atelier.facilitators, fingerprint, "verified",
            "trusted" if atelier.number != 4 else "new",
            start + timedelta(hours=2, minutes=atelier.number * 3), catalogue.id,
            atelier.number, 20 + atelier.number, f"{catalogue.id} {catalogue.version}",
            contributions=made, cited=made))
    for c in rng.sample(contributions, min(conflicts, len(contributions))):
        conflicted.append(ReportConflict(
            c.uuid, c.event_id, c.atelier_number, c.engagement_number, c.question_key,
            c.text, 3, c.bundle_file, c.text + " (reformulé par le second animateur)", 2,
            c.bundle_file.replace(".fabundle", "-copie.fabundle")))
    engagements = []
    for i, e in enumerate(catalogue.engagements):
        completion = e.completion or (Completion.SUBSTANTIAL, Completion.LIMITED,
                                      Completion.COMPLETED)[i % 3]
        engagements.append(ReportEngagement(e.number, e.title, e.carrier, completion,
                                            e.milestones, e.description))
    return MemorySource(events, ateliers, engagements, contributions, sources, conflicted)
