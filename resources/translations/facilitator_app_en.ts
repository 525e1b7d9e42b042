<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="213" />
        <source>Total: {total} min, the whole hour</source>
        <translation>Total: {total} min, the whole hour</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="215" />
        <source>Total: {total} min, {extra} min more than the hour</source>
        <translation>Total: {total} min, {extra} min more than the hour</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="219" />
        <source>Total: {total} min, {missing} min short of the hour</source>
        <translation>Total: {total} min, {missing} min short of the hour</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="225" />
        <source>Every segment needs a name.</source>
        <translation>Every segment needs a name.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="230" />
        <source>Agenda of the hour</source>
        <translation>Agenda of the hour</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="232" />
        <source>The clock counts down these segments from the start of the atelier. Alt+Up and Alt+Down move the selected segment, Insert adds one, Delete removes it.</source>
        <translation>The clock counts down these segments from the start of the atelier. Alt+Up and Alt+Down move the selected segment, Insert adds one, Delete removes it.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="234" />
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="234" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="235" />
        <source>Segments of the hour</source>
        <translation>Segments of the hour</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="236" />
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="237" />
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="238" />
        <source>&amp;Up</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="239" />
        <source>Do&amp;wn</source>
        <translation>Do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="240" />
        <source>&amp;Reset to the usual hour</source>
        <translation>&amp;Reset to the usual hour</translation>
    </message>
</context>
<context>
    <name>CaptureSession</name>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="95" />
        <source>Edit contribution</source>
        <translation>Edit contribution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="101" />
        <source>Star contribution</source>
        <translation>Star contribution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="106" />
        <source>Delete contribution</source>
        <translation>Delete contribution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="120" />
        <source>Move contribution</source>
        <translation>Move contribution</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <location filename="../../facilitator_app/ui/capture_view.py" line="118" />
        <source>Atelier {number}: {title}</source>
        <translation>Atelier {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/capture_view.py" line="119" />
        <source>Room: {room}</source>
        <translation>Room: {room}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/capture_view.py" line="120" />
        <source>Engagements of the atelier</source>
        <translation>Engagements of the atelier</translation>
    </message>
</context>
<context>
    <name>EngagementPanel</name>
    <message>
        <location filename="../../facilitator_app/ui/engagement_panel.py" line="80" />
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/engagement_panel.py" line="81" />
        <source>Engagement {number}</source>
        <translation>Engagement {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/engagement_panel.py" line="82" />
        <source>Carried by: {carrier} · Progress: {completion}</source>
        <translation>Carried by: {carrier} · Progress: {completion}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/engagement_panel.py" line="91" />
        <source>Notes: questions asked by participants, answers given</source>
        <translation>Notes: questions asked by participants, answers given</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="54" />
        <source>Export the atelier for the organisers</source>
        <translation>Export the atelier for the organisers</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="57" />
        <source>Bundle file</source>
        <translation>Bundle file</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="58" />
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="63" />
        <source>Also write an &amp;Excel copy for myself</source>
        <translation>Also write an &amp;Excel copy for myself</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="66" />
        <source>Fingerprint of this computer's key</source>
        <translation>Fingerprint of this computer's key</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="68" />
        <source>The bundle is signed by this computer's key. Read its fingerprint out to the organiser, who can then trust the bundles you send.</source>
        <translation>The bundle is signed by this computer's key. Read its fingerprint out to the organiser, who can then trust the bundles you send.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="73" />
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="76" />
        <source>Key fingerprint:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="78" />
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="91" />
        <source>Export the atelier</source>
        <translation>Export the atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="92" />
        <source>facilitator-app bundles (*.fabundle)</source>
        <translation>facilitator-app bundles (*.fabundle)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="113" />
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="116" />
        <source>Bundle written: {path}
{live} contributions ({starred} starred, {deleted} deleted). Hand this file to the organisers.</source>
        <translation>Bundle written: {path}
{live} contributions ({starred} starred, {deleted} deleted). Hand this file to the organisers.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="121" />
        <source>Excel copy: {path}</source>
        <translation>Excel copy: {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="122" />
        <source>Atelier exported</source>
        <translation>Atelier exported</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="130" />
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="130" />
        <source>Fingerprint of this computer's signing key:

{fingerprint}

Read it out to the organiser so that they can trust the bundles you send.</source>
        <translation>Fingerprint of this computer's signing key:

{fingerprint}

Read it out to the organiser so that they can trust the bundles you send.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="202" />
        <source>Changes not saved</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="203" />
        <source>{count} changes could not be written to disk. Keep the window open until saving works again, or leave and lose them?</source>
        <translation>{count} changes could not be written to disk. Keep the window open until saving works again, or leave and lose them?</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="234" />
        <source>End the atelier</source>
        <translation>End the atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="235" />
        <source>Mark this atelier as ended? Its contributions stay on this computer and can still be corrected.</source>
        <translation>Mark this atelier as ended? Its contributions stay on this computer and can still be corrected.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="285" />
        <source>&amp;Automatic: the screen other than this window's</source>
        <translation>&amp;Automatic: the screen other than this window's</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="288" />
        <source>&amp;{number}. {name} ({width}×{height})</source>
        <translation>&amp;{number}. {name} ({width}×{height})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="289" />
        <source>screen</source>
        <translation>screen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="294" />
        <source>main screen</source>
        <translation>main screen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="297" />
        <source>{name} (not connected: automatic until it is)</source>
        <translation>{name} (not connected: automatic until it is)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="335" />
        <source>Not saved: {count} changes kept in memory</source>
        <translation>Not saved: {count} changes kept in memory</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="339" />
        <source>Saved at {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="343" />
        <source>About facilitator-app</source>
        <translation>About facilitator-app</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="344" />
        <source>facilitator-app {version}
Capture of the Ministère ouvert ateliers.
Workshop data: {path}</source>
        <translation>facilitator-app {version}
Capture of the Ministère ouvert ateliers.
Workshop data: {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="355" />
        <source>Ministère ouvert — facilitator</source>
        <translation>Ministère ouvert — facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="357" />
        <source>Atelier {number} — {title}</source>
        <translation>Atelier {number} — {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="360" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="361" />
        <source>&amp;New or resume an atelier…</source>
        <translation>&amp;New or resume an atelier…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="362" />
        <source>&amp;End the atelier…</source>
        <translation>&amp;End the atelier…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="363" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="364" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="365" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="366" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="367" />
        <source>&amp;Atelier</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="368" />
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="368" />
        <source>Inspirations</source>
        <translation>Inspirations</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="368" />
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="369" />
        <source>Future commitments</source>
        <translation>Future commitments</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="372" />
        <source>&amp;Next engagement</source>
        <translation>&amp;Next engagement</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="373" />
        <source>&amp;Previous engagement</source>
        <translation>&amp;Previous engagement</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="374" />
        <source>A&amp;genda of the hour…</source>
        <translation>A&amp;genda of the hour…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="375" />
        <source>&amp;Restitution…</source>
        <translation>&amp;Restitution…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="376" />
        <source>Room &amp;display</source>
        <translation>Room &amp;display</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="377" />
        <source>Room display &amp;screen</source>
        <translation>Room display &amp;screen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="381" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="382" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="383" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="384" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="390" />
        <source>Every change is saved as you type</source>
        <translation>Every change is saved as you type</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="135" />
        <source>Type a contribution, then Enter (Ctrl+{number})</source>
        <translation>Type a contribution, then Enter (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="136" />
        <source>New contribution: {question}</source>
        <translation>New contribution: {question}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="137" />
        <source>Contributions: {question}</source>
        <translation>Contributions: {question}</translation>
    </message>
</context>
<context>
    <name>RestitutionDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="96" />
        <source>Plenary summary — Atelier {number}</source>
        <translation>Plenary summary — Atelier {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="98" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="99" />
        <source>Print the summary (Ctrl+P)</source>
        <translation>Print the summary (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="100" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="101" />
        <source>Save the summary as a PDF file (Ctrl+S)</source>
        <translation>Save the summary as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="102" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="103" />
        <source>Print the summary</source>
        <translation>Print the summary</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="104" />
        <source>Save the summary as PDF</source>
        <translation>Save the summary as PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="105" />
        <source>Close the summary</source>
        <translation>Close the summary</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="106" />
        <source>Plenary summary of the atelier</source>
        <translation>Plenary summary of the atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="128" />
        <source>Print the plenary summary</source>
        <translation>Print the plenary summary</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="135" />
        <source>Save the plenary summary</source>
        <translation>Save the plenary summary</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="136" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="144" />
        <source>PDF not saved</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="145" />
        <source>The summary could not be written to {path}: {reason}</source>
        <translation>The summary could not be written to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="184" />
        <source>the output cannot be opened</source>
        <translation>the output cannot be opened</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="199" />
        <source>Atelier {number} — page {page}/{pages}</source>
        <translation>Atelier {number} — page {page}/{pages}</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="82" />
        <source>Room display — Atelier {number}</source>
        <translation>Room display — Atelier {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="85" />
        <source>Engagement {number}</source>
        <translation>Engagement {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="87" />
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="88" />
        <source>Carried by: {carrier} · Progress: {completion}</source>
        <translation>Carried by: {carrier} · Progress: {completion}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="98" />
        <source>question {number}: {count}</source>
        <translation>question {number}: {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="101" />
        <source>Contributions per question: {counts}</source>
        <translation>Contributions per question: {counts}</translation>
    </message>
</context>
<context>
    <name>RunDetails</name>
    <message>
        <location filename="../../facilitator_app/ui/run_details.py" line="48" />
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_details.py" line="48" />
        <source>&amp;Organisations present</source>
        <translation>&amp;Organisations present</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_details.py" line="52" />
        <source>Names separated by ;</source>
        <translation>Names separated by ;</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="124" />
        <source>Open a catalogue</source>
        <translation>Open a catalogue</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="125" />
        <source>Catalogues (*.json *.xlsx)</source>
        <translation>Catalogues (*.json *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="133" />
        <source>Catalogue refused</source>
        <translation>Catalogue refused</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="139" />
        <source>Start or resume an atelier</source>
        <translation>Start or resume an atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="141" />
        <source>Catalogue: {title}, {date} ({id}, version {version})</source>
        <translation>Catalogue: {title}, {date} ({id}, version {version})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="144" />
        <source>&amp;Built-in catalogue</source>
        <translation>&amp;Built-in catalogue</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="145" />
        <source>&amp;Open a catalogue…</source>
        <translation>&amp;Open a catalogue…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="146" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="146" />
        <source>&amp;Atelier</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="146" />
        <source>&amp;Facilitators</source>
        <translation>&amp;Facilitators</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="147" />
        <source>E&amp;xpected participants</source>
        <translation>E&amp;xpected participants</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="152" />
        <source>Names separated by ;</source>
        <translation>Names separated by ;</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="153" />
        <source>&amp;Start the atelier</source>
        <translation>&amp;Start the atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="154" />
        <source>Earlier runs on this computer</source>
        <translation>Earlier runs on this computer</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="155" />
        <source>&amp;Resume the selected run</source>
        <translation>&amp;Resume the selected run</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="158" />
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="158" />
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="160" />
        <source>Atelier {number} · {when} · {names} · {state}</source>
        <translation>Atelier {number} · {when} · {names} · {state}</translation>
    </message>
</context>
<context>
    <name>WorkshopClock</name>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="75" />
        <source>Time is up</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="78" />
        <source>{minutes} minutes left · {segment}</source>
        <translation>{minutes} minutes left · {segment}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="82" />
        <source>{segment}, {time} left</source>
        <translation>{segment}, {time} left</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="85" />
        <source>Workshop clock: {time} left</source>
        <translation>Workshop clock: {time} left</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="64" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="65" />
        <source>Something went wrong. Everything typed so far is saved; the details are in the log.</source>
        <translation>Something went wrong. Everything typed so far is saved; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="102" />
        <source>Cannot open the workshop data</source>
        <translation>Cannot open the workshop data</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="111" />
        <source>Catalogue refused</source>
        <translation>Catalogue refused</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="156" />
        <source>Add contribution</source>
        <translation>Add contribution</translation>
    </message>
</context>
</TS>