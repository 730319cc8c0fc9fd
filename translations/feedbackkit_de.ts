<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FeedbackKit::CommentBox</name>
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
    <name>FeedbackKit::DelegateEditor</name>
    <message>
        <source>Feedback editor</source>
        <comment>@label the rating editor inside a list row</comment>
        <translation>Feedback bearbeiten</translation>
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
    <name>FeedbackKit::FeedbackBar</name>
    <message>
        <source>refused by the server (%1)</source>
        <comment>@info:tooltip</comment>
        <translation>vom Server abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Sending feedback…</source>
        <comment>@info:tooltip delivery</comment>
        <translation>Feedback wird gesendet …</translation>
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
    <message>
        <source>Saved, sending feedback…</source>
        <comment>@info:tooltip delivery</comment>
        <translation>Gespeichert, Feedback wird gesendet …</translation>
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
</TS>
