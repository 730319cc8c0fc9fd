<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
        <translation>تم استخدام %1 من %2 حرفًا</translation>
    </message>
    <message>
        <source>Tell us more (optional)</source>
        <comment>@info:placeholder comment</comment>
        <translation>أخبرنا بالمزيد (اختياري)</translation>
    </message>
    <message>
        <source>Comment</source>
        <comment>@label comment field</comment>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Reasons</source>
        <comment>@label reason chips</comment>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>@action:button submit the comment</comment>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send the comment (Ctrl+Enter)</source>
        <comment>@info:tooltip</comment>
        <translation>إرسال التعليق (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>@action:button discard the comment</comment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Discard changes (Esc)</source>
        <comment>@info:tooltip</comment>
        <translation>تجاهل التغييرات (Esc)</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::DelegateEditor</name>
    <message>
        <source>Feedback editor</source>
        <comment>@label the rating editor inside a list row</comment>
        <translation>محرر الملاحظات</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::FeedbackDelegate</name>
    <message>
        <source>Rated helpful</source>
        <comment>@info:status accessible summary of a row</comment>
        <translation>قُيّم بأنه مفيد</translation>
    </message>
    <message>
        <source>Rated not helpful</source>
        <comment>@info:status accessible summary of a row</comment>
        <translation>قُيّم بأنه غير مفيد</translation>
    </message>
    <message>
        <source>commented</source>
        <comment>@info:status accessible summary of a row</comment>
        <translation>مع تعليق</translation>
    </message>
    <message>
        <source>, </source>
        <comment>@info:status list separator</comment>
        <extracomment>Between the parts of a row&apos;s summary (&quot;Rated helpful, 4 of 5 stars&quot;)</extracomment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>FeedbackKit::FeedbackBar</name>
    <message>
        <source>refused by the server (%1)</source>
        <comment>@info:tooltip</comment>
        <translation>رفضه الخادم (%1)</translation>
    </message>
    <message>
        <source>Sending feedback…</source>
        <comment>@info:tooltip delivery</comment>
        <translation>جارٍ إرسال الملاحظات…</translation>
    </message>
    <message>
        <source>Feedback delivered</source>
        <comment>@info:tooltip delivery</comment>
        <translation>تم تسليم الملاحظات</translation>
    </message>
    <message>
        <source>Feedback not delivered</source>
        <comment>@info:tooltip delivery</comment>
        <translation>لم يتم تسليم الملاحظات</translation>
    </message>
    <message>
        <source>Feedback not delivered: %1</source>
        <comment>@info:tooltip delivery</comment>
        <translation>لم يتم تسليم الملاحظات: %1</translation>
    </message>
    <message>
        <source>Comment…</source>
        <comment>@action:button open the comment box</comment>
        <translation>تعليق…</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <comment>@info:tooltip</comment>
        <translation>إضافة تعليق</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>@action:button take back the last rating</comment>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Take back the last change</source>
        <comment>@info:tooltip</comment>
        <translation>التراجع عن آخر تغيير</translation>
    </message>
    <message>
        <source>Feedback</source>
        <comment>@label the feedback bar</comment>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Saved, sending feedback…</source>
        <comment>@info:tooltip delivery</comment>
        <translation>تم الحفظ، جارٍ إرسال الملاحظات…</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::StarRating</name>
    <message>
        <source>Not rated</source>
        <comment>@info:status star rating</comment>
        <translation>غير مقيَّم</translation>
    </message>
    <message>
        <source>%1 of %2 stars</source>
        <comment>@info:status star rating</comment>
        <extracomment>%1 is the number of stars given (may be 3.5), %2 the number of stars in all</extracomment>
        <translation>%1 من %2 نجوم</translation>
    </message>
    <message>
        <source>Rating</source>
        <comment>@label accessible name of the stars</comment>
        <translation>التقييم</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::ThumbsWidget</name>
    <message>
        <source>Good response</source>
        <comment>@info:tooltip thumbs up</comment>
        <translation>إجابة جيدة</translation>
    </message>
    <message>
        <source>Bad response</source>
        <comment>@info:tooltip thumbs down</comment>
        <translation>إجابة سيئة</translation>
    </message>
    <message>
        <source>Rate this response</source>
        <comment>@label thumbs group</comment>
        <translation>قيّم هذه الإجابة</translation>
    </message>
</context>
</TS>
