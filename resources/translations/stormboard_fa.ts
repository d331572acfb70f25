<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa">
<context>
    <name>BoardStatusBar</name>
    <message>
        <location filename="../../src/stormboard/ui/window/status.py" line="36" />
        <source>Zoom %1%</source>
        <translation>بزرگ‌نمایی ٪%1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/status.py" line="40" />
        <source>%1 stickies</source>
        <translation>%1 برگه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/status.py" line="42" />
        <source>%1 selected</source>
        <translation>%1 انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/status.py" line="48" />
        <source>Saved</source>
        <translation>ذخیره شده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/status.py" line="49" />
        <source>Not saved</source>
        <translation>ذخیره نشده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/status.py" line="50" />
        <source>Read-only</source>
        <translation>فقط‌خواندنی</translation>
    </message>
</context>
<context>
    <name>EditLabels</name>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="63" />
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="45" />
        <source>Add %1</source>
        <extracomment>labels that end in a kind's name: "Add Hotspot", "Change to Command"</extracomment>
        <translation>افزودن %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="64" />
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="52" />
        <source>Change to %1</source>
        <translation>تبدیل به %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="46" />
        <source>Add sticky</source>
        <translation>افزودن برگه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="47" />
        <source>Edit text</source>
        <translation>ویرایش متن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="48" />
        <source>Move sticky</source>
        <translation>جابه‌جایی برگه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="73" />
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="49" />
        <source>Move %1 stickies</source>
        <translation>جابه‌جایی %1 برگه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="50" />
        <source>Delete sticky</source>
        <translation>حذف برگه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="75" />
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="51" />
        <source>Delete %1 stickies</source>
        <translation>حذف %1 برگه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="53" />
        <source>Change colour</source>
        <translation>تغییر رنگ</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="54" />
        <source>Mark pivotal</source>
        <translation>علامت‌گذاری به‌عنوان رویداد محوری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="55" />
        <source>Unmark pivotal</source>
        <translation>برداشتن علامت رویداد محوری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="56" />
        <source>Set author</source>
        <translation>تعیین نویسنده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="57" />
        <source>Resize</source>
        <translation>تغییر اندازه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="58" />
        <source>Paste</source>
        <translation>جای‌گذاری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="59" />
        <source>Rename board</source>
        <translation>تغییر نام تخته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="60" />
        <source>Arrange</source>
        <translation>چیدن</translation>
    </message>
</context>
<context>
    <name>KindMeanings</name>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="26" />
        <source>Something that happened, in the past tense.</source>
        <translation>چیزی که رخ داده است، به زمان گذشته.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="27" />
        <source>A problem, question, conflict or risk.</source>
        <translation>یک مشکل، پرسش، تعارض یا ریسک.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="28" />
        <source>Who does or suffers something.</source>
        <translation>کسی که کاری انجام می‌دهد یا از چیزی آسیب می‌بیند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="29" />
        <source>Whatever we can blame: software, department, law, bad luck.</source>
        <translation>هر چیزی که بتوان تقصیر را به گردنش انداخت: نرم‌افزار، واحد سازمانی، قانون، بدشانسی.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="32" />
        <source>An improvement idea.</source>
        <translation>ایده‌ای برای بهبود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="33" />
        <source>Money, time, stress or reputation gained.</source>
        <translation>پول، زمان، آرامش یا اعتباری که به دست می‌آید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="34" />
        <source>Money, time, stress or reputation lost.</source>
        <translation>پول، زمان، آرامش یا اعتباری که از دست می‌رود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="35" />
        <source>An intention or action that causes an event.</source>
        <translation>قصد یا اقدامی که باعث یک رویداد می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="36" />
        <source>Whenever X, then Y.</source>
        <translation>هر گاه X، آن‌گاه Y.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="37" />
        <source>Information someone needs to decide.</source>
        <translation>اطلاعاتی که کسی برای تصمیم‌گیری لازم دارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="38" />
        <source>The thing that enforces a business rule.</source>
        <translation>چیزی که یک قاعدهٔ کسب‌وکار را اجرا می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="39" />
        <source>The screen or form involved.</source>
        <translation>صفحه یا فرمی که درگیر است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="40" />
        <source>A facilitator's remark.</source>
        <translation>یادداشت تسهیل‌گر.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="41" />
        <source>A named stretch of the timeline, between pivotal events.</source>
        <translation>بازه‌ای نام‌دار از خط زمان، میان رویدادهای محوری.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="9" />
        <source>Domain event</source>
        <translation>رویداد دامنه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="10" />
        <source>Hotspot</source>
        <translation>نقطهٔ داغ</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="11" />
        <source>Person / actor</source>
        <translation>شخص / کنشگر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="12" />
        <source>External system</source>
        <translation>سامانهٔ بیرونی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="13" />
        <source>Opportunity</source>
        <translation>فرصت</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="14" />
        <source>Value +</source>
        <translation>ارزش +</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="15" />
        <source>Value −</source>
        <translation>ارزش −</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="16" />
        <source>Command</source>
        <translation>فرمان</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="17" />
        <source>Policy</source>
        <translation>سیاست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="18" />
        <source>Read model</source>
        <translation>مدل خواندنی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="19" />
        <source>Aggregate / constraint</source>
        <translation>اگریگیت / قید</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="20" />
        <source>User interface</source>
        <translation>رابط کاربری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="21" />
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="22" />
        <source>Chapter name</source>
        <translation>نام فصل</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../src/stormboard/ui/window/legend.py" line="61" />
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/legend.py" line="62" />
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="310" />
        <source>&amp;New Board…</source>
        <translation>تختهٔ تازه…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="311" />
        <source>&amp;Open…</source>
        <translation>باز کردن…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="312" />
        <source>Save &amp;As…</source>
        <translation>ذخیره با نام…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="313" />
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="314" />
        <location filename="../../src/stormboard/ui/window/main_window.py" line="803" />
        <source>&amp;Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="315" />
        <location filename="../../src/stormboard/ui/window/main_window.py" line="808" />
        <source>&amp;Redo</source>
        <translation>ازنو</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="316" />
        <source>Cu&amp;t</source>
        <translation>برش</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="317" />
        <source>&amp;Copy</source>
        <translation>رونوشت</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="318" />
        <source>&amp;Paste</source>
        <translation>جای‌گذاری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="319" />
        <source>D&amp;uplicate</source>
        <translation>تکثیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="320" />
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="321" />
        <source>Select &amp;All</source>
        <translation>انتخاب همه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="322" />
        <source>Zoom &amp;In</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="323" />
        <source>Zoom &amp;Out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="324" />
        <source>Zoom to &amp;Fit</source>
        <translation>جا دادن همه در صفحه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="325" />
        <source>Zoom to &amp;Selection</source>
        <translation>بزرگ‌نمایی روی انتخاب</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="326" />
        <source>&amp;Full Screen Presentation</source>
        <translation>ارائهٔ تمام‌صفحه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="327" />
        <source>Show &amp;Grid</source>
        <translation>نمایش شبکه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="328" />
        <source>One Finger &amp;Selects (Instead of Panning)</source>
        <translation>یک انگشت انتخاب کند (به‌جای جابه‌جایی دید)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="329" />
        <source>Sticky &amp;Palette</source>
        <translation>جعبهٔ برگه‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="330" />
        <source>&amp;Legend</source>
        <translation>راهنمای رنگ‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="331" />
        <source>&amp;Overview Map</source>
        <translation>نقشهٔ کلی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="332" />
        <source>Follow the &amp;System</source>
        <translation>پیروی از سیستم</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="333" />
        <source>&amp;Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="334" />
        <source>&amp;Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="335" />
        <source>&amp;High Contrast</source>
        <translation>کنتراست بالا</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="340" />
        <source>&amp;File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="341" />
        <source>&amp;Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="342" />
        <source>&amp;View</source>
        <translation>نما</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="343" />
        <source>&amp;Theme</source>
        <translation>پوسته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="344" />
        <source>Open &amp;Recent</source>
        <translation>باز کردن اخیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="345" />
        <source>Toolbar</source>
        <translation>نوار ابزار</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="346" />
        <source>Stickies</source>
        <translation>برگه‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="347" />
        <source>Legend</source>
        <translation>راهنمای رنگ‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="348" />
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="431" />
        <location filename="../../src/stormboard/ui/window/main_window.py" line="434" />
        <source>Cannot Open Board</source>
        <translation>تخته باز نشد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="441" />
        <source>This board was upgraded from an older format.</source>
        <translation>این تخته از قالبی قدیمی‌تر به‌روز شد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="443" />
        <source>The original is kept at %1.</source>
        <translation>نسخهٔ اصلی در %1 نگه داشته شده است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="452" />
        <location filename="../../src/stormboard/ui/window/main_window.py" line="460" />
        <source>Untitled board</source>
        <translation>تختهٔ بی‌نام</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="453" />
        <source>Create a New Board</source>
        <translation>ساختن تختهٔ تازه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="475" />
        <location filename="../../src/stormboard/ui/window/main_window.py" line="478" />
        <source>Cannot Create Board</source>
        <translation>تخته ساخته نشد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="499" />
        <source>Save Board As</source>
        <translation>ذخیرهٔ تخته با نام</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="508" />
        <location filename="../../src/stormboard/ui/window/main_window.py" line="515" />
        <location filename="../../src/stormboard/ui/window/main_window.py" line="518" />
        <source>Cannot Save Board</source>
        <translation>تخته ذخیره نشد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="509" />
        <source>Choose another file: this one cannot be written.</source>
        <translation>پروندهٔ دیگری انتخاب کنید: در این یکی نمی‌توان نوشت.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="526" />
        <source>Saved as %1</source>
        <translation>با نام %1 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="534" />
        <source>Open Board</source>
        <translation>باز کردن تخته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="534" />
        <location filename="../../src/stormboard/ui/window/main_window.py" line="542" />
        <source>Stormboard boards (*.storm)</source>
        <translation>تخته‌های استورم‌بورد (*.storm)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="552" />
        <source>Board in Use</source>
        <translation>تخته در حال استفاده است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="554" />
        <source>You can look at it without changing it.</source>
        <translation>می‌توانید بدون تغییر دادن، آن را ببینید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="556" />
        <source>Open Read-Only</source>
        <translation>باز کردن فقط‌خواندنی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="721" />
        <source>Your last change could not be written to the file: %1 Everything is still here. Save the board to another file to keep it.</source>
        <translation>آخرین تغییر شما در پرونده نوشته نشد: %1 همه‌چیز هنوز این‌جاست. برای نگه داشتنش، تخته را در پروندهٔ دیگری ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="724" />
        <source>Save As…</source>
        <translation>ذخیره با نام…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="753" />
        <source>not saved</source>
        <translation>ذخیره نشده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="756" />
        <source>[read-only]</source>
        <translation>[فقط‌خواندنی]</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="774" />
        <source>Read-only: %1 Changes are switched off.</source>
        <translation>فقط‌خواندنی: %1 امکان تغییر خاموش است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="777" />
        <source>Save an Editable Copy…</source>
        <translation>ذخیرهٔ یک نسخهٔ ویرایش‌پذیر…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="801" />
        <source>&amp;Undo %1</source>
        <translation>واگرد «%1»</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="806" />
        <source>&amp;Redo %1</source>
        <translation>ازنو «%1»</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="833" />
        <source>No Recent Boards</source>
        <translation>تختهٔ اخیری نیست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="876" />
        <source>Changes Not Saved</source>
        <translation>تغییرها ذخیره نشده‌اند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="878" />
        <source>Some changes could not be written to the file. Save the board elsewhere before closing?</source>
        <translation>برخی تغییرها در پرونده نوشته نشدند. پیش از بستن، تخته را جای دیگری ذخیره می‌کنید؟</translation>
    </message>
</context>
</TS>