<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>FeedbackKit::Client</name>
    <message>
        <source>no current session (Session::setCurrent)</source>
        <translation>لا توجد جلسة حالية (Session::setCurrent)</translation>
    </message>
    <message>
        <source>invalid session</source>
        <translation>جلسة غير صالحة</translation>
    </message>
    <message>
        <source>a session needs a project: set HH_PROJECT, ClientConfig::project or the session&apos;s own</source>
        <translation>تحتاج الجلسة إلى مشروع: عيّن HH_PROJECT أو ClientConfig::project أو مشروع الجلسة نفسها</translation>
    </message>
    <message>
        <source>an event needs its session ID</source>
        <translation>يحتاج الحدث إلى معرّف جلسته</translation>
    </message>
    <message>
        <source>an event needs a project: set HH_PROJECT, ClientConfig::project or the event&apos;s own</source>
        <translation>يحتاج الحدث إلى مشروع: عيّن HH_PROJECT أو ClientConfig::project أو مشروع الحدث نفسه</translation>
    </message>
    <message>
        <source>event is larger than %1 bytes</source>
        <translation>الحدث أكبر من %1 بايت</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <extracomment>The server&apos;s answer that got an item quarantined: %1 the HTTP status, %2 its body</extracomment>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 for %2 ms: %3</source>
        <extracomment>Why an update was quarantined: the server kept answering %1 (an HTTP status) for %2 milliseconds, saying %3 (its answer), since the event it updates never arrived.</extracomment>
        <translation>HTTP %1 طوال %2 ملي ثانية: %3</translation>
    </message>
    <message>
        <source>quarantined: %1</source>
        <extracomment>The reason given with failed(): %1 is the server&apos;s answer</extracomment>
        <translation>في الحجر: %1</translation>
    </message>
    <message>
        <source>the server refused the API key (HTTP %1)</source>
        <translation>رفض الخادم مفتاح الواجهة البرمجية (HTTP %1)</translation>
    </message>
    <message>
        <source>the API URL has no %1 (HTTP 404): check the API URL</source>
        <extracomment>%1 is the path of the request, such as /events</extracomment>
        <translation>لا يوجد %1 في عنوان الواجهة البرمجية (HTTP 404): تحقّق من عنوان الواجهة البرمجية</translation>
    </message>
    <message>
        <source>%1: check the proxy settings</source>
        <extracomment>%1 is the network error, as Qt reports it</extracomment>
        <translation>%1: تحقّق من إعدادات الوكيل</translation>
    </message>
    <message>
        <source>%1: check the API URL</source>
        <extracomment>%1 is the network error (a refused redirect), as Qt reports it</extracomment>
        <translation>%1: تحقّق من عنوان الواجهة البرمجية</translation>
    </message>
    <message>
        <source>the API URL is not a valid URL</source>
        <translation>عنوان الواجهة البرمجية ليس عنوانًا صالحًا</translation>
    </message>
    <message>
        <source>the API URL must use https</source>
        <translation>يجب أن يستخدم عنوان الواجهة البرمجية https</translation>
    </message>
    <message>
        <source>plain http:// is refused for %1 (not a loopback host); use https or set allowInsecureHttp</source>
        <extracomment>%1 is the API URL&apos;s host; allowInsecureHttp is ClientConfig&apos;s field, not translated</extracomment>
        <translation>يُرفض http:// غير المشفّر للمضيف %1 (ليس مضيفًا محليًا)؛ استخدم https أو اضبط allowInsecureHttp</translation>
    </message>
    <message>
        <source>no API key (set HH_API_KEY)</source>
        <extracomment>HH_API_KEY is an environment variable, not translated</extracomment>
        <translation>لا يوجد مفتاح للواجهة البرمجية (اضبط HH_API_KEY)</translation>
    </message>
    <message>
        <source>the API key contains a line break</source>
        <translation>يحتوي مفتاح الواجهة البرمجية على فاصل أسطر</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problems)</source>
        <extracomment>After the first validation problem: how many more there are</extracomment>
        <translation>
            <numerusform> (ولا مشكلات أخرى)</numerusform>
            <numerusform> (ومشكلة أخرى)</numerusform>
            <numerusform> (ومشكلتان أخريان)</numerusform>
            <numerusform> (و%n مشكلات أخرى)</numerusform>
            <numerusform> (و%n مشكلةً أخرى)</numerusform>
            <numerusform> (و%n مشكلة أخرى)</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid target</source>
        <translation>هدف غير صالح</translation>
    </message>
    <message>
        <source>outbox full: %1 targets are waiting for delivery (the cap)</source>
        <extracomment>%1 is ClientConfig::maxPendingTargets, the most targets that may wait at once</extracomment>
        <translation>صندوق الصادر ممتلئ: %1 هدفًا تنتظر التسليم (الحد الأقصى)</translation>
    </message>
    <message>
        <source>outbox unavailable: %1</source>
        <extracomment>%1 is why the outbox database could not be opened</extracomment>
        <translation>صندوق الصادر غير متاح: %1</translation>
    </message>
    <message>
        <source>outbox full: the last write to %1 failed; nothing is accepted until delivered items free space</source>
        <extracomment>%1 is the outbox file</extracomment>
        <translation>صندوق الصادر ممتلئ: فشلت آخر كتابة في %1؛ لن يُقبل شيء حتى تُفرغ العناصر المسلَّمة مساحة</translation>
    </message>
    <message>
        <source>not stored in the outbox: %1</source>
        <translation>لم يُحفظ في صندوق الصادر: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::CommentBox</name>
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
        <translation>تم استخدام %1 من %2 حرفًا</translation>
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
    <name>FeedbackKit::DotPath</name>
    <message>
        <source>%1: a dot path needs non-empty segments</source>
        <translation>%1: يحتاج المسار النقطي إلى أجزاء غير فارغة</translation>
    </message>
    <message>
        <source>%1: a dot path has at most %2 segments</source>
        <translation>%1: لا يتجاوز المسار النقطي %2 من الأجزاء</translation>
    </message>
    <message>
        <source>%1: index %2 is out of range</source>
        <translation>%1: الفهرس %2 خارج النطاق</translation>
    </message>
    <message>
        <source>%1: %2 holds a value, not an object or array</source>
        <translation>%1: يحمل %2 قيمة، لا كائنًا ولا مصفوفة</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::FeedbackBar</name>
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
    <name>FeedbackKit::Measurements</name>
    <message>
        <source>filter &quot;%1&quot; must read PATH=VALUE or PATH~VALUE</source>
        <translation>يجب أن يكون المرشِّح «%1» على الصورة PATH=VALUE أو PATH~VALUE</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::QuickClient</name>
    <message>
        <source>The feedback client is not ready yet.</source>
        <translation>عميل الملاحظات ليس جاهزًا بعد.</translation>
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
    <message>
        <source>Star rating</source>
        <comment>@label stars</comment>
        <translation>التقييم بالنجوم</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::Target</name>
    <message>
        <source>the ID is empty</source>
        <translation>المعرّف فارغ</translation>
    </message>
    <message>
        <source>write the UUID without braces</source>
        <translation>اكتب UUID بدون أقواس معقوفة</translation>
    </message>
    <message>
        <source>expected 36 characters, a UUID such as 123e4567-e89b-42d3-a456-426614174000, not %1</source>
        <translation>المتوقع 36 حرفًا، أي UUID مثل 123e4567-e89b-42d3-a456-426614174000، وليس %1</translation>
    </message>
    <message>
        <source>expected &apos;-&apos; at position %1</source>
        <translation>المتوقع «-» في الموضع %1</translation>
    </message>
    <message>
        <source>IDs are lowercase: &apos;%1&apos; at position %2</source>
        <translation>تُكتب المعرّفات بأحرف صغيرة: «%1» في الموضع %2</translation>
    </message>
    <message>
        <source>expected a lowercase hex digit at position %1</source>
        <translation>المتوقع رقم ست عشري بحرف صغير في الموضع %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid ID: %2</source>
        <translation>«%1» ليس معرّفًا صالحًا: %2</translation>
    </message>
    <message>
        <source>the event&apos;s session: </source>
        <translation>جلسة الحدث: </translation>
    </message>
</context>
<context>
    <name>FeedbackKit::TargetDeliveryStatus</name>
    <message>
        <source>Sending feedback…</source>
        <comment>@info:tooltip delivery</comment>
        <translation>جارٍ إرسال الملاحظات…</translation>
    </message>
    <message>
        <source>Saved, sending feedback…</source>
        <comment>@info:tooltip delivery</comment>
        <translation>تم الحفظ، جارٍ إرسال الملاحظات…</translation>
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
        <source>refused by the server (%1)</source>
        <comment>@info:tooltip</comment>
        <translation>رفضه الخادم (%1)</translation>
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
<context>
    <name>FeedbackKit::TraceHeaders</name>
    <message>
        <source>the baggage header is larger than %1 bytes</source>
        <translation>ترويسة baggage أكبر من %1 بايت</translation>
    </message>
    <message>
        <source>malformed baggage member: %1</source>
        <translation>عنصر مشوَّه في ترويسة baggage: %1</translation>
    </message>
    <message>
        <source>malformed traceparent header</source>
        <translation>ترويسة traceparent مشوَّهة</translation>
    </message>
    <message>
        <source>no baggage header</source>
        <translation>لا توجد ترويسة baggage</translation>
    </message>
    <message>
        <source>the baggage carries no session_id</source>
        <translation>لا تحمل ترويسة baggage أي session_id</translation>
    </message>
</context>
<context>
    <name>FeedbackKit::Validation</name>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>متداخل بعمق يتجاوز %1 من المستويات</translation>
    </message>
    <message>
        <source>duplicate key</source>
        <translation>مفتاح مكرَّر</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1</source>
        <translation>ترميز UTF-8 غير صالح عند البايت %1</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1</source>
        <translation>JSON غير صالح عند البايت %1</translation>
    </message>
    <message>
        <source>number is too large to represent</source>
        <translation>العدد أكبر من أن يُمثَّل</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON غير صالح</translation>
    </message>
    <message>
        <source>document is larger than %1 bytes</source>
        <translation>المستند أكبر من %1 بايت</translation>
    </message>
    <message>
        <source>feedback needs a valid session or event target</source>
        <translation>تحتاج الملاحظات إلى جلسة أو حدث صالح هدفًا لها</translation>
    </message>
    <message>
        <source>a patch must be a JSON object</source>
        <translation>يجب أن يكون التعديل كائن JSON</translation>
    </message>
    <message>
        <source>feedback must be a JSON object</source>
        <translation>يجب أن تكون الملاحظات كائن JSON</translation>
    </message>
    <message>
        <source>more than %1 levels of nested objects</source>
        <translation>أكثر من %1 من مستويات الكائنات المتداخلة</translation>
    </message>
    <message>
        <source>more than %1 levels of nested arrays</source>
        <translation>أكثر من %1 من مستويات المصفوفات المتداخلة</translation>
    </message>
    <message>
        <source>numbers must be finite (no NaN or infinity)</source>
        <translation>يجب أن تكون الأعداد منتهية (بلا NaN ولا ما لا نهاية)</translation>
    </message>
    <message>
        <source>binary data is not JSON</source>
        <translation>البيانات الثنائية ليست JSON</translation>
    </message>
    <message>
        <source>keys must not be empty</source>
        <translation>يجب ألا تكون المفاتيح فارغة</translation>
    </message>
    <message>
        <source>key is not valid UTF-8</source>
        <translation>المفتاح ليس UTF-8 صالحًا</translation>
    </message>
    <message>
        <source>keys must not contain &apos;.&apos;</source>
        <translation>يجب ألا تحتوي المفاتيح على نقطة («.»)</translation>
    </message>
    <message>
        <source>key is longer than %1 bytes</source>
        <translation>المفتاح أطول من %1 بايت</translation>
    </message>
    <message>
        <source>string is longer than %1 bytes</source>
        <translation>النص أطول من %1 بايت</translation>
    </message>
    <message>
        <source>string is not valid UTF-8</source>
        <translation>النص ليس UTF-8 صالحًا</translation>
    </message>
    <message>
        <source>more than %1 entries</source>
        <translation>أكثر من %1 من العناصر</translation>
    </message>
    <message>
        <source>ground_truth must be a string or an object</source>
        <translation>يجب أن يكون ground_truth نصًا أو كائنًا</translation>
    </message>
    <message>
        <source>&lt;invalid UTF-8&gt;</source>
        <translation>&lt;UTF-8 غير صالح&gt;</translation>
    </message>
</context>
</TS>
