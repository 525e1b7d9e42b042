<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="224"/>
        <source>Total: {total} min, the whole hour</source>
        <translation>Total&#xa0;: {total} min, l’heure entière</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="226"/>
        <source>Total: {total} min, {extra} min more than the hour</source>
        <translation>Total&#xa0;: {total} min, dépasse l’heure de {extra} min</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="230"/>
        <source>Total: {total} min, {missing} min short of the hour</source>
        <translation>Total&#xa0;: {total} min, il manque {missing} min pour faire l’heure</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="236"/>
        <source>Every segment needs a name.</source>
        <translation>Chaque séquence doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="241"/>
        <source>Agenda of the hour</source>
        <translation>Déroulé de l’heure</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="243"/>
        <source>The clock counts down these segments from the start of the atelier. Alt+Up and Alt+Down move the selected segment, Insert adds one, Delete removes it.</source>
        <translation>L’horloge décompte ces séquences depuis le début de l’atelier. Alt+Haut et Alt+Bas déplacent la séquence sélectionnée, Inser en ajoute une, Suppr la retire.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="245"/>
        <source>Segment</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="245"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="246"/>
        <source>Segments of the hour</source>
        <translation>Séquences de l’heure</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="247"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="248"/>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="249"/>
        <source>&amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="250"/>
        <source>Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="251"/>
        <source>&amp;Reset to the usual hour</source>
        <translation>&amp;Rétablir le déroulé habituel</translation>
    </message>
</context>
<context>
    <name>BundleTableModel</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="183"/>
        <source>run claimed by another key: not published</source>
        <translation>déroulé revendiqué par une autre clé&#xa0;: non publié</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="166"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="166"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="166"/>
        <source>Facilitators</source>
        <translation>Animé par</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="166"/>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="167"/>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="167"/>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="167"/>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="168"/>
        <source>Conflicting</source>
        <translation>En conflit</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="168"/>
        <source>Removed</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="168"/>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="168"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="169"/>
        <source>Reason or warning</source>
        <translation>Raison ou avertissement</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="173"/>
        <source>would merge (dry run)</source>
        <translation>serait fusionné (essai à blanc)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="174"/>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="174"/>
        <source>already merged</source>
        <translation>déjà fusionné</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="175"/>
        <source>quarantined</source>
        <translation>en quarantaine</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="176"/>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="179"/>
        <source>trusted key</source>
        <translation>clé de confiance</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="180"/>
        <source>key seen before, not yet trusted</source>
        <translation>clé déjà vue, pas encore de confiance</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="181"/>
        <source>new key, not yet trusted</source>
        <translation>nouvelle clé, pas encore de confiance</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="182"/>
        <source>⚠ FLAGGED</source>
        <translation>⚠ À VÉRIFIER</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="208"/>
        <source>{file}: {verdict}</source>
        <translation>{file}&#xa0;: {verdict}</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_pages.py" line="117"/>
        <source>Select a bundle to read its verdict and the reason in full.</source>
        <translation>Sélectionnez un paquet pour lire son verdict et sa raison en entier.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_pages.py" line="132"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_pages.py" line="133"/>
        <source>file, verdict, facilitator, reason…</source>
        <translation>fichier, verdict, animateur, raison…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_pages.py" line="134"/>
        <source>Filter the bundles</source>
        <translation>Filtrer les paquets</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_pages.py" line="136"/>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_pages.py" line="137"/>
        <source>Bundles received</source>
        <translation>Paquets reçus</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_pages.py" line="138"/>
        <source>The selected bundle&apos;s verdict</source>
        <translation>Le verdict du paquet sélectionné</translation>
    </message>
</context>
<context>
    <name>CaptureSession</name>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="125"/>
        <source>Edit contribution</source>
        <translation>Modifier la contribution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="131"/>
        <source>Star contribution</source>
        <translation>Mettre en avant la contribution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="136"/>
        <source>Delete contribution</source>
        <translation>Supprimer la contribution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="149"/>
        <source>Move contribution</source>
        <translation>Déplacer la contribution</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <location filename="../../facilitator_app/ui/capture_view.py" line="272"/>
        <source>Atelier {number}: {title}</source>
        <translation>Atelier {number}&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/capture_view.py" line="273"/>
        <source>Room: {room}</source>
        <translation>Salle&#xa0;: {room}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/capture_view.py" line="274"/>
        <source>Engagements of the atelier</source>
        <translation>Engagements de l’atelier</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="261"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="261"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="261"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="262"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="262"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="265"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="265"/>
        <source>Inspirations</source>
        <translation>Inspirations</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="266"/>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="267"/>
        <source>Future commitments</source>
        <translation>Engagements futurs</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="202"/>
        <source>starred</source>
        <translation>mise en avant</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="204"/>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="205"/>
        <source>From {file}, changed {when}; engagement {engagement}, {question}</source>
        <translation>Version du paquet {file}, modifiée le {when}&#xa0;; engagement {engagement}, {question}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="225"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="225"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="226"/>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="228"/>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="231"/>
        <source>Keep version {number}</source>
        <translation>Garder la version {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="230"/>
        <source>Shortcut: {key}</source>
        <translation>Touche&#xa0;: {key}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="232"/>
        <source>Text of version {number}</source>
        <translation>Texte de la version {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="235"/>
        <source>Keep &amp;both</source>
        <translation>Garder les &amp;deux</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="236"/>
        <source>Shortcut: B</source>
        <translation>Touche&#xa0;: B</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="237"/>
        <source>Keep both versions in the report</source>
        <translation>Garder les deux versions dans le rapport</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="238"/>
        <source>Shortcuts: 1 keeps the left version, 2 the right one, B keeps both. The next conflict is then shown.</source>
        <translation>Touches&#xa0;: 1 garde la version de gauche, 2 celle de droite, B garde les deux. Le conflit suivant s’affiche ensuite.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="240"/>
        <source>No unresolved conflict.</source>
        <translation>Aucun conflit non résolu.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="241"/>
        <source>Unresolved conflicts</source>
        <translation>Conflits non résolus</translation>
    </message>
</context>
<context>
    <name>ContributionList</name>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/room_list.py" line="133"/>
        <source>↑ %n earlier contribution(s)</source>
        <translation>
            <numerusform>↑ %n contribution précédente</numerusform>
            <numerusform>↑ %n contributions précédentes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_list.py" line="143"/>
        <source>starred</source>
        <translation>mise en avant</translation>
    </message>
</context>
<context>
    <name>ContributionListModel</name>
    <message>
        <location filename="../../facilitator_app/ui/models.py" line="75"/>
        <source>starred</source>
        <translation>mise en avant</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="202"/>
        <source>Near-duplicates not read</source>
        <translation>Quasi-doublons non lus</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="232"/>
        <source> — changed since the decision</source>
        <translation> — modifié depuis la décision</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="233"/>
        <source>Atelier {where} — {uuid}</source>
        <translation>Atelier {where} — {uuid}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="248"/>
        <source>{state} by {who}, {when} UTC</source>
        <translation>{state} par {who}, le {when} UTC</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="265"/>
        <source>Decision not recorded</source>
        <translation>Décision non enregistrée</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="292"/>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="298"/>
        <source>Text {number}</source>
        <translation>Texte {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="293"/>
        <source>Keep text {number}</source>
        <translation>Garder le texte {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="294"/>
        <source>Shortcut: {key}</source>
        <translation>Touche&#xa0;: {key}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="295"/>
        <source>Take out of the group</source>
        <translation>Sortir du groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="296"/>
        <source>Where text {number} came from</source>
        <translation>D’où vient le texte {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="301"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="301"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="301"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="302"/>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="302"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="303"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="303"/>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="304"/>
        <source>Split</source>
        <translation>Séparé</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="305"/>
        <source>Dismissed (not duplicates)</source>
        <translation>Écarté (pas des doublons)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="306"/>
        <source>To review: a text changed since</source>
        <translation>À revoir&#xa0;: un texte a changé depuis</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="307"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="308"/>
        <source>Inspirations</source>
        <translation>Inspirations</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="309"/>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="310"/>
        <source>Future commitments</source>
        <translation>Engagements futurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="312"/>
        <source>Confirm with merged text</source>
        <translation>Confirmer avec le texte fusionné</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="313"/>
        <source>Split off ticked texts</source>
        <translation>Séparer les textes cochés</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="314"/>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="315"/>
        <source>Undo decision</source>
        <translation>Annuler la décision</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="316"/>
        <source>Merged text (written by the organiser):</source>
        <translation>Texte fusionné (écrit par l’organisateur)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="317"/>
        <source>Merged text</source>
        <translation>Texte fusionné</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="318"/>
        <source>Shortcuts in the list: 1, 2… keep that text; M the merged text; S splits off the ticked texts; D dismisses; U undoes.</source>
        <translation>Raccourcis dans la liste&#xa0;: 1, 2… gardent ce texte&#xa0;; M le texte fusionné&#xa0;; S sépare les textes cochés&#xa0;; D écarte&#xa0;; U annule.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="320"/>
        <source>No near-duplicate group.</source>
        <translation>Aucun groupe de quasi-doublons.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="321"/>
        <source>Near-duplicate groups</source>
        <translation>Groupes de quasi-doublons</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/end_dialog.py" line="37"/>
        <source>End the atelier</source>
        <translation>Terminer l’atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/end_dialog.py" line="40"/>
        <source>End atelier {number}? Its contributions stay on this computer and can still be corrected.</source>
        <translation>Terminer l’atelier {number}&#xa0;? Ses contributions restent sur cet ordinateur et peuvent encore être corrigées.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/end_dialog.py" line="51"/>
        <source>%n text(s) typed but not added with Enter:</source>
        <translation>
            <numerusform>%n texte saisi mais pas ajouté avec Entrée&#xa0;:</numerusform>
            <numerusform>%n textes saisis mais pas ajoutés avec Entrée&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/end_dialog.py" line="57"/>
        <source>Engagement {engagement}, question {question}: {text}</source>
        <translation>Engagement {engagement}, question {question}&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/end_dialog.py" line="62"/>
        <source>&amp;Add them to the atelier (otherwise the bundle leaves them out; they stay in their entry lines)</source>
        <translation>&amp;Les ajouter à l’atelier (sinon le paquet ne les contient pas&#xa0;; ils restent dans leurs lignes de saisie)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/end_dialog.py" line="71"/>
        <source>E&amp;xport the bundle for the organisers now</source>
        <translation>E&amp;xporter maintenant le paquet pour les organisateurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/end_dialog.py" line="74"/>
        <source>The organisers need it to include this atelier in their report; it can also be exported later (File menu).</source>
        <translation>Les organisateurs en ont besoin pour inclure cet atelier dans leur rapport&#xa0;; il peut aussi être exporté plus tard (menu Fichier).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/end_dialog.py" line="81"/>
        <source>&amp;End the atelier</source>
        <translation>&amp;Terminer l’atelier</translation>
    </message>
</context>
<context>
    <name>EngagementListModel</name>
    <message>
        <location filename="../../facilitator_app/ui/models.py" line="48"/>
        <source>{number}. {title}, contributions: {count}</source>
        <translation>{number}. {title}, contributions&#xa0;: {count}</translation>
    </message>
</context>
<context>
    <name>EngagementPanel</name>
    <message>
        <location filename="../../facilitator_app/ui/engagement_panel.py" line="98"/>
        <source>Engagement {number}</source>
        <translation>Engagement {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/engagement_panel.py" line="107"/>
        <source>Notes: questions asked by participants, answers given</source>
        <translation>Notes&#xa0;: questions posées par les participants, réponses apportées</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="75"/>
        <source>Export the atelier for the organisers</source>
        <translation>Exporter l’atelier pour les organisateurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="78"/>
        <source>Bundle file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="79"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="90"/>
        <source>Also write an &amp;Excel copy for myself</source>
        <translation>Écrire aussi une copie &amp;Excel pour moi</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="93"/>
        <source>Fingerprint of this computer&apos;s key</source>
        <translation>Empreinte de la clé de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="95"/>
        <source>The bundle is signed by this computer&apos;s key. Read its fingerprint out to the organiser, who can then trust the bundles you send.</source>
        <translation>Le paquet est signé par la clé de cet ordinateur. Lisez son empreinte à l’organisateur, qui pourra alors faire confiance aux paquets que vous envoyez.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="100"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="104"/>
        <source>Key fingerprint:</source>
        <translation>Empreinte de la clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="106"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="127"/>
        <source>In the folder: {folder}</source>
        <translation>Dans le dossier&#xa0;: {folder}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="146"/>
        <source>Export the atelier</source>
        <translation>Exporter l’atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="147"/>
        <source>facilitator-app bundles (*.fabundle)</source>
        <translation>Paquets facilitator-app (*.fabundle)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="168"/>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="173"/>
        <source>Bundle written: {path}
{contributions} ({starred}, {deleted}). Hand this file to the organisers.</source>
        <translation>Paquet écrit&#xa0;: {path}
{contributions} ({starred}, {deleted}). Remettez ce fichier aux organisateurs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/export_dialog.py" line="176"/>
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n contribution</numerusform>
            <numerusform>%n contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/export_dialog.py" line="177"/>
        <source>%n starred</source>
        <translation>
            <numerusform>%n mise en avant</numerusform>
            <numerusform>%n mises en avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/export_dialog.py" line="178"/>
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="180"/>
        <source>Excel copy: {path}</source>
        <translation>Copie Excel&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="181"/>
        <source>Atelier exported</source>
        <translation>Atelier exporté</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="190"/>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="190"/>
        <source>Fingerprint of this computer&apos;s signing key:

{fingerprint}

Read it out to the organiser so that they can trust the bundles you send.</source>
        <translation>Empreinte de la clé de signature de cet ordinateur&#xa0;:

{fingerprint}

Lisez-la à l’organisateur pour qu’il puisse faire confiance aux paquets que vous envoyez.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../facilitator_app/ui/follow_up.py" line="14"/>
        <source>Lead institution: {carrier} · Completion: {completion}</source>
        <translation>Institution porteuse&#xa0;: {carrier} · Avancement&#xa0;: {completion}</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="313"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="313"/>
        <source>Facilitators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="313"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="314"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="314"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="322"/>
        <source>trusted</source>
        <translation>de confiance</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="322"/>
        <source>seen in a bundle</source>
        <translation>vue dans un paquet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="333"/>
        <source>A facilitator of this key is also named by {keys}: check with them which key is theirs.</source>
        <translation>Un animateur associé à cette clé figure aussi sous {keys}&#xa0;: vérifiez avec lui laquelle est la sienne.</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_pages.py" line="166"/>
        <source>&amp;Trust a key…</source>
        <translation>&amp;Faire confiance à une clé…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_pages.py" line="167"/>
        <source>Facilitators&apos; keys</source>
        <translation>Clés des animateurs</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="284"/>
        <source>the disk does not answer</source>
        <translation>le disque ne répond pas</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="408"/>
        <location filename="../../facilitator_app/ui/main_window.py" line="416"/>
        <location filename="../../facilitator_app/ui/main_window.py" line="435"/>
        <source>Export the atelier</source>
        <translation>Exporter l’atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="409"/>
        <source>Some changes are not on disk yet, so the bundle would miss them. Export again once saving works (the red banner disappears).</source>
        <translation>Des modifications ne sont pas encore sur le disque&#xa0;: le paquet ne les contiendrait pas. Exportez à nouveau quand l’enregistrement fonctionne (le bandeau rouge disparaît).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="417"/>
        <source>No atelier has been held on this computer yet: there is nothing to export.</source>
        <translation>Aucun atelier n’a encore été tenu sur cet ordinateur&#xa0;: il n’y a rien à exporter.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="436"/>
        <source>Texts typed but not added with Enter: {count}. Add them to the atelier before exporting? Otherwise the bundle leaves them out.</source>
        <translation>Textes saisis mais pas ajoutés avec Entrée&#xa0;: {count}. Les ajouter à l’atelier avant l’export&#xa0;? Sinon, le paquet les laisse de côté.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="439"/>
        <source>&amp;Add them and export</source>
        <translation>&amp;Les ajouter et exporter</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="440"/>
        <source>Export &amp;without them</source>
        <translation>Exporter &amp;sans eux</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="514"/>
        <source>&amp;Automatic: the screen other than this window&apos;s</source>
        <translation>&amp;Automatique&#xa0;: l’écran autre que celui de cette fenêtre</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="517"/>
        <source>&amp;{number}. {name} ({width}×{height})</source>
        <translation>&amp;{number}. {name} ({width}×{height})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="518"/>
        <source>screen</source>
        <translation>écran</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="523"/>
        <source>main screen</source>
        <translation>écran principal</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="526"/>
        <source>{name} (not connected: automatic until it is)</source>
        <translation>{name} (non branché&#xa0;: automatique en attendant)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="564"/>
        <source>Not saved (changes kept in memory: {count})</source>
        <translation>Non enregistré (modifications gardées en mémoire&#xa0;: {count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="570"/>
        <source>Saved at {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="576"/>
        <source>Saving works again: every change is on disk.</source>
        <translation>L’enregistrement fonctionne à nouveau&#xa0;: tout est sur le disque.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="579"/>
        <source>About facilitator-app</source>
        <translation>À propos de facilitator-app</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="580"/>
        <source>facilitator-app {version}
Capture of the Ministère ouvert ateliers.
Atelier data: {path}</source>
        <translation>facilitator-app {version}
Saisie des ateliers Ministère ouvert.
Données des ateliers&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="591"/>
        <source>Ministère ouvert — facilitator</source>
        <translation>Ministère ouvert — animation</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="593"/>
        <source>Atelier {number} — {title}</source>
        <translation>Atelier {number} — {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="596"/>
        <source>Saving problem</source>
        <translation>Problème d’enregistrement</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="597"/>
        <source>&amp;Save elsewhere…</source>
        <translation>&amp;Enregistrer ailleurs…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="598"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="599"/>
        <source>&amp;New or resume an atelier…</source>
        <translation>&amp;Nouvel atelier ou reprise…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="600"/>
        <source>&amp;End the atelier…</source>
        <translation>&amp;Terminer l’atelier…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="601"/>
        <source>E&amp;xport for the organisers…</source>
        <translation>E&amp;xporter pour les organisateurs…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="602"/>
        <source>&amp;Merge bundles (organisers)…</source>
        <translation>&amp;Fusionner des paquets (organisateurs)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="603"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="604"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="605"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="606"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="607"/>
        <source>&amp;Atelier</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="608"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="608"/>
        <source>Inspirations</source>
        <translation>Inspirations</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="608"/>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="609"/>
        <source>Future commitments</source>
        <translation>Engagements futurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="612"/>
        <source>&amp;Next engagement</source>
        <translation>Engagement &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="613"/>
        <source>&amp;Previous engagement</source>
        <translation>Engagement &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="614"/>
        <source>A&amp;genda of the hour…</source>
        <translation>&amp;Déroulé de l’heure…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="615"/>
        <source>P&amp;lenary summary…</source>
        <translation>&amp;Restitution…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="616"/>
        <source>Room &amp;display</source>
        <translation>&amp;Affichage en salle</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="617"/>
        <source>Room display &amp;screen</source>
        <translation>&amp;Écran de la salle</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="621"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="622"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="623"/>
        <source>Lar&amp;ger text</source>
        <translation>A&amp;grandir le texte</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="624"/>
        <source>S&amp;maller text</source>
        <translation>&amp;Réduire le texte</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="625"/>
        <source>&amp;Normal text size</source>
        <translation>Taille &amp;normale du texte</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="626"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="627"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="628"/>
        <source>My &amp;signing key…</source>
        <translation>Ma clé de &amp;signature…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="629"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="635"/>
        <source>Everything is on disk</source>
        <translation>Tout est enregistré sur le disque</translation>
    </message>
</context>
<context>
    <name>OrganiserControls</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="110"/>
        <source>Central store:</source>
        <translation>Base centrale&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="112"/>
        <source>Central store</source>
        <translation>Base centrale</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="114"/>
        <source>&amp;Open or create…</source>
        <translation>&amp;Ouvrir ou créer…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="115"/>
        <source>Shared store (&amp;PostgreSQL)…</source>
        <translation>Base partagée (&amp;PostgreSQL)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="116"/>
        <source>&amp;Add bundles…</source>
        <translation>&amp;Ajouter des paquets…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="117"/>
        <source>Merge &amp;quarantined bundles</source>
        <translation>Fusionner les paquets en &amp;quarantaine</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="122"/>
        <source>Quarantine bundles &amp;without a trusted key</source>
        <translation>Mettre en quarantaine les paquets &amp;sans clé de confiance</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="118"/>
        <source>Produce the &amp;report…</source>
        <translation>Produire le &amp;rapport…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="120"/>
        <source>&amp;Dry run (nothing written)</source>
        <translation>&amp;Essai à blanc (rien n’est écrit)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="121"/>
        <source>Show what merging would change, without writing it</source>
        <translation>Montrer ce que la fusion changerait, sans l’écrire</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="124"/>
        <source>Bundles whose key is not trusted wait in quarantine instead of being merged</source>
        <translation>Les paquets dont la clé n’est pas de confiance attendent en quarantaine au lieu d’être fusionnés</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="126"/>
        <source>Drop bundle files (.fabundle) or folders here to merge them, or use Add bundles (Ctrl+O).</source>
        <translation>Déposez ici des fichiers de paquets (.fabundle) ou des dossiers pour les fusionner, ou utilisez Ajouter des paquets (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="128"/>
        <source>Drop area for bundles</source>
        <translation>Zone de dépôt des paquets</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="129"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="130"/>
        <source>Cancel the running task</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="131"/>
        <source>Progress of the running task</source>
        <translation>Avancement de la tâche en cours</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="102"/>
        <source>none open yet — open or create one to begin.</source>
        <translation>aucune n’est encore ouverte — ouvrez-en ou créez-en une pour commencer.</translation>
    </message>
</context>
<context>
    <name>OrganiserMenus</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="73"/>
        <source>&amp;Store</source>
        <translation>&amp;Base</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="74"/>
        <source>&amp;Open or create a store file…</source>
        <translation>&amp;Ouvrir ou créer un fichier de base…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="75"/>
        <source>Connect to a &amp;shared store (PostgreSQL)…</source>
        <translation>Se connecter à une base &amp;partagée (PostgreSQL)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="76"/>
        <source>&amp;Close the window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="77"/>
        <source>&amp;Merge</source>
        <translation>F&amp;usion</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="78"/>
        <source>&amp;Add bundles…</source>
        <translation>&amp;Ajouter des paquets…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="79"/>
        <source>Merge &amp;quarantined bundles</source>
        <translation>Fusionner les paquets en &amp;quarantaine</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="80"/>
        <source>&amp;Trust a key…</source>
        <translation>&amp;Faire confiance à une clé…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="81"/>
        <source>Produce the &amp;report…</source>
        <translation>Produire le &amp;rapport…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="82"/>
        <source>&amp;Cancel the running task</source>
        <translation>A&amp;nnuler la tâche en cours</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="83"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="84"/>
        <source>Bundles</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="84"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="85"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="85"/>
        <source>Near-duplicates</source>
        <translation>Quasi-doublons</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="86"/>
        <source>Syntheses</source>
        <translation>Synthèses</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="88"/>
        <source>&amp;Find a bundle…</source>
        <translation>&amp;Chercher un paquet…</translation>
    </message>
</context>
<context>
    <name>OrganiserWindow</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="387"/>
        <source>No central store open</source>
        <translation>Aucune base centrale ouverte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/organiser_window.py" line="388"/>
        <source>%n bundle(s) to merge. Into which central store?</source>
        <translation>
            <numerusform>%n paquet à fusionner. Dans quelle base centrale&#xa0;?</numerusform>
            <numerusform>%n paquets à fusionner. Dans quelle base centrale&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="393"/>
        <source>Open the &amp;last one</source>
        <translation>Ouvrir la &amp;dernière</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="392"/>
        <source>Last store opened: {store}</source>
        <translation>Dernière base ouverte&#xa0;: {store}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="395"/>
        <source>Open or &amp;create a store…</source>
        <translation>Ouvrir ou &amp;créer une base…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="254"/>
        <source>Connecting to the central store…</source>
        <translation>Connexion à la base centrale…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="257"/>
        <source>Machine&apos;s trusted keys not registered</source>
        <translation>Clés de confiance de la machine non enregistrées</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="303"/>
        <source>Open or create a central store</source>
        <translation>Ouvrir ou créer une base centrale</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="304"/>
        <source>Central stores (*.sqlite *.db);;All files (*)</source>
        <translation>Bases centrales (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="348"/>
        <source>Central store not read</source>
        <translation>Base centrale non lue</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="416"/>
        <source>Add bundles</source>
        <translation>Ajouter des paquets</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="416"/>
        <source>Bundles (*.fabundle);;All files (*)</source>
        <translation>Paquets (*.fabundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="426"/>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="427"/>
        <source>A task is running; add the bundles again when it has finished.</source>
        <translation>Une tâche est en cours&#xa0;; ajoutez de nouveau les paquets quand elle sera terminée.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="434"/>
        <source>Merging the bundles…</source>
        <translation>Fusion des paquets…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="443"/>
        <source>Merging the quarantined bundles…</source>
        <translation>Fusion des paquets en quarantaine…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="459"/>
        <source>Task failed</source>
        <translation>Échec de la tâche</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="469"/>
        <source>Merged: {file}</source>
        <translation>Fusionné&#xa0;: {file}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="480"/>
        <source>Cancelling after the current step…</source>
        <translation>Annulation après l’étape en cours…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="492"/>
        <source>Conflict not resolved</source>
        <translation>Conflit non résolu</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="550"/>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="574"/>
        <source>Bu&amp;ndles ({count})</source>
        <translation>Paque&amp;ts ({count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="574"/>
        <source>&amp;Conflicts ({count})</source>
        <translation>&amp;Conflits ({count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="575"/>
        <source>&amp;Keys ({count})</source>
        <translation>C&amp;lés ({count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="576"/>
        <source>S&amp;yntheses ({count})</source>
        <translation>S&amp;ynthèses ({count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="582"/>
        <source>Ministère ouvert — organiser</source>
        <translation>Ministère ouvert — organisation</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="586"/>
        <source>Result of the last task</source>
        <translation>Résultat de la dernière tâche</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="587"/>
        <source>Pages of the organiser window</source>
        <translation>Pages de la fenêtre des organisateurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="575"/>
        <source>Near-d&amp;uplicates ({count})</source>
        <translation>Q&amp;uasi-doublons ({count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="244"/>
        <source>Opening the central store…</source>
        <translation>Ouverture de la base centrale…</translation>
    </message>
</context>
<context>
    <name>PendingWrites</name>
    <message>
        <location filename="../../facilitator_app/ui/writer.py" line="239"/>
        <source>Cannot save to {path} ({detail}). Nothing is lost: what was typed stays in memory and saving is tried again every second. Keep this window open; if this message stays, ask for help (the details are in the log).</source>
        <translation>Impossible d’enregistrer dans {path} ({detail}). Rien n’est perdu&#xa0;: les saisies restent en mémoire et l’enregistrement est retenté chaque seconde. Gardez cette fenêtre ouverte&#xa0;; si ce message reste affiché, demandez de l’aide (les détails sont dans le journal).</translation>
    </message>
</context>
<context>
    <name>PostgresDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="39"/>
        <source>Connect to a shared central store</source>
        <translation>Se connecter à une base centrale partagée</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="42"/>
        <source>PostgreSQL URL</source>
        <translation>URL PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="44"/>
        <source>The address of the PostgreSQL database shared by the organisers. The password, if any, is used for this session only and never remembered; a password file (~/.pgpass) avoids typing it.</source>
        <translation>L’adresse de la base PostgreSQL partagée par les organisateurs. Le mot de passe éventuel ne sert que pour cette session et n’est jamais mémorisé&#xa0;; un fichier de mots de passe (~/.pgpass) évite de le saisir.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="49"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="53"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="166"/>
        <source>Type a contribution, then Enter (Ctrl+{number})</source>
        <translation>Saisissez une contribution, puis Entrée (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="167"/>
        <source>New contribution: {question}</source>
        <translation>Nouvelle contribution&#xa0;: {question}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="168"/>
        <source>Contributions: {question}</source>
        <translation>Contributions&#xa0;: {question}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="169"/>
        <source>Clear the entry line</source>
        <translation>Vider la ligne de saisie</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="259"/>
        <source>Edit the contribution</source>
        <translation>Modifier la contribution</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="127"/>
        <source>Produce the report</source>
        <translation>Produire le rapport</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="129"/>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="130"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="131"/>
        <source>Choose the Excel workbook</source>
        <translation>Choisir le classeur Excel</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="136"/>
        <source>Also write the open-data &amp;CSV beside it</source>
        <translation>Écrire aussi le &amp;CSV de données ouvertes à côté</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="137"/>
        <source>Also write one &amp;Markdown page per engagement (in a folder beside it)</source>
        <translation>Écrire aussi une page &amp;Markdown par engagement (dans un dossier à côté)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="145"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="147"/>
        <source>&amp;Workbook:</source>
        <translation>Cl&amp;asseur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="152"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="156"/>
        <source>&amp;Produce</source>
        <translation>&amp;Produire</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="165"/>
        <source>Report workbook</source>
        <translation>Classeur du rapport</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="167"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="139"/>
        <source>Also write the open-&amp;data package (in a folder beside it)</source>
        <translation>Écrire aussi le paquet de &amp;données ouvertes (dans un dossier à côté)</translation>
    </message>
</context>
<context>
    <name>RestitutionDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="124"/>
        <source>Plenary summary — Atelier {number}</source>
        <translation>Restitution en plénière — Atelier {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="126"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="127"/>
        <source>Print the summary (Ctrl+P)</source>
        <translation>Imprimer la restitution (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="128"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="129"/>
        <source>Save the summary as a PDF file (Ctrl+S)</source>
        <translation>Enregistrer la restitution dans un fichier PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="130"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="131"/>
        <source>Include the &amp;notes</source>
        <translation>Inclure les &amp;notes</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="133"/>
        <source>Show the notes typed under each engagement (questions asked, answers given) in the summary, its print and its PDF</source>
        <translation>Montrer les notes prises sous chaque engagement (questions posées, réponses apportées) dans la restitution, à l’impression et dans le PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="135"/>
        <source>Print the summary</source>
        <translation>Imprimer la restitution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="136"/>
        <source>Save the summary as PDF</source>
        <translation>Enregistrer la restitution en PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="137"/>
        <source>Close the summary</source>
        <translation>Fermer la restitution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="138"/>
        <source>Plenary summary of the atelier</source>
        <translation>Restitution de l’atelier en plénière</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="139"/>
        <source>Outline of the summary</source>
        <translation>Plan de la restitution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="167"/>
        <source>plenary-summary-atelier-{number}.pdf</source>
        <translation>restitution-atelier-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="177"/>
        <source>Print the plenary summary</source>
        <translation>Imprimer la restitution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="186"/>
        <source>Save the plenary summary</source>
        <translation>Enregistrer la restitution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="187"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="195"/>
        <source>PDF not saved</source>
        <translation>PDF non enregistré</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="196"/>
        <source>The summary could not be written to {path}: {reason}</source>
        <translation>La restitution n’a pas pu être écrite dans {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="200"/>
        <source>PDF saved</source>
        <translation>PDF enregistré</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="201"/>
        <source>The plenary summary is saved: {path}</source>
        <translation>La restitution est enregistrée&#xa0;: {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="239"/>
        <source>the output cannot be opened</source>
        <translation>le fichier de sortie ne peut pas être ouvert</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="255"/>
        <source>Atelier {number} — page {page}/{pages}</source>
        <translation>Atelier {number} — page {page}/{pages}</translation>
    </message>
</context>
<context>
    <name>RestitutionOutline</name>
    <message>
        <location filename="../../facilitator_app/ui/restitution_outline.py" line="42"/>
        <source>Engagement {number} — {title} ({count})</source>
        <translation>Engagement {number} — {title} ({count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_outline.py" line="57"/>
        <source>starred</source>
        <translation>mise en avant</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="136"/>
        <source>Room display — Atelier {number}</source>
        <translation>Affichage en salle — Atelier {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="139"/>
        <source>Engagement {number}</source>
        <translation>Engagement {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="151"/>
        <source>question {number}: {count}</source>
        <translation>question {number}&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="154"/>
        <source>Contributions per question: {counts}</source>
        <translation>Contributions par question&#xa0;: {counts}</translation>
    </message>
</context>
<context>
    <name>RunDetails</name>
    <message>
        <location filename="../../facilitator_app/ui/run_details.py" line="47"/>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_details.py" line="47"/>
        <source>&amp;Organisations present</source>
        <translation>&amp;Organisations présentes</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_details.py" line="51"/>
        <source>Names separated by ;</source>
        <translation>Noms séparés par&#xa0;;</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="87"/>
        <source>In the window</source>
        <translation>Dans la fenêtre</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="92"/>
        <source>In a list of contributions</source>
        <translation>Dans une liste de contributions</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="94"/>
        <source>Go from the entry line to its list</source>
        <translation>Passer de la ligne de saisie à sa liste</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="95"/>
        <source>Add the contribution typed in the entry line</source>
        <translation>Ajouter la contribution tapée dans la ligne de saisie</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="96"/>
        <source>Edit the selected contribution in place</source>
        <translation>Modifier sur place la contribution sélectionnée</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="97"/>
        <source>Star or unstar it (put forward in the plenary summary)</source>
        <translation>La mettre en avant ou non (à la restitution)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="99"/>
        <source>Delete it</source>
        <translation>La supprimer</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="101"/>
        <source>Move it up or down</source>
        <translation>La monter ou la descendre</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="102"/>
        <source>Drag and drop</source>
        <translation>Glisser-déposer</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="103"/>
        <source>Reorder, or move to another question</source>
        <translation>Réordonner, ou déplacer vers une autre question</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="165"/>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="167"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="166"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="166"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="141"/>
        <source>Open a catalogue</source>
        <translation>Ouvrir un catalogue</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="142"/>
        <source>Catalogues (*.json *.xlsx)</source>
        <translation>Catalogues (*.json *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="150"/>
        <source>Catalogue refused</source>
        <translation>Catalogue refusé</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="156"/>
        <source>Start or resume an atelier</source>
        <translation>Commencer ou reprendre un atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="158"/>
        <source>Catalogue: {title}, {date} ({id}, version {version})</source>
        <translation>Catalogue&#xa0;: {title}, {date} ({id}, version {version})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="161"/>
        <source>&amp;Built-in catalogue</source>
        <translation>Catalogue &amp;intégré</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="162"/>
        <source>&amp;Open a catalogue…</source>
        <translation>&amp;Ouvrir un catalogue…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="163"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="163"/>
        <source>A&amp;telier</source>
        <translation>A&amp;telier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="163"/>
        <source>Fa&amp;cilitators</source>
        <translation>A&amp;nimation</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="164"/>
        <source>E&amp;xpected participants</source>
        <translation>Nom&amp;bre de participants attendus</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="169"/>
        <source>Names separated by ;</source>
        <translation>Noms séparés par&#xa0;;</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="170"/>
        <source>&amp;Start the atelier</source>
        <translation>&amp;Commencer l’atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="171"/>
        <location filename="../../facilitator_app/ui/start_page.py" line="172"/>
        <source>Earlier runs on this computer</source>
        <translation>Ateliers déjà tenus sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="173"/>
        <source>&amp;Resume the selected run</source>
        <translation>&amp;Reprendre l’atelier sélectionné</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="176"/>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="176"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="178"/>
        <source>Atelier {number} · {when} · {names} · {state}</source>
        <translation>Atelier {number} · {when} · {names} · {state}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="184"/>
        <source>No atelier held on this computer yet: start one above.</source>
        <translation>Aucun atelier tenu sur cet ordinateur pour l’instant&#xa0;: démarrez-en un ci-dessus.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_status.py" line="47"/>
        <source>Bundles — merged: {merged}, already merged: {already}, quarantined: {quarantined}, rejected: {rejected}. Contributions — added: {added}, updated: {updated}, unchanged: {unchanged}, conflicting: {conflicting}, removed: {removed}.</source>
        <translation>Paquets — fusionnés&#xa0;: {merged}, déjà fusionnés&#xa0;: {already}, en quarantaine&#xa0;: {quarantined}, refusés&#xa0;: {rejected}. Contributions — ajoutées&#xa0;: {added}, mises à jour&#xa0;: {updated}, inchangées&#xa0;: {unchanged}, en conflit&#xa0;: {conflicting}, retirées&#xa0;: {removed}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_status.py" line="55"/>
        <source>Merge cancelled (bundles done: {done}); each bundle merged is complete, the others are untouched.</source>
        <translation>Fusion annulée (paquets traités&#xa0;: {done})&#xa0;; chaque paquet fusionné l’est entièrement, les autres sont intacts.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_status.py" line="60"/>
        <source>Dry run, nothing was written.</source>
        <translation>Essai à blanc, rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_status.py" line="64"/>
        <source>Conflict resolved. Unresolved conflicts left: {count}.</source>
        <translation>Conflit résolu. Conflits non résolus restants&#xa0;: {count}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_status.py" line="68"/>
        <source>Key {fingerprint} is now trusted. Merge the quarantined bundles to merge those it signed.</source>
        <translation>La clé {fingerprint} est maintenant de confiance. Lancez «&#xa0;Fusionner les paquets en quarantaine&#xa0;» pour intégrer ceux qu’elle a signés.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_status.py" line="75"/>
        <source>Report written (contributions: {count}): {files}</source>
        <translation>Rapport écrit (contributions&#xa0;: {count})&#xa0;: {files}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_status.py" line="79"/>
        <source>Report cancelled: no file was written or changed.</source>
        <translation>Rapport annulé&#xa0;: aucun fichier n’a été écrit ni modifié.</translation>
    </message>
</context>
<context>
    <name>SynthesesPage</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="135"/>
        <source>Eng. {n} – {title} ({event})</source>
        <translation>Eng. {n} – {title} ({event})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="144"/>
        <source>Changed, not saved yet (Ctrl+S saves).</source>
        <translation>Modifiée, pas encore enregistrée (Ctrl+S l’enregistre).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="146"/>
        <source>No synthesis yet.</source>
        <translation>Pas encore de synthèse.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="147"/>
        <source>Saved by {author} on {when} UTC (revision {revision}).</source>
        <translation>Enregistrée par {author} le {when} UTC (révision {revision}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="158"/>
        <source>No engagement to write about: merge bundles first.</source>
        <translation>Aucun engagement à synthétiser&#xa0;: fusionnez d’abord des paquets.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="163"/>
        <source>Synthesis of engagement {n} – {title} ({event})</source>
        <translation>Synthèse de l’engagement {n} – {title} ({event})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="196"/>
        <source>Synthesis not saved</source>
        <translation>Synthèse non enregistrée</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="216"/>
        <source>Synthesis not read</source>
        <translation>Synthèse non lue</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="223"/>
        <source>Sa&amp;ve the synthesis</source>
        <translation>Enre&amp;gistrer la synthèse</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="224"/>
        <source>Reloa&amp;d</source>
        <translation>Rec&amp;harger</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="225"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="226"/>
        <source>F5: forget this draft, read the store again</source>
        <translation>F5&#xa0;: oublier ce brouillon, relire la base centrale</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="227"/>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="228"/>
        <source>Synthesis text</source>
        <translation>Texte de la synthèse</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="230"/>
        <source>What the ateliers said of this engagement, in a few sentences (plain text or Markdown). It is placed at the top of the engagement&apos;s sheet and page.</source>
        <translation>Ce que les ateliers ont dit de cet engagement, en quelques phrases (texte simple ou Markdown). Elle est placée en tête de la feuille et de la page de l’engagement.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_tasks.py" line="112"/>
        <source>Unexpected error: {error}. The details are in the log.</source>
        <translation>Erreur inattendue&#xa0;: {error}. Les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="77"/>
        <source>Trust a facilitator&apos;s key</source>
        <translation>Faire confiance à la clé d’un animateur</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="79"/>
        <source>e.g. {example}</source>
        <translation>par exemple {example}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="81"/>
        <source>Key fingerprint</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="83"/>
        <source>Facilitators&apos; names, separated by commas</source>
        <translation>Noms des animateurs, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="90"/>
        <source>The facilitator reads the fingerprint out from their app (Help menu, My signing key). Bundles signed by a trusted key are merged even when the others are quarantined.</source>
        <translation>L’animateur vous lit l’empreinte affichée par son application (menu Aide, Ma clé de signature). Les paquets signés par une clé de confiance sont fusionnés même quand les autres sont mis en quarantaine.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="95"/>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Empreinte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="96"/>
        <source>&amp;Names:</source>
        <translation>&amp;Noms&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="101"/>
        <source>&amp;Trust this key</source>
        <translation>&amp;Faire confiance à cette clé</translation>
    </message>
</context>
<context>
    <name>WorkshopClock</name>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="99"/>
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="103"/>
        <source>%n minute(s) left · {segment}</source>
        <translation>
            <numerusform>Plus que %n minute · {segment}</numerusform>
            <numerusform>Plus que %n minutes · {segment}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="108"/>
        <source>{segment}, {time} left</source>
        <translation>{segment}, reste {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="62"/>
        <source>Time left in the atelier</source>
        <translation>Temps restant de l’atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="63"/>
        <source>Current segment of the agenda</source>
        <translation>Séquence en cours du déroulé</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="64"/>
        <source>Time elapsed in the atelier</source>
        <translation>Temps écoulé de l’atelier</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/unsaved.py" line="34"/>
        <source>%n change(s) could not be written to the disk.</source>
        <translation>
            <numerusform>%n modification n’a pas pu être écrite sur le disque.</numerusform>
            <numerusform>%n modifications n’ont pas pu être écrites sur le disque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/unsaved.py" line="37"/>
        <source>&amp;Quit and lose %n change(s)</source>
        <translation>
            <numerusform>&amp;Quitter et perdre %n modification</numerusform>
            <numerusform>&amp;Quitter et perdre %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/unsaved.py" line="40"/>
        <source>&amp;Leave and lose %n change(s)</source>
        <translation>
            <numerusform>&amp;Partir et perdre %n modification</numerusform>
            <numerusform>&amp;Partir et perdre %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/unsaved.py" line="43"/>
        <source>On {date} at {time}: %n change(s) lost.</source>
        <translation>
            <numerusform>Le {date} à {time} : %n modification perdue.</numerusform>
            <numerusform>Le {date} à {time} : %n modifications perdues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <location filename="../../facilitator_app/ui/accessibility.py" line="52"/>
        <source>{name}: {value}</source>
        <translation>{name}&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="71"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="72"/>
        <source>Something went wrong. Everything typed so far is saved; the details are in the log.</source>
        <translation>Un problème est survenu. Tout ce qui a été saisi est enregistré&#xa0;; le détail figure dans le journal.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="128"/>
        <source>Machine defaults ignored</source>
        <translation>Réglages de la machine ignorés</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="173"/>
        <source>facilitator-app is already open on this computer: switch to its window.</source>
        <translation>facilitator-app est déjà ouvert sur cet ordinateur&#xa0;: passez à sa fenêtre.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="183"/>
        <source>Cannot open the atelier data</source>
        <translation>Impossible d’ouvrir les données des ateliers</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="196"/>
        <source>Catalogue refused</source>
        <translation>Catalogue refusé</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <location filename="../../facilitator_app/ui/file_dialogs.py" line="99"/>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="228"/>
        <source>Add contribution</source>
        <translation>Ajouter la contribution</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="52"/>
        <source>The disk refuses them ({reason}). Save the whole atelier in another folder, keep the window open until the disk accepts them again, or leave and lose them.</source>
        <translation>Le disque les refuse ({reason}). Enregistrez tout l’atelier dans un autre dossier, gardez la fenêtre ouverte jusqu’à ce que le disque les accepte de nouveau, ou partez en les perdant.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="56"/>
        <source>&amp;Save elsewhere…</source>
        <translation>&amp;Enregistrer ailleurs…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="58"/>
        <source>&amp;Keep the window open</source>
        <translation>&amp;Garder la fenêtre ouverte</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="49"/>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="80"/>
        <source>Save the atelier in another folder</source>
        <translation>Enregistrer l’atelier dans un autre dossier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="87"/>
        <source>Saved elsewhere</source>
        <translation>Enregistré ailleurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="88"/>
        <source>The whole atelier is saved in {folder}. The application goes on with this folder and opens it next time.</source>
        <translation>Tout l’atelier est enregistré dans {folder}. L’application continue avec ce dossier et l’ouvrira la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="94"/>
        <source>Cannot save elsewhere</source>
        <translation>Impossible d’enregistrer ailleurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="105"/>
        <source>Changes lost last time</source>
        <translation>Modifications perdues la dernière fois</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="106"/>
        <source>The last time the application was left, the disk refused changes and they were lost, as chosen then:</source>
        <translation>La dernière fois que l’application a été quittée, le disque refusait des modifications et elles ont été perdues, comme choisi alors :</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="110"/>
        <source>Read the atelier again and type what is missing.</source>
        <translation>Relisez l’atelier et saisissez ce qui manque.</translation>
    </message>
</context>
</TS>
