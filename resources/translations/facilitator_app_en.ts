<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="224" />
        <source>Total: {total} min, the whole hour</source>
        <translation>Total: {total} min, the whole hour</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="226" />
        <source>Total: {total} min, {extra} min more than the hour</source>
        <translation>Total: {total} min, {extra} min more than the hour</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="230" />
        <source>Total: {total} min, {missing} min short of the hour</source>
        <translation>Total: {total} min, {missing} min short of the hour</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="236" />
        <source>Every segment needs a name.</source>
        <translation>Every segment needs a name.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="241" />
        <source>Agenda of the hour</source>
        <translation>Agenda of the hour</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="243" />
        <source>The clock counts down these segments from the start of the atelier. Alt+Up and Alt+Down move the selected segment, Insert adds one, Delete removes it.</source>
        <translation>The clock counts down these segments from the start of the atelier. Alt+Up and Alt+Down move the selected segment, Insert adds one, Delete removes it.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="245" />
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="245" />
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="246" />
        <source>Segments of the hour</source>
        <translation>Segments of the hour</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="247" />
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="248" />
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="249" />
        <source>&amp;Up</source>
        <translation>&amp;Up</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="250" />
        <source>Do&amp;wn</source>
        <translation>Do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/agenda_dialog.py" line="251" />
        <source>&amp;Reset to the usual hour</source>
        <translation>&amp;Reset to the usual hour</translation>
    </message>
</context>
<context>
    <name>BundleTableModel</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="183" />
        <source>run claimed by another key: not published</source>
        <translation>run claimed by another key: not published</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="166" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="166" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="166" />
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="166" />
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="167" />
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="167" />
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="167" />
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="168" />
        <source>Conflicting</source>
        <translation>Conflicting</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="168" />
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="168" />
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="168" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="169" />
        <source>Reason or warning</source>
        <translation>Reason or warning</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="173" />
        <source>would merge (dry run)</source>
        <translation>would merge (dry run)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="174" />
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="174" />
        <source>already merged</source>
        <translation>already merged</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="175" />
        <source>quarantined</source>
        <translation>quarantined</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="176" />
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="179" />
        <source>trusted key</source>
        <translation>trusted key</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="180" />
        <source>key seen before, not yet trusted</source>
        <translation>key seen before, not yet trusted</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="181" />
        <source>new key, not yet trusted</source>
        <translation>new key, not yet trusted</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="182" />
        <source>⚠ FLAGGED</source>
        <translation>⚠ FLAGGED</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="208" />
        <source>{file}: {verdict}</source>
        <translation>{file}: {verdict}</translation>
    </message>
</context>
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_pages.py" line="117" />
        <source>Select a bundle to read its verdict and the reason in full.</source>
        <translation>Select a bundle to read its verdict and the reason in full.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_pages.py" line="132" />
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_pages.py" line="133" />
        <source>file, verdict, facilitator, reason…</source>
        <translation>file, verdict, facilitator, reason…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_pages.py" line="134" />
        <source>Filter the bundles</source>
        <translation>Filter the bundles</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_pages.py" line="136" />
        <source>Clear the filter</source>
        <translation>Clear the filter</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_pages.py" line="137" />
        <source>Bundles received</source>
        <translation>Bundles received</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_pages.py" line="138" />
        <source>The selected bundle's verdict</source>
        <translation>The selected bundle's verdict</translation>
    </message>
</context>
<context>
    <name>CaptureSession</name>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="125" />
        <source>Edit contribution</source>
        <translation>Edit contribution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="131" />
        <source>Star contribution</source>
        <translation>Star contribution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="136" />
        <source>Delete contribution</source>
        <translation>Delete contribution</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="149" />
        <source>Move contribution</source>
        <translation>Move contribution</translation>
    </message>
</context>
<context>
    <name>CaptureView</name>
    <message>
        <location filename="../../facilitator_app/ui/capture_view.py" line="272" />
        <source>Atelier {number}: {title}</source>
        <translation>Atelier {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/capture_view.py" line="273" />
        <source>Room: {room}</source>
        <translation>Room: {room}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/capture_view.py" line="274" />
        <source>Engagements of the atelier</source>
        <translation>Engagements of the atelier</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="261" />
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="261" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="261" />
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="262" />
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="262" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="265" />
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="265" />
        <source>Inspirations</source>
        <translation>Inspirations</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="266" />
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="267" />
        <source>Future commitments</source>
        <translation>Future commitments</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="202" />
        <source>starred</source>
        <translation>starred</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="204" />
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="205" />
        <source>From {file}, changed {when}; engagement {engagement}, {question}</source>
        <translation>From {file}, changed {when}; engagement {engagement}, {question}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="225" />
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="225" />
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="226" />
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="228" />
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="231" />
        <source>Keep version {number}</source>
        <translation>Keep version {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="230" />
        <source>Shortcut: {key}</source>
        <translation>Shortcut: {key}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="236" />
        <source>Shortcut: B</source>
        <translation>Shortcut: B</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="238" />
        <source>Shortcuts: 1 keeps the left version, 2 the right one, B keeps both. The next conflict is then shown.</source>
        <translation>Shortcuts: 1 keeps the left version, 2 the right one, B keeps both. The next conflict is then shown.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="232" />
        <source>Text of version {number}</source>
        <translation>Text of version {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="235" />
        <source>Keep &amp;both</source>
        <translation>Keep &amp;both</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="237" />
        <source>Keep both versions in the report</source>
        <translation>Keep both versions in the report</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="240" />
        <source>No unresolved conflict.</source>
        <translation>No unresolved conflict.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_conflicts.py" line="241" />
        <source>Unresolved conflicts</source>
        <translation>Unresolved conflicts</translation>
    </message>
</context>
<context>
    <name>ContributionList</name>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/room_list.py" line="133" />
        <source>↑ %n earlier contribution(s)</source>
        <translation>
            <numerusform>↑ %n earlier contribution</numerusform>
            <numerusform>↑ %n earlier contributions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_list.py" line="143" />
        <source>starred</source>
        <translation>starred</translation>
    </message>
</context>
<context>
    <name>ContributionListModel</name>
    <message>
        <location filename="../../facilitator_app/ui/models.py" line="75" />
        <source>starred</source>
        <translation>starred</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="202" />
        <source>Near-duplicates not read</source>
        <translation>Near-duplicates not read</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="232" />
        <source> — changed since the decision</source>
        <translation> — changed since the decision</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="233" />
        <source>Atelier {where} — {uuid}</source>
        <translation>Atelier {where} — {uuid}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="248" />
        <source>{state} by {who}, {when} UTC</source>
        <translation>{state} by {who}, {when} UTC</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="265" />
        <source>Decision not recorded</source>
        <translation>Decision not recorded</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="292" />
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="298" />
        <source>Text {number}</source>
        <translation>Text {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="293" />
        <source>Keep text {number}</source>
        <translation>Keep text {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="294" />
        <source>Shortcut: {key}</source>
        <translation>Shortcut: {key}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="295" />
        <source>Take out of the group</source>
        <translation>Take out of the group</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="296" />
        <source>Where text {number} came from</source>
        <translation>Where text {number} came from</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="301" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="301" />
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="301" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="302" />
        <source>Texts</source>
        <translation>Texts</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="302" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="303" />
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="303" />
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="304" />
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="305" />
        <source>Dismissed (not duplicates)</source>
        <translation>Dismissed (not duplicates)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="306" />
        <source>To review: a text changed since</source>
        <translation>To review: a text changed since</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="307" />
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="308" />
        <source>Inspirations</source>
        <translation>Inspirations</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="309" />
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="310" />
        <source>Future commitments</source>
        <translation>Future commitments</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="312" />
        <source>Confirm with merged text</source>
        <translation>Confirm with merged text</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="313" />
        <source>Split off ticked texts</source>
        <translation>Split off ticked texts</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="314" />
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="315" />
        <source>Undo decision</source>
        <translation>Undo decision</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="316" />
        <source>Merged text (written by the organiser):</source>
        <translation>Merged text (written by the organiser):</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="317" />
        <source>Merged text</source>
        <translation>Merged text</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="318" />
        <source>Shortcuts in the list: 1, 2… keep that text; M the merged text; S splits off the ticked texts; D dismisses; U undoes.</source>
        <translation>Shortcuts in the list: 1, 2… keep that text; M the merged text; S splits off the ticked texts; D dismisses; U undoes.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="320" />
        <source>No near-duplicate group.</source>
        <translation>No near-duplicate group.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_duplicates.py" line="321" />
        <source>Near-duplicate groups</source>
        <translation>Near-duplicate groups</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/end_dialog.py" line="37" />
        <source>End the atelier</source>
        <translation>End the atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/end_dialog.py" line="40" />
        <source>End atelier {number}? Its contributions stay on this computer and can still be corrected.</source>
        <translation>End atelier {number}? Its contributions stay on this computer and can still be corrected.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/end_dialog.py" line="51" />
        <source>%n text(s) typed but not added with Enter:</source>
        <translation>
            <numerusform>%n text typed but not added with Enter:</numerusform>
            <numerusform>%n texts typed but not added with Enter:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/end_dialog.py" line="57" />
        <source>Engagement {engagement}, question {question}: {text}</source>
        <translation>Engagement {engagement}, question {question}: {text}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/end_dialog.py" line="62" />
        <source>&amp;Add them to the atelier (otherwise the bundle leaves them out; they stay in their entry lines)</source>
        <translation>&amp;Add them to the atelier (otherwise the bundle leaves them out; they stay in their entry lines)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/end_dialog.py" line="71" />
        <source>E&amp;xport the bundle for the organisers now</source>
        <translation>E&amp;xport the bundle for the organisers now</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/end_dialog.py" line="74" />
        <source>The organisers need it to include this atelier in their report; it can also be exported later (File menu).</source>
        <translation>The organisers need it to include this atelier in their report; it can also be exported later (File menu).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/end_dialog.py" line="81" />
        <source>&amp;End the atelier</source>
        <translation>&amp;End the atelier</translation>
    </message>
</context>
<context>
    <name>EngagementListModel</name>
    <message>
        <location filename="../../facilitator_app/ui/models.py" line="48" />
        <source>{number}. {title}, contributions: {count}</source>
        <translation>{number}. {title}, contributions: {count}</translation>
    </message>
</context>
<context>
    <name>EngagementPanel</name>
    <message>
        <location filename="../../facilitator_app/ui/engagement_panel.py" line="98" />
        <source>Engagement {number}</source>
        <translation>Engagement {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/engagement_panel.py" line="107" />
        <source>Notes: questions asked by participants, answers given</source>
        <translation>Notes: questions asked by participants, answers given</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="75" />
        <source>Export the atelier for the organisers</source>
        <translation>Export the atelier for the organisers</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="78" />
        <source>Bundle file</source>
        <translation>Bundle file</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="79" />
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="90" />
        <source>Also write an &amp;Excel copy for myself</source>
        <translation>Also write an &amp;Excel copy for myself</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="93" />
        <source>Fingerprint of this computer's key</source>
        <translation>Fingerprint of this computer's key</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="95" />
        <source>The bundle is signed by this computer's key. Read its fingerprint out to the organiser, who can then trust the bundles you send.</source>
        <translation>The bundle is signed by this computer's key. Read its fingerprint out to the organiser, who can then trust the bundles you send.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="100" />
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="104" />
        <source>Key fingerprint:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="106" />
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="127" />
        <source>In the folder: {folder}</source>
        <translation>In the folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="146" />
        <source>Export the atelier</source>
        <translation>Export the atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="147" />
        <source>facilitator-app bundles (*.fabundle)</source>
        <translation>facilitator-app bundles (*.fabundle)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="168" />
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="173" />
        <source>Bundle written: {path}
{contributions} ({starred}, {deleted}). Hand this file to the organisers.</source>
        <translation>Bundle written: {path}
{contributions} ({starred}, {deleted}). Hand this file to the organisers.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/export_dialog.py" line="176" />
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n contribution</numerusform>
            <numerusform>%n contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/export_dialog.py" line="177" />
        <source>%n starred</source>
        <translation>
            <numerusform>%n starred</numerusform>
            <numerusform>%n starred</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/export_dialog.py" line="178" />
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="180" />
        <source>Excel copy: {path}</source>
        <translation>Excel copy: {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="181" />
        <source>Atelier exported</source>
        <translation>Atelier exported</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="190" />
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/export_dialog.py" line="190" />
        <source>Fingerprint of this computer's signing key:

{fingerprint}

Read it out to the organiser so that they can trust the bundles you send.</source>
        <translation>Fingerprint of this computer's signing key:

{fingerprint}

Read it out to the organiser so that they can trust the bundles you send.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../facilitator_app/ui/follow_up.py" line="14" />
        <source>Lead institution: {carrier} · Completion: {completion}</source>
        <translation>Lead institution: {carrier} · Completion: {completion}</translation>
    </message>
</context>
<context>
    <name>KeyTableModel</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="313" />
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="313" />
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="313" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="314" />
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="314" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="322" />
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="322" />
        <source>seen in a bundle</source>
        <translation>seen in a bundle</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_models.py" line="333" />
        <source>A facilitator of this key is also named by {keys}: check with them which key is theirs.</source>
        <translation>A facilitator of this key is also named by {keys}: check with them which key is theirs.</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_pages.py" line="166" />
        <source>&amp;Trust a key…</source>
        <translation>&amp;Trust a key…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_pages.py" line="167" />
        <source>Facilitators' keys</source>
        <translation>Facilitators' keys</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="284" />
        <source>the disk does not answer</source>
        <translation>the disk does not answer</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="408" />
        <location filename="../../facilitator_app/ui/main_window.py" line="416" />
        <location filename="../../facilitator_app/ui/main_window.py" line="435" />
        <source>Export the atelier</source>
        <translation>Export the atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="409" />
        <source>Some changes are not on disk yet, so the bundle would miss them. Export again once saving works (the red banner disappears).</source>
        <translation>Some changes are not on disk yet, so the bundle would miss them. Export again once saving works (the red banner disappears).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="417" />
        <source>No atelier has been held on this computer yet: there is nothing to export.</source>
        <translation>No atelier has been held on this computer yet: there is nothing to export.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="436" />
        <source>Texts typed but not added with Enter: {count}. Add them to the atelier before exporting? Otherwise the bundle leaves them out.</source>
        <translation>Texts typed but not added with Enter: {count}. Add them to the atelier before exporting? Otherwise the bundle leaves them out.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="439" />
        <source>&amp;Add them and export</source>
        <translation>&amp;Add them and export</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="440" />
        <source>Export &amp;without them</source>
        <translation>Export &amp;without them</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="514" />
        <source>&amp;Automatic: the screen other than this window's</source>
        <translation>&amp;Automatic: the screen other than this window's</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="517" />
        <source>&amp;{number}. {name} ({width}×{height})</source>
        <translation>&amp;{number}. {name} ({width}×{height})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="518" />
        <source>screen</source>
        <translation>screen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="523" />
        <source>main screen</source>
        <translation>main screen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="526" />
        <source>{name} (not connected: automatic until it is)</source>
        <translation>{name} (not connected: automatic until it is)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="564" />
        <source>Not saved (changes kept in memory: {count})</source>
        <translation>Not saved (changes kept in memory: {count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="570" />
        <source>Saved at {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="576" />
        <source>Saving works again: every change is on disk.</source>
        <translation>Saving works again: every change is on disk.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="579" />
        <source>About facilitator-app</source>
        <translation>About facilitator-app</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="580" />
        <source>facilitator-app {version}
Capture of the Ministère ouvert ateliers.
Atelier data: {path}</source>
        <translation>facilitator-app {version}
Capture of the Ministère ouvert ateliers.
Atelier data: {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="591" />
        <source>Ministère ouvert — facilitator</source>
        <translation>Ministère ouvert — facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="593" />
        <source>Atelier {number} — {title}</source>
        <translation>Atelier {number} — {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="596" />
        <source>Saving problem</source>
        <translation>Saving problem</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="597" />
        <source>&amp;Save elsewhere…</source>
        <translation>&amp;Save elsewhere…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="598" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="599" />
        <source>&amp;New or resume an atelier…</source>
        <translation>&amp;New or resume an atelier…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="600" />
        <source>&amp;End the atelier…</source>
        <translation>&amp;End the atelier…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="601" />
        <source>E&amp;xport for the organisers…</source>
        <translation>E&amp;xport for the organisers…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="602" />
        <source>&amp;Merge bundles (organisers)…</source>
        <translation>&amp;Merge bundles (organisers)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="603" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="604" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="605" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="606" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="607" />
        <source>&amp;Atelier</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="608" />
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="608" />
        <source>Inspirations</source>
        <translation>Inspirations</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="608" />
        <source>Challenges</source>
        <translation>Challenges</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="609" />
        <source>Future commitments</source>
        <translation>Future commitments</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="612" />
        <source>&amp;Next engagement</source>
        <translation>&amp;Next engagement</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="613" />
        <source>&amp;Previous engagement</source>
        <translation>&amp;Previous engagement</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="614" />
        <source>A&amp;genda of the hour…</source>
        <translation>A&amp;genda of the hour…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="615" />
        <source>P&amp;lenary summary…</source>
        <translation>P&amp;lenary summary…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="616" />
        <source>Room &amp;display</source>
        <translation>Room &amp;display</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="617" />
        <source>Room display &amp;screen</source>
        <translation>Room display &amp;screen</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="621" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="622" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="623" />
        <source>Lar&amp;ger text</source>
        <translation>Lar&amp;ger text</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="624" />
        <source>S&amp;maller text</source>
        <translation>S&amp;maller text</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="625" />
        <source>&amp;Normal text size</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="626" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="627" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="628" />
        <source>My &amp;signing key…</source>
        <translation>My &amp;signing key…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="629" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/main_window.py" line="635" />
        <source>Everything is on disk</source>
        <translation>Everything is on disk</translation>
    </message>
</context>
<context>
    <name>OrganiserControls</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="110" />
        <source>Central store:</source>
        <translation>Central store:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="112" />
        <source>Central store</source>
        <translation>Central store</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="114" />
        <source>&amp;Open or create…</source>
        <translation>&amp;Open or create…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="115" />
        <source>Shared store (&amp;PostgreSQL)…</source>
        <translation>Shared store (&amp;PostgreSQL)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="116" />
        <source>&amp;Add bundles…</source>
        <translation>&amp;Add bundles…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="117" />
        <source>Merge &amp;quarantined bundles</source>
        <translation>Merge &amp;quarantined bundles</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="122" />
        <source>Quarantine bundles &amp;without a trusted key</source>
        <translation>Quarantine bundles &amp;without a trusted key</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="118" />
        <source>Produce the &amp;report…</source>
        <translation>Produce the &amp;report…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="120" />
        <source>&amp;Dry run (nothing written)</source>
        <translation>&amp;Dry run (nothing written)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="121" />
        <source>Show what merging would change, without writing it</source>
        <translation>Show what merging would change, without writing it</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="124" />
        <source>Bundles whose key is not trusted wait in quarantine instead of being merged</source>
        <translation>Bundles whose key is not trusted wait in quarantine instead of being merged</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="126" />
        <source>Drop bundle files (.fabundle) or folders here to merge them, or use Add bundles (Ctrl+O).</source>
        <translation>Drop bundle files (.fabundle) or folders here to merge them, or use Add bundles (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="128" />
        <source>Drop area for bundles</source>
        <translation>Drop area for bundles</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="129" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="130" />
        <source>Cancel the running task</source>
        <translation>Cancel the running task</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="131" />
        <source>Progress of the running task</source>
        <translation>Progress of the running task</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_controls.py" line="102" />
        <source>none open yet — open or create one to begin.</source>
        <translation>none open yet — open or create one to begin.</translation>
    </message>
</context>
<context>
    <name>OrganiserMenus</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="73" />
        <source>&amp;Store</source>
        <translation>&amp;Store</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="74" />
        <source>&amp;Open or create a store file…</source>
        <translation>&amp;Open or create a store file…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="75" />
        <source>Connect to a &amp;shared store (PostgreSQL)…</source>
        <translation>Connect to a &amp;shared store (PostgreSQL)…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="76" />
        <source>&amp;Close the window</source>
        <translation>&amp;Close the window</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="77" />
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="78" />
        <source>&amp;Add bundles…</source>
        <translation>&amp;Add bundles…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="79" />
        <source>Merge &amp;quarantined bundles</source>
        <translation>Merge &amp;quarantined bundles</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="80" />
        <source>&amp;Trust a key…</source>
        <translation>&amp;Trust a key…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="81" />
        <source>Produce the &amp;report…</source>
        <translation>Produce the &amp;report…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="82" />
        <source>&amp;Cancel the running task</source>
        <translation>&amp;Cancel the running task</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="83" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="84" />
        <source>Bundles</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="84" />
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="85" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="85" />
        <source>Near-duplicates</source>
        <translation>Near-duplicates</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="86" />
        <source>Syntheses</source>
        <translation>Syntheses</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_menus.py" line="88" />
        <source>&amp;Find a bundle…</source>
        <translation>&amp;Find a bundle…</translation>
    </message>
</context>
<context>
    <name>OrganiserWindow</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="387" />
        <source>No central store open</source>
        <translation>No central store open</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/organiser_window.py" line="388" />
        <source>%n bundle(s) to merge. Into which central store?</source>
        <translation>
            <numerusform>%n bundle to merge. Into which central store?</numerusform>
            <numerusform>%n bundles to merge. Into which central store?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="393" />
        <source>Open the &amp;last one</source>
        <translation>Open the &amp;last one</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="392" />
        <source>Last store opened: {store}</source>
        <translation>Last store opened: {store}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="395" />
        <source>Open or &amp;create a store…</source>
        <translation>Open or &amp;create a store…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="254" />
        <source>Connecting to the central store…</source>
        <translation>Connecting to the central store…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="257" />
        <source>Machine's trusted keys not registered</source>
        <translation>Machine's trusted keys not registered</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="303" />
        <source>Open or create a central store</source>
        <translation>Open or create a central store</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="304" />
        <source>Central stores (*.sqlite *.db);;All files (*)</source>
        <translation>Central stores (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="348" />
        <source>Central store not read</source>
        <translation>Central store not read</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="416" />
        <source>Add bundles</source>
        <translation>Add bundles</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="416" />
        <source>Bundles (*.fabundle);;All files (*)</source>
        <translation>Bundles (*.fabundle);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="426" />
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="427" />
        <source>A task is running; add the bundles again when it has finished.</source>
        <translation>A task is running; add the bundles again when it has finished.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="434" />
        <source>Merging the bundles…</source>
        <translation>Merging the bundles…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="443" />
        <source>Merging the quarantined bundles…</source>
        <translation>Merging the quarantined bundles…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="459" />
        <source>Task failed</source>
        <translation>Task failed</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="469" />
        <source>Merged: {file}</source>
        <translation>Merged: {file}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="480" />
        <source>Cancelling after the current step…</source>
        <translation>Cancelling after the current step…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="492" />
        <source>Conflict not resolved</source>
        <translation>Conflict not resolved</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="550" />
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="574" />
        <source>Bu&amp;ndles ({count})</source>
        <translation>Bu&amp;ndles ({count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="574" />
        <source>&amp;Conflicts ({count})</source>
        <translation>&amp;Conflicts ({count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="575" />
        <source>&amp;Keys ({count})</source>
        <translation>&amp;Keys ({count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="576" />
        <source>S&amp;yntheses ({count})</source>
        <translation>S&amp;yntheses ({count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="582" />
        <source>Ministère ouvert — organiser</source>
        <translation>Ministère ouvert — organiser</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="586" />
        <source>Result of the last task</source>
        <translation>Result of the last task</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="587" />
        <source>Pages of the organiser window</source>
        <translation>Pages of the organiser window</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="575" />
        <source>Near-d&amp;uplicates ({count})</source>
        <translation>Near-d&amp;uplicates ({count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_window.py" line="244" />
        <source>Opening the central store…</source>
        <translation>Opening the central store…</translation>
    </message>
</context>
<context>
    <name>PendingWrites</name>
    <message>
        <location filename="../../facilitator_app/ui/writer.py" line="239" />
        <source>Cannot save to {path} ({detail}). Nothing is lost: what was typed stays in memory and saving is tried again every second. Keep this window open; if this message stays, ask for help (the details are in the log).</source>
        <translation>Cannot save to {path} ({detail}). Nothing is lost: what was typed stays in memory and saving is tried again every second. Keep this window open; if this message stays, ask for help (the details are in the log).</translation>
    </message>
</context>
<context>
    <name>PostgresDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="39" />
        <source>Connect to a shared central store</source>
        <translation>Connect to a shared central store</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="42" />
        <source>PostgreSQL URL</source>
        <translation>PostgreSQL URL</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="44" />
        <source>The address of the PostgreSQL database shared by the organisers. The password, if any, is used for this session only and never remembered; a password file (~/.pgpass) avoids typing it.</source>
        <translation>The address of the PostgreSQL database shared by the organisers. The password, if any, is used for this session only and never remembered; a password file (~/.pgpass) avoids typing it.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="49" />
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="53" />
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="166" />
        <source>Type a contribution, then Enter (Ctrl+{number})</source>
        <translation>Type a contribution, then Enter (Ctrl+{number})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="167" />
        <source>New contribution: {question}</source>
        <translation>New contribution: {question}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="168" />
        <source>Contributions: {question}</source>
        <translation>Contributions: {question}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="169" />
        <source>Clear the entry line</source>
        <translation>Clear the entry line</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/question_box.py" line="259" />
        <source>Edit the contribution</source>
        <translation>Edit the contribution</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="127" />
        <source>Produce the report</source>
        <translation>Produce the report</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="129" />
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="130" />
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="131" />
        <source>Choose the Excel workbook</source>
        <translation>Choose the Excel workbook</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="136" />
        <source>Also write the open-data &amp;CSV beside it</source>
        <translation>Also write the open-data &amp;CSV beside it</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="137" />
        <source>Also write one &amp;Markdown page per engagement (in a folder beside it)</source>
        <translation>Also write one &amp;Markdown page per engagement (in a folder beside it)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="145" />
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="147" />
        <source>&amp;Workbook:</source>
        <translation>&amp;Workbook:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="152" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="156" />
        <source>&amp;Produce</source>
        <translation>&amp;Produce</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="165" />
        <source>Report workbook</source>
        <translation>Report workbook</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="167" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="139" />
        <source>Also write the open-&amp;data package (in a folder beside it)</source>
        <translation>Also write the open-&amp;data package (in a folder beside it)</translation>
    </message>
</context>
<context>
    <name>RestitutionDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="124" />
        <source>Plenary summary — Atelier {number}</source>
        <translation>Plenary summary — Atelier {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="126" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="127" />
        <source>Print the summary (Ctrl+P)</source>
        <translation>Print the summary (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="128" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="129" />
        <source>Save the summary as a PDF file (Ctrl+S)</source>
        <translation>Save the summary as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="130" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="131" />
        <source>Include the &amp;notes</source>
        <translation>Include the &amp;notes</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="133" />
        <source>Show the notes typed under each engagement (questions asked, answers given) in the summary, its print and its PDF</source>
        <translation>Show the notes typed under each engagement (questions asked, answers given) in the summary, its print and its PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="135" />
        <source>Print the summary</source>
        <translation>Print the summary</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="136" />
        <source>Save the summary as PDF</source>
        <translation>Save the summary as PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="137" />
        <source>Close the summary</source>
        <translation>Close the summary</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="138" />
        <source>Plenary summary of the atelier</source>
        <translation>Plenary summary of the atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="139" />
        <source>Outline of the summary</source>
        <translation>Outline of the summary</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="167" />
        <source>plenary-summary-atelier-{number}.pdf</source>
        <translation>plenary-summary-atelier-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="177" />
        <source>Print the plenary summary</source>
        <translation>Print the plenary summary</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="186" />
        <source>Save the plenary summary</source>
        <translation>Save the plenary summary</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="187" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="195" />
        <source>PDF not saved</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="196" />
        <source>The summary could not be written to {path}: {reason}</source>
        <translation>The summary could not be written to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="200" />
        <source>PDF saved</source>
        <translation>PDF saved</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="201" />
        <source>The plenary summary is saved: {path}</source>
        <translation>The plenary summary is saved: {path}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="239" />
        <source>the output cannot be opened</source>
        <translation>the output cannot be opened</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_dialog.py" line="255" />
        <source>Atelier {number} — page {page}/{pages}</source>
        <translation>Atelier {number} — page {page}/{pages}</translation>
    </message>
</context>
<context>
    <name>RestitutionOutline</name>
    <message>
        <location filename="../../facilitator_app/ui/restitution_outline.py" line="42" />
        <source>Engagement {number} — {title} ({count})</source>
        <translation>Engagement {number} — {title} ({count})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/restitution_outline.py" line="57" />
        <source>starred</source>
        <translation>starred</translation>
    </message>
</context>
<context>
    <name>RoomDisplay</name>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="136" />
        <source>Room display — Atelier {number}</source>
        <translation>Room display — Atelier {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="139" />
        <source>Engagement {number}</source>
        <translation>Engagement {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="151" />
        <source>question {number}: {count}</source>
        <translation>question {number}: {count}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/room_display.py" line="154" />
        <source>Contributions per question: {counts}</source>
        <translation>Contributions per question: {counts}</translation>
    </message>
</context>
<context>
    <name>RunDetails</name>
    <message>
        <location filename="../../facilitator_app/ui/run_details.py" line="47" />
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_details.py" line="47" />
        <source>&amp;Organisations present</source>
        <translation>&amp;Organisations present</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/run_details.py" line="51" />
        <source>Names separated by ;</source>
        <translation>Names separated by ;</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="87" />
        <source>In the window</source>
        <translation>In the window</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="92" />
        <source>In a list of contributions</source>
        <translation>In a list of contributions</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="94" />
        <source>Go from the entry line to its list</source>
        <translation>Go from the entry line to its list</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="95" />
        <source>Add the contribution typed in the entry line</source>
        <translation>Add the contribution typed in the entry line</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="96" />
        <source>Edit the selected contribution in place</source>
        <translation>Edit the selected contribution in place</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="97" />
        <source>Star or unstar it (put forward in the plenary summary)</source>
        <translation>Star or unstar it (put forward in the plenary summary)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="99" />
        <source>Delete it</source>
        <translation>Delete it</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="101" />
        <source>Move it up or down</source>
        <translation>Move it up or down</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="102" />
        <source>Drag and drop</source>
        <translation>Drag and drop</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="103" />
        <source>Reorder, or move to another question</source>
        <translation>Reorder, or move to another question</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="165" />
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="167" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="166" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/shortcuts_dialog.py" line="166" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="141" />
        <source>Open a catalogue</source>
        <translation>Open a catalogue</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="142" />
        <source>Catalogues (*.json *.xlsx)</source>
        <translation>Catalogues (*.json *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="150" />
        <source>Catalogue refused</source>
        <translation>Catalogue refused</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="156" />
        <source>Start or resume an atelier</source>
        <translation>Start or resume an atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="158" />
        <source>Catalogue: {title}, {date} ({id}, version {version})</source>
        <translation>Catalogue: {title}, {date} ({id}, version {version})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="161" />
        <source>&amp;Built-in catalogue</source>
        <translation>&amp;Built-in catalogue</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="162" />
        <source>&amp;Open a catalogue…</source>
        <translation>&amp;Open a catalogue…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="163" />
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="163" />
        <source>A&amp;telier</source>
        <translation>A&amp;telier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="163" />
        <source>Fa&amp;cilitators</source>
        <translation>Fa&amp;cilitators</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="164" />
        <source>E&amp;xpected participants</source>
        <translation>E&amp;xpected participants</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="169" />
        <source>Names separated by ;</source>
        <translation>Names separated by ;</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="170" />
        <source>&amp;Start the atelier</source>
        <translation>&amp;Start the atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="171" />
        <location filename="../../facilitator_app/ui/start_page.py" line="172" />
        <source>Earlier runs on this computer</source>
        <translation>Earlier runs on this computer</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="173" />
        <source>&amp;Resume the selected run</source>
        <translation>&amp;Resume the selected run</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="176" />
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="176" />
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="178" />
        <source>Atelier {number} · {when} · {names} · {state}</source>
        <translation>Atelier {number} · {when} · {names} · {state}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/start_page.py" line="184" />
        <source>No atelier held on this computer yet: start one above.</source>
        <translation>No atelier held on this computer yet: start one above.</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_status.py" line="47" />
        <source>Bundles — merged: {merged}, already merged: {already}, quarantined: {quarantined}, rejected: {rejected}. Contributions — added: {added}, updated: {updated}, unchanged: {unchanged}, conflicting: {conflicting}, removed: {removed}.</source>
        <translation>Bundles — merged: {merged}, already merged: {already}, quarantined: {quarantined}, rejected: {rejected}. Contributions — added: {added}, updated: {updated}, unchanged: {unchanged}, conflicting: {conflicting}, removed: {removed}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_status.py" line="55" />
        <source>Merge cancelled (bundles done: {done}); each bundle merged is complete, the others are untouched.</source>
        <translation>Merge cancelled (bundles done: {done}); each bundle merged is complete, the others are untouched.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_status.py" line="60" />
        <source>Dry run, nothing was written.</source>
        <translation>Dry run, nothing was written.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_status.py" line="64" />
        <source>Conflict resolved. Unresolved conflicts left: {count}.</source>
        <translation>Conflict resolved. Unresolved conflicts left: {count}.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_status.py" line="68" />
        <source>Key {fingerprint} is now trusted. Merge the quarantined bundles to merge those it signed.</source>
        <translation>Key {fingerprint} is now trusted. Merge the quarantined bundles to merge those it signed.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_status.py" line="75" />
        <source>Report written (contributions: {count}): {files}</source>
        <translation>Report written (contributions: {count}): {files}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_status.py" line="79" />
        <source>Report cancelled: no file was written or changed.</source>
        <translation>Report cancelled: no file was written or changed.</translation>
    </message>
</context>
<context>
    <name>SynthesesPage</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="135" />
        <source>Eng. {n} – {title} ({event})</source>
        <translation>Eng. {n} – {title} ({event})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="144" />
        <source>Changed, not saved yet (Ctrl+S saves).</source>
        <translation>Changed, not saved yet (Ctrl+S saves).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="146" />
        <source>No synthesis yet.</source>
        <translation>No synthesis yet.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="147" />
        <source>Saved by {author} on {when} UTC (revision {revision}).</source>
        <translation>Saved by {author} on {when} UTC (revision {revision}).</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="158" />
        <source>No engagement to write about: merge bundles first.</source>
        <translation>No engagement to write about: merge bundles first.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="163" />
        <source>Synthesis of engagement {n} – {title} ({event})</source>
        <translation>Synthesis of engagement {n} – {title} ({event})</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="196" />
        <source>Synthesis not saved</source>
        <translation>Synthesis not saved</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="216" />
        <source>Synthesis not read</source>
        <translation>Synthesis not read</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="223" />
        <source>Sa&amp;ve the synthesis</source>
        <translation>Sa&amp;ve the synthesis</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="224" />
        <source>Reloa&amp;d</source>
        <translation>Reloa&amp;d</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="225" />
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="226" />
        <source>F5: forget this draft, read the store again</source>
        <translation>F5: forget this draft, read the store again</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="227" />
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="228" />
        <source>Synthesis text</source>
        <translation>Synthesis text</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_syntheses.py" line="230" />
        <source>What the ateliers said of this engagement, in a few sentences (plain text or Markdown). It is placed at the top of the engagement's sheet and page.</source>
        <translation>What the ateliers said of this engagement, in a few sentences (plain text or Markdown). It is placed at the top of the engagement's sheet and page.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_tasks.py" line="112" />
        <source>Unexpected error: {error}. The details are in the log.</source>
        <translation>Unexpected error: {error}. The details are in the log.</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="77" />
        <source>Trust a facilitator's key</source>
        <translation>Trust a facilitator's key</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="79" />
        <source>e.g. {example}</source>
        <translation>e.g. {example}</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="81" />
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="83" />
        <source>Facilitators' names, separated by commas</source>
        <translation>Facilitators' names, separated by commas</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="90" />
        <source>The facilitator reads the fingerprint out from their app (Help menu, My signing key). Bundles signed by a trusted key are merged even when the others are quarantined.</source>
        <translation>The facilitator reads the fingerprint out from their app (Help menu, My signing key). Bundles signed by a trusted key are merged even when the others are quarantined.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="95" />
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="96" />
        <source>&amp;Names:</source>
        <translation>&amp;Names:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/organiser_dialogs.py" line="101" />
        <source>&amp;Trust this key</source>
        <translation>&amp;Trust this key</translation>
    </message>
</context>
<context>
    <name>WorkshopClock</name>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="99" />
        <source>Time is up</source>
        <translation>Time is up</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="103" />
        <source>%n minute(s) left · {segment}</source>
        <translation>
            <numerusform>%n minute left · {segment}</numerusform>
            <numerusform>%n minutes left · {segment}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="108" />
        <source>{segment}, {time} left</source>
        <translation>{segment}, {time} left</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="62" />
        <source>Time left in the atelier</source>
        <translation>Time left in the atelier</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="63" />
        <source>Current segment of the agenda</source>
        <translation>Current segment of the agenda</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/workshop_clock.py" line="64" />
        <source>Time elapsed in the atelier</source>
        <translation>Time elapsed in the atelier</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/unsaved.py" line="34" />
        <source>%n change(s) could not be written to the disk.</source>
        <translation>
            <numerusform>%n change could not be written to the disk.</numerusform>
            <numerusform>%n changes could not be written to the disk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/unsaved.py" line="37" />
        <source>&amp;Quit and lose %n change(s)</source>
        <translation>
            <numerusform>&amp;Quit and lose %n change</numerusform>
            <numerusform>&amp;Quit and lose %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/unsaved.py" line="40" />
        <source>&amp;Leave and lose %n change(s)</source>
        <translation>
            <numerusform>&amp;Leave and lose %n change</numerusform>
            <numerusform>&amp;Leave and lose %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator_app/ui/unsaved.py" line="43" />
        <source>On {date} at {time}: %n change(s) lost.</source>
        <translation>
            <numerusform>On {date} at {time}: %n change lost.</numerusform>
            <numerusform>On {date} at {time}: %n changes lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <location filename="../../facilitator_app/ui/accessibility.py" line="52" />
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="71" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="72" />
        <source>Something went wrong. Everything typed so far is saved; the details are in the log.</source>
        <translation>Something went wrong. Everything typed so far is saved; the details are in the log.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="128" />
        <source>Machine defaults ignored</source>
        <translation>Machine defaults ignored</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="173" />
        <source>facilitator-app is already open on this computer: switch to its window.</source>
        <translation>facilitator-app is already open on this computer: switch to its window.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="183" />
        <source>Cannot open the atelier data</source>
        <translation>Cannot open the atelier data</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/app.py" line="196" />
        <source>Catalogue refused</source>
        <translation>Catalogue refused</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <location filename="../../facilitator_app/ui/file_dialogs.py" line="99" />
        <source>&amp;Open the folder</source>
        <translation>&amp;Open the folder</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../facilitator_app/ui/session.py" line="228" />
        <source>Add contribution</source>
        <translation>Add contribution</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="52" />
        <source>The disk refuses them ({reason}). Save the whole atelier in another folder, keep the window open until the disk accepts them again, or leave and lose them.</source>
        <translation>The disk refuses them ({reason}). Save the whole atelier in another folder, keep the window open until the disk accepts them again, or leave and lose them.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="56" />
        <source>&amp;Save elsewhere…</source>
        <translation>&amp;Save elsewhere…</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="58" />
        <source>&amp;Keep the window open</source>
        <translation>&amp;Keep the window open</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="49" />
        <source>Changes not saved</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="80" />
        <source>Save the atelier in another folder</source>
        <translation>Save the atelier in another folder</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="87" />
        <source>Saved elsewhere</source>
        <translation>Saved elsewhere</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="88" />
        <source>The whole atelier is saved in {folder}. The application goes on with this folder and opens it next time.</source>
        <translation>The whole atelier is saved in {folder}. The application goes on with this folder and opens it next time.</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="94" />
        <source>Cannot save elsewhere</source>
        <translation>Cannot save elsewhere</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="105" />
        <source>Changes lost last time</source>
        <translation>Changes lost last time</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="106" />
        <source>The last time the application was left, the disk refused changes and they were lost, as chosen then:</source>
        <translation>The last time the application was left, the disk refused changes and they were lost, as chosen then:</translation>
    </message>
    <message>
        <location filename="../../facilitator_app/ui/unsaved.py" line="110" />
        <source>Read the atelier again and type what is missing.</source>
        <translation>Read the atelier again and type what is missing.</translation>
    </message>
</context>
</TS>