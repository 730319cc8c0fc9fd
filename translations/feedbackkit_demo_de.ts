<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnswerFeedback</name>
    <message>
        <location filename="../demo/quick/AnswerFeedback.qml" line="44"/>
        <source>event %1</source>
        <comment>@info event ID of the answer</comment>
        <translation>Ereignis %1</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <location filename="../demo/quick/DeliveryPanel.qml" line="56"/>
        <source>Paused:</source>
        <comment>@label delivery paused by the server</comment>
        <translation>Angehalten:</translation>
    </message>
    <message>
        <location filename="../demo/quick/DeliveryPanel.qml" line="71"/>
        <source>The outbox is full: new feedback is refused until it drains.</source>
        <comment>@info:status</comment>
        <translation>Der Postausgang ist voll: neues Feedback wird abgelehnt, bis er sich geleert hat.</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::ApiKeyStore</name>
    <message>
        <location filename="../demo/core/apikeystore.cpp" line="66"/>
        <source>This build has no keychain support; the key stays in memory.</source>
        <comment>@info</comment>
        <translation>Dieser Build unterstützt keinen Schlüsselbund; der Schlüssel bleibt nur im Speicher.</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::Backend</name>
    <message>
        <location filename="../demo/core/backend.cpp" line="61"/>
        <source>Cannot create the data folder %1</source>
        <comment>@info</comment>
        <translation>Der Datenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../demo/core/backend.cpp" line="81"/>
        <source>Embedded collector on %1 — database %2</source>
        <comment>@info:status</comment>
        <translation>Eingebetteter Collector auf %1 — Datenbank %2</translation>
    </message>
    <message>
        <location filename="../demo/core/backend.cpp" line="85"/>
        <source>Collector at %1</source>
        <comment>@info:status</comment>
        <translation>Collector unter %1</translation>
    </message>
    <message>
        <location filename="../demo/core/backend.cpp" line="87"/>
        <source>HoneyHive at %1, project %2</source>
        <comment>@info:status</comment>
        <translation>HoneyHive unter %1, Projekt %2</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::ChatPage</name>
    <message>
        <location filename="../demo/quick/ChatView.qml" line="65"/>
        <location filename="../demo/src/chatpage.cpp" line="121"/>
        <source>Ask something — try “hello”, “feedback” or “offline”</source>
        <comment>@info:placeholder</comment>
        <translation>Fragen Sie etwas — etwa „Hallo“, „Feedback“ oder „offline“</translation>
    </message>
    <message>
        <location filename="../demo/quick/ChatView.qml" line="68"/>
        <location filename="../demo/src/chatpage.cpp" line="122"/>
        <source>Message</source>
        <comment>@label:textbox</comment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../demo/quick/ChatView.qml" line="75"/>
        <location filename="../demo/src/chatpage.cpp" line="123"/>
        <source>Send</source>
        <comment>@action:button send the message</comment>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../demo/quick/ChatView.qml" line="33"/>
        <location filename="../demo/src/chatpage.cpp" line="124"/>
        <source>Conversation</source>
        <comment>@label:listbox</comment>
        <translation>Unterhaltung</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::DashboardPage</name>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="61"/>
        <source>Could not refresh: %1</source>
        <comment>@info:status</comment>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="78"/>
        <source>Computed by %1 — updated %2</source>
        <comment>@info:status</comment>
        <translation>Berechnet von %1 — aktualisiert %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../demo/src/dashboardpage.cpp" line="90"/>
        <source>Thumbs up: %1% of %Ln rated answer(s)</source>
        <comment>@title:chart</comment>
        <translation>
            <numerusform>Daumen hoch: %1 % von %Ln bewerteten Antwort</numerusform>
            <numerusform>Daumen hoch: %1 % von %Ln bewerteten Antworten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="92"/>
        <source>Thumbs up: no ratings yet</source>
        <comment>@title:chart</comment>
        <translation>Daumen hoch: noch keine Bewertungen</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="94"/>
        <source>Up</source>
        <comment>@item:chart thumbs up</comment>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="95"/>
        <source>Down</source>
        <comment>@item:chart thumbs down</comment>
        <translation>Runter</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="103"/>
        <source>Scores (%1): avg %2 · median %3 · p95 %4 · p99 %5</source>
        <comment>@title:chart</comment>
        <translation>Sterne (%1): Mittel %2 · Median %3 · p95 %4 · p99 %5</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="116"/>
        <source>Reasons given</source>
        <comment>@title:chart</comment>
        <translation>Genannte Gründe</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="136"/>
        <source>Implicit feedback</source>
        <comment>@title:chart answers copied, regenerated, edited</comment>
        <translation>Implizites Feedback</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="138"/>
        <source>Copied</source>
        <comment>@item:chart</comment>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="139"/>
        <source>Regenerated</source>
        <comment>@item:chart</comment>
        <translation>Neu erzeugt</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="140"/>
        <source>Edited</source>
        <comment>@item:chart</comment>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="158"/>
        <source>Comment</source>
        <comment>@title:column</comment>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="158"/>
        <source>Answers</source>
        <comment>@title:column count</comment>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="159"/>
        <source>Waiting for the first figures…</source>
        <comment>@info:status</comment>
        <translation>Warte auf die ersten Zahlen …</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::DashboardSource</name>
    <message>
        <location filename="../demo/core/dashboardsource.cpp" line="90"/>
        <source>the core measurements over this chat&apos;s feedback</source>
        <comment>@info:status</comment>
        <translation>den Core-Messungen über das Feedback dieses Chats</translation>
    </message>
    <message>
        <location filename="../demo/core/dashboardsource.cpp" line="91"/>
        <source>the collector&apos;s chart endpoint</source>
        <comment>@info:status</comment>
        <translation>dem Chart-Endpunkt des Collectors</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::DeliveryPanel</name>
    <message>
        <location filename="../demo/src/deliverypanel.cpp" line="89"/>
        <source>None</source>
        <comment>@info:status no error</comment>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../demo/quick/DeliveryPanel.qml" line="34"/>
        <location filename="../demo/src/deliverypanel.cpp" line="118"/>
        <source>Session:</source>
        <comment>@label</comment>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <location filename="../demo/quick/DeliveryPanel.qml" line="41"/>
        <location filename="../demo/src/deliverypanel.cpp" line="119"/>
        <source>Pending:</source>
        <comment>@label</comment>
        <translation>Ausstehend:</translation>
    </message>
    <message>
        <location filename="../demo/src/deliverypanel.cpp" line="120"/>
        <source>Delivered:</source>
        <comment>@label</comment>
        <translation>Zugestellt:</translation>
    </message>
    <message>
        <location filename="../demo/quick/DeliveryPanel.qml" line="47"/>
        <location filename="../demo/src/deliverypanel.cpp" line="121"/>
        <source>Quarantined:</source>
        <comment>@label</comment>
        <translation>In Quarantäne:</translation>
    </message>
    <message>
        <location filename="../demo/src/deliverypanel.cpp" line="122"/>
        <source>Failed attempts, retried:</source>
        <comment>@label</comment>
        <translation>Fehlversuche, wiederholt:</translation>
    </message>
    <message>
        <location filename="../demo/src/deliverypanel.cpp" line="123"/>
        <source>Last error:</source>
        <comment>@label</comment>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <location filename="../demo/quick/DeliveryPanel.qml" line="99"/>
        <location filename="../demo/src/deliverypanel.cpp" line="127"/>
        <source>Offline (hold feedback in the outbox)</source>
        <comment>@option:check</comment>
        <translation>Offline (Feedback im Postausgang halten)</translation>
    </message>
    <message>
        <location filename="../demo/quick/DeliveryPanel.qml" line="88"/>
        <location filename="../demo/src/deliverypanel.cpp" line="128"/>
        <source>Points the client at an address where nothing listens, so deliveries fail and the outbox keeps everything; switch back and it drains.</source>
        <comment>@info:tooltip</comment>
        <translation>Richtet den Client auf eine Adresse, an der niemand lauscht: Zustellungen scheitern und der Postausgang behält alles; zurückgeschaltet leert er sich.</translation>
    </message>
    <message>
        <location filename="../demo/src/deliverypanel.cpp" line="132"/>
        <source>Retry now</source>
        <comment>@action:button</comment>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location filename="../demo/src/deliverypanel.cpp" line="134"/>
        <source>Retry quarantined items and resume a paused delivery</source>
        <comment>@info:tooltip</comment>
        <translation>Einträge in Quarantäne erneut senden und eine angehaltene Zustellung fortsetzen</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::EditAnswerDialog</name>
    <message>
        <location filename="../demo/quick/EditAnswerDialog.qml" line="22"/>
        <location filename="../demo/src/editanswerdialog.cpp" line="17"/>
        <source>Edit the answer</source>
        <comment>@title:window</comment>
        <translation>Antwort bearbeiten</translation>
    </message>
    <message>
        <location filename="../demo/quick/EditAnswerDialog.qml" line="51"/>
        <location filename="../demo/src/editanswerdialog.cpp" line="19"/>
        <source>Answer</source>
        <comment>@label:textbox</comment>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../demo/quick/EditAnswerDialog.qml" line="40"/>
        <location filename="../demo/src/editanswerdialog.cpp" line="25"/>
        <source>Your correction is sent as feedback on this answer.</source>
        <comment>@info</comment>
        <translation>Ihre Korrektur wird als Feedback zu dieser Antwort gesendet.</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::LocalAssistant</name>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="26"/>
        <source>feedback</source>
        <comment>@info:keyword typed by the user</comment>
        <translation>feedback</translation>
    </message>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="27"/>
        <source>Every answer here has a feedback bar. A thumb or a comment is merged into the answer&apos;s state and sent to the collector, even if you go offline.</source>
        <comment>@info:assistant answer</comment>
        <translation>Jede Antwort hier hat eine Feedback-Leiste. Ein Daumen oder ein Kommentar wird in den Zustand der Antwort übernommen und an den Collector gesendet, auch wenn Sie offline gehen.</translation>
    </message>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="30"/>
        <source>Rate this answer with the thumbs below it: the rating is stored durably and attached to this answer&apos;s span.</source>
        <comment>@info:assistant answer</comment>
        <translation>Bewerten Sie diese Antwort mit den Daumen darunter: Die Bewertung wird dauerhaft gespeichert und dem Span dieser Antwort zugeordnet.</translation>
    </message>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="33"/>
        <source>offline</source>
        <comment>@info:keyword typed by the user</comment>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="34"/>
        <source>Switch Offline on in the delivery panel, rate a few answers and watch the pending count grow. Switch it off again and the outbox drains.</source>
        <comment>@info:assistant answer</comment>
        <translation>Schalten Sie im Zustellungsbereich „Offline“ ein, bewerten Sie ein paar Antworten und sehen Sie die Zahl der ausstehenden Einträge wachsen. Schalten Sie es wieder aus, und der Postausgang leert sich.</translation>
    </message>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="37"/>
        <source>hello</source>
        <comment>@info:keyword typed by the user</comment>
        <translation>hallo</translation>
    </message>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="38"/>
        <source>Hello! I am a local demo assistant. Ask me about feedback, going offline or anything else, and rate my answers.</source>
        <comment>@info:assistant answer</comment>
        <translation>Hallo! Ich bin ein lokaler Demo-Assistent. Fragen Sie mich nach Feedback, nach dem Offline-Betrieb oder nach etwas anderem, und bewerten Sie meine Antworten.</translation>
    </message>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="41"/>
        <source>Hi there! Nothing leaves this computer unless you configure a server.</source>
        <comment>@info:assistant answer</comment>
        <translation>Hallo! Nichts verlässt diesen Rechner, solange Sie keinen Server einrichten.</translation>
    </message>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="49"/>
        <source>You said: “%1”. I am a local assistant without a model, so I repeat what you write. Rate this answer anyway!</source>
        <comment>@info:assistant answer</comment>
        <translation>Sie schrieben: „%1“. Ich bin ein lokaler Assistent ohne Modell und wiederhole, was Sie schreiben. Bewerten Sie diese Antwort trotzdem!</translation>
    </message>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="53"/>
        <source>Once more, in other words: “%1”. Copy, edit or regenerate me to send implicit feedback.</source>
        <comment>@info:assistant answer</comment>
        <translation>Noch einmal, mit anderen Worten: „%1“. Kopieren, bearbeiten oder erzeugen Sie mich neu, um implizites Feedback zu senden.</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::MainWindow</name>
    <message>
        <location filename="../demo/quick/Main.qml" line="20"/>
        <location filename="../demo/src/main.cpp" line="61"/>
        <location filename="../demo/src/mainwindow.cpp" line="120"/>
        <source>FeedbackKit demo</source>
        <comment>@title:window</comment>
        <translation>FeedbackKit-Demo</translation>
    </message>
    <message>
        <location filename="../demo/src/mainwindow.cpp" line="121"/>
        <source>Chat</source>
        <comment>@title:tab</comment>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../demo/src/mainwindow.cpp" line="122"/>
        <source>Dashboard</source>
        <comment>@title:tab</comment>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../demo/quick/DeliveryPanel.qml" line="25"/>
        <location filename="../demo/src/mainwindow.cpp" line="123"/>
        <source>Delivery</source>
        <comment>@title:window panel</comment>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location filename="../demo/src/mainwindow.cpp" line="126"/>
        <source>&amp;File</source>
        <comment>@title:menu</comment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../demo/src/mainwindow.cpp" line="127"/>
        <source>&amp;Settings…</source>
        <comment>@action:inmenu</comment>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../demo/src/mainwindow.cpp" line="128"/>
        <source>&amp;Quit</source>
        <comment>@action:inmenu</comment>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../demo/quick/Main.qml" line="31"/>
        <location filename="../demo/src/mainwindow.cpp" line="129"/>
        <source>&amp;Language</source>
        <comment>@title:menu</comment>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::MessageBar</name>
    <message>
        <location filename="../demo/quick/AnswerFeedback.qml" line="31"/>
        <location filename="../demo/src/messagebar.cpp" line="65"/>
        <source>Wrong</source>
        <comment>@item:reason for a bad answer</comment>
        <translation>Falsch</translation>
    </message>
    <message>
        <location filename="../demo/quick/AnswerFeedback.qml" line="32"/>
        <location filename="../demo/core/script.cpp" line="71"/>
        <location filename="../demo/src/messagebar.cpp" line="66"/>
        <source>Too vague</source>
        <comment>@item:reason for a bad answer</comment>
        <translation>Zu vage</translation>
    </message>
    <message>
        <location filename="../demo/quick/AnswerFeedback.qml" line="33"/>
        <location filename="../demo/src/messagebar.cpp" line="67"/>
        <source>Too long</source>
        <comment>@item:reason for a bad answer</comment>
        <translation>Zu lang</translation>
    </message>
    <message>
        <location filename="../demo/quick/AnswerActions.qml" line="44"/>
        <location filename="../demo/src/messagebar.cpp" line="68"/>
        <source>Copy</source>
        <comment>@action:button copy the answer</comment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../demo/quick/AnswerActions.qml" line="46"/>
        <location filename="../demo/src/messagebar.cpp" line="69"/>
        <source>Copy the answer to the clipboard</source>
        <comment>@info:tooltip</comment>
        <translation>Die Antwort in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../demo/quick/AnswerActions.qml" line="55"/>
        <location filename="../demo/src/messagebar.cpp" line="70"/>
        <source>Regenerate</source>
        <comment>@action:button ask for another answer</comment>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../demo/quick/AnswerActions.qml" line="58"/>
        <location filename="../demo/src/messagebar.cpp" line="71"/>
        <source>Ask the assistant for another answer</source>
        <comment>@info:tooltip</comment>
        <translation>Den Assistenten um eine andere Antwort bitten</translation>
    </message>
    <message>
        <location filename="../demo/quick/AnswerActions.qml" line="64"/>
        <location filename="../demo/src/messagebar.cpp" line="72"/>
        <source>Edit</source>
        <comment>@action:button correct the answer</comment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../demo/quick/AnswerActions.qml" line="66"/>
        <location filename="../demo/src/messagebar.cpp" line="73"/>
        <source>Correct the answer; the edit is recorded as feedback</source>
        <comment>@info:tooltip</comment>
        <translation>Die Antwort korrigieren; die Änderung wird als Feedback festgehalten</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::SettingsDialog</name>
    <message>
        <location filename="../demo/src/settingsdialog.cpp" line="50"/>
        <source>Settings</source>
        <comment>@title:window</comment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../demo/src/settingsdialog.cpp" line="57"/>
        <source>API key:</source>
        <comment>@label:textbox</comment>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../demo/src/settingsdialog.cpp" line="58"/>
        <source>Project:</source>
        <comment>@label:textbox</comment>
        <translation>Projekt:</translation>
    </message>
    <message>
        <location filename="../demo/src/settingsdialog.cpp" line="59"/>
        <source>Server URL:</source>
        <comment>@label:textbox</comment>
        <translation>Server-URL:</translation>
    </message>
    <message>
        <location filename="../demo/src/settingsdialog.cpp" line="92"/>
        <source>Unchanged</source>
        <comment>@info:placeholder</comment>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../demo/src/settingsdialog.cpp" line="93"/>
        <source>Remember the key in the system keychain</source>
        <comment>@option:check</comment>
        <translation>Schlüssel im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../demo/src/settingsdialog.cpp" line="95"/>
        <source>The key is kept in memory, and in the system keychain if you tick the box. It is never written to a settings file.</source>
        <comment>@info</comment>
        <translation>Der Schlüssel bleibt im Speicher und, wenn Sie das Kästchen ankreuzen, im Schlüsselbund des Systems. In eine Einstellungsdatei wird er nie geschrieben.</translation>
    </message>
    <message>
        <location filename="../demo/src/settingsdialog.cpp" line="98"/>
        <source>This build has no keychain support: the key is kept in memory only and is gone when the demo quits.</source>
        <comment>@info</comment>
        <translation>Dieser Build unterstützt keinen Schlüsselbund: Der Schlüssel bleibt nur im Speicher und ist beim Beenden der Demo verloren.</translation>
    </message>
</context>
<context>
    <name>Script</name>
    <message>
        <location filename="../demo/core/script.cpp" line="74"/>
        <source>Hello!</source>
        <comment>@info:scripted user</comment>
        <translation>Hallo!</translation>
    </message>
    <message>
        <location filename="../demo/core/script.cpp" line="78"/>
        <source>How does feedback work here?</source>
        <comment>@info:scripted user</comment>
        <translation>Wie funktioniert Feedback hier?</translation>
    </message>
    <message>
        <location filename="../demo/core/script.cpp" line="81"/>
        <source>What happens when I go offline?</source>
        <comment>@info:scripted user</comment>
        <translation>Was passiert, wenn ich offline gehe?</translation>
    </message>
    <message>
        <location filename="../demo/core/script.cpp" line="86"/>
        <source>Say how long the outbox keeps my ratings.</source>
        <comment>@info:scripted user</comment>
        <translation>Sag, wie lange der Postausgang meine Bewertungen aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../demo/core/script.cpp" line="87"/>
        <source>Summarise our chat in one line</source>
        <comment>@info:scripted user</comment>
        <translation>Fasse unseren Chat in einer Zeile zusammen</translation>
    </message>
    <message>
        <location filename="../demo/core/script.cpp" line="93"/>
        <source>We talked about feedback, going offline and this demo.</source>
        <comment>@info:scripted user</comment>
        <translation>Wir sprachen über Feedback, den Offline-Betrieb und diese Demo.</translation>
    </message>
</context>
</TS>
