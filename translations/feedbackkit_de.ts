<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FeedbackKit::Client</name>
    <message>
        <source>no current session (Session::setCurrent)</source>
        <translation>keine aktuelle Sitzung (Session::setCurrent)</translation>
    </message>
    <message>
        <source>invalid session</source>
        <translation>ungültige Sitzung</translation>
    </message>
    <message>
        <source>a session needs a project: set HH_PROJECT, ClientConfig::project or the session&apos;s own</source>
        <translation>eine Sitzung braucht ein Projekt: Setzen Sie HH_PROJECT, ClientConfig::project oder das Projekt der Sitzung</translation>
    </message>
    <message>
        <source>an event needs its session ID</source>
        <translation>ein Ereignis braucht die ID seiner Sitzung</translation>
    </message>
    <message>
        <source>an event needs a project: set HH_PROJECT, ClientConfig::project or the event&apos;s own</source>
        <translation>ein Ereignis braucht ein Projekt: Setzen Sie HH_PROJECT, ClientConfig::project oder das Projekt des Ereignisses</translation>
    </message>
    <message>
        <source>event is larger than %1 bytes</source>
        <translation>das Ereignis ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <extracomment>The server&apos;s answer that got an item quarantined: %1 the HTTP status, %2 its body</extracomment>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 for %2 ms: %3</source>
        <extracomment>Why an update was quarantined: the server kept answering %1 (an HTTP status) for %2 milliseconds, saying %3 (its answer), since the event it updates never arrived.</extracomment>
        <translation>HTTP %1 seit %2 ms: %3</translation>
    </message>
    <message>
        <source>quarantined: %1</source>
        <extracomment>The reason given with failed(): %1 is the server&apos;s answer</extracomment>
        <translation>in Quarantäne: %1</translation>
    </message>
    <message>
        <source>the server refused the API key (HTTP %1)</source>
        <translation>der Server hat den API-Schlüssel abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>the API URL has no %1 (HTTP 404): check the API URL</source>
        <extracomment>%1 is the path of the request, such as /events</extracomment>
        <translation>unter der API-URL gibt es kein %1 (HTTP 404): prüfen Sie die API-URL</translation>
    </message>
    <message>
        <source>%1: check the proxy settings</source>
        <extracomment>%1 is the network error, as Qt reports it</extracomment>
        <translation>%1: prüfen Sie die Proxy-Einstellungen</translation>
    </message>
    <message>
        <source>%1: check the API URL</source>
        <extracomment>%1 is the network error (a refused redirect), as Qt reports it</extracomment>
        <translation>%1: prüfen Sie die API-URL</translation>
    </message>
    <message>
        <source>the API URL is not a valid URL</source>
        <translation>die API-URL ist keine gültige URL</translation>
    </message>
    <message>
        <source>the API URL must use https</source>
        <translation>die API-URL muss https verwenden</translation>
    </message>
    <message>
        <source>plain http:// is refused for %1 (not a loopback host); use https or set allowInsecureHttp</source>
        <extracomment>%1 is the API URL&apos;s host; allowInsecureHttp is ClientConfig&apos;s field, not translated</extracomment>
        <translation>unverschlüsseltes http:// wird für %1 abgelehnt (kein Loopback-Host); verwenden Sie https oder setzen Sie allowInsecureHttp</translation>
    </message>
    <message>
        <source>no API key (set HH_API_KEY)</source>
        <extracomment>HH_API_KEY is an environment variable, not translated</extracomment>
        <translation>kein API-Schlüssel (setzen Sie HH_API_KEY)</translation>
    </message>
    <message>
        <source>the API key contains a line break</source>
        <translation>der API-Schlüssel enthält einen Zeilenumbruch</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problems)</source>
        <extracomment>After the first validation problem: how many more there are</extracomment>
        <translation>
            <numerusform> (und %n weiteres Problem)</numerusform>
            <numerusform> (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid target</source>
        <translation>ungültiges Ziel</translation>
    </message>
    <message>
        <source>outbox full: %1 targets are waiting for delivery (the cap)</source>
        <extracomment>%1 is ClientConfig::maxPendingTargets, the most targets that may wait at once</extracomment>
        <translation>Postausgang voll: %1 Ziele warten auf Zustellung (die Obergrenze)</translation>
    </message>
    <message>
        <source>outbox unavailable: %1</source>
        <extracomment>%1 is why the outbox database could not be opened</extracomment>
        <translation>Postausgang nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>outbox full: the last write to %1 failed; nothing is accepted until delivered items free space</source>
        <extracomment>%1 is the outbox file</extracomment>
        <translation>Postausgang voll: das letzte Schreiben in %1 ist fehlgeschlagen; nichts wird angenommen, bis zugestellte Einträge Platz freigeben</translation>
    </message>
    <message>
        <source>not stored in the outbox: %1</source>
        <translation>nicht im Postausgang gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::CommentBox</name>
    <message>
        <source>Tell us more (optional)</source>
        <comment>@info:placeholder comment</comment>
        <translation>Erzählen Sie uns mehr (optional)</translation>
    </message>
    <message>
        <source>Comment</source>
        <comment>@label comment field</comment>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Reasons</source>
        <comment>@label reason chips</comment>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>@action:button submit the comment</comment>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the comment (Ctrl+Enter)</source>
        <comment>@info:tooltip</comment>
        <translation>Kommentar senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button discard the comment</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard changes (Esc)</source>
        <comment>@info:tooltip</comment>
        <translation>Änderungen verwerfen (Esc)</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::CommentController</name>
    <message>
        <source>%1/%2</source>
        <comment>@info:status comment length</comment>
        <extracomment>characters used / characters allowed, under the comment field</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 characters used</source>
        <comment>@info:status comment length</comment>
        <translation>%1 von %2 Zeichen verwendet</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::DelegateEditor</name>
    <message>
        <source>Feedback editor</source>
        <comment>@label the rating editor inside a list row</comment>
        <translation>Feedback bearbeiten</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::DotPath</name>
    <message>
        <source>%1: a dot path needs non-empty segments</source>
        <translation>%1: Ein Punktpfad braucht nicht leere Segmente</translation>
    </message>
    <message>
        <source>%1: a dot path has at most %2 segments</source>
        <translation>%1: Ein Punktpfad hat höchstens %2 Segmente</translation>
    </message>
    <message>
        <source>%1: index %2 is out of range</source>
        <translation>%1: Index %2 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>%1: %2 holds a value, not an object or array</source>
        <translation>%1: %2 enthält einen Wert, kein Objekt und kein Array</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::FeedbackBar</name>
    <message>
        <source>Comment…</source>
        <comment>@action:button open the comment box</comment>
        <translation>Kommentieren …</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <comment>@info:tooltip</comment>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>@action:button take back the last rating</comment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <comment>@info:tooltip</comment>
        <translation>Letzte Änderung zurücknehmen</translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>@label the feedback bar</comment>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::FeedbackDelegate</name>
    <message>
        <source>Rated helpful</source>
        <comment>@info:status accessible summary of a row</comment>
        <translation>Als hilfreich bewertet</translation>
    </message>
    <message>
        <source>Rated not helpful</source>
        <comment>@info:status accessible summary of a row</comment>
        <translation>Als nicht hilfreich bewertet</translation>
    </message>
    <message>
        <source>commented</source>
        <comment>@info:status accessible summary of a row</comment>
        <translation>kommentiert</translation>
    </message>
    <message>
        <source>, </source>
        <comment>@info:status list separator</comment>
        <extracomment>Between the parts of a row&apos;s summary (&quot;Rated helpful, 4 of 5 stars&quot;)</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>FeedbackKit::Measurements</name>
    <message>
        <source>filter &quot;%1&quot; must read PATH=VALUE or PATH~VALUE</source>
        <translation>Filter „%1“ muss die Form PATH=VALUE oder PATH~VALUE haben</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::QuickClient</name>
    <message>
        <source>The feedback client is not ready yet.</source>
        <translation>Der Feedback-Client ist noch nicht bereit.</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::StarRating</name>
    <message>
        <source>Not rated</source>
        <comment>@info:status star rating</comment>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <comment>@info:status star rating</comment>
        <extracomment>%1 is the number of stars given (may be 3.5), %2 the number of stars in all</extracomment>
        <translation>%1 von %2 Sternen</translation>
    </message>
    <message>
        <source>Rating</source>
        <comment>@label accessible name of the stars</comment>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Star rating</source>
        <comment>@label stars</comment>
        <translation>Sternebewertung</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::Target</name>
    <message>
        <source>the ID is empty</source>
        <translation>die ID ist leer</translation>
    </message>
    <message>
        <source>write the UUID without braces</source>
        <translation>schreiben Sie die UUID ohne geschweifte Klammern</translation>
    </message>
    <message>
        <source>expected 36 characters, a UUID such as 123e4567-e89b-42d3-a456-426614174000, not %1</source>
        <translation>36 Zeichen erwartet, eine UUID wie 123e4567-e89b-42d3-a456-426614174000, nicht %1</translation>
    </message>
    <message>
        <source>expected &apos;-&apos; at position %1</source>
        <translation>„-“ an Position %1 erwartet</translation>
    </message>
    <message>
        <source>IDs are lowercase: &apos;%1&apos; at position %2</source>
        <translation>IDs werden kleingeschrieben: „%1“ an Position %2</translation>
    </message>
    <message>
        <source>expected a lowercase hex digit at position %1</source>
        <translation>kleingeschriebene Hexadezimalziffer an Position %1 erwartet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid ID: %2</source>
        <translation>„%1“ ist keine gültige ID: %2</translation>
    </message>
    <message>
        <source>the event&apos;s session: </source>
        <translation>die Sitzung des Ereignisses: </translation>
    </message>
</context>
<context>
    <name>FeedbackKit::TargetDeliveryStatus</name>
    <message>
        <source>Sending feedback…</source>
        <comment>@info:tooltip delivery</comment>
        <translation>Feedback wird gesendet …</translation>
    </message>
    <message>
        <source>Saved, sending feedback…</source>
        <comment>@info:tooltip delivery</comment>
        <translation>Gespeichert, Feedback wird gesendet …</translation>
    </message>
    <message>
        <source>Feedback delivered</source>
        <comment>@info:tooltip delivery</comment>
        <translation>Feedback zugestellt</translation>
    </message>
    <message>
        <source>Feedback not delivered</source>
        <comment>@info:tooltip delivery</comment>
        <translation>Feedback nicht zugestellt</translation>
    </message>
    <message>
        <source>Feedback not delivered: %1</source>
        <comment>@info:tooltip delivery</comment>
        <translation>Feedback nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>refused by the server (%1)</source>
        <comment>@info:tooltip</comment>
        <translation>vom Server abgelehnt (%1)</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::ThumbsWidget</name>
    <message>
        <source>Good response</source>
        <comment>@info:tooltip thumbs up</comment>
        <translation>Gute Antwort</translation>
    </message>
    <message>
        <source>Bad response</source>
        <comment>@info:tooltip thumbs down</comment>
        <translation>Schlechte Antwort</translation>
    </message>
    <message>
        <source>Rate this response</source>
        <comment>@label thumbs group</comment>
        <translation>Diese Antwort bewerten</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::TraceHeaders</name>
    <message>
        <source>the baggage header is larger than %1 bytes</source>
        <translation>der baggage-Header ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>malformed baggage member: %1</source>
        <translation>fehlerhafter Eintrag im baggage-Header: %1</translation>
    </message>
    <message>
        <source>malformed traceparent header</source>
        <translation>fehlerhafter traceparent-Header</translation>
    </message>
    <message>
        <source>no baggage header</source>
        <translation>kein baggage-Header</translation>
    </message>
    <message>
        <source>the baggage carries no session_id</source>
        <translation>der baggage-Header enthält keine session_id</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::Validation</name>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>duplicate key</source>
        <translation>doppelter Schlüssel</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1</source>
        <translation>ungültiges UTF-8 bei Byte %1</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1</source>
        <translation>kein gültiges JSON bei Byte %1</translation>
    </message>
    <message>
        <source>number is too large to represent</source>
        <translation>die Zahl ist zu groß, um dargestellt zu werden</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>document is larger than %1 bytes</source>
        <translation>das Dokument ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>feedback needs a valid session or event target</source>
        <translation>Feedback braucht eine gültige Sitzung oder ein gültiges Ereignis als Ziel</translation>
    </message>
    <message>
        <source>a patch must be a JSON object</source>
        <translation>eine Änderung muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>feedback must be a JSON object</source>
        <translation>Feedback muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>more than %1 levels of nested objects</source>
        <translation>mehr als %1 Ebenen verschachtelter Objekte</translation>
    </message>
    <message>
        <source>more than %1 levels of nested arrays</source>
        <translation>mehr als %1 Ebenen verschachtelter Arrays</translation>
    </message>
    <message>
        <source>numbers must be finite (no NaN or infinity)</source>
        <translation>Zahlen müssen endlich sein (weder NaN noch unendlich)</translation>
    </message>
    <message>
        <source>binary data is not JSON</source>
        <translation>Binärdaten sind kein JSON</translation>
    </message>
    <message>
        <source>keys must not be empty</source>
        <translation>Schlüssel dürfen nicht leer sein</translation>
    </message>
    <message>
        <source>key is not valid UTF-8</source>
        <translation>der Schlüssel ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>keys must not contain &apos;.&apos;</source>
        <translation>Schlüssel dürfen keinen Punkt („.“) enthalten</translation>
    </message>
    <message>
        <source>key is longer than %1 bytes</source>
        <translation>der Schlüssel ist länger als %1 Byte</translation>
    </message>
    <message>
        <source>string is longer than %1 bytes</source>
        <translation>der Text ist länger als %1 Byte</translation>
    </message>
    <message>
        <source>string is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>ground_truth must be a string or an object</source>
        <translation>ground_truth muss ein Text oder ein Objekt sein</translation>
    </message>
    <message>
        <source>&lt;invalid UTF-8&gt;</source>
        <translation>&lt;ungültiges UTF-8&gt;</translation>
    </message>
</context>
</TS>
