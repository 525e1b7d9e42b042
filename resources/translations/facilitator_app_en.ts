<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaptureSession</name>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="75" />
        <source>Edit contribution</source>
        <translation>Edit contribution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="81" />
        <source>Star contribution</source>
        <translation>Star contribution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="86" />
        <source>Delete contribution</source>
        <translation>Delete contribution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="100" />
        <source>Move contribution</source>
        <translation>Move contribution</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <location filename="../../facilitator_app/ui/capture_view.py" line="117" />
        <source>Atelier {number}: {title}</source>
        <translation>Atelier {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/capture_view.py" line="118" />
        <source>Room: {room}</source>
        <translation>Room: {room}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/capture_view.py" line="119" />
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
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="169" />
        <source>Changes not saved</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="170" />
        <source>{count} changes could not be written to disk. Keep the window open until saving works again, or leave and lose them?</source>
        <translation>{count} changes could not be written to disk. Keep the window open until saving works again, or leave and lose them?</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="200" />
        <source>End the atelier</source>
        <translation>End the atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="201" />
        <source>Mark this atelier as ended? Its contributions stay on this computer and can still be corrected.</source>
        <translation>Mark this atelier as ended? Its contributions stay on this computer and can still be corrected.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="240" />
        <source>Not saved: {count} changes kept in memory</source>
        <translation>Not saved: {count} changes kept in memory</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="244" />
        <source>Saved at {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="248" />
        <source>About facilitator-app</source>
        <translation>About facilitator-app</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="249" />
        <source>facilitator-app {version}
Capture of the Ministère ouvert ateliers.
Workshop data: {path}</source>
        <translation>facilitator-app {version}
Capture of the Ministère ouvert ateliers.
Workshop data: {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="260" />
        <source>Ministère ouvert — facilitator</source>
        <translation>Ministère ouvert — facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="262" />
        <source>Atelier {number} — {title}</source>
        <translation>Atelier {number} — {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="265" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="266" />
        <source>&amp;New or resume an atelier…</source>
        <translation>&amp;New or resume an atelier…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="267" />
        <source>&amp;End the atelier…</source>
        <translation>&amp;End the atelier…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="268" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="269" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="270" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="271" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="272" />
        <source>&amp;Atelier</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="273" />
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="273" />
        <source>Inspirations</source>
        <translation>Inspirations</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="273" />
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="274" />
        <source>Future commitments</source>
        <translation>Future commitments</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="277" />
        <source>&amp;Next engagement</source>
        <translation>&amp;Next engagement</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="278" />
        <source>&amp;Previous engagement</source>
        <translation>&amp;Previous engagement</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="279" />
        <source>&amp;Restitution…</source>
        <translation>&amp;Restitution…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="280" />
        <source>Room &amp;display</source>
        <translation>Room &amp;display</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="283" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="284" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="285" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="286" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="291" />
        <source>Every change is saved as you type</source>
        <translation>Every change is saved as you type</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="97" />
        <source>Type a contribution, then Enter (Ctrl+{number})</source>
        <translation>Type a contribution, then Enter (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="98" />
        <source>New contribution: {question}</source>
        <translation>New contribution: {question}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="99" />
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
        <location filename="../../facilitator_app/ui/room_display.py" line="71" />
        <source>Room display — Atelier {number}</source>
        <translation>Room display — Atelier {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="74" />
        <source>Engagement {number}</source>
        <translation>Engagement {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="76" />
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="77" />
        <source>Carried by: {carrier} · Progress: {completion}</source>
        <translation>Carried by: {carrier} · Progress: {completion}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="87" />
        <source>question {number}: {count}</source>
        <translation>question {number}: {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="90" />
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
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="70" />
        <source>Time is up</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="73" />
        <source>{minutes} minutes left · {segment}</source>
        <translation>{minutes} minutes left · {segment}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="77" />
        <source>{segment}, {time} left</source>
        <translation>{segment}, {time} left</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="80" />
        <source>Workshop clock: {time} left</source>
        <translation>Workshop clock: {time} left</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="58" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="59" />
        <source>Something went wrong. Everything typed so far is saved; the details are in the log.</source>
        <translation>Something went wrong. Everything typed so far is saved; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="98" />
        <source>Cannot open the workshop data</source>
        <translation>Cannot open the workshop data</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="107" />
        <source>Catalogue refused</source>
        <translation>Catalogue refused</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="134" />
        <source>Add contribution</source>
        <translation>Add contribution</translation>
    </message>
</context>
</TS>