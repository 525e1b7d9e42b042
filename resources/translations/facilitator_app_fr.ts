<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="213"/>
        <source>Total: {total} min, the whole hour</source>
        <translation>Total : {total} min, l&apos;heure entière</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="215"/>
        <source>Total: {total} min, {extra} min more than the hour</source>
        <translation>Total : {total} min, {extra} min de plus que l&apos;heure</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="219"/>
        <source>Total: {total} min, {missing} min short of the hour</source>
        <translation>Total : {total} min, {missing} min de moins que l&apos;heure</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="225"/>
        <source>Every segment needs a name.</source>
        <translation>Chaque séquence doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="230"/>
        <source>Agenda of the hour</source>
        <translation>Déroulé de l&apos;heure</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="232"/>
        <source>The clock counts down these segments from the start of the atelier. Alt+Up and Alt+Down move the selected segment, Insert adds one, Delete removes it.</source>
        <translation>L&apos;horloge décompte ces séquences depuis le début de l&apos;atelier. Alt+Haut et Alt+Bas déplacent la séquence sélectionnée, Inser en ajoute une, Suppr la retire.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="234"/>
        <source>Segment</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="234"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="235"/>
        <source>Segments of the hour</source>
        <translation>Séquences de l&apos;heure</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="236"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="237"/>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="238"/>
        <source>&amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="239"/>
        <source>Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="240"/>
        <source>&amp;Reset to the usual hour</source>
        <translation>&amp;Rétablir l&apos;heure habituelle</translation>
    </message>
</context>
<context>
    <name>CaptureSession</name>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="95"/>
        <source>Edit contribution</source>
        <translation>Modifier la contribution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="101"/>
        <source>Star contribution</source>
        <translation>Mettre en avant la contribution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="106"/>
        <source>Delete contribution</source>
        <translation>Supprimer la contribution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="120"/>
        <source>Move contribution</source>
        <translation>Déplacer la contribution</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <location filename="../../facilitator_app/ui/capture_view.py" line="118"/>
        <source>Atelier {number}: {title}</source>
        <translation>Atelier {number} : {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/capture_view.py" line="119"/>
        <source>Room: {room}</source>
        <translation>Salle : {room}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/capture_view.py" line="120"/>
        <source>Engagements of the atelier</source>
        <translation>Engagements de l&apos;atelier</translation>
    </message>
</context>
<context>
    <name>EngagementPanel</name>
    <message>
        <location filename="../../facilitator_app/ui/engagement_panel.py" line="80"/>
        <source>not assessed</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/engagement_panel.py" line="81"/>
        <source>Engagement {number}</source>
        <translation>Engagement {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/engagement_panel.py" line="82"/>
        <source>Carried by: {carrier} · Progress: {completion}</source>
        <translation>Porté par : {carrier} · Avancement : {completion}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/engagement_panel.py" line="91"/>
        <source>Notes: questions asked by participants, answers given</source>
        <translation>Notes : questions posées par les participants, réponses apportées</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="54"/>
        <source>Export the atelier for the organisers</source>
        <translation>Exporter l&apos;atelier pour les organisateurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="57"/>
        <source>Bundle file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="58"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="63"/>
        <source>Also write an &amp;Excel copy for myself</source>
        <translation>Écrire aussi une copie &amp;Excel pour moi</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="66"/>
        <source>Fingerprint of this computer&apos;s key</source>
        <translation>Empreinte de la clé de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="68"/>
        <source>The bundle is signed by this computer&apos;s key. Read its fingerprint out to the organiser, who can then trust the bundles you send.</source>
        <translation>Le paquet est signé par la clé de cet ordinateur. Lisez son empreinte à l&apos;organisateur, qui pourra alors faire confiance aux paquets que vous envoyez.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="73"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="76"/>
        <source>Key fingerprint:</source>
        <translation>Empreinte de la clé :</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="78"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="91"/>
        <source>Export the atelier</source>
        <translation>Exporter l&apos;atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="92"/>
        <source>facilitator-app bundles (*.fabundle)</source>
        <translation>Paquets facilitator-app (*.fabundle)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="113"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="116"/>
        <source>Bundle written: {path}
{live} contributions ({starred} starred, {deleted} deleted). Hand this file to the organisers.</source>
        <translation>Paquet écrit : {path}
{live} contributions ({starred} mises en avant, {deleted} supprimées). Remettez ce fichier aux organisateurs.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="121"/>
        <source>Excel copy: {path}</source>
        <translation>Copie Excel : {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="122"/>
        <source>Atelier exported</source>
        <translation>Atelier exporté</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="130"/>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="130"/>
        <source>Fingerprint of this computer&apos;s signing key:

{fingerprint}

Read it out to the organiser so that they can trust the bundles you send.</source>
        <translation>Empreinte de la clé de signature de cet ordinateur :

{fingerprint}

Lisez-la à l&apos;organisateur pour qu&apos;il puisse faire confiance aux paquets que vous envoyez.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="202"/>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="203"/>
        <source>{count} changes could not be written to disk. Keep the window open until saving works again, or leave and lose them?</source>
        <translation>{count} modifications n&apos;ont pas pu être écrites sur le disque. Garder la fenêtre ouverte jusqu&apos;à ce que l&apos;enregistrement fonctionne à nouveau, ou partir et les perdre ?</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="234"/>
        <source>End the atelier</source>
        <translation>Terminer l&apos;atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="235"/>
        <source>Mark this atelier as ended? Its contributions stay on this computer and can still be corrected.</source>
        <translation>Marquer cet atelier comme terminé ? Ses contributions restent sur cet ordinateur et peuvent encore être corrigées.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="285"/>
        <source>&amp;Automatic: the screen other than this window&apos;s</source>
        <translation>&amp;Automatique : l&apos;écran autre que celui de cette fenêtre</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="288"/>
        <source>&amp;{number}. {name} ({width}×{height})</source>
        <translation>&amp;{number}. {name} ({width}×{height})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="289"/>
        <source>screen</source>
        <translation>écran</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="294"/>
        <source>main screen</source>
        <translation>écran principal</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="297"/>
        <source>{name} (not connected: automatic until it is)</source>
        <translation>{name} (non branché : automatique en attendant)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="335"/>
        <source>Not saved: {count} changes kept in memory</source>
        <translation>Non enregistré : {count} modifications gardées en mémoire</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="339"/>
        <source>Saved at {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="343"/>
        <source>About facilitator-app</source>
        <translation>À propos de facilitator-app</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="344"/>
        <source>facilitator-app {version}
Capture of the Ministère ouvert ateliers.
Workshop data: {path}</source>
        <translation>facilitator-app {version}
Saisie des ateliers Ministère ouvert.
Données des ateliers : {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="355"/>
        <source>Ministère ouvert — facilitator</source>
        <translation>Ministère ouvert — animation</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="357"/>
        <source>Atelier {number} — {title}</source>
        <translation>Atelier {number} — {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="360"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="361"/>
        <source>&amp;New or resume an atelier…</source>
        <translation>&amp;Nouvel atelier ou reprise…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="362"/>
        <source>&amp;End the atelier…</source>
        <translation>&amp;Terminer l&apos;atelier…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="363"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="364"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="365"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="366"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="367"/>
        <source>&amp;Atelier</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="368"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="368"/>
        <source>Inspirations</source>
        <translation>Initiatives inspirantes</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="368"/>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="369"/>
        <source>Future commitments</source>
        <translation>Engagements futurs</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="372"/>
        <source>&amp;Next engagement</source>
        <translation>Engagement &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="373"/>
        <source>&amp;Previous engagement</source>
        <translation>Engagement &amp;précédent</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="374"/>
        <source>A&amp;genda of the hour…</source>
        <translation>&amp;Déroulé de l&apos;heure…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="375"/>
        <source>&amp;Restitution…</source>
        <translation>&amp;Restitution…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="376"/>
        <source>Room &amp;display</source>
        <translation>&amp;Affichage en salle</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="377"/>
        <source>Room display &amp;screen</source>
        <translation>&amp;Écran de la salle</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="381"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="382"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="383"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="384"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="390"/>
        <source>Every change is saved as you type</source>
        <translation>Chaque modification est enregistrée pendant la saisie</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="135"/>
        <source>Type a contribution, then Enter (Ctrl+{number})</source>
        <translation>Saisissez une contribution, puis Entrée (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="136"/>
        <source>New contribution: {question}</source>
        <translation>Nouvelle contribution : {question}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="137"/>
        <source>Contributions: {question}</source>
        <translation>Contributions : {question}</translation>
    </message>
</context>
<context>
    <name>RestitutionDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="96"/>
        <source>Plenary summary — Atelier {number}</source>
        <translation>Restitution en plénière — Atelier {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="98"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="99"/>
        <source>Print the summary (Ctrl+P)</source>
        <translation>Imprimer la restitution (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="100"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="101"/>
        <source>Save the summary as a PDF file (Ctrl+S)</source>
        <translation>Enregistrer la restitution dans un fichier PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="102"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="103"/>
        <source>Print the summary</source>
        <translation>Imprimer la restitution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="104"/>
        <source>Save the summary as PDF</source>
        <translation>Enregistrer la restitution en PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="105"/>
        <source>Close the summary</source>
        <translation>Fermer la restitution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="106"/>
        <source>Plenary summary of the atelier</source>
        <translation>Restitution de l&apos;atelier en plénière</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="128"/>
        <source>Print the plenary summary</source>
        <translation>Imprimer la restitution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="135"/>
        <source>Save the plenary summary</source>
        <translation>Enregistrer la restitution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="136"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="144"/>
        <source>PDF not saved</source>
        <translation>PDF non enregistré</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="145"/>
        <source>The summary could not be written to {path}: {reason}</source>
        <translation>La restitution n&apos;a pas pu être écrite dans {path} : {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="184"/>
        <source>the output cannot be opened</source>
        <translation>le fichier de sortie ne peut pas être ouvert</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="199"/>
        <source>Atelier {number} — page {page}/{pages}</source>
        <translation>Atelier {number} — page {page}/{pages}</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="82"/>
        <source>Room display — Atelier {number}</source>
        <translation>Affichage en salle — Atelier {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="85"/>
        <source>Engagement {number}</source>
        <translation>Engagement {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="87"/>
        <source>not assessed</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="88"/>
        <source>Carried by: {carrier} · Progress: {completion}</source>
        <translation>Porté par : {carrier} · Avancement : {completion}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="98"/>
        <source>question {number}: {count}</source>
        <translation>question {number} : {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="101"/>
        <source>Contributions per question: {counts}</source>
        <translation>Contributions par question : {counts}</translation>
    </message>
</context>
<context>
    <name>RunDetails</name>
    <message>
        <location filename="../../facilitator_app/ui/run_details.py" line="48"/>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_details.py" line="48"/>
        <source>&amp;Organisations present</source>
        <translation>&amp;Organisations présentes</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_details.py" line="52"/>
        <source>Names separated by ;</source>
        <translation>Noms séparés par ;</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="124"/>
        <source>Open a catalogue</source>
        <translation>Ouvrir un catalogue</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="125"/>
        <source>Catalogues (*.json *.xlsx)</source>
        <translation>Catalogues (*.json *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="133"/>
        <source>Catalogue refused</source>
        <translation>Catalogue refusé</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="139"/>
        <source>Start or resume an atelier</source>
        <translation>Commencer ou reprendre un atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="141"/>
        <source>Catalogue: {title}, {date} ({id}, version {version})</source>
        <translation>Catalogue : {title}, {date} ({id}, version {version})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="144"/>
        <source>&amp;Built-in catalogue</source>
        <translation>Catalogue &amp;intégré</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="145"/>
        <source>&amp;Open a catalogue…</source>
        <translation>&amp;Ouvrir un catalogue…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="146"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="146"/>
        <source>&amp;Atelier</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="146"/>
        <source>&amp;Facilitators</source>
        <translation>A&amp;nimation</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="147"/>
        <source>E&amp;xpected participants</source>
        <translation>Nom&amp;bre de participants attendus</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="152"/>
        <source>Names separated by ;</source>
        <translation>Noms séparés par ;</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="153"/>
        <source>&amp;Start the atelier</source>
        <translation>&amp;Commencer l&apos;atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="154"/>
        <source>Earlier runs on this computer</source>
        <translation>Ateliers déjà tenus sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="155"/>
        <source>&amp;Resume the selected run</source>
        <translation>&amp;Reprendre l&apos;atelier sélectionné</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="158"/>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="158"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="160"/>
        <source>Atelier {number} · {when} · {names} · {state}</source>
        <translation>Atelier {number} · {when} · {names} · {state}</translation>
    </message>
</context>
<context>
    <name>WorkshopClock</name>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="75"/>
        <source>Time is up</source>
        <translation>L&apos;heure est passée</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="78"/>
        <source>{minutes} minutes left · {segment}</source>
        <translation>Plus que {minutes} minutes · {segment}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="82"/>
        <source>{segment}, {time} left</source>
        <translation>{segment}, reste {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="85"/>
        <source>Workshop clock: {time} left</source>
        <translation>Horloge de l&apos;atelier : reste {time}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="64"/>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="65"/>
        <source>Something went wrong. Everything typed so far is saved; the details are in the log.</source>
        <translation>Un problème est survenu. Tout ce qui a été saisi est enregistré ; le détail figure dans le journal.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="102"/>
        <source>Cannot open the workshop data</source>
        <translation>Impossible d&apos;ouvrir les données des ateliers</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="111"/>
        <source>Catalogue refused</source>
        <translation>Catalogue refusé</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="156"/>
        <source>Add contribution</source>
        <translation>Ajouter la contribution</translation>
    </message>
</context>
</TS>
