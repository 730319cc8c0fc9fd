<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AnswerFeedback</name>
    <message>
        <location filename="../demo/quick/AnswerFeedback.qml" line="44"/>
        <source>event %1</source>
        <comment>@info event ID of the answer</comment>
        <translation>الحدث %1</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <location filename="../demo/quick/DeliveryPanel.qml" line="56"/>
        <source>Paused:</source>
        <comment>@label delivery paused by the server</comment>
        <translation>متوقف مؤقتًا:</translation>
    </message>
    <message>
        <location filename="../demo/quick/DeliveryPanel.qml" line="71"/>
        <source>The outbox is full: new feedback is refused until it drains.</source>
        <comment>@info:status</comment>
        <translation>صندوق الصادر ممتلئ: تُرفض التقييمات الجديدة حتى يُفرغ.</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::ApiKeyStore</name>
    <message>
        <location filename="../demo/core/apikeystore.cpp" line="66"/>
        <source>This build has no keychain support; the key stays in memory.</source>
        <comment>@info</comment>
        <translation>هذا الإصدار لا يدعم سلسلة المفاتيح؛ يبقى المفتاح في الذاكرة فقط.</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::Backend</name>
    <message>
        <location filename="../demo/core/backend.cpp" line="61"/>
        <source>Cannot create the data folder %1</source>
        <comment>@info</comment>
        <translation>تعذّر إنشاء مجلد البيانات %1</translation>
    </message>
    <message>
        <location filename="../demo/core/backend.cpp" line="81"/>
        <source>Embedded collector on %1 — database %2</source>
        <comment>@info:status</comment>
        <translation>المُجمِّع المضمَّن على %1 — قاعدة البيانات %2</translation>
    </message>
    <message>
        <location filename="../demo/core/backend.cpp" line="85"/>
        <source>Collector at %1</source>
        <comment>@info:status</comment>
        <translation>المُجمِّع على %1</translation>
    </message>
    <message>
        <location filename="../demo/core/backend.cpp" line="87"/>
        <source>HoneyHive at %1, project %2</source>
        <comment>@info:status</comment>
        <translation>HoneyHive على %1، المشروع %2</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::ChatPage</name>
    <message>
        <location filename="../demo/quick/ChatView.qml" line="65"/>
        <location filename="../demo/src/chatpage.cpp" line="121"/>
        <source>Ask something — try “hello”, “feedback” or “offline”</source>
        <comment>@info:placeholder</comment>
        <translation>اسأل شيئًا — جرّب «مرحبا» أو «التقييم» أو «دون اتصال»</translation>
    </message>
    <message>
        <location filename="../demo/quick/ChatView.qml" line="68"/>
        <location filename="../demo/src/chatpage.cpp" line="122"/>
        <source>Message</source>
        <comment>@label:textbox</comment>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location filename="../demo/quick/ChatView.qml" line="75"/>
        <location filename="../demo/src/chatpage.cpp" line="123"/>
        <source>Send</source>
        <comment>@action:button send the message</comment>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../demo/quick/ChatView.qml" line="33"/>
        <location filename="../demo/src/chatpage.cpp" line="124"/>
        <source>Conversation</source>
        <comment>@label:listbox</comment>
        <translation>المحادثة</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::DashboardPage</name>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="61"/>
        <source>Could not refresh: %1</source>
        <comment>@info:status</comment>
        <translation>تعذّر التحديث: %1</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="78"/>
        <source>Computed by %1 — updated %2</source>
        <comment>@info:status</comment>
        <translation>حسبها %1 — حُدّثت %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../demo/src/dashboardpage.cpp" line="90"/>
        <source>Thumbs up: %1% of %Ln rated answer(s)</source>
        <comment>@title:chart</comment>
        <translation>
            <numerusform>الإعجاب: %1٪ من %Ln إجابة مقيّمة</numerusform>
            <numerusform>الإعجاب: %1٪ من إجابة واحدة مقيّمة</numerusform>
            <numerusform>الإعجاب: %1٪ من إجابتين مقيّمتين</numerusform>
            <numerusform>الإعجاب: %1٪ من %Ln إجابات مقيّمة</numerusform>
            <numerusform>الإعجاب: %1٪ من %Ln إجابة مقيّمة</numerusform>
            <numerusform>الإعجاب: %1٪ من %Ln إجابة مقيّمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="92"/>
        <source>Thumbs up: no ratings yet</source>
        <comment>@title:chart</comment>
        <translation>الإعجاب: لا تقييمات بعد</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="94"/>
        <source>Up</source>
        <comment>@item:chart thumbs up</comment>
        <translation>إعجاب</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="95"/>
        <source>Down</source>
        <comment>@item:chart thumbs down</comment>
        <translation>عدم إعجاب</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="103"/>
        <source>Scores (%1): avg %2 · median %3 · p95 %4 · p99 %5</source>
        <comment>@title:chart</comment>
        <translation>النجوم (%1): المتوسط %2 · الوسيط %3 · p95 %4 · p99 %5</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="116"/>
        <source>Reasons given</source>
        <comment>@title:chart</comment>
        <translation>الأسباب المذكورة</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="136"/>
        <source>Implicit feedback</source>
        <comment>@title:chart answers copied, regenerated, edited</comment>
        <translation>تقييم ضمني</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="138"/>
        <source>Copied</source>
        <comment>@item:chart</comment>
        <translation>نُسخت</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="139"/>
        <source>Regenerated</source>
        <comment>@item:chart</comment>
        <translation>أُعيد توليدها</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="140"/>
        <source>Edited</source>
        <comment>@item:chart</comment>
        <translation>عُدّلت</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="158"/>
        <source>Comment</source>
        <comment>@title:column</comment>
        <translation>التعليق</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="158"/>
        <source>Answers</source>
        <comment>@title:column count</comment>
        <translation>الإجابات</translation>
    </message>
    <message>
        <location filename="../demo/src/dashboardpage.cpp" line="159"/>
        <source>Waiting for the first figures…</source>
        <comment>@info:status</comment>
        <translation>في انتظار الأرقام الأولى…</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::DashboardSource</name>
    <message>
        <location filename="../demo/core/dashboardsource.cpp" line="90"/>
        <source>the core measurements over this chat&apos;s feedback</source>
        <comment>@info:status</comment>
        <translation>قياسات النواة على تقييمات هذه المحادثة</translation>
    </message>
    <message>
        <location filename="../demo/core/dashboardsource.cpp" line="91"/>
        <source>the collector&apos;s chart endpoint</source>
        <comment>@info:status</comment>
        <translation>نقطة الرسوم البيانية في المُجمِّع</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::DeliveryPanel</name>
    <message>
        <location filename="../demo/src/deliverypanel.cpp" line="89"/>
        <source>None</source>
        <comment>@info:status no error</comment>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../demo/quick/DeliveryPanel.qml" line="34"/>
        <location filename="../demo/src/deliverypanel.cpp" line="118"/>
        <source>Session:</source>
        <comment>@label</comment>
        <translation>الجلسة:</translation>
    </message>
    <message>
        <location filename="../demo/quick/DeliveryPanel.qml" line="41"/>
        <location filename="../demo/src/deliverypanel.cpp" line="119"/>
        <source>Pending:</source>
        <comment>@label</comment>
        <translation>قيد الانتظار:</translation>
    </message>
    <message>
        <location filename="../demo/src/deliverypanel.cpp" line="120"/>
        <source>Delivered:</source>
        <comment>@label</comment>
        <translation>سُلّمت:</translation>
    </message>
    <message>
        <location filename="../demo/quick/DeliveryPanel.qml" line="47"/>
        <location filename="../demo/src/deliverypanel.cpp" line="121"/>
        <source>Quarantined:</source>
        <comment>@label</comment>
        <translation>في الحجر:</translation>
    </message>
    <message>
        <location filename="../demo/src/deliverypanel.cpp" line="122"/>
        <source>Failed attempts, retried:</source>
        <comment>@label</comment>
        <translation>محاولات فاشلة أُعيدت:</translation>
    </message>
    <message>
        <location filename="../demo/src/deliverypanel.cpp" line="123"/>
        <source>Last error:</source>
        <comment>@label</comment>
        <translation>آخر خطأ:</translation>
    </message>
    <message>
        <location filename="../demo/quick/DeliveryPanel.qml" line="99"/>
        <location filename="../demo/src/deliverypanel.cpp" line="127"/>
        <source>Offline (hold feedback in the outbox)</source>
        <comment>@option:check</comment>
        <translation>دون اتصال (احتفظ بالتقييمات في صندوق الصادر)</translation>
    </message>
    <message>
        <location filename="../demo/quick/DeliveryPanel.qml" line="88"/>
        <location filename="../demo/src/deliverypanel.cpp" line="128"/>
        <source>Points the client at an address where nothing listens, so deliveries fail and the outbox keeps everything; switch back and it drains.</source>
        <comment>@info:tooltip</comment>
        <translation>يوجّه العميل إلى عنوان لا يستمع عليه شيء، فيفشل التسليم ويحتفظ صندوق الصادر بكل شيء؛ أعِده فيُفرَغ الصندوق.</translation>
    </message>
    <message>
        <location filename="../demo/src/deliverypanel.cpp" line="132"/>
        <source>Retry now</source>
        <comment>@action:button</comment>
        <translation>أعد المحاولة الآن</translation>
    </message>
    <message>
        <location filename="../demo/src/deliverypanel.cpp" line="134"/>
        <source>Retry quarantined items and resume a paused delivery</source>
        <comment>@info:tooltip</comment>
        <translation>أعد محاولة العناصر المحجورة واستأنف التسليم المتوقف</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::EditAnswerDialog</name>
    <message>
        <location filename="../demo/quick/EditAnswerDialog.qml" line="22"/>
        <location filename="../demo/src/editanswerdialog.cpp" line="17"/>
        <source>Edit the answer</source>
        <comment>@title:window</comment>
        <translation>تعديل الإجابة</translation>
    </message>
    <message>
        <location filename="../demo/quick/EditAnswerDialog.qml" line="51"/>
        <location filename="../demo/src/editanswerdialog.cpp" line="19"/>
        <source>Answer</source>
        <comment>@label:textbox</comment>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location filename="../demo/quick/EditAnswerDialog.qml" line="40"/>
        <location filename="../demo/src/editanswerdialog.cpp" line="25"/>
        <source>Your correction is sent as feedback on this answer.</source>
        <comment>@info</comment>
        <translation>يُرسَل تصحيحك تقييمًا لهذه الإجابة.</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::LocalAssistant</name>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="26"/>
        <source>feedback</source>
        <comment>@info:keyword typed by the user</comment>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="27"/>
        <source>Every answer here has a feedback bar. A thumb or a comment is merged into the answer&apos;s state and sent to the collector, even if you go offline.</source>
        <comment>@info:assistant answer</comment>
        <translation>لكل إجابة هنا شريط تقييم. يُدمج الإعجاب أو التعليق في حالة الإجابة ويُرسل إلى المُجمِّع، حتى لو انقطع الاتصال.</translation>
    </message>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="30"/>
        <source>Rate this answer with the thumbs below it: the rating is stored durably and attached to this answer&apos;s span.</source>
        <comment>@info:assistant answer</comment>
        <translation>قيّم هذه الإجابة بالإبهام أسفلها: يُحفظ التقييم بأمان ويُربط بنطاق هذه الإجابة.</translation>
    </message>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="33"/>
        <source>offline</source>
        <comment>@info:keyword typed by the user</comment>
        <translation>دون اتصال</translation>
    </message>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="34"/>
        <source>Switch Offline on in the delivery panel, rate a few answers and watch the pending count grow. Switch it off again and the outbox drains.</source>
        <comment>@info:assistant answer</comment>
        <translation>فعّل «دون اتصال» في لوحة التسليم، وقيّم بعض الإجابات، وراقب عدد العناصر المنتظرة يزداد. ثم أوقفه فيُفرَغ صندوق الصادر.</translation>
    </message>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="37"/>
        <source>hello</source>
        <comment>@info:keyword typed by the user</comment>
        <translation>مرحبا</translation>
    </message>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="38"/>
        <source>Hello! I am a local demo assistant. Ask me about feedback, going offline or anything else, and rate my answers.</source>
        <comment>@info:assistant answer</comment>
        <translation>مرحبًا! أنا مساعد تجريبي محلي. اسألني عن التقييم أو العمل دون اتصال أو أي شيء آخر، وقيّم إجاباتي.</translation>
    </message>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="41"/>
        <source>Hi there! Nothing leaves this computer unless you configure a server.</source>
        <comment>@info:assistant answer</comment>
        <translation>أهلًا! لا يغادر شيء هذا الحاسوب ما لم تضبط خادمًا.</translation>
    </message>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="49"/>
        <source>You said: “%1”. I am a local assistant without a model, so I repeat what you write. Rate this answer anyway!</source>
        <comment>@info:assistant answer</comment>
        <translation>قلتَ: «%1». أنا مساعد محلي بلا نموذج، لذا أكرر ما تكتبه. قيّم هذه الإجابة على أي حال!</translation>
    </message>
    <message>
        <location filename="../demo/core/localassistant.cpp" line="53"/>
        <source>Once more, in other words: “%1”. Copy, edit or regenerate me to send implicit feedback.</source>
        <comment>@info:assistant answer</comment>
        <translation>مرة أخرى بكلمات أخرى: «%1». انسخني أو عدّلني أو أعد توليدي لإرسال تقييم ضمني.</translation>
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
        <translation>عرض FeedbackKit</translation>
    </message>
    <message>
        <location filename="../demo/src/mainwindow.cpp" line="121"/>
        <source>Chat</source>
        <comment>@title:tab</comment>
        <translation>المحادثة</translation>
    </message>
    <message>
        <location filename="../demo/src/mainwindow.cpp" line="122"/>
        <source>Dashboard</source>
        <comment>@title:tab</comment>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <location filename="../demo/quick/DeliveryPanel.qml" line="25"/>
        <location filename="../demo/src/mainwindow.cpp" line="123"/>
        <source>Delivery</source>
        <comment>@title:window panel</comment>
        <translation>التسليم</translation>
    </message>
    <message>
        <location filename="../demo/src/mainwindow.cpp" line="126"/>
        <source>&amp;File</source>
        <comment>@title:menu</comment>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../demo/src/mainwindow.cpp" line="127"/>
        <source>&amp;Settings…</source>
        <comment>@action:inmenu</comment>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <location filename="../demo/src/mainwindow.cpp" line="128"/>
        <source>&amp;Quit</source>
        <comment>@action:inmenu</comment>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../demo/quick/Main.qml" line="31"/>
        <location filename="../demo/src/mainwindow.cpp" line="129"/>
        <source>&amp;Language</source>
        <comment>@title:menu</comment>
        <translation>&amp;اللغة</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::MessageBar</name>
    <message>
        <location filename="../demo/quick/AnswerFeedback.qml" line="31"/>
        <location filename="../demo/src/messagebar.cpp" line="65"/>
        <source>Wrong</source>
        <comment>@item:reason for a bad answer</comment>
        <translation>خاطئة</translation>
    </message>
    <message>
        <location filename="../demo/quick/AnswerFeedback.qml" line="32"/>
        <location filename="../demo/core/script.cpp" line="71"/>
        <location filename="../demo/src/messagebar.cpp" line="66"/>
        <source>Too vague</source>
        <comment>@item:reason for a bad answer</comment>
        <translation>غامضة جدًا</translation>
    </message>
    <message>
        <location filename="../demo/quick/AnswerFeedback.qml" line="33"/>
        <location filename="../demo/src/messagebar.cpp" line="67"/>
        <source>Too long</source>
        <comment>@item:reason for a bad answer</comment>
        <translation>طويلة جدًا</translation>
    </message>
    <message>
        <location filename="../demo/quick/AnswerActions.qml" line="44"/>
        <location filename="../demo/src/messagebar.cpp" line="68"/>
        <source>Copy</source>
        <comment>@action:button copy the answer</comment>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../demo/quick/AnswerActions.qml" line="46"/>
        <location filename="../demo/src/messagebar.cpp" line="69"/>
        <source>Copy the answer to the clipboard</source>
        <comment>@info:tooltip</comment>
        <translation>انسخ الإجابة إلى الحافظة</translation>
    </message>
    <message>
        <location filename="../demo/quick/AnswerActions.qml" line="55"/>
        <location filename="../demo/src/messagebar.cpp" line="70"/>
        <source>Regenerate</source>
        <comment>@action:button ask for another answer</comment>
        <translation>إعادة توليد</translation>
    </message>
    <message>
        <location filename="../demo/quick/AnswerActions.qml" line="58"/>
        <location filename="../demo/src/messagebar.cpp" line="71"/>
        <source>Ask the assistant for another answer</source>
        <comment>@info:tooltip</comment>
        <translation>اطلب من المساعد إجابة أخرى</translation>
    </message>
    <message>
        <location filename="../demo/quick/AnswerActions.qml" line="64"/>
        <location filename="../demo/src/messagebar.cpp" line="72"/>
        <source>Edit</source>
        <comment>@action:button correct the answer</comment>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../demo/quick/AnswerActions.qml" line="66"/>
        <location filename="../demo/src/messagebar.cpp" line="73"/>
        <source>Correct the answer; the edit is recorded as feedback</source>
        <comment>@info:tooltip</comment>
        <translation>صحّح الإجابة؛ يُسجَّل التعديل تقييمًا</translation>
    </message>
</context>
<context>
    <name>FeedbackKitDemo::SettingsDialog</name>
    <message>
        <location filename="../demo/src/settingsdialog.cpp" line="50"/>
        <source>Settings</source>
        <comment>@title:window</comment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../demo/src/settingsdialog.cpp" line="57"/>
        <source>API key:</source>
        <comment>@label:textbox</comment>
        <translation>مفتاح API:</translation>
    </message>
    <message>
        <location filename="../demo/src/settingsdialog.cpp" line="58"/>
        <source>Project:</source>
        <comment>@label:textbox</comment>
        <translation>المشروع:</translation>
    </message>
    <message>
        <location filename="../demo/src/settingsdialog.cpp" line="59"/>
        <source>Server URL:</source>
        <comment>@label:textbox</comment>
        <translation>عنوان الخادم:</translation>
    </message>
    <message>
        <location filename="../demo/src/settingsdialog.cpp" line="92"/>
        <source>Unchanged</source>
        <comment>@info:placeholder</comment>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <location filename="../demo/src/settingsdialog.cpp" line="93"/>
        <source>Remember the key in the system keychain</source>
        <comment>@option:check</comment>
        <translation>احفظ المفتاح في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <location filename="../demo/src/settingsdialog.cpp" line="95"/>
        <source>The key is kept in memory, and in the system keychain if you tick the box. It is never written to a settings file.</source>
        <comment>@info</comment>
        <translation>يبقى المفتاح في الذاكرة، وفي سلسلة مفاتيح النظام إن حددت المربع. لا يُكتب أبدًا في ملف إعدادات.</translation>
    </message>
    <message>
        <location filename="../demo/src/settingsdialog.cpp" line="98"/>
        <source>This build has no keychain support: the key is kept in memory only and is gone when the demo quits.</source>
        <comment>@info</comment>
        <translation>هذا الإصدار لا يدعم سلسلة المفاتيح: يبقى المفتاح في الذاكرة فقط ويزول عند إغلاق العرض.</translation>
    </message>
</context>
<context>
    <name>Script</name>
    <message>
        <location filename="../demo/core/script.cpp" line="74"/>
        <source>Hello!</source>
        <comment>@info:scripted user</comment>
        <translation>مرحبا!</translation>
    </message>
    <message>
        <location filename="../demo/core/script.cpp" line="78"/>
        <source>How does feedback work here?</source>
        <comment>@info:scripted user</comment>
        <translation>كيف يعمل التقييم هنا؟</translation>
    </message>
    <message>
        <location filename="../demo/core/script.cpp" line="81"/>
        <source>What happens when I go offline?</source>
        <comment>@info:scripted user</comment>
        <translation>ماذا يحدث عندما أعمل دون اتصال؟</translation>
    </message>
    <message>
        <location filename="../demo/core/script.cpp" line="86"/>
        <source>Say how long the outbox keeps my ratings.</source>
        <comment>@info:scripted user</comment>
        <translation>قل لي كم يحتفظ صندوق الصادر بتقييماتي.</translation>
    </message>
    <message>
        <location filename="../demo/core/script.cpp" line="87"/>
        <source>Summarise our chat in one line</source>
        <comment>@info:scripted user</comment>
        <translation>لخّص محادثتنا في سطر واحد</translation>
    </message>
    <message>
        <location filename="../demo/core/script.cpp" line="93"/>
        <source>We talked about feedback, going offline and this demo.</source>
        <comment>@info:scripted user</comment>
        <translation>تحدثنا عن التقييم والعمل دون اتصال وهذا العرض.</translation>
    </message>
</context>
</TS>
