<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>App</name>
    <message>
        <source>Unexpected error</source>
        <translation>خطأ غير متوقع</translation>
    </message>
    <message>
        <source>no demo scenario found: use File → Open</source>
        <translation>لم يُعثر على سيناريو العرض التوضيحي: استخدم ملف ← فتح</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Double-click to go back to a bookmark; Delete removes it</source>
        <translation>انقر نقرًا مزدوجًا للعودة إلى إشارة مرجعية؛ يحذفها مفتاح Delete</translation>
    </message>
    <message>
        <source>Delete bookmark</source>
        <translation>حذف الإشارة المرجعية</translation>
    </message>
    <message>
        <source>Bookmarks (Ctrl+B adds this moment)</source>
        <translation>الإشارات المرجعية (Ctrl+B يضيف هذه اللحظة)</translation>
    </message>
    <message>
        <source>No workspace: File → New workspace keeps bookmarks.</source>
        <translation>لا توجد مساحة عمل: ملف ← مساحة عمل جديدة تحفظ الإشارات المرجعية.</translation>
    </message>
    <message>
        <source>Bookmark this moment</source>
        <translation>إضافة إشارة مرجعية لهذه اللحظة</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>التسمية:</translation>
    </message>
    <message>
        <source>bookmark %1: time %2 cannot be read</source>
        <translation>الإشارة المرجعية %1: لا يمكن قراءة الوقت %2</translation>
    </message>
    <message>
        <source>time: %1 UTC</source>
        <translation>الوقت: %1 UTC</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>bookmark</source>
        <translation>إشارة مرجعية</translation>
    </message>
    <message>
        <source>object: NORAD %1</source>
        <translation>الجسم: NORAD %1</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>الحدث: %1</translation>
    </message>
</context>
<context>
    <name>BundleCheck</name>
    <message>
        <source>Open a findings bundle</source>
        <translation>فتح حزمة نتائج</translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation>الحزم (*.zip)</translation>
    </message>
    <message>
        <source>Findings bundle</source>
        <translation>حزمة النتائج</translation>
    </message>
    <message>
        <source>%1 verifies.</source>
        <translation>%1 تم التحقق منها.</translation>
    </message>
    <message>
        <source>%1 does NOT verify.</source>
        <translation>%1 لم يتم التحقق منها.</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>المالك</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>النظام المداري</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <source>Irreg.</source>
        <translation>غير منتظم</translation>
    </message>
    <message>
        <source>Search name, NORAD or COSPAR id</source>
        <translation>ابحث بالاسم أو معرّف NORAD أو COSPAR</translation>
    </message>
    <message>
        <source>Has irregular events</source>
        <translation>له أحداث غير منتظمة</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>نوع الجسم</translation>
    </message>
    <message>
        <source>All regimes</source>
        <translation>كل الأنظمة المدارية</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>كل المالكين</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>All events…</source>
        <translation>كل الأحداث…</translation>
    </message>
    <message>
        <source>Flagged (irregular) events…</source>
        <translation>الأحداث المعلَّمة (غير المنتظمة)…</translation>
    </message>
    <message>
        <source>Events in the current filter…</source>
        <translation>الأحداث في عامل التصفية الحالي…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ssaviewer %1&lt;/h3&gt;&lt;p&gt;Space situational awareness viewer: loads shared element-set data (TLE, CCSDS OMM), plots orbits, finds manoeuvres and labels each one regular or irregular against the object&apos;s own pattern of life.&lt;/p&gt;&lt;p&gt;BSD-3-Clause licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ssaviewer %1&lt;/h3&gt;&lt;p&gt;عارض للوعي بالوضع الفضائي: يحمّل بيانات مجموعات العناصر المدارية المشتركة (TLE وCCSDS OMM)، ويرسم المدارات، ويكتشف المناورات ويصنّف كل واحدة منها منتظمة أو غير منتظمة مقارنةً بنمط حياة الجسم نفسه.&lt;/p&gt;&lt;p&gt;ترخيص BSD-3-Clause.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open element sets or SATCAT</source>
        <translation>فتح مجموعات العناصر أو SATCAT</translation>
    </message>
    <message>
        <source>Open a folder of element sets</source>
        <translation>فتح مجلد مجموعات عناصر</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>تصدير الأحداث</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>wrote %1 events to %2</source>
        <translation>كُتب %1 حدثًا في %2</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>صفحات HTML (*.html)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>wrote a report of %1 events to %2</source>
        <translation>كُتب تقرير عن %1 حدثًا في %2</translation>
    </message>
    <message>
        <source>no plot panel to export: show a plot panel first</source>
        <translation>لا توجد لوحة رسم للتصدير: اعرض لوحة رسم أولًا</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>تصدير الرسم</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>كُتب %1</translation>
    </message>
    <message>
        <source>Rules file</source>
        <translation>ملف القواعد</translation>
    </message>
    <message>
        <source>TOML (*.toml)</source>
        <translation>TOML (*.toml)</translation>
    </message>
    <message>
        <source>Rules file not valid</source>
        <translation>ملف القواعد غير صالح</translation>
    </message>
    <message>
        <source>Rules file to edit</source>
        <translation>ملف القواعد المراد تحريره</translation>
    </message>
    <message>
        <source>About ssaviewer</source>
        <translation>حول ssaviewer</translation>
    </message>
    <message>
        <source>These files could not be loaded; the data already loaded is kept.</source>
        <translation>تعذّر تحميل هذه الملفات؛ البيانات المحمّلة سابقًا محفوظة.</translation>
    </message>
    <message>
        <source>Some files could not be loaded</source>
        <translation>تعذّر تحميل بعض الملفات</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>loading</source>
        <translation>جارٍ التحميل</translation>
    </message>
    <message>
        <source>loaded %1 element sets, %2 rejected</source>
        <translation>حُمّلت %1 مجموعة عناصر، ورُفضت %2</translation>
    </message>
    <message>
        <source>screening for close approaches after manoeuvres…</source>
        <translation>جارٍ البحث عن الاقترابات الوثيقة بعد المناورات…</translation>
    </message>
    <message>
        <source>screening close approaches</source>
        <translation>البحث عن الاقترابات الوثيقة</translation>
    </message>
    <message>
        <source>detecting</source>
        <translation>جارٍ الاكتشاف</translation>
    </message>
    <message>
        <source>%1 events, %2 irregular</source>
        <translation>%1 حدثًا، منها %2 غير منتظمة</translation>
    </message>
    <message>
        <source>busy %1: wait or cancel first</source>
        <translation>مشغول: %1: انتظر أو ألغِ أولًا</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>أُلغي: %1</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>فتح ملفات</translation>
    </message>
    <message>
        <source>Open a folder</source>
        <translation>فتح مجلد</translation>
    </message>
    <message>
        <source>Export events CSV (current filter)</source>
        <translation>تصدير الأحداث بصيغة CSV (عامل التصفية الحالي)</translation>
    </message>
    <message>
        <source>Export flagged (irregular) events CSV</source>
        <translation>تصدير الأحداث المعلَّمة (غير المنتظمة) بصيغة CSV</translation>
    </message>
    <message>
        <source>Export the focused plot as PNG</source>
        <translation>تصدير الرسم الحالي بصيغة PNG</translation>
    </message>
    <message>
        <source>Search the catalogue</source>
        <translation>البحث في الفهرس</translation>
    </message>
    <message>
        <source>Run detection with a rules file</source>
        <translation>تشغيل الاكتشاف بملف قواعد</translation>
    </message>
    <message>
        <source>Play / pause the time bar</source>
        <translation>تشغيل / إيقاف شريط الوقت مؤقتًا</translation>
    </message>
    <message>
        <source>Previous / next event</source>
        <translation>الحدث السابق / التالي</translation>
    </message>
    <message>
        <source>Previous / next irregular event</source>
        <translation>الحدث غير المنتظم السابق / التالي</translation>
    </message>
    <message>
        <source>Previous / next event of the selected object</source>
        <translation>الحدث السابق / التالي للجسم المحدد</translation>
    </message>
    <message>
        <source>Previous / next irregular event of the selected object</source>
        <translation>الحدث غير المنتظم السابق / التالي للجسم المحدد</translation>
    </message>
    <message>
        <source>Zoom the element history to the selected event&apos;s window</source>
        <translation>تكبير تاريخ العناصر على نافذة الحدث المحدد</translation>
    </message>
    <message>
        <source>Bookmark this moment (time, object, event) in the workspace</source>
        <translation>إضافة إشارة مرجعية لهذه اللحظة (الوقت، الجسم، الحدث) في مساحة العمل</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>%1: no element set could be read; %2 records rejected (first, %3)</source>
        <translation>%1: تعذّرت قراءة أي مجموعة عناصر؛ رُفض %2 سجلًا (أولها، %3)</translation>
    </message>
    <message>
        <source>Rejected records (%1)</source>
        <translation>السجلات المرفوضة (%1)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Epoch (UTC)</source>
        <translation>الحقبة (UTC)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>التفسير</translation>
    </message>
    <message>
        <source>Window start (UTC)</source>
        <translation>بداية النافذة (UTC)</translation>
    </message>
    <message>
        <source>Window end (UTC)</source>
        <translation>نهاية النافذة (UTC)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Rule ids</source>
        <translation>معرّفات القواعد</translation>
    </message>
    <message>
        <source>Detector</source>
        <translation>الكاشف</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Object name or NORAD id</source>
        <translation>اسم الجسم أو معرّف NORAD</translation>
    </message>
    <message>
        <source>confidence ≥ </source>
        <translation>الثقة ≥ </translation>
    </message>
    <message>
        <source>Hide detections less confident than this (calibrated on real objects: detections of confidence ≥ X were true at least X of the time). Events without a confidence are always shown.</source>
        <translation>إخفاء الاكتشافات الأقل ثقة من هذه القيمة (معايَرة على أجسام حقيقية: الاكتشافات ذات الثقة ≥ X كانت صحيحة في X من الحالات على الأقل). تُعرض دائمًا الأحداث التي لا ثقة لها.</translation>
    </message>
    <message>
        <source>Only events between</source>
        <translation>الأحداث بين</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>نوع الحدث</translation>
    </message>
    <message>
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>كل التصنيفات</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 d</source>
        <translation>%1 ي</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ي %2 س</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>GeoBeltPanel</name>
    <message>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>Label each track with its object&apos;s name</source>
        <translation>تسمية كل مسار باسم جسمه</translation>
    </message>
    <message>
        <source>Irregular only</source>
        <translation>غير المنتظمة فقط</translation>
    </message>
    <message>
        <source>Hide the regular and undetermined event markers</source>
        <translation>إخفاء علامات الأحداث المنتظمة وغير المحددة</translation>
    </message>
    <message>
        <source>No GEO objects loaded.</source>
        <translation>لم تُحمَّل أجسام GEO.</translation>
    </message>
    <message>
        <source>Sub-satellite longitude (°E)</source>
        <translation>خط طول النقطة تحت الساتل (°شرقًا)</translation>
    </message>
    <message>
        <source>Epoch (UTC)</source>
        <translation>الحقبة (UTC)</translation>
    </message>
    <message>
        <source>%1 GEO objects, %2 element sets — click a track to select its object</source>
        <translation>%1 جسمًا في GEO، %2 مجموعة عناصر — انقر مسارًا لتحديد جسمه</translation>
    </message>
</context>
<context>
    <name>GroundTrackPanel</name>
    <message>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>Label the objects on the map with their names</source>
        <translation>تسمية الأجسام على الخريطة بأسمائها</translation>
    </message>
    <message>
        <source>Longitude (°E)</source>
        <translation>خط الطول (°شرقًا)</translation>
    </message>
    <message>
        <source>Latitude (°N)</source>
        <translation>خط العرض (°شمالًا)</translation>
    </message>
    <message>
        <source>%1 UTC — %2 of %3 objects placed (%4 without an element set within %5 days left out); shaded: night side; click an object to select it</source>
        <translation>%1 UTC — وُضع %2 من %3 جسمًا (استُبعد %4 بلا مجموعة عناصر خلال %5 يومًا)؛ المظلّل: الجانب الليلي؛ انقر جسمًا لتحديده</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No object selected</source>
        <translation>لم يُحدَّد أي جسم</translation>
    </message>
    <message>
        <source>Mean altitude</source>
        <translation>الارتفاع المتوسط</translation>
    </message>
    <message>
        <source>Show the mean altitude instead of the semi-major axis</source>
        <translation>عرض الارتفاع المتوسط بدلًا من نصف المحور الرئيسي</translation>
    </message>
    <message>
        <source>Irregular only</source>
        <translation>غير المنتظمة فقط</translation>
    </message>
    <message>
        <source>Hide the regular and undetermined event markers</source>
        <translation>إخفاء علامات الأحداث المنتظمة وغير المحددة</translation>
    </message>
    <message>
        <source>Epoch (UTC)</source>
        <translation>الحقبة (UTC)</translation>
    </message>
    <message>
        <source>operator record %1 (%2)
%3 to %4 UTC</source>
        <translation>سجل المشغّل %1 (%2)
%3 إلى %4 UTC</translation>
    </message>
    <message>
        <source>No data loaded: open element sets with File → Open.</source>
        <translation>لا بيانات محمّلة: افتح مجموعات عناصر من ملف ← فتح.</translation>
    </message>
    <message>
        <source>No object selected: pick one in the catalogue or the events table.</source>
        <translation>لم يُحدَّد أي جسم: اختر واحدًا في الفهرس أو جدول الأحداث.</translation>
    </message>
    <message>
        <source>No element sets loaded for NORAD %1.</source>
        <translation>لم تُحمَّل مجموعات عناصر للجسم NORAD %1.</translation>
    </message>
    <message>
        <source>No element sets</source>
        <translation>لا مجموعات عناصر</translation>
    </message>
    <message>
        <source>%1 element sets, %2 events</source>
        <translation>%1 مجموعة عناصر، %2 حدثًا</translation>
    </message>
</context>
<context>
    <name>HistoryRow</name>
    <message>
        <source>event %1</source>
        <translation>الحدث %1</translation>
    </message>
</context>
<context>
    <name>HistorySeries</name>
    <message>
        <source>a (km)</source>
        <translation>a (km)</translation>
    </message>
    <message>
        <source>Mean alt. (km)</source>
        <translation>الارتفاع المتوسط (km)</translation>
    </message>
    <message>
        <source>i (°)</source>
        <translation>i (°)</translation>
    </message>
    <message>
        <source>Node − J2 (°)</source>
        <translation>العقدة − J2 (°)</translation>
    </message>
    <message>
        <source>Lon. (°E)</source>
        <translation>خط الطول (°شرقًا)</translation>
    </message>
    <message>
        <source>Drift (°/day)</source>
        <translation>الانجراف (°/يوم)</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Epoch (UTC)</source>
        <translation>الحقبة (UTC)</translation>
    </message>
    <message>
        <source>Perigee (km)</source>
        <translation>الحضيض (km)</translation>
    </message>
    <message>
        <source>Apogee (km)</source>
        <translation>الأوج (km)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>الثقة</translation>
    </message>
    <message>
        <source>Select an event in the events table to see why it was flagged.</source>
        <translation>حدّد حدثًا في جدول الأحداث لمعرفة سبب تعليمه.</translation>
    </message>
    <message>
        <source>%1 UTC (between %2 and %3%4)</source>
        <translation>%1 UTC (بين %2 و%3%4)</translation>
    </message>
    <message>
        <source>event %1 · detector %2 · source %3</source>
        <translation>الحدث %1 · الكاشف %2 · المصدر %3</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>متى:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>لماذا:</translation>
    </message>
    <message>
        <source>Reason codes:</source>
        <translation>رموز الأسباب:</translation>
    </message>
    <message>
        <source>Rules fired:</source>
        <translation>القواعد المطبَّقة:</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>المعامل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Thresholds used&lt;/b&gt; (rules %1)</source>
        <translation>&lt;b&gt;العتبات المستخدمة&lt;/b&gt; (القواعد %1)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <source>Some element sets around the event are not in the loaded data.</source>
        <translation>بعض مجموعات العناصر المحيطة بالحدث ليست في البيانات المحمّلة.</translation>
    </message>
    <message>
        <source>Element sets around the event</source>
        <translation>مجموعات العناصر المحيطة بالحدث</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>&lt;b&gt;Norms&lt;/b&gt; (estimates from public element sets, not legal findings):</source>
        <translation>&lt;b&gt;المعايير&lt;/b&gt; (تقديرات من مجموعات عناصر علنية، وليست استنتاجات قانونية):</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>The window will be in %1 when ssaviewer starts again.</source>
        <translation>ستكون النافذة بـ %1 عند تشغيل ssaviewer مجددًا.</translation>
    </message>
</context>
<context>
    <name>LaunchNotices</name>
    <message>
        <source>Load launch notifications</source>
        <translation>تحميل إشعارات الإطلاق</translation>
    </message>
    <message>
        <source>Launch notifications (*.csv);;All files (*)</source>
        <translation>إشعارات الإطلاق (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Launch notifications could not be used</source>
        <translation>تعذّر استخدام إشعارات الإطلاق</translation>
    </message>
    <message>
        <source>{path}: expected a CSV with columns cospar_launch, notified_utc, state, note.</source>
        <translation>{path}: المتوقع ملف CSV بالأعمدة cospar_launch وnotified_utc وstate وnote.</translation>
    </message>
    <message>
        <source>{count} launch notifications from {name}</source>
        <translation>{count} من إشعارات الإطلاق من {name}</translation>
    </message>
    <message>
        <source>Load launch notifications…</source>
        <translation>تحميل إشعارات الإطلاق…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Element history</source>
        <translation>تاريخ العناصر</translation>
    </message>
    <message>
        <source>Ground track</source>
        <translation>المسار الأرضي</translation>
    </message>
    <message>
        <source>GEO belt</source>
        <translation>حزام GEO</translation>
    </message>
    <message>
        <source>3D view</source>
        <translation>عرض ثلاثي الأبعاد</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <source>Event inspector</source>
        <translation>فاحص الأحداث</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>panel not available: %1</source>
        <translation>اللوحة غير متاحة: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Previous irregular event</source>
        <translation>الحدث غير المنتظم السابق</translation>
    </message>
    <message>
        <source>Next irregular event</source>
        <translation>الحدث غير المنتظم التالي</translation>
    </message>
    <message>
        <source>Previous event of this object</source>
        <translation>الحدث السابق لهذا الجسم</translation>
    </message>
    <message>
        <source>Next event of this object</source>
        <translation>الحدث التالي لهذا الجسم</translation>
    </message>
    <message>
        <source>Previous irregular event of this object</source>
        <translation>الحدث غير المنتظم السابق لهذا الجسم</translation>
    </message>
    <message>
        <source>Next irregular event of this object</source>
        <translation>الحدث غير المنتظم التالي لهذا الجسم</translation>
    </message>
    <message>
        <source>Zoom to the event&apos;s window</source>
        <translation>تكبير على نافذة الحدث</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Detection</source>
        <translation>ال&amp;اكتشاف</translation>
    </message>
    <message>
        <source>Run with rules file…</source>
        <translation>تشغيل بملف قواعد…</translation>
    </message>
    <message>
        <source>Edit rules…</source>
        <translation>تحرير القواعد…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>اللوحات</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>إعادة تعيين التخطيط</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;تنقّل</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>الإ&amp;عدادات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>About ssaviewer</source>
        <translation>حول ssaviewer</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>فتح ملفات…</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>فتح مجلد…</translation>
    </message>
    <message>
        <source>Open findings bundle…</source>
        <translation>فتح حزمة نتائج…</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>فتح ملف حديث</translation>
    </message>
    <message>
        <source>Export events CSV</source>
        <translation>تصدير الأحداث بصيغة CSV</translation>
    </message>
    <message>
        <source>Export plot as PNG…</source>
        <translation>تصدير الرسم بصيغة PNG…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>تصدير التقرير…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
</context>
<context>
    <name>PlotCommon</name>
    <message>
        <source>Events:</source>
        <translation>الأحداث:</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <source>Trainee</source>
        <translation>المتدرّب</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>الجسم</translation>
    </message>
    <message>
        <source>Event time</source>
        <translation>وقت الحدث</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>المتوقَّع</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>المعلَّم</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>trainee 1</source>
        <translation>المتدرّب 1</translation>
    </message>
    <message>
        <source>Whose marks these are; change it for the next trainee</source>
        <translation>صاحب هذه العلامات؛ غيّره للمتدرّب التالي</translation>
    </message>
    <message>
        <source>Mark regular (R)</source>
        <translation>تعليم كمنتظم (R)</translation>
    </message>
    <message>
        <source>Mark irregular (I)</source>
        <translation>تعليم كغير منتظم (I)</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>إزالة العلامة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Export results CSV…</source>
        <translation>تصدير النتائج بصيغة CSV…</translation>
    </message>
    <message>
        <source>Select an object, move the time cursor to the event, and mark it.</source>
        <translation>حدّد جسمًا، وحرّك مؤشر الوقت إلى الحدث، ثم علّمه.</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>المتدرّب:</translation>
    </message>
    <message>
        <source>Select an object first, then mark its event.</source>
        <translation>حدّد جسمًا أولًا، ثم علّم حدثه.</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>متدرّب</translation>
    </message>
    <message>
        <source>%1: marked NORAD %2 %3</source>
        <translation>%1: علّم NORAD %2 %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: found %2 of %3, missed %4, false marks %5, correct labels %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: وجد %2 من %3، فاته %4، علامات خاطئة %5، تصنيفات صحيحة %6</translation>
    </message>
    <message>
        <source>No marks to score.</source>
        <translation>لا علامات لتقييمها.</translation>
    </message>
    <message>
        <source>Export quiz results</source>
        <translation>تصدير نتائج الاختبار</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>كُتب %1</translation>
    </message>
</context>
<context>
    <name>RecordsDock</name>
    <message>
        <source>Operator records (*.csv *man.txt *.fy *.txt);;All files (*)</source>
        <translation>سجلات المشغّل (*.csv *man.txt *.fy *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open operator records</source>
        <translation>فتح سجلات المشغّل</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… و%1 أخرى</translation>
    </message>
    <message>
        <source>Records read: %1; problems: %2.</source>
        <translation>السجلات المقروءة: %1؛ المشكلات: %2.</translation>
    </message>
    <message>
        <source>Some operator records could not be used</source>
        <translation>تعذّر استخدام بعض سجلات المشغّل</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Open operator records…</source>
        <translation>فتح سجلات المشغّل…</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <source>Object</source>
        <translation>الجسم</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>البداية (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>النهاية (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Matched event</source>
        <translation>الحدث المطابق</translation>
    </message>
    <message>
        <source>Its label</source>
        <translation>تصنيفه</translation>
    </message>
    <message>
        <source>Evaluation: object</source>
        <translation>التقييم: الجسم</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>Truth events</source>
        <translation>الأحداث الحقيقية</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>المكتشَفة</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>الاستدعاء</translation>
    </message>
    <message>
        <source>False alarms / yr</source>
        <translation>الإنذارات الكاذبة / سنة</translation>
    </message>
    <message>
        <source>element-set gap</source>
        <translation>فجوة مجموعات العناصر</translation>
    </message>
    <message>
        <source>±12 h</source>
        <translation>±12 h</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1: تعذّرت قراءته (%2)</translation>
    </message>
    <message>
        <source>%1: no usable record</source>
        <translation>%1: لا سجل صالح للاستخدام</translation>
    </message>
    <message>
        <source>Open records…</source>
        <translation>فتح السجلات…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Evaluation of the detected manoeuvres against the records, per object with records, as ssaviewer evaluate computes it (matching by element-set gap and within ±12 h)</source>
        <translation>تقييم المناورات المكتشفة مقابل السجلات، لكل جسم له سجلات، كما يحسبه ssaviewer evaluate (المطابقة بفجوة مجموعات العناصر وضمن ±12 h)</translation>
    </message>
    <message>
        <source>No operator records: File → Open operator records….</source>
        <translation>لا سجلات مشغّل: ملف ← فتح سجلات المشغّل….</translation>
    </message>
    <message>
        <source>%1 records; matching failed: %2</source>
        <translation>%1 سجلًا؛ فشلت المطابقة: %2</translation>
    </message>
    <message>
        <source>%1 records, %2 matched to a detected manoeuvre, %3 without. Manoeuvres of these objects: %4 announced, %5 not announced.</source>
        <translation>%1 سجلًا، طوبق %2 منها مع مناورة مكتشفة، و%3 بلا مطابقة. مناورات هذه الأجسام: %4 مُعلَن عنها، و%5 غير مُعلَن عنها.</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <source>Edit rules: %1</source>
        <translation>تحرير القواعد: %1</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>تحقّق</translation>
    </message>
    <message>
        <source>The rules are valid.</source>
        <translation>القواعد صالحة.</translation>
    </message>
</context>
<context>
    <name>ScenarioBuilder</name>
    <message>
        <source>Regime</source>
        <translation>النظام المداري</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Altitude km / Lon °E</source>
        <translation>الارتفاع km / خط الطول °شرقًا</translation>
    </message>
    <message>
        <source>Incl. °</source>
        <translation>الميل °</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>الروتين</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>السلوك</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Magnitude</source>
        <translation>المقدار</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>الجسم</translation>
    </message>
    <message>
        <source>Narration note</source>
        <translation>ملاحظة السرد</translation>
    </message>
    <message>
        <source>Scenario builder</source>
        <translation>منشئ السيناريوهات</translation>
    </message>
    <message>
        <source>NORAD id of a loaded object to start from</source>
        <translation>معرّف NORAD لجسم محمّل للبدء منه</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>درسي</translation>
    </message>
    <message>
        <source>Add objects and behaviours, then Preview.</source>
        <translation>أضف أجسامًا وسلوكيات، ثم معاينة.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Days (from 2025-01-01)</source>
        <translation>الأيام (من 2025-01-01)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>Quiz tolerance (h)</source>
        <translation>هامش الاختبار (h)</translation>
    </message>
    <message>
        <source>Add LEO</source>
        <translation>إضافة LEO</translation>
    </message>
    <message>
        <source>Add GEO</source>
        <translation>إضافة GEO</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Add loaded object</source>
        <translation>إضافة جسم محمّل</translation>
    </message>
    <message>
        <source>Start from an object loaded in the viewer: its orbit, name and id</source>
        <translation>البدء من جسم محمّل في العارض: مداره واسمه ومعرّفه</translation>
    </message>
    <message>
        <source>Loaded NORAD</source>
        <translation>NORAD المحمّل</translation>
    </message>
    <message>
        <source>Add to selected object</source>
        <translation>إضافة إلى الجسم المحدد</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Save lesson…</source>
        <translation>حفظ الدرس…</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>الأجسام</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>السلوكيات</translation>
    </message>
    <message>
        <source>Select an object first.</source>
        <translation>حدّد جسمًا أولًا.</translation>
    </message>
    <message>
        <source>Cannot simulate: %1</source>
        <translation>تعذّرت المحاكاة: %1</translation>
    </message>
    <message>
        <source>%1 events (%2 irregular); edit the notes, then Save.</source>
        <translation>%1 حدثًا (%2 غير منتظمة)؛ حرّر الملاحظات، ثم احفظ.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ %1</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>حفظ الدرس</translation>
    </message>
    <message>
        <source>Lessons (*%1)</source>
        <translation>الدروس (*%1)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Show the rejected records and why</source>
        <translation>عرض السجلات المرفوضة وسبب رفضها</translation>
    </message>
    <message>
        <source>Records loaded with an assumption (an archival field read as sgp4 reads it, a comment line skipped...): see ssaviewer info or the load report</source>
        <translation>سجلات حُمّلت بافتراض (حقل أرشيفي قُرئ كما يقرؤه sgp4، أو سطر تعليق تُخطّي...): انظر ssaviewer info أو تقرير التحميل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>%1 objects · %2 element sets</source>
        <translation>%1 جسمًا · %2 مجموعة عناصر</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 مرفوضة</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 تحذيرات</translation>
    </message>
    <message>
        <source>%1 events (%2 irregular)</source>
        <translation>%1 حدثًا (%2 غير منتظمة)</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>1 min/s</source>
        <translation>1 دقيقة/ث</translation>
    </message>
    <message>
        <source>1 h/s</source>
        <translation>1 ساعة/ث</translation>
    </message>
    <message>
        <source>6 h/s</source>
        <translation>6 ساعات/ث</translation>
    </message>
    <message>
        <source>1 day/s</source>
        <translation>1 يوم/ث</translation>
    </message>
    <message>
        <source>1 week/s</source>
        <translation>1 أسبوع/ث</translation>
    </message>
    <message>
        <source>Time; ticks mark the selected object&apos;s operator records</source>
        <translation>الوقت؛ تشير العلامات إلى سجلات المشغّل للجسم المحدد</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>تشغيل / إيقاف مؤقت (Space)</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>سرعة التشغيل</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>الحدث السابق</translation>
    </message>
    <message>
        <source>Select the previous event ([)</source>
        <translation>تحديد الحدث السابق ([)</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>الحدث التالي</translation>
    </message>
    <message>
        <source>Select the next event (])</source>
        <translation>تحديد الحدث التالي (])</translation>
    </message>
    <message>
        <source>◀ Irregular</source>
        <translation>◀ غير منتظم</translation>
    </message>
    <message>
        <source>Select the previous irregular event ({)</source>
        <translation>تحديد الحدث غير المنتظم السابق ({)</translation>
    </message>
    <message>
        <source>Irregular ▶</source>
        <translation>غير منتظم ▶</translation>
    </message>
    <message>
        <source>Select the next irregular event (})</source>
        <translation>تحديد الحدث غير المنتظم التالي (})</translation>
    </message>
</context>
<context>
    <name>TrainerMenu</name>
    <message>
        <source>Cannot open the lesson</source>
        <translation>تعذّر فتح الدرس</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>فتح درس</translation>
    </message>
    <message>
        <source>Training scenarios (*%1);;All files (*)</source>
        <translation>سيناريوهات التدريب (*%1);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>الم&amp;درّب</translation>
    </message>
    <message>
        <source>Scenario builder…</source>
        <translation>منشئ السيناريوهات…</translation>
    </message>
    <message>
        <source>Present lesson…</source>
        <translation>عرض درس…</translation>
    </message>
    <message>
        <source>Quiz on lesson…</source>
        <translation>اختبار على درس…</translation>
    </message>
</context>
<context>
    <name>TrainerWindow</name>
    <message>
        <source>quiz</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <source>presentation</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Font size (Ctrl++ / Ctrl+-)</source>
        <translation>حجم الخط (Ctrl++ / Ctrl+-)</translation>
    </message>
    <message>
        <source>%1 pt</source>
        <translation>%1 نقطة</translation>
    </message>
    <message>
        <source>◀ Anomaly (P)</source>
        <translation>◀ حالة شاذة (P)</translation>
    </message>
    <message>
        <source>Anomaly (N) ▶</source>
        <translation>حالة شاذة (N) ▶</translation>
    </message>
    <message>
        <source>Jump to the previous / next anomaly</source>
        <translation>الانتقال إلى الحالة الشاذة السابقة / التالية</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>الخط:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quiz: %1&lt;/b&gt; — mark each event you see on the selected object at the time cursor: R regular, I irregular.</source>
        <translation>&lt;b&gt;اختبار: %1&lt;/b&gt; — علّم كل حدث تراه على الجسم المحدد عند مؤشر الوقت: R منتظم، I غير منتظم.</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>منتظم</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>غير منتظم</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>… and %1 more (ssaviewer workspace events)</source>
        <translation>… و%1 أخرى (ssaviewer workspace events)</translation>
    </message>
    <message>
        <source>Orphaned: %1 events no longer detected keep their verdicts:</source>
        <translation>يتيمة: %1 حدثًا لم تعد مكتشفة وتحتفظ بأحكامها:</translation>
    </message>
    <message>
        <source>Enter saves</source>
        <translation>Enter يحفظ</translation>
    </message>
    <message>
        <source>comma-separated; Enter saves</source>
        <translation>مفصولة بفواصل؛ Enter يحفظ</translation>
    </message>
    <message>
        <source>Tags of the selected event, separated by commas</source>
        <translation>وسوم الحدث المحدد، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>No workspace: File → New workspace keeps verdicts and notes.</source>
        <translation>لا توجد مساحة عمل: ملف ← مساحة عمل جديدة تحفظ الأحكام والملاحظات.</translation>
    </message>
    <message>
        <source>Select an event to give a verdict.</source>
        <translation>حدّد حدثًا لإصدار حكم.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Event %1: verdict %2</source>
        <translation>الحدث %1: الحكم %2</translation>
    </message>
</context>
<context>
    <name>View3DPanel</name>
    <message>
        <source>3D view unavailable: %1.</source>
        <translation>العرض ثلاثي الأبعاد غير متاح: %1.</translation>
    </message>
    <message>
        <source>%1 UTC — TEME frame; drag to rotate, wheel to zoom</source>
        <translation>%1 UTC — الإطار TEME؛ اسحب للتدوير، وعجلة الفأرة للتكبير</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>regular</source>
        <translation>منتظم</translation>
    </message>
    <message>
        <source>irregular</source>
        <translation>غير منتظم</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>manoeuvre</source>
        <translation>مناورة</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>decay</source>
        <translation>اضمحلال</translation>
    </message>
    <message>
        <source>fragmentation</source>
        <translation>تشظٍّ</translation>
    </message>
    <message>
        <source>close-approach</source>
        <translation>اقتراب وثيق</translation>
    </message>
    <message>
        <source>data-quality</source>
        <translation>جودة البيانات</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>إطلاق</translation>
    </message>
    <message>
        <source>norm</source>
        <translation>معيار</translation>
    </message>
    <message>
        <source>norms</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <source>proximity-operation</source>
        <translation>عملية تقارب</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <source>ssaviewer workspaces (*.ssaw)</source>
        <translation>مساحات عمل ssaviewer (*.ssaw)</translation>
    </message>
    <message>
        <source>verdict %1 on %2</source>
        <translation>الحكم %1 على %2</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>ممسوح</translation>
    </message>
    <message>
        <source>tags on %1</source>
        <translation>الوسوم على %1</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>مساحة عمل جديدة</translation>
    </message>
    <message>
        <source>Cannot create the workspace</source>
        <translation>تعذّر إنشاء مساحة العمل</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>تعذّر فتح مساحة العمل</translation>
    </message>
    <message>
        <source>The workspace&apos;s events cannot be read</source>
        <translation>تعذّرت قراءة أحداث مساحة العمل</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>حفظ مساحة العمل باسم</translation>
    </message>
    <message>
        <source>Cannot save the workspace</source>
        <translation>تعذّر حفظ مساحة العمل</translation>
    </message>
    <message>
        <source>The workspace was not changed</source>
        <translation>لم تتغير مساحة العمل</translation>
    </message>
    <message>
        <source>Source moved or changed</source>
        <translation>نُقل المصدر أو تغيّر</translation>
    </message>
    <message>
        <source>Locate this file?</source>
        <translation>هل تريد تحديد موقع هذا الملف؟</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>تحديد موقع %1</translation>
    </message>
</context>
<context>
    <name>WorkspaceMenus</name>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>مساحة عمل جديدة…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>فتح مساحة عمل…</translation>
    </message>
    <message>
        <source>Save workspace as…</source>
        <translation>حفظ مساحة العمل باسم…</translation>
    </message>
    <message>
        <source>Bookmark this moment…</source>
        <translation>إضافة إشارة مرجعية لهذه اللحظة…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
</context>
</TS>
