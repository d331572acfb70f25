<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context>
    <name>BoardList</name>
    <message>
        <location filename="../../src/stormboard/ui/window/board_list.py" line="40"/>
        <source>Kind</source>
        <translation>گونه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_list.py" line="41"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_list.py" line="42"/>
        <source>Lane</source>
        <translation>مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_list.py" line="43"/>
        <source>Chapter</source>
        <translation>فصل</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_list.py" line="45"/>
        <source>The board as a list</source>
        <translation>تخته به‌صورت فهرست</translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <location filename="../../src/stormboard/ui/canvas/document.py" line="211"/>
        <source>%n pasted item(s) could not be used and were left out.</source>
        <translation>%n مورد چسبانده‌شده قابل استفاده نبود و کنار گذاشته شد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/canvas/document.py" line="253"/>
        <source>The clipboard holds nothing that can go on the wall.</source>
        <translation>در حافظهٔ موقت چیزی نیست که بتوان روی دیوار گذاشت.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/canvas/document.py" line="188"/>
        <source>Only domain events can be pivotal.</source>
        <translation>فقط رویدادهای دامنه می‌توانند محوری باشند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/canvas/document.py" line="271"/>
        <source>%n pasted text(s) were longer than a sticky holds and were cut to 2,000 characters.</source>
        <translation>%n متن چسبانده‌شده از گنجایش یک یادداشت بلندتر بود و به ۲٬۰۰۰ نویسه کوتاه شد.</translation>
    </message>
</context>
<context>
    <name>BoardStatusBar</name>
    <message>
        <location filename="../../src/stormboard/ui/window/status.py" line="38"/>
        <source>Zoom %1%</source>
        <translation>بزرگ‌نمایی %1٪</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/status.py" line="46"/>
        <source>%1 selected</source>
        <translation>%1 انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/status.py" line="52"/>
        <source>Saved</source>
        <translation>ذخیره شده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/status.py" line="53"/>
        <source>Not saved</source>
        <translation>ذخیره نشده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/status.py" line="54"/>
        <source>Read-only</source>
        <translation>فقط‌خواندنی</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/window/status.py" line="44"/>
        <source>%Ln stickies</source>
        <translation>
            <numerusform>%Ln برگه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../src/stormboard/ui/canvas/view.py" line="459"/>
        <source>Edit text</source>
        <extracomment>drag-and-drop type of a kind dragged from the palette; the data is the kind id in UTF-8 the kind waiting to be placed by the next tap, or &quot;&quot; when none widgets floating over the wall (a countdown, a way out) that a fit keeps clear of re-fit the board on every resize (presentation, the projector&apos;s window) fingers dragging stickies, each its own (touch_drags.py)</extracomment>
        <translation>ویرایش متن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/canvas/view.py" line="460"/>
        <source>Duplicate</source>
        <translation>تکثیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/canvas/view.py" line="461"/>
        <source>Copy</source>
        <translation>رونوشت</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/canvas/view.py" line="462"/>
        <source>Cut</source>
        <translation>برش</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/canvas/view.py" line="463"/>
        <source>Pivotal event</source>
        <translation>رویداد محوری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/canvas/view.py" line="464"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/canvas/view.py" line="467"/>
        <source>Paste</source>
        <translation>جای‌گذاری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/canvas/view.py" line="468"/>
        <source>Zoom to fit</source>
        <translation>جا دادن همه در صفحه</translation>
    </message>
</context>
<context>
    <name>CoolDownBox</name>
    <message>
        <location filename="../../src/stormboard/ui/workshop/cooldown_view.py" line="53"/>
        <source>The group is cooling down</source>
        <extracomment>the phase whose cool-down is watched</extracomment>
        <translation>گروه دارد آرام می‌گیرد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/cooldown_view.py" line="54"/>
        <source>Go to the next phase</source>
        <translation>رفتن به مرحلهٔ بعد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/cooldown_view.py" line="71"/>
        <source>New events: %1 per minute (peak %2) · %3 so far</source>
        <translation>رویدادهای تازه: %1 در دقیقه (بیشینه %2) · تاکنون %3</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <location filename="../../src/stormboard/ui/crash_dialog.py" line="56"/>
        <source>Stormboard</source>
        <translation>استورم‌بورد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/crash_dialog.py" line="64"/>
        <source>Something went wrong inside Stormboard. Your board is safe: every edit was saved before the next one started.

If it happens again, please send this file with your report:
%1</source>
        <translation>مشکلی درون استورم‌بورد پیش آمد. تابلوی شما امن است: هر ویرایش پیش از شروع ویرایش بعدی ذخیره شده بود.

اگر دوباره پیش آمد، لطفاً این پرونده را همراه گزارش خود بفرستید:
%1</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../src/stormboard/ui/timeline/duplicates_dialog.py" line="63"/>
        <source>Duplicates</source>
        <translation>تکراری‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/duplicates_dialog.py" line="89"/>
        <source>No duplicates found.</source>
        <translation>برگهٔ تکراری پیدا نشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/duplicates_dialog.py" line="92"/>
        <source>%1 groups of stickies say the same thing. Choose the one to keep in each group and merge: links, votes and authors move onto it.</source>
        <translation>%1 گروه از برگه‌ها یک چیز را می‌گویند. در هر گروه برگه‌ای را که می‌ماند انتخاب کنید و یکی کنید: پیوندها، رأی‌ها و نویسنده‌ها به آن منتقل می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/duplicates_dialog.py" line="118"/>
        <source>%1 (by %2)</source>
        <translation>%1 (نوشتهٔ %2)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/duplicates_dialog.py" line="127"/>
        <source>Show on the wall</source>
        <translation>نمایش روی دیوار</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/duplicates_dialog.py" line="130"/>
        <source>Merge</source>
        <translation>یکی کردن</translation>
    </message>
</context>
<context>
    <name>EditLabels</name>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="63"/>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="45"/>
        <source>Add %1</source>
        <extracomment>labels that end in a participant&apos;s name: &quot;Add participant Sara&quot; labels that end in a kind&apos;s name: &quot;Add Hotspot&quot;, &quot;Change to Command&quot;</extracomment>
        <translation>افزودن %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="64"/>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="50"/>
        <source>Change to %1</source>
        <translation>تبدیل به %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="94"/>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="12"/>
        <source>Add participant %1</source>
        <translation>افزودن شرکت‌کننده %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="96"/>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="14"/>
        <source>Remove participant %1</source>
        <translation>حذف شرکت‌کننده %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="46"/>
        <source>Add sticky</source>
        <translation>افزودن برگه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="47"/>
        <source>Edit text</source>
        <translation>ویرایش متن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="48"/>
        <source>Move sticky</source>
        <translation>جابه‌جایی برگه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="49"/>
        <source>Delete sticky</source>
        <translation>حذف برگه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="51"/>
        <source>Change colour</source>
        <translation>تغییر رنگ</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="52"/>
        <source>Mark pivotal</source>
        <translation>علامت‌گذاری به‌عنوان رویداد محوری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="53"/>
        <source>Unmark pivotal</source>
        <translation>برداشتن علامت رویداد محوری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="54"/>
        <source>Set author</source>
        <translation>تعیین نویسنده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="55"/>
        <source>Resize</source>
        <translation>تغییر اندازه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="56"/>
        <source>Paste</source>
        <translation>جای‌گذاری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="57"/>
        <source>Duplicate</source>
        <translation>تکثیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="58"/>
        <source>Rename board</source>
        <translation>تغییر نام تخته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="59"/>
        <source>Arrange</source>
        <translation>چیدن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="10"/>
        <source>Add lane</source>
        <translation>افزودن مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="11"/>
        <source>Rename lane</source>
        <translation>تغییر نام مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="12"/>
        <source>Change lane colour</source>
        <translation>تغییر رنگ مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="13"/>
        <source>Collapse lane</source>
        <translation>جمع کردن مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="14"/>
        <source>Expand lane</source>
        <translation>باز کردن مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="15"/>
        <source>Resize lane</source>
        <translation>تغییر اندازهٔ مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="16"/>
        <source>Move lane</source>
        <translation>جابه‌جایی مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="17"/>
        <source>Delete lane</source>
        <translation>حذف مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="18"/>
        <source>Add milestone</source>
        <translation>افزودن نقطهٔ عطف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="19"/>
        <source>Move milestone</source>
        <translation>جابه‌جایی نقطهٔ عطف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="20"/>
        <source>Rename milestone</source>
        <translation>تغییر نام نقطهٔ عطف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="21"/>
        <source>Change milestone colour</source>
        <translation>تغییر رنگ نقطهٔ عطف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="22"/>
        <source>Delete milestone</source>
        <translation>حذف نقطهٔ عطف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="23"/>
        <source>Add link</source>
        <translation>افزودن پیوند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="24"/>
        <source>Rename link</source>
        <translation>تغییر برچسب پیوند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="25"/>
        <source>Change link kind</source>
        <translation>تغییر نوع پیوند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="26"/>
        <source>Delete link</source>
        <translation>حذف پیوند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="27"/>
        <source>Merge duplicates</source>
        <translation>یکی کردن تکراری‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="28"/>
        <source>Arrange timeline</source>
        <translation>چیدن خط زمان</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="29"/>
        <source>Tidy</source>
        <translation>مرتب کردن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="30"/>
        <source>Show chapters</source>
        <translation>نمایش فصل‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="31"/>
        <source>Hide chapters</source>
        <translation>پنهان کردن فصل‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="32"/>
        <source>Show past-tense hints</source>
        <translation>نمایش یادآور زمان گذشته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/strings.py" line="33"/>
        <source>Hide past-tense hints</source>
        <translation>پنهان کردن یادآور زمان گذشته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="10"/>
        <source>Edit goal</source>
        <translation>ویرایش هدف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="11"/>
        <source>Edit scope</source>
        <translation>ویرایش دامنه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="13"/>
        <source>Edit participant</source>
        <translation>ویرایش شرکت‌کننده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="15"/>
        <source>Change participant</source>
        <translation>تغییر نفر پای دیوار</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="16"/>
        <source>Wizard on</source>
        <translation>روشن کردن راهنما</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="17"/>
        <source>Wizard off</source>
        <translation>خاموش کردن راهنما</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="18"/>
        <source>Edit phase plan</source>
        <translation>ویرایش برنامهٔ مرحله‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="19"/>
        <source>Reset phase plan</source>
        <translation>بازگرداندن برنامهٔ پیش‌فرض مرحله‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="20"/>
        <source>Start workshop</source>
        <translation>شروع کارگاه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="21"/>
        <source>Next phase</source>
        <translation>مرحلهٔ بعد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="22"/>
        <source>Previous phase</source>
        <translation>مرحلهٔ قبل</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="23"/>
        <source>Skip phase</source>
        <translation>رد شدن از مرحله</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="24"/>
        <source>Go to phase</source>
        <translation>رفتن به مرحله</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="25"/>
        <source>Finish workshop</source>
        <translation>پایان کارگاه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="26"/>
        <source>Pause timer</source>
        <translation>مکث زمان‌سنج</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="27"/>
        <source>Resume timer</source>
        <translation>ادامهٔ زمان‌سنج</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="28"/>
        <source>Add time</source>
        <translation>افزودن زمان</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="29"/>
        <source>Change vote budget</source>
        <translation>تغییر سهم رأی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="30"/>
        <source>Vote</source>
        <translation>رأی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="31"/>
        <source>Remove vote</source>
        <translation>پس گرفتن رأی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="32"/>
        <source>Reveal votes</source>
        <translation>آشکار کردن رأی‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="33"/>
        <source>Hide votes</source>
        <translation>پنهان کردن رأی‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/strings.py" line="34"/>
        <source>Edit decision</source>
        <translation>ویرایش تصمیم</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/interop/import_action.py" line="28"/>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/window/main_window.py" line="74"/>
        <source>Move %Ln sticky(ies)</source>
        <translation>
            <numerusform>جابه‌جایی %Ln برگه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/window/main_window.py" line="76"/>
        <source>Delete %Ln sticky(ies)</source>
        <translation>
            <numerusform>حذف %Ln برگه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/window/main_window.py" line="77"/>
        <source>Merge %Ln duplicate(s)</source>
        <translation>
            <numerusform>یکی کردن %Ln برگهٔ تکراری</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="34"/>
        <source>There is no lane &apos;{lane}&apos; on this board.</source>
        <extracomment>code -&gt; English template; the parameters in braces (str.format), one sentence (or phrase) each</extracomment>
        <translation>مسیری به نام «{lane}» روی این تخته نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="35"/>
        <source>Chapter {number} does not exist; this board has chapters 1 to {count}.</source>
        <translation>فصل {number} وجود ندارد؛ این تخته فصل‌های ۱ تا {count} را دارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="36"/>
        <source>There is no chapter named &apos;{name}&apos; on this board.</source>
        <translation>فصلی به نام «{name}» روی این تخته نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="37"/>
        <source>The selection names {count} sticky(s) not on this board.</source>
        <translation>در انتخاب {count} برگه هست که روی این تخته نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="38"/>
        <source>Nothing to print: the {what} holds no stickies.</source>
        <translation>چیزی برای چاپ نیست: در «{what}» هیچ برگه‌ای نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="39"/>
        <source>The paper is too small for the title block and legend.</source>
        <translation>کاغذ برای جدول عنوان و راهنما بسیار کوچک است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="40"/>
        <source>Overlap {overlap:g} mm is larger than the printable width of {paper} ({width:.0f} mm).</source>
        <translation>هم‌پوشانی {overlap:g} میلی‌متر از پهنای چاپ‌شدنی {paper} ({width:.0f} میلی‌متر) بزرگ‌تر است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="41"/>
        <source>Scale width:N needs sheets or a portrait roll.</source>
        <translation>مقیاس width:N به برگ کاغذ یا رول عمودی نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="42"/>
        <source>Tile onto sheets (A4, A3, Letter...), not onto a roll.</source>
        <translation>روی برگ‌های کاغذ (A4، A3، Letter...) کاشی کنید، نه روی رول.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="43"/>
        <source>A margin of {margin:g} mm leaves nothing of {paper} to print on.</source>
        <translation>حاشیهٔ {margin:g} میلی‌متری چیزی از {paper} برای چاپ باقی نمی‌گذارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="44"/>
        <source>Overlap {overlap:g} mm is larger than the printable area of {paper} ({width:.0f} × {height:.0f} mm).</source>
        <translation>هم‌پوشانی {overlap:g} میلی‌متر از ناحیهٔ چاپ‌شدنی {paper} ({width:.0f} × {height:.0f} میلی‌متر) بزرگ‌تر است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="45"/>
        <source>No page orientation fits the poster.</source>
        <translation>هیچ جهتی از صفحه برای پوستر جا ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="46"/>
        <source>That would print {pages} pages; choose a smaller scale or larger paper.</source>
        <translation>این کار {pages} صفحه چاپ می‌کند؛ مقیاس کوچک‌تر یا کاغذ بزرگ‌تری برگزینید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="47"/>
        <source>Custom paper &apos;{name}&apos; must be between 10 and 20000 mm each way.</source>
        <translation>کاغذ دلخواه «{name}» باید در هر سو میان ۱۰ تا ۲۰۰۰۰ میلی‌متر باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="48"/>
        <source>Unknown roll width {width} mm; rolls are {sizes} mm wide.</source>
        <translation>پهنای رول {width} میلی‌متر شناخته نیست؛ پهنای رول‌ها {sizes} میلی‌متر است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="49"/>
        <source>Unknown paper &apos;{name}&apos;; use one of {known}, or a size like 600x900mm.</source>
        <translation>کاغذ «{name}» شناخته نیست؛ یکی از {known} یا اندازه‌ای مانند 600x900mm را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="50"/>
        <source>{what} &apos;{text}&apos; is not a length like 10mm, 1cm or 0.5in.</source>
        <translation>{what} «{text}» طولی مانند 10mm، 1cm یا 0.5in نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="51"/>
        <source>{what} must be zero or more.</source>
        <translation>{what} باید صفر یا بیشتر باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="52"/>
        <source>Scale width:N needs between 1 and 50 pages across.</source>
        <translation>مقیاس width:N به ۱ تا ۵۰ صفحه در پهنا نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="53"/>
        <source>A poster width must be between 50 mm and 100 m.</source>
        <translation>پهنای پوستر باید میان ۵۰ میلی‌متر و ۱۰۰ متر باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="54"/>
        <source>A percentage scale must be between 1% and 1000%.</source>
        <translation>مقیاس درصدی باید میان ۱٪ و ۱۰۰۰٪ باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="56"/>
        <source>the disk is full</source>
        <translation>دیسک پر است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="57"/>
        <source>permission denied</source>
        <translation>اجازهٔ دسترسی نیست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="58"/>
        <source>the disk is read-only</source>
        <translation>دیسک فقط‌خواندنی است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="59"/>
        <source>the file or folder does not exist</source>
        <translation>پرونده یا پوشه وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="60"/>
        <source>it is a folder</source>
        <translation>این یک پوشه است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="61"/>
        <source>a part of the path is not a folder</source>
        <translation>بخشی از مسیر پوشه نیست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="62"/>
        <source>the file already exists</source>
        <translation>پرونده از پیش وجود دارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="63"/>
        <source>the file is too large</source>
        <translation>پرونده بیش از اندازه بزرگ است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="64"/>
        <source>the disk quota is used up</source>
        <translation>سهمیهٔ دیسک تمام شده است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="65"/>
        <source>the disk could not be read or written</source>
        <translation>دیسک خوانده یا نوشته نشد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="66"/>
        <source>the file name is too long</source>
        <translation>نام پرونده بیش از اندازه بلند است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="67"/>
        <source>the file is busy</source>
        <translation>پرونده در حال استفاده است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="68"/>
        <source>system error: {detail}</source>
        <translation>خطای سیستم: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="69"/>
        <source>{name}: {problem}.</source>
        <translation>{name}: {problem}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="71"/>
        <source>a pipe (FIFO)</source>
        <translation>یک لوله (FIFO)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="72"/>
        <source>a character device</source>
        <translation>یک دستگاه نویسه‌ای</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="73"/>
        <source>a block device</source>
        <translation>یک دستگاه بلوکی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="74"/>
        <source>a socket</source>
        <translation>یک سوکت</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="75"/>
        <source>a folder</source>
        <translation>یک پوشه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="76"/>
        <source>not a regular file</source>
        <translation>چیزی جز پروندهٔ معمولی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="77"/>
        <source>{path}: no such file.</source>
        <translation>{path}: چنین پرونده‌ای نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="78"/>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} یک پوشه است، نه پرونده.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="79"/>
        <source>You are not allowed to read {name}.</source>
        <translation>اجازهٔ خواندن {name} را ندارید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="80"/>
        <source>{path}: too many levels of symbolic links.</source>
        <translation>{path}: پیوندهای نمادین تودرتوی بیش از اندازه.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="81"/>
        <source>Cannot read {path}: {detail}.</source>
        <translation>{path} خوانده نمی‌شود: {detail}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="82"/>
        <source>{path} is not a possible file name.</source>
        <translation>{path} نام پروندهٔ ممکنی نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="83"/>
        <source>{path} is {kind}, not a file; only regular files are read.</source>
        <translation>{path} {kind} است، نه پرونده؛ فقط پرونده‌های معمولی خوانده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="84"/>
        <source>{name} is {size:,.0f} MB; files over {limit:,} MB are not read.</source>
        <translation>{name} {size:,.0f} مگابایت است؛ پرونده‌های بزرگ‌تر از {limit:,} مگابایت خوانده نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="85"/>
        <source>{name} is over {size:,.0f} MB; files over {limit:,} MB are not read.</source>
        <translation>{name} بیش از {size:,.0f} مگابایت است؛ پرونده‌های بزرگ‌تر از {limit:,} مگابایت خوانده نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="87"/>
        <source>{detail} Repair a copy with: stormboard repair {name} -o FIXED.storm</source>
        <translation>{detail} رونوشتی از آن را با این فرمان ترمیم کنید: stormboard repair {name} -o FIXED.storm</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="88"/>
        <source>{name} is a read-only file, so changes cannot be saved.</source>
        <translation>{name} پرونده‌ای فقط‌خواندنی است، پس تغییرها ذخیره نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="89"/>
        <source>The folder holding {name} is read-only, so changes cannot be saved.</source>
        <translation>پوشه‌ای که {name} در آن است فقط‌خواندنی است، پس تغییرها ذخیره نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="90"/>
        <source>{name} cannot be checked for writing, so it is open read-only.</source>
        <translation>نوشتن در {name} را نمی‌توان بررسی کرد، پس فقط‌خواندنی باز شده است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="91"/>
        <source>{name} is damaged and cannot be read (SQLite: {detail}).</source>
        <translation>{name} آسیب دیده است و خوانده نمی‌شود (SQLite: {detail}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="92"/>
        <source>{side} beside {name} is not a regular file (a FIFO or a device), so the board is not opened; remove or rename it.</source>
        <translation>{side} کنار {name} پروندهٔ معمولی نیست (یک FIFO یا دستگاه است)، پس تخته باز نشد؛ آن را پاک کنید یا نامش را عوض کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="93"/>
        <source>{name} could not be opened ({detail}).</source>
        <translation>{name} باز نشد ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="94"/>
        <source>{name} holds an unfinished change from a crash, which only opening it for editing can recover.</source>
        <translation>{name} تغییری نیمه‌کاره از یک از کار افتادن دارد که فقط با باز کردن آن برای ویرایش بازیابی می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="95"/>
        <source>{name} is inconsistent: {problem}.</source>
        <translation>{name} ناسازگار است: {problem}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="96"/>
        <source>{name} is inconsistent: {problem} (and 1 more problem).</source>
        <translation>{name} ناسازگار است: {problem} (و ۱ مشکل دیگر).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="97"/>
        <source>{name} is inconsistent: {problem} (and {more:,}{plus} more problems).</source>
        <translation>{name} ناسازگار است: {problem} (و {more:,}{plus} مشکل دیگر).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="98"/>
        <source>{name} is damaged: its {record} record is missing.</source>
        <translation>{name} آسیب دیده است: رکورد {record} آن نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="99"/>
        <source>{name} is damaged: two {collection} share an id.</source>
        <translation>{name} آسیب دیده است: دو رکورد {collection} یک شناسه دارند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="100"/>
        <source>{name} is damaged: {problem}.</source>
        <translation>{name} آسیب دیده است: {problem}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="101"/>
        <source>{name} could not be prepared for editing ({detail}).</source>
        <translation>{name} برای ویرایش آماده نشد ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="102"/>
        <source>{name} was opened read-only.</source>
        <translation>{name} فقط‌خواندنی باز شد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="103"/>
        <source>{reason} It uses the older file format {version}; open it for editing to upgrade it.</source>
        <translation>{reason} این پرونده قالب قدیمی‌تر {version} را دارد؛ برای به‌روز کردن آن را برای ویرایش باز کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="104"/>
        <source>{name} already exists; choose another name.</source>
        <translation>{name} از پیش وجود دارد؛ نام دیگری برگزینید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="105"/>
        <source>{name} could not be created ({detail}).</source>
        <translation>{name} ساخته نشد ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="106"/>
        <source>{name} could not be written ({detail}).</source>
        <translation>{name} نوشته نشد ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="107"/>
        <source>{name} is a folder, not a board file.</source>
        <translation>{name} یک پوشه است، نه پروندهٔ تخته.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="108"/>
        <source>The board file {name} does not exist.</source>
        <translation>پروندهٔ تختهٔ {name} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="109"/>
        <source>{name} is truncated: it ends inside its header.</source>
        <translation>{name} ناقص است: در میانهٔ سرآیندش تمام می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="110"/>
        <source>{name} is not a Stormboard board file.</source>
        <translation>{name} پروندهٔ تختهٔ استورم‌بورد نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="111"/>
        <source>{name} is damaged: its SQLite header is not valid.</source>
        <translation>{name} آسیب دیده است: سرآیند SQLite آن معتبر نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="112"/>
        <source>{name} is truncated or damaged: its size is not whole pages.</source>
        <translation>{name} ناقص یا آسیب‌دیده است: اندازه‌اش مضرب درستی از صفحه‌ها نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="113"/>
        <source>{name} is truncated: it is shorter than its header says.</source>
        <translation>{name} ناقص است: کوتاه‌تر از آن است که سرآیندش می‌گوید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="114"/>
        <source>{name} is a database of another application, not a Stormboard board.</source>
        <translation>{name} پایگاه دادهٔ برنامهٔ دیگری است، نه تختهٔ استورم‌بورد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="115"/>
        <source>{name} was saved by a newer Stormboard (file format {version}; this version reads up to {newest}), please update Stormboard to open it.</source>
        <translation>{name} با استورم‌بوردی تازه‌تر ذخیره شده است (قالب پرونده {version}؛ این نسخه تا {newest} را می‌خواند)؛ برای باز کردنش استورم‌بورد را به‌روز کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="116"/>
        <source>{name} has no Stormboard format version; it is not a board.</source>
        <translation>{name} شمارهٔ قالب استورم‌بورد ندارد؛ تخته نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="117"/>
        <source>trigger</source>
        <translation>تریگر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="118"/>
        <source>view</source>
        <translation>نما</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="119"/>
        <source>{name} contains a {kind} ({object}), which Stormboard files never have, so it was not opened.</source>
        <translation>{name} یک {kind} ({object}) دارد که پرونده‌های استورم‌بورد هرگز ندارند، پس باز نشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="120"/>
        <source>{name} is damaged: its {table} table is missing.</source>
        <translation>{name} آسیب دیده است: جدول {table} آن نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="121"/>
        <source>{name} does not have the layout of a Stormboard format {version} file.</source>
        <translation>{name} ساختار پروندهٔ استورم‌بورد با قالب {version} را ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="122"/>
        <source>{name} is damaged: SQLite&apos;s integrity check failed.</source>
        <translation>{name} آسیب دیده است: بررسی یکپارچگی SQLite ناموفق بود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="123"/>
        <source>{name} needs an upgrade, but its backup copy could not be written ({detail}).</source>
        <translation>{name} باید به‌روز شود، اما رونوشت پشتیبان آن نوشته نشد ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="124"/>
        <source>{name} could not be upgraded to the current format ({detail}); it is unchanged and a copy is in {backup}.</source>
        <translation>{name} به قالب کنونی به‌روز نشد ({detail})؛ دست‌نخورده مانده است و رونوشتی از آن در {backup} است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="125"/>
        <source>{name} is already open for editing{holder}; open it read-only or close it there first.</source>
        <translation>{name} هم‌اکنون{holder} برای ویرایش باز است؛ آن را فقط‌خواندنی باز کنید یا نخست آنجا ببندید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="126"/>
        <source> by process {pid}{details}</source>
        <translation> در فرایند {pid}{details}</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="127"/>
        <source> by another program</source>
        <translation> در برنامه‌ای دیگر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="128"/>
        <source>{name} is open read-only, so changes cannot be saved.</source>
        <translation>{name} فقط‌خواندنی باز است، پس تغییرها ذخیره نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="129"/>
        <source>A copy cannot replace {name} itself; choose another name.</source>
        <translation>رونوشت نمی‌تواند جای خود {name} را بگیرد؛ نام دیگری برگزینید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="130"/>
        <source>The copy {name} could not be written ({detail}).</source>
        <translation>رونوشت {name} نوشته نشد ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="131"/>
        <source>{name} could not be closed cleanly ({detail}).</source>
        <translation>{name} به‌درستی بسته نشد ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="132"/>
        <source>{name} is closed.</source>
        <translation>{name} بسته شده است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="133"/>
        <source>The disk is full, so the last change was not saved to {name}; free some space or use Save As.</source>
        <translation>دیسک پر است، پس آخرین تغییر در {name} ذخیره نشد؛ کمی جا باز کنید یا «ذخیره با نام…» را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="134"/>
        <source>{name} can no longer be written (read-only or permission lost), so the last change was not saved; use Save As.</source>
        <translation>دیگر نمی‌توان در {name} نوشت (فقط‌خواندنی شده یا اجازه از دست رفته)، پس آخرین تغییر ذخیره نشد؛ «ذخیره با نام…» را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="135"/>
        <source>{name} is locked by another program, so the last change was not saved.</source>
        <translation>{name} را برنامهٔ دیگری قفل کرده است، پس آخرین تغییر ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="136"/>
        <source>Writing to {name} failed (the disk or the file went away), so the last change was not saved; use Save As.</source>
        <translation>نوشتن در {name} ناموفق بود (دیسک یا پرونده در دسترس نیست)، پس آخرین تغییر ذخیره نشد؛ «ذخیره با نام…» را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="137"/>
        <source>{name} no longer matches the board on screen, so the last change was not saved; use Save As.</source>
        <translation>{name} دیگر با تختهٔ روی صفحه یکی نیست، پس آخرین تغییر ذخیره نشد؛ «ذخیره با نام…» را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="138"/>
        <source>Saving to {name} failed ({detail}); use Save As to keep your work.</source>
        <translation>ذخیره در {name} ناموفق بود ({detail})؛ برای نگه داشتن کارتان «ذخیره با نام…» را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="140"/>
        <source>The edit log of {name} is damaged ({detail}); the board itself is not affected.</source>
        <translation>گزارش ویرایش‌های {name} آسیب دیده است ({detail})؛ خود تخته آسیبی ندیده است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="141"/>
        <source>The edit log of {name} was written by a newer Stormboard (log format {format}; this version reads up to {newest}); update Stormboard to use it.</source>
        <translation>گزارش ویرایش‌های {name} را استورم‌بوردی تازه‌تر نوشته است (قالب گزارش {format}؛ این نسخه تا {newest} را می‌خواند)؛ برای به کار بردنش استورم‌بورد را به‌روز کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="142"/>
        <source>{name} uses an older file format without an edit log; open it for editing to upgrade it.</source>
        <translation>{name} قالب پروندهٔ قدیمی‌تری بدون گزارش ویرایش‌ها دارد؛ برای به‌روز کردن آن را برای ویرایش باز کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="143"/>
        <source>entry {seq} cannot be read</source>
        <translation>مدخل {seq} خوانده نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="144"/>
        <source>entry {seq}: {problem}</source>
        <translation>مدخل {seq}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="145"/>
        <source>checkpoint {seq} cannot be read</source>
        <translation>نقطهٔ بازبینی {seq} خوانده نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="146"/>
        <source>entry {seq} misses a field</source>
        <translation>مدخل {seq} یک فیلد کم دارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="147"/>
        <source>The edit log of {name} does not reach back that far.</source>
        <translation>گزارش ویرایش‌های {name} تا آن زمان به عقب نمی‌رسد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="148"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="149"/>
        <source>{name} has no slice named &quot;{slice}&quot; (slices: {known}).</source>
        <translation>{name} برشی به نام «{slice}» ندارد (برش‌ها: {known}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="150"/>
        <source>{name} already has a slice named &quot;{slice}&quot;.</source>
        <translation>{name} از پیش برشی به نام «{slice}» دارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="151"/>
        <source>The slices of {name} could not be changed ({detail}).</source>
        <translation>برش‌های {name} تغییر نکردند ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="152"/>
        <source>A slice needs a name of 1 to {most} characters.</source>
        <translation>برش به نامی با ۱ تا {most} نویسه نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="153"/>
        <source>A slice name holds a broken character (an unpaired surrogate).</source>
        <translation>نام برش نویسه‌ای شکسته دارد (یک جانشین بی‌جفت).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="155"/>
        <source>{what} is not text</source>
        <translation>{what} متن نیست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="156"/>
        <source>{what} is longer than {limit:,} characters</source>
        <translation>{what} بلندتر از {limit:,} نویسه است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="157"/>
        <source>{what} has an invalid id</source>
        <translation>{what} شناسهٔ نامعتبری دارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="158"/>
        <source>{what} has an invalid reference</source>
        <translation>{what} ارجاع نامعتبری دارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="159"/>
        <source>{what} has an invalid colour {value}</source>
        <translation>{what} رنگ نامعتبر {value} را دارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="160"/>
        <source>{what} is not a number</source>
        <translation>{what} عدد نیست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="161"/>
        <source>{what} is out of range</source>
        <translation>{what} بیرون از بازهٔ مجاز است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="162"/>
        <source>{what} is not a yes/no value</source>
        <translation>{what} مقدار بله/نه نیست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="163"/>
        <source>{what} is not valid JSON</source>
        <translation>{what} JSON معتبری نیست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="164"/>
        <source>{what} is not a list</source>
        <translation>{what} فهرست نیست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="165"/>
        <source>{what} has unexpected fields</source>
        <translation>{what} فیلدهای ناخواسته دارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="166"/>
        <source>{what} unlocks an unknown kind {kind}</source>
        <translation>{what} گونهٔ ناشناختهٔ {kind} را باز می‌کند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="167"/>
        <source>{what} have an invalid legend</source>
        <translation>راهنمای {what} نامعتبر است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="168"/>
        <source>{what} has an invalid plan or history</source>
        <translation>{what} برنامه یا پیشینهٔ نامعتبری دارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="169"/>
        <source>{what} has an invalid current phase</source>
        <translation>{what} مرحلهٔ کنونی نامعتبری دارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="170"/>
        <source>{what} has an invalid vote budget</source>
        <translation>{what} سهم رأی نامعتبری دارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="171"/>
        <source>{what} has an unknown kind {kind}</source>
        <translation>{what} گونهٔ ناشناختهٔ {kind} را دارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="172"/>
        <source>{what} has invalid co-authors</source>
        <translation>{what} هم‌نویسندگان نامعتبری دارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="173"/>
        <source>a {collection} row is not valid ({detail})</source>
        <translation>یک ردیف {collection} معتبر نیست ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="174"/>
        <source>the {collection} record has the wrong id {id}</source>
        <translation>رکورد {collection} شناسهٔ نادرست {id} را دارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="175"/>
        <source>a {collection} row made a {type}</source>
        <translation>یک ردیف {collection} به {type} تبدیل شد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="176"/>
        <source>the board&apos;s properties</source>
        <translation>ویژگی‌های تخته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="177"/>
        <source>the workshop</source>
        <translation>کارگاه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="178"/>
        <source>participant {id}</source>
        <translation>شرکت‌کنندهٔ {id}</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="179"/>
        <source>lane {id}</source>
        <translation>مسیر {id}</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="180"/>
        <source>milestone {id}</source>
        <translation>نقطهٔ عطف {id}</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="181"/>
        <source>sticky {id}</source>
        <translation>برگهٔ {id}</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="182"/>
        <source>link {id}</source>
        <translation>پیوند {id}</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="183"/>
        <source>vote {id}</source>
        <translation>رأی {id}</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="184"/>
        <source>decision {id}</source>
        <translation>تصمیم {id}</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="186"/>
        <source>The file is read-only.</source>
        <translation>پرونده فقط‌خواندنی است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="187"/>
        <source>This board is not saved in a file, so it has no time slices.</source>
        <translation>این تخته در پرونده‌ای ذخیره نشده است، پس برش زمانی ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="189"/>
        <source>Edit out of date: {collection}/{id} is not what the edit expected.</source>
        <translation>ویرایش کهنه شده است: {collection}/{id} آن چیزی نیست که ویرایش انتظار داشت.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="190"/>
        <source>Unknown collection {collection!r}.</source>
        <translation>مجموعهٔ ناشناختهٔ {collection!r}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="191"/>
        <source>The {collection} record cannot be removed.</source>
        <translation>رکورد {collection} را نمی‌توان حذف کرد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="192"/>
        <source>Record does not belong in {collection}/{id}.</source>
        <translation>این رکورد به {collection}/{id} تعلق ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="193"/>
        <source>Unknown sticky kind {kind_id!r}.</source>
        <translation>گونهٔ برگهٔ ناشناختهٔ {kind_id!r}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="194"/>
        <source>{what} must be text.</source>
        <translation>{what} باید متن باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="195"/>
        <source>{what} is limited to {limit:,} characters; this one has {count:,}.</source>
        <translation>{what} حداکثر {limit:,} نویسه می‌تواند باشد؛ این یکی {count:,} نویسه دارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="196"/>
        <source>{what} holds a broken character (an unpaired surrogate).</source>
        <translation>{what} نویسه‌ای شکسته دارد (یک جانشین بی‌جفت).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="197"/>
        <source>The vote budget must be a whole number from 1 to {max_budget}.</source>
        <translation>سهم رأی باید عددی درست از ۱ تا {max_budget} باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="198"/>
        <source>There is no sticky {sticky_id!r} on this board.</source>
        <translation>برگهٔ {sticky_id!r} روی این تخته نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="199"/>
        <source>Only hotspots and opportunities can receive votes.</source>
        <translation>فقط نقطه‌های داغ و فرصت‌ها می‌توانند رأی بگیرند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="200"/>
        <source>The votes have been revealed; hide them to change votes.</source>
        <translation>رأی‌ها آشکار شده‌اند؛ برای تغییر رأی‌ها آن‌ها را پنهان کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="201"/>
        <source>{name} has used all {budget} of their votes; remove one to vote again.</source>
        <translation>{name} همهٔ {budget} رأی خود را داده است؛ برای رأی دوباره یکی را پس بگیرد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="202"/>
        <source>{name} has no vote on that sticky.</source>
        <translation>{name} رأیی روی آن برگه ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="203"/>
        <source>There is no participant {participant_id!r} on this board.</source>
        <translation>شرکت‌کنندهٔ {participant_id!r} روی این تخته نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="204"/>
        <source>The workshop plan has no phase {key!r}.</source>
        <translation>برنامهٔ کارگاه مرحلهٔ {key!r} را ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="205"/>
        <source>Unknown workshop feature {feature!r}.</source>
        <translation>ویژگی ناشناختهٔ کارگاه {feature!r}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="206"/>
        <source>{name} stickies are not available in the {phase} phase.</source>
        <translation>برگه‌های {name} در مرحلهٔ {phase} در دسترس نیستند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="207"/>
        <source>{name} stickies are not available now.</source>
        <translation>برگه‌های {name} اکنون در دسترس نیستند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="208"/>
        <source>No phase is running, so there is nothing to pause.</source>
        <translation>هیچ مرحله‌ای در جریان نیست، پس چیزی برای مکث نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="209"/>
        <source>The timer is already paused.</source>
        <translation>زمان‌سنج از پیش متوقف است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="210"/>
        <source>No phase is running; start the workshop first.</source>
        <translation>هیچ مرحله‌ای در جریان نیست؛ نخست کارگاه را آغاز کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="211"/>
        <source>The timer is already running.</source>
        <translation>زمان‌سنج از پیش در حال کار است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="212"/>
        <source>The minutes to add must be a number.</source>
        <translation>دقیقه‌هایی که افزوده می‌شوند باید عدد باشند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="213"/>
        <source>At most {max_added_minutes:g} minutes can be added at once.</source>
        <translation>در هر بار حداکثر {max_added_minutes:g} دقیقه می‌توان افزود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="214"/>
        <source>The timebox cannot become shorter than zero.</source>
        <translation>بازهٔ زمانی نمی‌تواند کوتاه‌تر از صفر شود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="215"/>
        <source>The workshop has no phase plan yet.</source>
        <translation>کارگاه هنوز برنامهٔ مرحله‌ها را ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="216"/>
        <source>The workshop is already running.</source>
        <translation>کارگاه از پیش در جریان است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="217"/>
        <source>There is no phase number {value} in the plan.</source>
        <translation>مرحلهٔ شمارهٔ {value} در برنامه نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="218"/>
        <source>This is the last phase; finish the workshop instead.</source>
        <translation>این آخرین مرحله است؛ به‌جای آن کارگاه را به پایان ببرید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="219"/>
        <source>This is the first phase; there is no phase before it.</source>
        <translation>این نخستین مرحله است؛ مرحله‌ای پیش از آن نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="220"/>
        <source>This is the last phase; there is nothing to skip to.</source>
        <translation>این آخرین مرحله است؛ مرحله‌ای برای رفتن به آن نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="221"/>
        <source>No phase is running, so there is nothing to finish.</source>
        <translation>هیچ مرحله‌ای در جریان نیست، پس چیزی برای پایان دادن نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="222"/>
        <source>A phase&apos;s timebox must be more than 0 and at most {max_phase_minutes:g} minutes.</source>
        <translation>بازهٔ زمانی یک مرحله باید بیش از ۰ و حداکثر {max_phase_minutes:g} دقیقه باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="223"/>
        <source>A phase needs a title.</source>
        <translation>مرحله به عنوان نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="224"/>
        <source>A phase cannot unlock {name!r}: it is no sticky kind.</source>
        <translation>مرحله نمی‌تواند {name!r} را باز کند: این گونهٔ برگه نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="226"/>
        <source>The grid must be between 1 and 1000 board units.</source>
        <translation>شبکه باید بین ۱ و ۱۰۰۰ واحد تخته باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="227"/>
        <source>Arranging would move a sticky beyond ±{max_coord:,.0f}.</source>
        <translation>چیدن، برگه‌ای را از ±{max_coord:,.0f} فراتر می‌برد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="228"/>
        <source>{what} must be a finite number within ±{max_coord:,.0f}.</source>
        <translation>{what} باید عددی متناهی در بازهٔ ±{max_coord:,.0f} باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="229"/>
        <source>{what} must be between {min_size:g} and {max_size:g}.</source>
        <translation>{what} باید بین {min_size:g} و {max_size:g} باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="230"/>
        <source>An author must be a participant&apos;s id of at most {max_id_length} characters.</source>
        <translation>نویسنده باید شناسهٔ یک شرکت‌کننده با حداکثر {max_id_length} نویسه باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="231"/>
        <source>{what} must be text of 1 to {max_id_length} characters.</source>
        <translation>{what} باید متنی با ۱ تا {max_id_length} نویسه باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="232"/>
        <source>Colour {color!r} is not of the form #RRGGBB.</source>
        <translation>رنگ {color!r} به شکل ‎#RRGGBB نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="233"/>
        <source>A sticky with id {id!r} already exists.</source>
        <translation>برگه‌ای با شناسهٔ {id!r} از پیش هست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="234"/>
        <source>{collection}/{id} already exists.</source>
        <translation>{collection}/{id} از پیش هست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="235"/>
        <source>Record does not belong in {collection}.</source>
        <translation>این رکورد به {collection} تعلق ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="236"/>
        <source>There is no {collection}/{record_id} on this board.</source>
        <translation>{collection}/{record_id} روی این تخته نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="237"/>
        <source>Only domain events can be pivotal.</source>
        <translation>فقط رویدادهای دامنه می‌توانند محوری باشند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="238"/>
        <source>{origin}: {error}</source>
        <translation>{origin}: {error}</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="239"/>
        <source>A lane&apos;s height must be between {min_lane_height:g} and {max_lane_height:g}.</source>
        <translation>ارتفاع مسیر باید بین {min_lane_height:g} و {max_lane_height:g} باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="240"/>
        <source>A lane with id {id!r} already exists.</source>
        <translation>مسیری با شناسهٔ {id!r} از پیش هست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="241"/>
        <source>There is no lane {lane_id!r} on this board.</source>
        <translation>مسیر {lane_id!r} روی این تخته نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="242"/>
        <source>A lane position must be between 0 and {value}.</source>
        <translation>جایگاه مسیر باید بین ۰ و {value} باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="243"/>
        <source>A milestone with id {id!r} already exists.</source>
        <translation>نقطهٔ عطفی با شناسهٔ {id!r} از پیش هست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="244"/>
        <source>A sticky cannot be linked to itself.</source>
        <translation>برگه را نمی‌توان به خودش پیوند داد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="245"/>
        <source>A {link} link cannot go from a {source} to a {target}.</source>
        <translation>پیوند «{link}» نمی‌تواند از {source} به {target} برود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="246"/>
        <source>leads to</source>
        <translation>منجر می‌شود به</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="247"/>
        <source>triggers</source>
        <translation>راه می‌اندازد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="248"/>
        <source>relates to</source>
        <translation>مرتبط است با</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="249"/>
        <source>A link with id {id!r} already exists.</source>
        <translation>پیوندی با شناسهٔ {id!r} از پیش هست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="250"/>
        <source>The sticky to keep must be one of the group.</source>
        <translation>برگه‌ای که می‌ماند باید یکی از گروه باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="251"/>
        <source>Only stickies of one kind can be merged.</source>
        <translation>فقط برگه‌های یک گونه را می‌توان یکی کرد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="252"/>
        <source>There is no milestone {milestone_id!r} on this board.</source>
        <translation>نقطهٔ عطف {milestone_id!r} روی این تخته نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="253"/>
        <source>There is no link {link_id!r} on this board.</source>
        <translation>پیوند {link_id!r} روی این تخته نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="254"/>
        <source>The new lane would split lane {label!r}; put it above or below.</source>
        <translation>مسیر تازه، مسیر {label!r} را دو تکه می‌کند؛ آن را بالاتر یا پایین‌تر بگذارید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="255"/>
        <source>The new lane overlaps another lane.</source>
        <translation>مسیر تازه با مسیر دیگری هم‌پوشانی دارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="256"/>
        <source>These stickies are already linked that way.</source>
        <translation>این برگه‌ها از پیش به همین شکل پیوند دارند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="257"/>
        <source>Unknown link kind {kind!r}.</source>
        <translation>گونهٔ پیوند ناشناختهٔ {kind!r}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="258"/>
        <source>A participant needs a name.</source>
        <translation>شرکت‌کننده به نام نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="259"/>
        <source>Only hotspots and opportunities get an owner and a next step.</source>
        <translation>فقط نقطه‌های داغ و فرصت‌ها مسئول و گام بعدی می‌گیرند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="260"/>
        <source>{name} has already cast {used} votes; remove some before lowering the budget to {budget}.</source>
        <translation>{name} تاکنون {used} رأی داده است؛ پیش از کاهش سهم به {budget}، چندتایی را پس بگیرید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="261"/>
        <source>The goal</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="262"/>
        <source>The scope</source>
        <translation>دامنهٔ کار</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="263"/>
        <source>A participant&apos;s name</source>
        <translation>نام شرکت‌کننده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="264"/>
        <source>A role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="265"/>
        <source>A phase title</source>
        <translation>عنوان مرحله</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="266"/>
        <source>An instruction</source>
        <translation>دستورالعمل</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="267"/>
        <source>A checklist item</source>
        <translation>مورد فهرست وارسی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="268"/>
        <source>The owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="269"/>
        <source>The next step</source>
        <translation>گام بعدی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="270"/>
        <source>A lane&apos;s height</source>
        <translation>ارتفاع مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="271"/>
        <source>A lane&apos;s label</source>
        <translation>برچسب مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="272"/>
        <source>A lane&apos;s top</source>
        <translation>لبهٔ بالای مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="273"/>
        <source>A milestone&apos;s label</source>
        <translation>برچسب نقطهٔ عطف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="274"/>
        <source>A milestone&apos;s position</source>
        <translation>جایگاه نقطهٔ عطف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="275"/>
        <source>A link&apos;s label</source>
        <translation>برچسب پیوند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="276"/>
        <source>A sticky&apos;s id</source>
        <translation>شناسهٔ برگه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="277"/>
        <source>Width</source>
        <translation>پهنا</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="278"/>
        <source>Height</source>
        <translation>ارتفاع</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="279"/>
        <location filename="../../src/stormboard/error_codes.py" line="284"/>
        <source>The title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="280"/>
        <source>A name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="281"/>
        <source>A sticky&apos;s text</source>
        <translation>متن برگه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="282"/>
        <source>An id</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="283"/>
        <source>The label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="285"/>
        <source>The name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="287"/>
        <source>the title is longer than {max_label_text} characters</source>
        <translation>عنوان بلندتر از {max_label_text} نویسه است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="288"/>
        <source>the description is longer than {max_sticky_text:,} characters</source>
        <translation>شرح بلندتر از {max_sticky_text:,} نویسه است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="289"/>
        <source>the creation time is not a usable number</source>
        <translation>زمان ساخت عدد قابل استفاده‌ای نیست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="290"/>
        <source>the workshop&apos;s current phase {current} is not a phase of its plan</source>
        <translation>مرحلهٔ کنونی کارگاه، {current}، مرحله‌ای از برنامه‌اش نیست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="291"/>
        <source>the vote budget {vote_budget} is not from 0 to {max_file_vote_budget}</source>
        <translation>سهم رأی {vote_budget} بین ۰ تا {max_file_vote_budget} نیست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="292"/>
        <source>the workshop&apos;s timer holds an impossible time</source>
        <translation>زمان‌سنج کارگاه زمانی ناممکن دارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="293"/>
        <source>the workshop&apos;s plan or history holds an impossible phase</source>
        <translation>برنامه یا پیشینهٔ کارگاه مرحله‌ای ناممکن دارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="294"/>
        <source>the workshop&apos;s active participant is not a valid id</source>
        <translation>شرکت‌کنندهٔ فعال کارگاه شناسهٔ معتبری نیست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="295"/>
        <source>the workshop&apos;s goal is longer than {most:,} characters</source>
        <translation>هدف کارگاه بلندتر از {most:,} نویسه است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="296"/>
        <source>the workshop&apos;s scope is longer than {most:,} characters</source>
        <translation>دامنهٔ کار کارگاه بلندتر از {most:,} نویسه است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="297"/>
        <source>lane {id!r} has a label longer than {max_label_text}</source>
        <translation>برچسب مسیر {id!r} بلندتر از {max_label_text} است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="298"/>
        <source>lane {id!r} has an impossible height {height!r}</source>
        <translation>مسیر {id!r} ارتفاع ناممکن {height!r} را دارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="299"/>
        <source>milestone {id!r} has a label longer than {max_label_text}</source>
        <translation>برچسب نقطهٔ عطف {id!r} بلندتر از {max_label_text} است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="300"/>
        <source>participant {id!r} has a name or role longer than {max_label_text}</source>
        <translation>نام یا نقش شرکت‌کنندهٔ {id!r} بلندتر از {max_label_text} است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="301"/>
        <source>link {id!r} has a label longer than {max_label_text}</source>
        <translation>برچسب پیوند {id!r} بلندتر از {max_label_text} است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="302"/>
        <source>the decision on {id!r} has an owner or next step that is too long</source>
        <translation>مسئول یا گام بعدی تصمیم دربارهٔ {id!r} بیش از اندازه بلند است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="303"/>
        <source>sticky {id!r} is marked pivotal but is a {kind}, not an event</source>
        <translation>برگهٔ {id!r} محوری نشان خورده اما {kind} است، نه رویداد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="304"/>
        <source>sticky {id!r} has an author that is not a valid id</source>
        <translation>نویسندهٔ برگهٔ {id!r} شناسهٔ معتبری نیست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="305"/>
        <source>sticky {id!r} has an impossible time</source>
        <translation>برگهٔ {id!r} زمانی ناممکن دارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="306"/>
        <source>link {id!r} joins a sticky that is not on the board</source>
        <translation>پیوند {id!r} به برگه‌ای وصل است که روی تخته نیست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="307"/>
        <source>vote {id!r} is on a sticky that is not on the board</source>
        <translation>رأی {id!r} روی برگه‌ای است که روی تخته نیست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="308"/>
        <source>the decision {id!r} is about a sticky that is not on the board</source>
        <translation>تصمیم {id!r} دربارهٔ برگه‌ای است که روی تخته نیست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="309"/>
        <source>vote {id!r} has no valid participant or time</source>
        <translation>رأی {id!r} شرکت‌کننده یا زمان معتبری ندارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="311"/>
        <source>Cannot write {file}: {cause}. Nothing was written.</source>
        <translation>{file} نوشته نشد: {cause}. چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="312"/>
        <source>the file would exceed the largest file size allowed</source>
        <translation>پرونده از بزرگ‌ترین اندازهٔ مجاز فراتر می‌رفت</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="313"/>
        <source>the file or its folder may not be changed (read-only or immutable)</source>
        <translation>پرونده یا پوشه‌اش را نمی‌توان تغییر داد (فقط‌خواندنی یا تغییرناپذیر)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="314"/>
        <source>an input/output error occurred</source>
        <translation>خطای ورودی/خروجی رخ داد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="315"/>
        <source>the name is too long</source>
        <translation>نام بیش از اندازه بلند است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="316"/>
        <source>{file} is not a possible file name.</source>
        <translation>{file} نام پروندهٔ ممکنی نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="317"/>
        <source>{file} is a folder; give an output file name.</source>
        <translation>{file} یک پوشه است؛ نام یک پروندهٔ خروجی را بدهید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="318"/>
        <source>a device or special file</source>
        <translation>یک دستگاه یا پروندهٔ ویژه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="319"/>
        <source>{file} is {what}, not a file; give an output file name.</source>
        <translation>{file} {what} است، نه پرونده؛ نام یک پروندهٔ خروجی را بدهید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="320"/>
        <source>Cannot write {file}: the folder {folder} does not exist.</source>
        <translation>{file} نوشته نشد: پوشهٔ {folder} وجود ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="321"/>
        <source>Cannot write {file}: the text holds a character {encoding} cannot store (position {position}). Nothing was written.</source>
        <translation>{file} نوشته نشد: متن نویسه‌ای دارد که {encoding} نمی‌تواند نگه دارد (جایگاه {position}). چیزی نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="323"/>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="324"/>
        <source>{problem}.</source>
        <translation>{problem}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="325"/>
        <source>{file}: the file is {size:,.0f} MB; a board&apos;s JSON is limited to {limit:,} MB.</source>
        <translation>{file}: پرونده {size:,.0f} مگابایت است؛ JSON یک تخته حداکثر {limit:,} مگابایت است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="326"/>
        <source>{file}: is a folder, not a JSON file.</source>
        <translation>{file}: یک پوشه است، نه پروندهٔ JSON.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="327"/>
        <source>holds about {values:,} values; a board has far fewer (at most {most:,}), so it is not read.</source>
        <translation>حدود {values:,} مقدار دارد؛ یک تخته بسیار کمتر دارد (حداکثر {most:,})، پس خوانده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="328"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="329"/>
        <source>nested more than {most} levels deep; a board is never this deep.</source>
        <translation>بیش از {most} سطح تودرتو است؛ هیچ تخته‌ای این‌قدر ژرف نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="330"/>
        <source>a key holds an unpaired surrogate (\ud800-\udfff), which is not a character.</source>
        <translation>یک کلید جانشینی بی‌جفت (\ud800-\udfff) دارد که نویسه نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="331"/>
        <source>contains an unpaired surrogate (\ud800-\udfff), which is not a character.</source>
        <translation>جانشینی بی‌جفت (\ud800-\udfff) دارد که نویسه نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="332"/>
        <source>a boolean</source>
        <translation>یک مقدار بولی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="333"/>
        <source>a number</source>
        <translation>یک عدد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="334"/>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="335"/>
        <source>an array</source>
        <translation>یک آرایه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="336"/>
        <source>an object</source>
        <translation>یک شیء</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="337"/>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="338"/>
        <source>{problem} (and 1 more problem)</source>
        <translation>{problem} (و ۱ مشکل دیگر)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="339"/>
        <source>{problem} (and {more} more problems)</source>
        <translation>{problem} (و {more} مشکل دیگر)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="340"/>
        <source>{problem} (and more than {most} more problems)</source>
        <translation>{problem} (و بیش از {most} مشکل دیگر)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="341"/>
        <source>{p}.pivotal: only domain events can be pivotal, not {id}.</source>
        <translation>{p}.pivotal: فقط رویدادهای دامنه می‌توانند محوری باشند، نه {id}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="342"/>
        <source>workshop.current: {current} is not a phase of the plan (it has {count} phases).</source>
        <translation>workshop.current: {current} مرحله‌ای از برنامه نیست (برنامه {count} مرحله دارد).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="343"/>
        <source>workshop.current: {current} is not a phase of the plan (it has {count} phase).</source>
        <translation>workshop.current: {current} مرحله‌ای از برنامه نیست (برنامه {count} مرحله دارد).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="344"/>
        <source>The board holds a number that is not finite, which JSON cannot represent.</source>
        <translation>تخته عددی نامتناهی دارد که JSON نمی‌تواند نشانش دهد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="345"/>
        <source>{file}: is not UTF-8 text (byte 0x{value:02X} at offset {start}).</source>
        <translation>{file}: متن UTF-8 نیست (بایت 0x{value:02X} در جایگاه {start}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="346"/>
        <source>is not valid JSON ({msg} at line {lineno}, column {colno}).</source>
        <translation>JSON معتبری نیست ({msg} در سطر {lineno}، ستون {colno}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="347"/>
        <source>is not a board (the JSON is nested too deeply).</source>
        <translation>تخته نیست (JSON بیش از اندازه تودرتو است).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="348"/>
        <source>holds an integer with thousands of digits, which no board field can hold.</source>
        <translation>عدد درستی با هزاران رقم دارد که هیچ فیلد تخته‌ای نمی‌تواند نگه دارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="349"/>
        <source>{where}.name: a slice needs a name of its own.</source>
        <translation>{where}.name: برش به نامی از آن خود نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="350"/>
        <source>{where}.board: a slice cannot hold slices of its own.</source>
        <translation>{where}.board: برش نمی‌تواند برش‌هایی از آن خود داشته باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="351"/>
        <source>{where}.board: {error}</source>
        <translation>{where}.board: {error}</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="352"/>
        <source>top level: a board is a JSON object, not {value}.</source>
        <translation>سطح بالا: تخته یک شیء JSON است، نه {value}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="353"/>
        <source>format: this is not a Stormboard board (expected &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>format: این تختهٔ استورم‌بورد نیست (انتظار می‌رفت &quot;format&quot;: &quot;{format}&quot;).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="354"/>
        <source>version: this board was written by a newer Stormboard (format version {version}); this build reads version {version2}. Please update Stormboard to open it.</source>
        <translation>version: این تخته را استورم‌بوردی تازه‌تر نوشته است (نسخهٔ قالب {version})؛ این ساخت نسخهٔ {version2} را می‌خواند. برای باز کردنش استورم‌بورد را به‌روز کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="355"/>
        <source>{file}: expected a number, found {value}.</source>
        <translation>{file}: انتظار عدد می‌رفت، {value} آمد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="356"/>
        <source>{file}: {value!r} is not a finite number.</source>
        <translation>{file}: {value!r} عددی متناهی نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="357"/>
        <source>{file}: {value:g} is outside ±{max_coord:,.0f}.</source>
        <translation>{file}: {value:g} بیرون از ±{max_coord:,.0f} است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="358"/>
        <source>{file}: {value:g} is not between {min_size:g} and {max_size:g}.</source>
        <translation>{file}: {value:g} بین {min_size:g} و {max_size:g} نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="359"/>
        <source>{file}: {value:g} must be above 0 and at most {limit:,.0f}.</source>
        <translation>{file}: {value:g} باید بیش از ۰ و حداکثر {limit:,.0f} باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="360"/>
        <source>{file}: {value!r} is not a colour of the form #RRGGBB.</source>
        <translation>{file}: {value!r} رنگی به شکل ‎#RRGGBB نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="361"/>
        <source>{file}: expected text, found {value}.</source>
        <translation>{file}: انتظار متن می‌رفت، {value} آمد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="362"/>
        <source>{file}: text is limited to {limit:,} characters; this one has {count:,}.</source>
        <translation>{file}: متن حداکثر {limit:,} نویسه می‌تواند باشد؛ این یکی {count:,} نویسه دارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="363"/>
        <source>{file}: there is no {what} with id {value!r} on this board.</source>
        <translation>{file}: هیچ {what} با شناسهٔ {value!r} روی این تخته نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="364"/>
        <source>top level: nested too deeply to be a board.</source>
        <translation>سطح بالا: برای تخته بودن بیش از اندازه تودرتو است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="365"/>
        <source>{file}: the number is too large.</source>
        <translation>{file}: عدد بیش از اندازه بزرگ است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="366"/>
        <source>{file}: contains an unpaired surrogate (\ud800-\udfff), which is not a character.</source>
        <translation>{file}: جانشینی بی‌جفت (\ud800-\udfff) دارد که نویسه نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="367"/>
        <source>{collection}[{i}].{key}: contains an unpaired surrogate (\ud800-\udfff), which is not a character.</source>
        <translation>{collection}[{i}].{key}: جانشینی بی‌جفت (\ud800-\udfff) دارد که نویسه نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="368"/>
        <source>{collection}[{i}].{key}: duplicate id {rid!r} (also used by {collection}[{value}]).</source>
        <translation>{collection}[{i}].{key}: شناسهٔ تکراری {rid!r} (در {collection}[{value}] هم به کار رفته است).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="369"/>
        <source>{name} holds {n:,} {what}; at most {max_elements:,} are imported.</source>
        <translation>{name} {n:,} {what} دارد؛ حداکثر {max_elements:,} تا وارد می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="370"/>
        <source>{name} is not UTF-8 text (bad byte at position {start}).</source>
        <translation>{name} متن UTF-8 نیست (بایت نادرست در جایگاه {start}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="371"/>
        <source>{where}: kind {value!r} is not a notation kind (use one of {value2}).</source>
        <translation>{where}: گونهٔ {value!r} از گونه‌های نمادگذاری نیست (یکی از این‌ها را به کار ببرید: {value2}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="372"/>
        <source>{where}: {column} must be a finite number.</source>
        <translation>{where}: {column} باید عددی متناهی باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="373"/>
        <source>{where}: {column} {value!r} is not a number.</source>
        <translation>{where}: {column} {value!r} عدد نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="374"/>
        <source>{name} is not readable CSV ({error}).</source>
        <translation>{name} CSV خوانایی نیست ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="375"/>
        <source>{where}: the compressed page unpacks to more than {value} MB; refused.</source>
        <translation>{where}: صفحهٔ فشرده به بیش از {value} مگابایت باز می‌شود؛ پذیرفته نشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="376"/>
        <source>{name} is not a draw.io file (its root is &lt;{value}&gt;).</source>
        <translation>{name} پروندهٔ draw.io نیست (ریشه‌اش &lt;{value}&gt; است).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="377"/>
        <source>{name} holds no &lt;diagram&gt; page.</source>
        <translation>{name} هیچ صفحهٔ &lt;diagram&gt; ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="378"/>
        <source>{where}: {key} must be a finite number.</source>
        <translation>{where}: {key} باید عددی متناهی باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="379"/>
        <source>{name}: the page has no &lt;root&gt; of cells.</source>
        <translation>{name}: صفحه &lt;root&gt; خانه‌ها را ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="380"/>
        <source>{where}: the compressed page is not base64.</source>
        <translation>{where}: صفحهٔ فشرده base64 نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="381"/>
        <source>{where}: the compressed page is not deflate data.</source>
        <translation>{where}: صفحهٔ فشرده دادهٔ deflate نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="382"/>
        <source>diagram[0] does not hold an &lt;mxGraphModel&gt;.</source>
        <translation>diagram[0] هیچ &lt;mxGraphModel&gt; ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="383"/>
        <source>{where}: {key}={value!r} is not a number.</source>
        <translation>{where}: {key}={value!r} عدد نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="384"/>
        <source>{where}: {key} must be a number, not {value}.</source>
        <translation>{where}: {key} باید عدد باشد، نه {value}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="385"/>
        <source>{where}: {key} must be text, not {value}.</source>
        <translation>{where}: {key} باید متن باشد، نه {value}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="386"/>
        <source>{name} holds more values than any drawing; it is not read.</source>
        <translation>{name} بیش از هر نقاشی‌ای مقدار دارد؛ خوانده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="387"/>
        <source>{name} is not an Excalidraw file (its &quot;type&quot; is not &quot;excalidraw&quot;).</source>
        <translation>{name} پروندهٔ Excalidraw نیست (&quot;type&quot; آن &quot;excalidraw&quot; نیست).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="388"/>
        <source>{name}: &quot;elements&quot; must be a list, not {value}.</source>
        <translation>{name}: &quot;elements&quot; باید فهرست باشد، نه {value}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="389"/>
        <source>{where}: {key} must be an object with an elementId.</source>
        <translation>{where}: {key} باید شیئی با elementId باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="390"/>
        <source>{name} is nested too deeply to be an Excalidraw file.</source>
        <translation>{name} برای پروندهٔ Excalidraw بودن بیش از اندازه تودرتو است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="391"/>
        <source>{name} is not JSON ({msg} at line {lineno}, column {colno}).</source>
        <translation>{name} JSON نیست ({msg} در سطر {lineno}، ستون {colno}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="392"/>
        <source>{name} holds an integer with thousands of digits; it is not an Excalidraw drawing.</source>
        <translation>{name} عدد درستی با هزاران رقم دارد؛ نقاشی Excalidraw نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="393"/>
        <source>elements[{i}] must be an object, not {value}.</source>
        <translation>elements[{i}] باید شیء باشد، نه {value}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="394"/>
        <source>elements[{i}] needs a text &quot;id&quot; and &quot;type&quot;.</source>
        <translation>elements[{i}] به &quot;id&quot; و &quot;type&quot; متنی نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="395"/>
        <source>{where}: containerId must be text, not {value}.</source>
        <translation>{where}: containerId باید متن باشد، نه {value}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="396"/>
        <source>{name} nests elements more than {max_depth} deep; refused.</source>
        <translation>{name} عنصرها را بیش از {max_depth} سطح تودرتو کرده است؛ پذیرفته نشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="397"/>
        <source>{name} declares a DTD or entities ({name2}), which Stormboard never reads; refused.</source>
        <translation>{name} یک DTD یا موجودیت ({name2}) اعلام می‌کند که استورم‌بورد هرگز نمی‌خواند؛ پذیرفته نشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="398"/>
        <source>{name} is not well-formed XML (line {line}, column {column}).</source>
        <translation>{name} XML خوش‌ساختی نیست (سطر {line}، ستون {column}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="399"/>
        <source>Unknown scale {text!r}; use fit, real, width:N (pages across), width:3000mm or N%.</source>
        <translation>مقیاس ناشناختهٔ {text!r}؛ یکی از این‌ها را به کار ببرید: fit، real، width:N (شمار صفحه‌ها در پهنا)، width:3000mm یا N%.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="401"/>
        <source>{file} is a folder, not a file to import.</source>
        <translation>{file} یک پوشه است، نه پرونده‌ای برای وارد کردن.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="402"/>
        <source>{name} is {size:,.0f} MB; files over {limit} MB are not imported.</source>
        <translation>{name} {size:,.0f} مگابایت است؛ پرونده‌های بزرگ‌تر از {limit} مگابایت وارد نمی‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="403"/>
        <source>elements</source>
        <translation>عنصر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="404"/>
        <source>cells</source>
        <translation>خانه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="405"/>
        <source>rows</source>
        <translation>سطر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="406"/>
        <source>lines</source>
        <translation>خط</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="407"/>
        <source>the list</source>
        <translation>فهرست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="408"/>
        <source>Cannot import {name}: the file name must end in one of {known}.</source>
        <translation>{name} وارد نشد: نام پرونده باید به یکی از این‌ها پایان یابد: {known}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="409"/>
        <source>missing</source>
        <translation>ناموجود</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="411"/>
        <source>sticky</source>
        <translation>برگه‌ای</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="412"/>
        <source>sticky (a decision&apos;s id is its sticky&apos;s)</source>
        <translation>برگه‌ای (شناسهٔ تصمیم همان شناسهٔ برگه‌اش است)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="414"/>
        <source>{collection} can only be changed on the host.</source>
        <translation>{collection} را فقط روی میزبان می‌توان تغییر داد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="415"/>
        <source>Pick your name first.</source>
        <translation>نخست نام خود را برگزینید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="416"/>
        <source>Participants can only write stickies.</source>
        <translation>شرکت‌کنندگان فقط می‌توانند برگه بنویسند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="417"/>
        <source>You can only change your own stickies.</source>
        <translation>فقط برگه‌های خودتان را می‌توانید تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="418"/>
        <source>The facilitator has locked the stickies on the wall.</source>
        <translation>تسهیلگر برگه‌های روی دیوار را قفل کرده است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="419"/>
        <source>Ask the facilitator to add you.</source>
        <translation>از تسهیلگر بخواهید شما را بیفزاید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="420"/>
        <source>Someone already has that name; pick it from the list or add another.</source>
        <translation>کسی این نام را دارد؛ آن را از فهرست برگزینید یا نام دیگری بیفزایید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="421"/>
        <source>Too many people joined just now; wait a moment.</source>
        <translation>هم‌اکنون افراد زیادی پیوستند؛ کمی صبر کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="422"/>
        <source>Voting has not started yet.</source>
        <translation>رأی‌گیری هنوز آغاز نشده است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="423"/>
        <source>A vote names a sticky.</source>
        <translation>رأی باید برگه‌ای را نام ببرد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="424"/>
        <source>Each record must be a Map of its fields.</source>
        <translation>هر رکورد باید یک Map از فیلدهایش باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="425"/>
        <source>You can only write stickies as yourself.</source>
        <translation>فقط به نام خودتان می‌توانید برگه بنویسید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="426"/>
        <source>Only the facilitator marks pivotal events and merges duplicates.</source>
        <translation>فقط تسهیلگر رویدادهای محوری را نشان می‌گذارد و برگه‌های تکراری را یکی می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="427"/>
        <source>At most {stickies_per_minute} stickies a minute; wait a moment.</source>
        <translation>حداکثر {stickies_per_minute} برگه در دقیقه؛ کمی صبر کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="428"/>
        <source>A link must join two stickies on the board.</source>
        <translation>پیوند باید دو برگهٔ روی تخته را به هم وصل کند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="429"/>
        <source>{key} must be a number within ±{max_coord:g}.</source>
        <translation>{key} باید عددی در بازهٔ ±{max_coord:g} باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="430"/>
        <source>{key} must be a time in seconds.</source>
        <translation>{key} باید زمانی بر حسب ثانیه باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="431"/>
        <source>{key} must be text.</source>
        <translation>{key} باید متن باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="432"/>
        <source>{key} is longer than {limit} characters.</source>
        <translation>{key} بلندتر از {limit} نویسه است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="433"/>
        <source>{key} must be a colour like #RRGGBB.</source>
        <translation>{key} باید رنگی مانند ‎#RRGGBB باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="434"/>
        <source>{key} must be true or false.</source>
        <translation>{key} باید true یا false باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="435"/>
        <source>Unknown field {value!r}.</source>
        <translation>فیلد ناشناختهٔ {value!r}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="436"/>
        <source>A record&apos;s id must be its key.</source>
        <translation>شناسهٔ رکورد باید همان کلید آن باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="437"/>
        <source>Unknown sticky kind.</source>
        <translation>گونهٔ برگهٔ ناشناخته.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="438"/>
        <source>A sticky&apos;s size must be from {min_size:g} to {max_size:g}.</source>
        <translation>اندازهٔ برگه باید از {min_size:g} تا {max_size:g} باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="439"/>
        <source>author must be a participant&apos;s id or null.</source>
        <translation>author باید شناسهٔ یک شرکت‌کننده یا null باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="440"/>
        <source>co_authors must be a list of participant ids.</source>
        <translation>co_authors باید فهرستی از شناسه‌های شرکت‌کنندگان باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="441"/>
        <source>A lane&apos;s height must be a size.</source>
        <translation>ارتفاع مسیر باید یک اندازه باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="442"/>
        <source>A link needs a source_id and a target_id.</source>
        <translation>پیوند به source_id و target_id نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="443"/>
        <source>A record&apos;s key must be a non-empty id of at most {max_id_length} characters.</source>
        <translation>کلید رکورد باید شناسه‌ای ناتهی با حداکثر {max_id_length} نویسه باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="444"/>
        <source>Each record must be a map of its fields.</source>
        <translation>هر رکورد باید نگاشتی از فیلدهایش باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="445"/>
        <source>Unknown link kind.</source>
        <translation>گونهٔ پیوند ناشناخته.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="446"/>
        <source>Malformed {collection} record ({error}).</source>
        <translation>رکورد {collection} بدشکل است ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="447"/>
        <source>That is not a room link (it looks like http://ADDRESS:PORT/?t=...).</source>
        <translation>این پیوند اتاق نیست (شبیه http://ADDRESS:PORT/?t=... است).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="448"/>
        <source>The room did not answer.</source>
        <translation>اتاق پاسخ نداد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="449"/>
        <source>Port {port} on {bind} is already in use; choose another with --port.</source>
        <translation>درگاه {port} روی {bind} در حال استفاده است؛ با ‎--port درگاه دیگری برگزینید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="450"/>
        <source>{bind} is not an address of this machine; choose one with --bind.</source>
        <translation>{bind} نشانی این دستگاه نیست؛ با ‎--bind نشانی دیگری برگزینید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="451"/>
        <source>The room could not listen on {bind}:{port} ({detail}).</source>
        <translation>اتاق نتوانست روی {bind}:{port} گوش دهد ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="452"/>
        <source>{file}: {reason} A room needs a writable board.</source>
        <translation>{file}: {reason} اتاق به تخته‌ای نوشتنی نیاز دارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="456"/>
        <source>{file}: no such board. To start one: stormboard new {file} --title &quot;...&quot;</source>
        <translation>{file}: چنین تخته‌ای نیست. برای آغاز یکی: stormboard new {file} --title &quot;...&quot;</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="457"/>
        <source>{file} already exists; stormboard new never overwrites a file.</source>
        <translation>{file} از پیش وجود دارد؛ stormboard new هرگز پرونده‌ای را بازنویسی نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="458"/>
        <source>{out} already exists; repair never overwrites a board.</source>
        <translation>{out} از پیش وجود دارد؛ ترمیم هرگز تخته‌ای را بازنویسی نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="459"/>
        <source>{file} could not be repaired: {text}.</source>
        <translation>{file} ترمیم نشد: {text}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="460"/>
        <source>{out} already exists; import never overwrites a board.</source>
        <translation>{out} از پیش وجود دارد؛ وارد کردن هرگز تخته‌ای را بازنویسی نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="461"/>
        <source>{out} is a folder; give an output file name.</source>
        <translation>{out} یک پوشه است؛ نام یک پروندهٔ خروجی را بدهید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="462"/>
        <source>{file}: a board file&apos;s name must end in {board_suffix}.</source>
        <translation>{file}: نام پروندهٔ تخته باید به {board_suffix} پایان یابد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="463"/>
        <source>The Stormboard app is not available in this build ({error}).</source>
        <translation>برنامهٔ استورم‌بورد در این ساخت در دسترس نیست ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="464"/>
        <source>--present needs a board: stormboard --present FILE.storm</source>
        <translation>‎--present به یک تخته نیاز دارد: stormboard --present FILE.storm</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="465"/>
        <source>{out} is the board itself; choose another output file.</source>
        <translation>{out} خود تخته است؛ پروندهٔ خروجی دیگری برگزینید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="466"/>
        <source>Cannot export to {shown}; the output name must end in one of {known}.</source>
        <translation>نمی‌توان به {shown} برون‌برد کرد؛ نام خروجی باید به یکی از این‌ها پایان یابد: {known}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="467"/>
        <source>Exporting to {suffix} is not available in this build.</source>
        <translation>برون‌برد به {suffix} در این ساخت در دسترس نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="468"/>
        <source>Cannot write a comparison to {value}; use .md or .pdf.</source>
        <translation>مقایسه را نمی‌توان به {value} نوشت؛ ‎.md یا ‎.pdf را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="469"/>
        <source>--scale {text} applies to PDF posters; for a picture use --dpi, real or N%.</source>
        <translation>‎--scale {text} برای پوسترهای PDF است؛ برای تصویر ‎--dpi، real یا N% را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="470"/>
        <source>Choose one of a selection, a lane or a chapter, not several.</source>
        <translation>یکی از این‌ها را برگزینید: انتخاب، مسیر یا فصل، نه چندتا.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="471"/>
        <source>Cannot write a picture as {name}: use a .png or .svg file name.</source>
        <translation>تصویر را نمی‌توان با نام {name} نوشت: نام پرونده‌ای با ‎.png یا ‎.svg بدهید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="472"/>
        <source>--dpi {dpi} is not possible for a picture; choose 10 to 1200.</source>
        <translation>‎--dpi {dpi} برای تصویر ممکن نیست؛ از ۱۰ تا ۱۲۰۰ برگزینید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="473"/>
        <source>Pictures need a Qt widgets application; this process has another.</source>
        <translation>تصویرها به برنامهٔ Qt Widgets نیاز دارند؛ این فرایند برنامهٔ دیگری دارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="474"/>
        <source>Cannot write {out}: {value}.</source>
        <translation>{out} نوشته نشد: {value}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="475"/>
        <source>{target}: no such board; to make a new one use -o instead of --into.</source>
        <translation>{target}: چنین تخته‌ای نیست؛ برای ساختن تختهٔ تازه به‌جای ‎--into گزینهٔ ‎-o را به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="476"/>
        <source>--at places what is imported into an existing board; use it with --into.</source>
        <translation>‎--at آنچه را وارد می‌شود در تخته‌ای موجود جا می‌دهد؛ آن را همراه ‎--into به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="477"/>
        <source>Cannot import into {target}: {read_only_reason}</source>
        <translation>نمی‌توان به {target} وارد کرد: {read_only_reason}</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="478"/>
        <source>Nothing was imported into {target}: the write failed ({detail}); the board is as it was.</source>
        <translation>چیزی به {target} وارد نشد: نوشتن ناموفق بود ({detail})؛ تخته همان است که بود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="479"/>
        <source>{prog}: {text} (see {prog} --help)</source>
        <translation>{prog}: {text} (نگاه کنید به {prog} --help)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="480"/>
        <source>--port must be from 0 to 65535, not {port}.</source>
        <translation>‎--port باید از ۰ تا ۶۵۵۳۵ باشد، نه {port}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="481"/>
        <source>{file}: no such board.</source>
        <translation>{file}: چنین تخته‌ای نیست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="482"/>
        <source>A replay is written as an animated .gif or .png, not {name}.</source>
        <translation>بازپخش به‌صورت ‎.gif یا ‎.png متحرک نوشته می‌شود، نه {name}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="483"/>
        <source>--replay shows the whole log; it cannot be combined with --slice.</source>
        <translation>‎--replay همهٔ گزارش را نشان می‌دهد؛ نمی‌توان آن را با ‎--slice ترکیب کرد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="484"/>
        <source>--fps {fps:g} is not possible; choose 0.5 to 50 frames per second.</source>
        <translation>‎--fps {fps:g} ممکن نیست؛ از ۰٫۵ تا ۵۰ قاب در ثانیه برگزینید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="485"/>
        <source>--duration {duration:g} is not possible; choose 0.1 to 600 seconds.</source>
        <translation>‎--duration {duration:g} ممکن نیست؛ از ۰٫۱ تا ۶۰۰ ثانیه برگزینید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="486"/>
        <source>{count} frames is too many; at most {max_frames} (lower --fps or --duration).</source>
        <translation>{count} قاب بیش از اندازه است؛ حداکثر {max_frames} (‎--fps یا ‎--duration را کم کنید).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="487"/>
        <source>{name} has no edit log entries to replay.</source>
        <translation>{name} هیچ مدخلی در گزارش ویرایش‌ها برای بازپخش ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="488"/>
        <source>Cannot write a report as {name}: use a .md (Markdown) or .csv file name.</source>
        <translation>گزارش را نمی‌توان با نام {name} نوشت: نام پرونده‌ای با ‎.md (مارک‌داون) یا ‎.csv بدهید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="489"/>
        <source>{out} is a folder; give a file name ending in {suffix}.</source>
        <translation>{out} یک پوشه است؛ نام پرونده‌ای با پایان {suffix} بدهید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="491"/>
        <source>There is no template named {name!r}; the templates are: {known}.</source>
        <translation>الگویی به نام {name!r} نیست؛ الگوها این‌ها هستند: {known}.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="453"/>
        <source>The room sent a board this version cannot read ({detail}).</source>
        <translation>اتاق تخته‌ای فرستاد که این نسخه نمی‌تواند بخواند ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="454"/>
        <source>The room could not be joined ({detail}).</source>
        <translation>پیوستن به اتاق ممکن نشد ({detail}).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/error_codes.py" line="400"/>
        <source>The export stopped because of a fault in Stormboard ({detail}); please report it.</source>
        <translation>برون‌برد به‌خاطر ایرادی در استورم‌بورد متوقف شد ({detail})؛ لطفاً آن را گزارش دهید.</translation>
    </message>
</context>
<context>
    <name>ExitButton</name>
    <message>
        <location filename="../../src/stormboard/ui/window/presentation.py" line="49"/>
        <source>✕  Leave presentation</source>
        <translation>✕  خروج از ارائه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/presentation.py" line="50"/>
        <source>Leave presentation mode (Escape or F11)</source>
        <translation>خروج از حالت ارائه (Escape یا F11)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/presentation.py" line="51"/>
        <source>Leave presentation</source>
        <translation>خروج از ارائه</translation>
    </message>
</context>
<context>
    <name>ExportAction</name>
    <message>
        <location filename="../../src/stormboard/ui/export/window_hook.py" line="37"/>
        <source>&amp;Export…</source>
        <translation>خروجی گرفتن…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/window_hook.py" line="38"/>
        <source>Write the board as a PDF poster, an image, JSON or a report</source>
        <translation>ذخیرهٔ تخته به‌صورت پوستر PDF، تصویر، JSON یا گزارش</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/window_hook.py" line="115"/>
        <source>Exported %1</source>
        <translation>خروجی در %1 ذخیره شد</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="152"/>
        <source>Export</source>
        <extracomment>formats for other tools (docs/interop.md): key -&gt; writer(board, path) the path of a file just written where the last export&apos;s paper and folder are kept (None: nothing is remembered)</extracomment>
        <translation>خروجی گرفتن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="205"/>
        <source>Whole board</source>
        <translation>کل تخته</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="208"/>
        <source>Selection (%n sticky(s))</source>
        <translation>
            <numerusform>انتخاب‌شده‌ها (%n برگه)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="212"/>
        <source>One lane</source>
        <translation>یک مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="215"/>
        <source>One chapter</source>
        <translation>یک فصل</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="218"/>
        <source>(unnamed lane)</source>
        <translation>(مسیر بی‌نام)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="222"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="223"/>
        <source>(unnamed)</source>
        <translation>(بی‌نام)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="227"/>
        <source>&amp;Format:</source>
        <translation>قالب:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="232"/>
        <source>&amp;Content:</source>
        <translation>محتوا:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="258"/>
        <source>&amp;Browse…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="263"/>
        <source>&amp;Open the file when done</source>
        <translation>پس از پایان، پرونده باز شود</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="271"/>
        <source>&amp;Export</source>
        <translation>خروجی گرفتن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="290"/>
        <source>&amp;Save to:</source>
        <translation>ذخیره در:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="309"/>
        <source>PDF poster</source>
        <translation>پوستر PDF</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="310"/>
        <source>PNG image</source>
        <translation>تصویر PNG</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="311"/>
        <source>SVG image</source>
        <translation>تصویر SVG</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="312"/>
        <source>JSON (the whole board)</source>
        <translation>JSON (کل تخته)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="313"/>
        <source>Markdown report</source>
        <translation>گزارش Markdown</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="314"/>
        <source>CSV ranked list</source>
        <translation>فهرست رتبه‌بندی CSV</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="315"/>
        <source>CSV of all stickies</source>
        <translation>CSV همه‌ی برگه‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="316"/>
        <source>Excalidraw drawing</source>
        <translation>نقاشی Excalidraw</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="317"/>
        <source>draw.io diagram</source>
        <translation>نمودار draw.io</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="318"/>
        <source>Mermaid flowchart</source>
        <translation>فلوچارت Mermaid</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="319"/>
        <source>Mermaid timeline</source>
        <translation>خط زمانی Mermaid</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="393"/>
        <source>This format has no page layout.</source>
        <translation>این قالب صفحه‌آرایی ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="398"/>
        <source>No preview: the options cannot work.</source>
        <translation>پیش‌نمایش ممکن نیست: این گزینه‌ها با هم جور نیستند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="414"/>
        <source>Poster %1 × %2 mm (%3 × %4 in), %5% of real size</source>
        <translation>پوستر %1 × %2 میلی‌متر (%3 × %4 اینچ)، %5٪ اندازهٔ واقعی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="420"/>
        <source>1 page</source>
        <translation>یک صفحه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="420"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n صفحه</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="422"/>
        <source>%1 × %2 tiles of %3 (%4 × %5 mm) and a map of the tiles</source>
        <translation>%1 × %2 تکه روی %3 (%4 × %5 میلی‌متر) و نقشهٔ تکه‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="426"/>
        <source>%1 (%2 × %3 mm)</source>
        <translation>%1 (%2 × %3 میلی‌متر)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="432"/>
        <source>%1 × %2 pixels (%3 megapixels), %4 × %5 mm at %6 dpi</source>
        <translation>%1 × %2 پیکسل (%3 مگاپیکسل)، %4 × %5 میلی‌متر با %6 نقطه در اینچ</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="440"/>
        <source>The whole board in Stormboard&apos;s JSON interchange form; it can be imported again.</source>
        <translation>کل تخته در قالب تبادل JSON استورم‌بورد؛ می‌توان دوباره واردش کرد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="443"/>
        <source>The workshop report: chapters, pivotal events, ranked hotspots and opportunities, glossary.</source>
        <translation>گزارش کارگاه: فصل‌ها، رویدادهای محوری، نقطه‌های داغ و فرصت‌های رتبه‌بندی‌شده، واژه‌نامه.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="446"/>
        <source>Every sticky with its kind, text, lane, author, position, votes and owner, for a spreadsheet; it can be imported again.</source>
        <translation>همه‌ی برگه‌ها با نوع، متن، مسیر، نویسنده، جا، رأی‌ها و مسئول، برای صفحه‌گسترده؛ می‌توان دوباره واردش کرد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="449"/>
        <source>Stickies, swimlanes and links for another drawing tool; it can be imported again.</source>
        <translation>برگه‌ها، مسیرها و پیوندها برای ابزار طراحی دیگر؛ می‌توان دوباره واردش کرد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="452"/>
        <source>Commands, events and policies with their links, as Mermaid text for a wiki.</source>
        <translation>فرمان‌ها، رویدادها و سیاست‌ها با پیوندهایشان، به صورت متن Mermaid برای ویکی.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="455"/>
        <source>The domain events left to right, chapter by chapter, as Mermaid text for a wiki.</source>
        <translation>رویدادهای دامنه از چپ به راست، فصل به فصل، به صورت متن Mermaid برای ویکی.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="457"/>
        <source>The ranked list of hotspots and opportunities, by votes, for a spreadsheet.</source>
        <translation>فهرست نقطه‌های داغ و فرصت‌ها به ترتیب رأی، برای صفحه‌گسترده.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="481"/>
        <source>Export to</source>
        <translation>ذخیرهٔ خروجی در</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="504"/>
        <source>Choose where to save the file.</source>
        <translation>جای ذخیرهٔ پرونده را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="510"/>
        <source>%1 is a folder; give a file name.</source>
        <translation>نشانی %1 یک پوشه است؛ نام یک پرونده را بدهید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="550"/>
        <source>Replace the file?</source>
        <translation>پرونده جایگزین شود؟</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="551"/>
        <source>%1 already exists. Replace it?</source>
        <translation>پرونده‌ای با نام %1 از قبل وجود دارد. جایگزینش می‌کنید؟</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="557"/>
        <source>Exporting…</source>
        <translation>در حال خروجی گرفتن…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="587"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="609"/>
        <source>Saved %1.</source>
        <translation>پرونده در %1 ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="615"/>
        <source>Export cancelled; no file was written.</source>
        <translation>خروجی گرفتن لغو شد؛ پرونده‌ای نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="617"/>
        <source>Export failed: %1</source>
        <translation>خروجی گرفتن ناموفق بود: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="410"/>
        <source>%n sticky(s) contain characters the poster cannot draw</source>
        <translation>
            <numerusform>در %n برگه نویسه‌هایی هست که پوستر نمی‌تواند بکشد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="34"/>
        <source> mm</source>
        <translation> میلی‌متر</translation>
    </message>
</context>
<context>
    <name>FacilitatorDock</name>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="647"/>
        <source>Facilitator</source>
        <translation>تسهیل‌گر</translation>
    </message>
</context>
<context>
    <name>FacilitatorPanel</name>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="234"/>
        <source>Presenter screen</source>
        <extracomment>the page shown when the workshop enters a phase kinds a participant may place now (every kind with the wizard off) unlocked features among wz.FEATURES (pivotal, lanes, milestones) a sentence for the status bar the one-second tick, with the clock&apos;s time (overlays follow it) the edit runner: the wall&apos;s document, so a refusal reaches the status bar once</extracomment>
        <translation>صفحهٔ ارائه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="235"/>
        <source>+5 minutes</source>
        <translation>+۵ دقیقه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="236"/>
        <source>Start</source>
        <translation>شروع</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="237"/>
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="238"/>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="239"/>
        <source>Skip</source>
        <translation>رد شدن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="240"/>
        <source>Finish</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="241"/>
        <source>Instruction for the room:</source>
        <translation>دستور برای جمع:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="242"/>
        <source>At the wall now (author of new stickies):</source>
        <translation>اکنون پای دیوار (نویسندهٔ برگه‌های تازه):</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="243"/>
        <source>Phases (tap one to go there):</source>
        <translation>مرحله‌ها (برای رفتن به هر کدام، رویش بزنید):</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="244"/>
        <source>Edit plan…</source>
        <translation>ویرایش برنامه…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="245"/>
        <source>Kick-off</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="246"/>
        <source>Voting</source>
        <translation>رأی‌گیری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="247"/>
        <source>Wrap-up</source>
        <translation>جمع‌بندی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="259"/>
        <source>Facilitator wizard: on</source>
        <translation>راهنمای تسهیل‌گر: روشن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="259"/>
        <source>Facilitator wizard: off</source>
        <translation>راهنمای تسهیل‌گر: خاموش</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="262"/>
        <source>Sound: on</source>
        <translation>صدا: روشن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="262"/>
        <source>Sound: off</source>
        <translation>صدا: خاموش</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="410"/>
        <source>Every kind of sticky is available.</source>
        <translation>همهٔ انواع برگه در دسترس است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="411"/>
        <source>New kinds of stickies unlock phase by phase.</source>
        <translation>انواع تازهٔ برگه مرحله به مرحله باز می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="423"/>
        <source>Resume</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="423"/>
        <source>Pause</source>
        <translation>مکث</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="430"/>
        <source>Free modelling: switch the wizard on to guide the room phase by phase.</source>
        <translation>مدل‌سازی آزاد: راهنما را روشن کنید تا جمع را مرحله به مرحله پیش ببرد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="510"/>
        <source>%1 is not unlocked in this phase yet (%2).</source>
        <translation>%1 هنوز در این مرحله باز نشده است (%2).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="552"/>
        <source>Time is up for this phase.</source>
        <translation>زمان این مرحله تمام شد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="617"/>
        <source>Open a board first.</source>
        <translation>اول یک تخته باز کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/panel.py" line="354"/>
        <source>A sticky is still being edited: finish it (Escape or tap the wall), then change the phase.</source>
        <translation>یک یادداشت هنوز در حال ویرایش است: اول آن را تمام کنید (Escape یا لمس دیوار)، بعد مرحله را عوض کنید.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <location filename="../../src/stormboard/ui/timeline/filter_panel.py" line="67"/>
        <source>Kind</source>
        <extracomment>the board changed (or another came) while hidden with nothing ticked: the lists are refilled when shown or first read, not at start-up (~30 ms at 20k, ADR 0239)</extracomment>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/filter_panel.py" line="67"/>
        <source>Lane</source>
        <translation>مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/filter_panel.py" line="68"/>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/filter_panel.py" line="68"/>
        <source>Chapter</source>
        <translation>فصل</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/filter_panel.py" line="71"/>
        <source>Clear filter</source>
        <translation>پاک کردن فیلتر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/filter_panel.py" line="146"/>
        <source>(unnamed lane)</source>
        <translation>(مسیر بی‌نام)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/filter_panel.py" line="148"/>
        <source>Outside every lane</source>
        <translation>بیرون از همهٔ مسیرها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/filter_panel.py" line="151"/>
        <source>No author</source>
        <translation>بی‌نویسنده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/filter_panel.py" line="213"/>
        <source>Showing every sticky.</source>
        <translation>همهٔ برگه‌ها نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/filter_panel.py" line="217"/>
        <source>Showing %1 of %2 stickies; the rest are dimmed.</source>
        <translation>%1 از %2 برگه نمایش داده می‌شود؛ بقیه کم‌رنگ شده‌اند.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/stormboard/ui/timeline/find_bar.py" line="99"/>
        <location filename="../../src/stormboard/ui/timeline/find_bar.py" line="100"/>
        <source>Find on the wall</source>
        <extracomment>zooming to a match never goes further out than this, so its text can be read folded texts in reading order, folded while idle and kept current by the change sets, so a keystroke folds and sorts nothing (issue 12, ADR 0226)</extracomment>
        <translation>جست‌وجو روی دیوار</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/find_bar.py" line="101"/>
        <source>Previous</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/find_bar.py" line="102"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>یافتهٔ قبلی (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/find_bar.py" line="103"/>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/find_bar.py" line="104"/>
        <source>Next match (Enter)</source>
        <translation>یافتهٔ بعدی (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/find_bar.py" line="105"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/find_bar.py" line="280"/>
        <source>No matches</source>
        <translation>چیزی پیدا نشد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/find_bar.py" line="283"/>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
</context>
<context>
    <name>FoldTab</name>
    <message>
        <location filename="../../src/stormboard/ui/window/presentation.py" line="100"/>
        <source>Show the stickies palette</source>
        <translation>نمایش جعبهٔ برگه‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/presentation.py" line="101"/>
        <source>Fold the stickies palette to the edge</source>
        <translation>جمع کردن جعبهٔ برگه‌ها به لبه</translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <location filename="../../src/stormboard/ui/window/help_pages.py" line="35"/>
        <source>How a Big Picture workshop runs</source>
        <translation>یک کارگاه تصویر کلان چگونه پیش می‌رود</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/help_pages.py" line="38"/>
        <source>A Big Picture workshop puts the people who know a business line in one room, in front of one long wall. Together they tell the story of that business as orange domain events, from left to right, in the past tense.</source>
        <translation>کارگاه تصویر کلان کسانی را که یک خط کسب‌وکار را می‌شناسند در یک اتاق، روبه‌روی یک دیوار بلند جمع می‌کند. آن‌ها با هم داستان آن کسب‌وکار را با رویدادهای دامنهٔ نارنجی، از چپ به راست و به زمان گذشته، تعریف می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/help_pages.py" line="42"/>
        <source>Switch on the facilitator wizard in the Facilitator panel: it runs the phases below one after another, with a countdown for each, and unlocks the kinds of sticky each phase needs.</source>
        <translation>راهنمای تسهیل‌گر را در پنل تسهیل‌گر روشن کنید: مرحله‌های زیر را یکی پس از دیگری با شمارش معکوس اجرا می‌کند و گونه‌های برگه‌ای را که هر مرحله لازم دارد باز می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/help_pages.py" line="48"/>
        <source>%1 min</source>
        <translation>%1 دقیقه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/help_pages.py" line="55"/>
        <source>On a projector use View ▸ Full Screen Presentation (F11): only the wall, the palette and the countdown stay; Escape or the on-screen button leaves it.</source>
        <translation>روی ویدئوپروژکتور از نما ▸ ارائهٔ تمام‌صفحه (F11) استفاده کنید: فقط دیوار، جعبهٔ برگه‌ها و شمارش معکوس می‌مانند؛ با Escape یا دکمهٔ روی صفحه از آن بیرون می‌آیید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/help_pages.py" line="58"/>
        <source>Arguments become hotspots (pink), not debates. Pivotal events split the story into chapters; swimlanes separate parallel flows. Dot voting at the end picks the problems and opportunities worth working on next.</source>
        <translation>بحث‌ها به نقطهٔ داغ (صورتی) تبدیل می‌شوند، نه به مجادله. رویدادهای محوری داستان را به فصل‌ها تقسیم می‌کنند؛ مسیرها جریان‌های موازی را از هم جدا می‌کنند. رأی‌گیری نقطه‌ای در پایان، مشکل‌ها و فرصت‌هایی را برمی‌گزیند که ارزش کار بعدی دارند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/help_pages.py" line="71"/>
        <location filename="../../src/stormboard/ui/window/help_pages.py" line="85"/>
        <source>How a Big Picture Workshop Runs</source>
        <translation>یک کارگاه تصویر کلان چگونه پیش می‌رود</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/help_pages.py" line="92"/>
        <source>Stormboard %1</source>
        <translation>استورم‌بورد %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/help_pages.py" line="93"/>
        <source>A digital wall for Event Storming workshops.</source>
        <translation>دیواری دیجیتال برای کارگاه‌های طوفان رویداد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/help_pages.py" line="96"/>
        <source>Licence: %1</source>
        <translation>مجوز: %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/help_pages.py" line="98"/>
        <source>Board font: %1, %2</source>
        <translation>قلم تخته: %1، %2</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/help_pages.py" line="100"/>
        <source>Icons: %1, %2</source>
        <translation>نمادها: %1، %2</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/help_pages.py" line="102"/>
        <source>Qt for Python (PySide6) %1, LGPL 3.0</source>
        <translation>Qt for Python (PySide6) %1، LGPL 3.0</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/help_pages.py" line="112"/>
        <source>About Stormboard</source>
        <translation>دربارهٔ استورم‌بورد</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <location filename="../../src/stormboard/ui/export/image_export.py" line="94"/>
        <source>%1 dpi is not possible; choose a whole number from %2 to %3.</source>
        <extracomment>longest side of a PNG; QPainter&apos;s raster engine works in 32-bit coordinates, and viewers refuse larger images long before that 4 bytes a pixel: 150 million pixels is 600 MB of memory while the picture is drawn milestone labels sit above the top sticky and run to the right of the line (see canvas decor) pixel rows drawn per step, so a progress bar moves and Cancel is honoured on big pictures progress(done, total) -&gt; False to cancel (None or True to go on), as the poster&apos;s white space around the content, on the picture, in millimetres 100 = real size (a standard sticky 76 mm wide) the board rectangle drawn: left, top, width, height in board units pixels per board unit</extracomment>
        <translation>وضوح %1 نقطه در اینچ ممکن نیست؛ عددی صحیح از %2 تا %3 انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/image_export.py" line="108"/>
        <source>The margin must be between 0 and 1000 mm.</source>
        <translation>حاشیه باید میان ۰ و ۱۰۰۰ میلی‌متر باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/image_export.py" line="111"/>
        <source>The size must be between 1% and 1000% of real size.</source>
        <translation>اندازه باید میان ۱٪ و ۱۰۰۰٪ اندازهٔ واقعی باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/image_export.py" line="131"/>
        <source>choose %1 dpi or less</source>
        <translation>%1 نقطه در اینچ یا کمتر انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/image_export.py" line="134"/>
        <source>export a part of the board, an SVG or a PDF poster instead</source>
        <translation>به‌جای آن، بخشی از تخته، یک SVG یا یک پوستر PDF خروجی بگیرید</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/image_export.py" line="137"/>
        <source>At %1 dpi the picture would be %2 × %3 pixels (%4 megapixels), more than the limit of %5 pixels a side and %6 megapixels; %7.</source>
        <translation>با %1 نقطه در اینچ تصویر %2 × %3 پیکسل (%4 مگاپیکسل) می‌شود، بیش از سقف %5 پیکسل برای هر ضلع و %6 مگاپیکسل؛ %7.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/image_export.py" line="229"/>
        <source>There is not enough memory for a %1 × %2 pixel picture; choose a lower dpi.</source>
        <translation>حافظه برای تصویری %1 × %2 پیکسلی کافی نیست؛ وضوح کمتری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/image_export.py" line="256"/>
        <location filename="../../src/stormboard/ui/export/image_export.py" line="282"/>
        <source>Image export cancelled.</source>
        <translation>خروجی تصویر لغو شد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/image_export.py" line="274"/>
        <source>Cannot write the PNG file %1.</source>
        <translation>نوشتن پروندهٔ PNG در %1 ممکن نشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/image_export.py" line="319"/>
        <source>Cannot write a picture as %1: use .png or .svg.</source>
        <translation>تصویر را نمی‌توان با نام %1 نوشت: از ‎.png یا ‎.svg استفاده کنید.</translation>
    </message>
</context>
<context>
    <name>ImportAction</name>
    <message>
        <location filename="../../src/stormboard/ui/interop/import_action.py" line="57"/>
        <source>&amp;Import…</source>
        <translation>وارد کردن…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/interop/import_action.py" line="58"/>
        <source>Add stickies from an Excalidraw, draw.io, CSV, text or JSON file</source>
        <translation>افزودن برگه از پرونده‌ی Excalidraw، draw.io، CSV، متن یا JSON</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/interop/import_action.py" line="67"/>
        <source>Import into this board</source>
        <translation>وارد کردن به این تخته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/interop/import_action.py" line="68"/>
        <source>Boards from other tools (%1)</source>
        <translation>تخته‌های ابزارهای دیگر (%1)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/interop/import_action.py" line="100"/>
        <source>Imported %1 stickies from %2</source>
        <translation>%1 برگه از %2 وارد شد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/interop/import_action.py" line="114"/>
        <source>Cannot Import</source>
        <translation>وارد کردن ممکن نشد</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../src/stormboard/ui/interop/preview.py" line="36"/>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/interop/preview.py" line="39"/>
        <source>Add to this board from %1:</source>
        <translation>افزودن به این تخته از %1:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/interop/preview.py" line="54"/>
        <source>%1 stickies, %2 new lanes, %3 links</source>
        <translation>%1 برگه، %2 مسیر تازه، %3 پیوند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/interop/preview.py" line="61"/>
        <source>Not imported: %1</source>
        <translation>وارد نشد: %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/interop/preview.py" line="74"/>
        <source>Add to board</source>
        <translation>افزودن به تخته</translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message>
        <location filename="../../src/stormboard/ui/room/join_screen.py" line="78"/>
        <source>Join the room</source>
        <translation>پیوستن به اتاق</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/join_screen.py" line="79"/>
        <source>Scan to join the wall</source>
        <translation>برای پیوستن به دیوار اسکن کنید</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/join_screen.py" line="80"/>
        <source>Hide this screen</source>
        <translation>پنهان کردن این صفحه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/join_screen.py" line="81"/>
        <source>Room code: every phone shows it at the top</source>
        <translation>کد اتاق: هر گوشی آن را در بالای صفحه نشان می‌دهد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/join_screen.py" line="82"/>
        <source>Type this address in a browser on the same network</source>
        <translation>این نشانی را در مرورگری روی همین شبکه بنویسید</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/room/join_screen.py" line="85"/>
        <source>%Ln device(s) connected</source>
        <translation>
            <numerusform>%Ln دستگاه متصل است</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyboardNav</name>
    <message>
        <location filename="../../src/stormboard/ui/canvas/keyboard_nav.py" line="34"/>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/canvas/keyboard_nav.py" line="35"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>KickoffPanel</name>
    <message>
        <location filename="../../src/stormboard/ui/workshop/kickoff_view.py" line="59"/>
        <source>Goal:</source>
        <translation>هدف:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/kickoff_view.py" line="60"/>
        <source>Scope:</source>
        <translation>دامنه:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/kickoff_view.py" line="61"/>
        <source>What should we know when we leave the room?</source>
        <translation>وقتی از اتاق بیرون می‌رویم، چه باید بدانیم؟</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/kickoff_view.py" line="62"/>
        <source>Which slice of time, which part of the business?</source>
        <translation>کدام برش از زمان، کدام بخش از کسب‌وکار؟</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/kickoff_view.py" line="63"/>
        <source>Participants:</source>
        <translation>شرکت‌کنندگان:</translation>
    </message>
</context>
<context>
    <name>KindMeanings</name>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="26"/>
        <source>Something that happened, in the past tense.</source>
        <translation>چیزی که رخ داده است، به زمان گذشته.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="27"/>
        <source>A problem, question, conflict or risk.</source>
        <translation>یک مشکل، پرسش، تعارض یا ریسک.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="28"/>
        <source>Who does or suffers something.</source>
        <translation>کسی که کاری انجام می‌دهد یا از چیزی آسیب می‌بیند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="29"/>
        <source>Whatever we can blame: software, department, law, bad luck.</source>
        <translation>هر چیزی که بتوان تقصیر را به گردنش انداخت: نرم‌افزار، واحد سازمانی، قانون، بدشانسی.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="32"/>
        <source>An improvement idea.</source>
        <translation>ایده‌ای برای بهبود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="33"/>
        <source>Money, time, stress or reputation gained.</source>
        <translation>پول، زمان، آرامش یا اعتباری که به دست می‌آید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="34"/>
        <source>Money, time, stress or reputation lost.</source>
        <translation>پول، زمان، آرامش یا اعتباری که از دست می‌رود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="35"/>
        <source>An intention or action that causes an event.</source>
        <translation>قصد یا اقدامی که باعث یک رویداد می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="36"/>
        <source>Whenever X, then Y.</source>
        <translation>هر گاه X، آن‌گاه Y.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="37"/>
        <source>Information someone needs to decide.</source>
        <translation>اطلاعاتی که کسی برای تصمیم‌گیری لازم دارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="38"/>
        <source>The thing that enforces a business rule.</source>
        <translation>چیزی که یک قاعدهٔ کسب‌وکار را اجرا می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="39"/>
        <source>The screen or form involved.</source>
        <translation>صفحه یا فرمی که درگیر است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="40"/>
        <source>A facilitator&apos;s remark.</source>
        <translation>یادداشت تسهیل‌گر.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="41"/>
        <source>A named stretch of the timeline, between pivotal events.</source>
        <translation>بازه‌ای نام‌دار از خط زمان، میان رویدادهای محوری.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="9"/>
        <source>Domain event</source>
        <translation>رویداد دامنه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="10"/>
        <source>Hotspot</source>
        <translation>نقطهٔ داغ</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="11"/>
        <source>Person / actor</source>
        <translation>شخص / کنشگر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="12"/>
        <source>External system</source>
        <translation>سامانهٔ بیرونی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="13"/>
        <source>Opportunity</source>
        <translation>فرصت</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="14"/>
        <source>Value +</source>
        <translation>ارزش +</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="15"/>
        <source>Value −</source>
        <translation>ارزش −</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="16"/>
        <source>Command</source>
        <translation>فرمان</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="17"/>
        <source>Policy</source>
        <translation>سیاست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="18"/>
        <source>Read model</source>
        <translation>مدل خواندنی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="19"/>
        <source>Aggregate / constraint</source>
        <translation>اگریگیت / قید</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="20"/>
        <source>User interface</source>
        <translation>رابط کاربری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="21"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/notation_strings.py" line="22"/>
        <source>Chapter name</source>
        <translation>نام فصل</translation>
    </message>
</context>
<context>
    <name>LaneRuler</name>
    <message>
        <location filename="../../src/stormboard/ui/timeline/lane_ruler.py" line="48"/>
        <source>Lane names</source>
        <extracomment>widgets floating over the wall that stay above the ruler</extracomment>
        <translation>نام مسیرها</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../src/stormboard/ui/window/legend.py" line="74"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/legend.py" line="75"/>
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/legend.py" line="78"/>
        <source>Legend</source>
        <translation>راهنمای رنگ‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/legend.py" line="146"/>
        <source>%1: %2 on the wall. %3</source>
        <translation>%1: %2 روی دیوار. %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="187"/>
        <source>&amp;New Board…</source>
        <translation>تختهٔ تازه…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="188"/>
        <source>&amp;Open…</source>
        <translation>باز کردن…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="189"/>
        <source>Save &amp;As…</source>
        <translation>ذخیره با نام…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="190"/>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="505"/>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="514"/>
        <location filename="../../src/stormboard/ui/window/menus.py" line="191"/>
        <source>&amp;Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="510"/>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="514"/>
        <location filename="../../src/stormboard/ui/window/menus.py" line="192"/>
        <source>&amp;Redo</source>
        <translation>ازنو</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="193"/>
        <source>Cu&amp;t</source>
        <translation>برش</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="194"/>
        <source>&amp;Copy</source>
        <translation>رونوشت</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="195"/>
        <source>&amp;Paste</source>
        <translation>جای‌گذاری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="196"/>
        <source>D&amp;uplicate</source>
        <translation>تکثیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="197"/>
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="198"/>
        <source>Select &amp;All</source>
        <translation>انتخاب همه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="199"/>
        <source>Zoom &amp;In</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="200"/>
        <source>Zoom &amp;Out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="201"/>
        <source>&amp;Actual Size</source>
        <translation>اندازهٔ واقعی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="202"/>
        <source>Zoom to &amp;Fit</source>
        <translation>جا دادن همه در صفحه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="203"/>
        <source>Zoom to &amp;Selection</source>
        <translation>بزرگ‌نمایی روی انتخاب</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="204"/>
        <source>&amp;Full Screen Presentation</source>
        <translation>ارائهٔ تمام‌صفحه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="205"/>
        <source>Show &amp;Grid</source>
        <translation>نمایش شبکه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="206"/>
        <source>One Finger &amp;Selects (Instead of Panning)</source>
        <translation>یک انگشت انتخاب کند (به‌جای جابه‌جایی دید)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="207"/>
        <source>Sticky &amp;Palette</source>
        <translation>جعبهٔ برگه‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="208"/>
        <source>&amp;Legend</source>
        <translation>راهنمای رنگ‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="209"/>
        <source>&amp;Overview Map</source>
        <translation>نقشهٔ کلی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="210"/>
        <source>Follow the &amp;System</source>
        <translation>پیروی از سیستم</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="211"/>
        <source>&amp;Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="212"/>
        <source>&amp;Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="213"/>
        <source>&amp;High Contrast</source>
        <translation>کنتراست بالا</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="214"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="221"/>
        <source>&amp;File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="222"/>
        <source>&amp;Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="223"/>
        <source>&amp;View</source>
        <translation>نما</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="224"/>
        <source>&amp;Theme</source>
        <translation>پوسته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="225"/>
        <source>&amp;Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="226"/>
        <source>Open &amp;Recent</source>
        <translation>باز کردن اخیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="227"/>
        <source>Toolbar</source>
        <translation>نوار ابزار</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="228"/>
        <source>Stickies</source>
        <translation>برگه‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="229"/>
        <source>Legend</source>
        <translation>راهنمای رنگ‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="230"/>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="87"/>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="154"/>
        <source>Cannot Open Board</source>
        <translation>تخته باز نشد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="97"/>
        <source>This board was upgraded from an older format.</source>
        <translation>این تخته از قالبی قدیمی‌تر به‌روز شد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="99"/>
        <source>The original is kept at %1.</source>
        <translation>نسخهٔ اصلی در %1 نگه داشته شده است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="109"/>
        <source>Board Needs Repair</source>
        <translation>تخته نیاز به ترمیم دارد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="112"/>
        <source>Stormboard can show it repaired: records that point to missing stickies are left out and impossible values corrected. The file is not changed.</source>
        <translation>استورم‌بورد می‌تواند آن را ترمیم‌شده نشان دهد: رکوردهایی که به یادداشت‌های ناموجود اشاره می‌کنند کنار گذاشته و مقدارهای ناممکن اصلاح می‌شوند. پرونده تغییر نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="116"/>
        <source>Stormboard can repair it: records that point to missing stickies are removed and impossible values corrected. The repair is saved in the file.</source>
        <translation>استورم‌بورد می‌تواند آن را ترمیم کند: رکوردهایی که به یادداشت‌های ناموجود اشاره می‌کنند حذف و مقدارهای ناممکن اصلاح می‌شوند. ترمیم در پرونده ذخیره می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="121"/>
        <source>Repair</source>
        <translation>ترمیم</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="161"/>
        <source>Untitled board</source>
        <translation>تختهٔ بی‌نام</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="177"/>
        <source>Cannot Create Board</source>
        <translation>تخته ساخته نشد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="199"/>
        <source>Save Board As</source>
        <translation>ذخیرهٔ تخته با نام</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="209"/>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="218"/>
        <source>Cannot Save Board</source>
        <translation>تخته ذخیره نشد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="210"/>
        <source>Choose another file: this one cannot be written.</source>
        <translation>پروندهٔ دیگری انتخاب کنید: در این یکی نمی‌توان نوشت.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="227"/>
        <source>Saved as %1</source>
        <translation>با نام %1 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="237"/>
        <source>Open Board</source>
        <translation>باز کردن تخته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="239"/>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="247"/>
        <source>Stormboard boards (*.storm)</source>
        <translation>تخته‌های استورم‌بورد (*.storm)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="266"/>
        <source>Board in Use</source>
        <translation>تخته در حال استفاده است</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="268"/>
        <source>You can look at it without changing it.</source>
        <translation>می‌توانید بدون تغییر دادن، آن را ببینید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="271"/>
        <source>Open Read-Only</source>
        <translation>باز کردن فقط‌خواندنی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="423"/>
        <source>Your last change could not be written to the file: %1 Everything is still here. Save the board to another file to keep it.</source>
        <translation>آخرین تغییر شما در پرونده نوشته نشد: %1 همه‌چیز هنوز این‌جاست. برای نگه داشتنش، تخته را در پروندهٔ دیگری ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="426"/>
        <source>Save As…</source>
        <translation>ذخیره با نام…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="455"/>
        <source>not saved</source>
        <translation>ذخیره نشده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="458"/>
        <source>[read-only]</source>
        <translation>[فقط‌خواندنی]</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="476"/>
        <source>Read-only: %1 Changes are switched off.</source>
        <translation>فقط‌خواندنی: %1 امکان تغییر خاموش است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="479"/>
        <source>Save an Editable Copy…</source>
        <translation>ذخیرهٔ یک نسخهٔ ویرایش‌پذیر…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="503"/>
        <source>&amp;Undo %1</source>
        <translation>واگرد «%1»</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/main_window.py" line="508"/>
        <source>&amp;Redo %1</source>
        <translation>ازنو «%1»</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="242"/>
        <source>No Recent Boards</source>
        <translation>تختهٔ اخیری نیست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="313"/>
        <source>Changes Not Saved</source>
        <translation>تغییرها ذخیره نشده‌اند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/board_files.py" line="314"/>
        <source>Some changes could not be written to the file. Save the board elsewhere before closing?</source>
        <translation>برخی تغییرها در پرونده نوشته نشدند. پیش از بستن، تخته را جای دیگری ذخیره می‌کنید؟</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="215"/>
        <source>How a Big Picture &amp;Workshop Runs</source>
        <translation>یک کارگاه تصویر کلان چگونه پیش می‌رود</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="216"/>
        <source>&amp;About Stormboard</source>
        <translation>دربارهٔ استورم‌بورد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="231"/>
        <source>Board as a List</source>
        <translation>تخته به‌صورت فهرست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/menus.py" line="235"/>
        <source>More tools</source>
        <translation>ابزارهای بیشتر</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <location filename="../../src/stormboard/ui/canvas/minimap.py" line="28"/>
        <source>Overview: tap or drag to move the view</source>
        <extracomment>the overview&apos;s first render waits this long after the frame that showed it empty</extracomment>
        <translation>نمای کلی: برای جابه‌جایی دید، بزنید یا بکشید</translation>
    </message>
</context>
<context>
    <name>OpenRoomDialog</name>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="50"/>
        <location filename="../../src/stormboard/ui/room/controller.py" line="64"/>
        <source>Open the Room</source>
        <translation>باز کردن اتاق</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="57"/>
        <source>Any free port</source>
        <translation>هر درگاه آزاد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="58"/>
        <source>Network address:</source>
        <translation>نشانی شبکه:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="59"/>
        <source>Port:</source>
        <translation>درگاه:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="60"/>
        <source>People who join may add their own name</source>
        <translation>کسانی که می‌پیوندند می‌توانند نام خود را بیفزایند</translation>
    </message>
</context>
<context>
    <name>ParticipantBar</name>
    <message>
        <location filename="../../src/stormboard/ui/workshop/participants.py" line="97"/>
        <source>Nobody</source>
        <extracomment>colours handed out to new participants in turn: distinct, and none is a sticky colour a participant id, or None for nobody</extracomment>
        <translation>هیچ‌کس</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <location filename="../../src/stormboard/ui/workshop/participants.py" line="175"/>
        <location filename="../../src/stormboard/ui/workshop/participants.py" line="177"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/participants.py" line="175"/>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/participants.py" line="175"/>
        <source>Colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/participants.py" line="178"/>
        <source>Role (optional)</source>
        <translation>نقش (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/participants.py" line="179"/>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/participants.py" line="180"/>
        <source>Remove selected participant</source>
        <translation>حذف شرکت‌کنندهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/participants.py" line="202"/>
        <source>Change colour</source>
        <translation>تغییر رنگ</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/participants.py" line="248"/>
        <source>Participant colour</source>
        <translation>رنگ شرکت‌کننده</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <location filename="../../src/stormboard/ui/workshop/phases.py" line="95"/>
        <source>Edit the phase plan</source>
        <translation>ویرایش برنامهٔ مرحله‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/phases.py" line="105"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/phases.py" line="110"/>
        <source>Phase</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/phases.py" line="111"/>
        <source>Timebox</source>
        <translation>زمان‌بندی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/phases.py" line="112"/>
        <source>Instruction for the room</source>
        <translation>دستور برای جمع</translation>
    </message>
</context>
<context>
    <name>PhaseList</name>
    <message>
        <location filename="../../src/stormboard/ui/workshop/phases.py" line="73"/>
        <source>%1. %2  (%3 min)</source>
        <translation>%1. %2  (%3 دقیقه)</translation>
    </message>
</context>
<context>
    <name>PicturePage</name>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="145"/>
        <source>Picture</source>
        <translation>تصویر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="150"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="151"/>
        <source>&amp;Resolution:</source>
        <translation>وضوح:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="153"/>
        <source>Mar&amp;gin:</source>
        <translation>حاشیه:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="154"/>
        <source>Real size: a standard sticky is 76 mm wide; the resolution sets how many pixels that is.</source>
        <translation>اندازهٔ واقعی: پهنای یک برگهٔ استاندارد ۷۶ میلی‌متر است؛ وضوح تعیین می‌کند این پهنا چند پیکسل باشد.</translation>
    </message>
</context>
<context>
    <name>PosterPage</name>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="45"/>
        <source>Poster</source>
        <translation>پوستر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="51"/>
        <source>&amp;Paper:</source>
        <translation>کاغذ:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="53"/>
        <source>Portrait</source>
        <translation>عمودی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="54"/>
        <source>Landscape</source>
        <translation>افقی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="55"/>
        <source>&amp;Orientation:</source>
        <translation>جهت:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="57"/>
        <source>&amp;Margins:</source>
        <translation>حاشیه‌ها:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="59"/>
        <source>Fit to the paper</source>
        <translation>جا دادن در کاغذ</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="60"/>
        <source>Fit the width across pages</source>
        <translation>پخش پهنا روی چند صفحه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="61"/>
        <source>Real size (sticky 76 mm)</source>
        <translation>اندازهٔ واقعی (برگهٔ ۷۶ میلی‌متری)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="62"/>
        <source>Percentage of real size</source>
        <translation>درصدی از اندازهٔ واقعی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="63"/>
        <source>&amp;Scale:</source>
        <translation>مقیاس:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="67"/>
        <source> pages across</source>
        <translation> صفحه در پهنا</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="72"/>
        <source> %</source>
        <translation> ٪</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="77"/>
        <source>&amp;Tile onto smaller sheets</source>
        <translation>تکه‌تکه روی کاغذهای کوچک‌تر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="83"/>
        <source>O&amp;verlap:</source>
        <translation>هم‌پوشانی:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="84"/>
        <source>Crop and alignment &amp;marks</source>
        <translation>نشانه‌های برش و تراز</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="98"/>
        <source>Roll %1 mm wide</source>
        <translation>رول به پهنای %1 میلی‌متر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/option_pages.py" line="99"/>
        <source>%1 (%2 × %3 mm)</source>
        <translation>%1 (%2 × %3 میلی‌متر)</translation>
    </message>
</context>
<context>
    <name>PosterStrings</name>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="20"/>
        <source>Untitled board</source>
        <translation>تختهٔ بی‌نام</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="21"/>
        <source>%1  ·  Phase: %2  ·  %3  ·  %4% of real size</source>
        <translation>%1  ·  مرحله: %2  ·  %3  ·  %4٪ اندازهٔ واقعی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="23"/>
        <source>Free modelling</source>
        <translation>مدل‌سازی آزاد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="24"/>
        <source>Stormboard · Event Storming</source>
        <translation>استورم‌بورد · طوفان رویداد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="25"/>
        <source>whole board</source>
        <translation>کل تخته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="26"/>
        <source>selection of %1</source>
        <translation>%1 برگهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="27"/>
        <source>lane %1</source>
        <translation>مسیر %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="28"/>
        <source>chapter %1: %2</source>
        <translation>فصل %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="30"/>
        <source>Pivotal event</source>
        <translation>رویداد محوری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="31"/>
        <source>Swimlane</source>
        <translation>مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="32"/>
        <source>Temporal milestone</source>
        <translation>نقطهٔ عطف زمانی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="33"/>
        <source>Link</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="34"/>
        <source>Votes</source>
        <translation>رأی‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="35"/>
        <source>Tile map</source>
        <translation>نقشهٔ برگه‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="36"/>
        <source>row %1, column %2 of %3 × %4  ·  %5  ·  overlap %6 mm</source>
        <translation>ردیف %1، ستون %2 از %3 × %4  ·  %5  ·  هم‌پوشانی %6 میلی‌متر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="38"/>
        <source>left %1</source>
        <translation>چپ %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="39"/>
        <source>right %1</source>
        <translation>راست %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="40"/>
        <source>above %1</source>
        <translation>بالا %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="41"/>
        <source>below %1</source>
        <translation>پایین %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="42"/>
        <source>%1 × %2 pages of %3, overlap %4 mm; poster %5 × %6 mm. Print at 100% (no fit to page), trim along the marks and match the crosses.</source>
        <translation>%1 × %2 برگ %3، هم‌پوشانی %4 میلی‌متر؛ پوستر %5 × %6 میلی‌متر. با اندازهٔ ۱۰۰٪ چاپ کنید (بدون جا دادن در صفحه)، در امتداد نشانه‌ها ببرید و علامت‌های بعلاوه را روی هم بگذارید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/poster_strings.py" line="45"/>
        <source>Left out (nothing on them but background): %1</source>
        <translation>کنار گذاشته شد (جز پس‌زمینه چیزی روی آن‌ها نیست): %1</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../src/stormboard/ui/workshop/presenter.py" line="30"/>
        <source>Stormboard — presenter</source>
        <translation>استورم‌بورد — ارائه</translation>
    </message>
</context>
<context>
    <name>PrintAction</name>
    <message>
        <location filename="../../src/stormboard/ui/export/print_hook.py" line="25"/>
        <source>&amp;Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/print_hook.py" line="26"/>
        <source>Print the board as the poster plans it, with a preview</source>
        <translation>چاپ تخته همان‌گونه که پوستر چیده می‌شود، با پیش‌نمایش</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/stormboard/ui/export/print_poster.py" line="320"/>
        <source>Print</source>
        <extracomment>the Print dialog&apos;s plans: fit onto one sheet, real size tiled, or an A-size poster tiled</extracomment>
        <translation>چاپ</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/print_poster.py" line="326"/>
        <source>Crop and alignment &amp;marks</source>
        <translation>نشانه‌های برش و هم‌ترازی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/print_poster.py" line="330"/>
        <source>Printer and &amp;paper…</source>
        <translation>چاپگر و کاغذ…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/print_poster.py" line="332"/>
        <source>P&amp;lan:</source>
        <translation>طرح:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/print_poster.py" line="333"/>
        <source>&amp;Overlap:</source>
        <translation>هم‌پوشانی:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/print_poster.py" line="343"/>
        <source>&amp;Print</source>
        <translation>چاپ</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/print_poster.py" line="361"/>
        <source>Fit to one page</source>
        <translation>جا دادن در یک برگ</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/print_poster.py" line="362"/>
        <source>Real size, tiled onto pages</source>
        <translation>اندازهٔ واقعی، کاشی‌شده روی برگ‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/print_poster.py" line="363"/>
        <source>%1 poster, tiled onto pages</source>
        <translation>پوستر %1، کاشی‌شده روی برگ‌ها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/export/print_poster.py" line="388"/>
        <source>%n page(s) of %1</source>
        <translation>
            <numerusform>%n برگ %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/export/print_poster.py" line="420"/>
        <source>The printer could not be started, so nothing was printed. Choose another printer or output file with “Printer and paper…”.</source>
        <translation>چاپگر آغاز به کار نکرد، پس چیزی چاپ نشد. با «چاپگر و کاغذ…» چاپگر یا پروندهٔ خروجی دیگری برگزینید.</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="117"/>
        <source>&amp;Room</source>
        <translation>اتاق</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="118"/>
        <source>&amp;Open the Room…</source>
        <translation>باز کردن اتاق…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="119"/>
        <source>Show the &amp;Join Screen</source>
        <translation>نمایش صفحهٔ پیوستن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="120"/>
        <source>Copy the Co-facilitator &amp;Link</source>
        <translation>رونوشت پیوند کمک‌تسهیل‌گر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="121"/>
        <source>&amp;Join a Room as Co-facilitator…</source>
        <translation>پیوستن به یک اتاق به‌عنوان کمک‌تسهیل‌گر…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="122"/>
        <source>Lock Phone &amp;Stickies</source>
        <translation>قفل کردن برگه‌های گوشی‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="124"/>
        <source>Participants can still add stickies but no longer change or delete theirs</source>
        <translation>شرکت‌کنندگان همچنان می‌توانند برگه بیفزایند ولی دیگر برگه‌های خود را تغییر نمی‌دهند یا حذف نمی‌کنند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="126"/>
        <source>&amp;Close the Room</source>
        <translation>بستن اتاق</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="126"/>
        <source>&amp;Leave the Room</source>
        <translation>ترک اتاق</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="150"/>
        <location filename="../../src/stormboard/ui/room/controller.py" line="168"/>
        <source>Open the Room</source>
        <translation>باز کردن اتاق</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="151"/>
        <source>A room needs a board that can be edited.</source>
        <translation>اتاق به تخته‌ای نیاز دارد که بتوان ویرایشش کرد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="169"/>
        <source>The room could not listen on %1 (%2).</source>
        <translation>اتاق نتوانست روی %1 گوش بدهد (%2).</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="211"/>
        <source>Co-facilitator link copied: it allows full editing, share it with care.</source>
        <translation>پیوند کمک‌تسهیل‌گر رونوشت شد: اجازهٔ ویرایش کامل می‌دهد، با احتیاط به اشتراک بگذارید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="221"/>
        <location filename="../../src/stormboard/ui/room/controller.py" line="232"/>
        <source>Join a Room as Co-facilitator</source>
        <translation>پیوستن به اتاق به‌عنوان کمک‌تسهیل‌گر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="222"/>
        <source>Co-facilitator link (Room ▸ Copy the Co-facilitator Link on the host):</source>
        <translation>پیوند کمک‌تسهیل‌گر (اتاق ▸ رونوشت پیوند کمک‌تسهیل‌گر روی میزبان):</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="261"/>
        <source>The room was closed by its host.</source>
        <translation>میزبان اتاق را بست.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/room/controller.py" line="293"/>
        <source>The room did not answer.</source>
        <translation>اتاق پاسخ نداد.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../src/stormboard/ui/window/shortcut_sheet.py" line="106"/>
        <source>Keyboard Shortcuts</source>
        <extracomment>media and vendor keys (Qt::Key_Back and up: &quot;New&quot;, &quot;Zoom In&quot;, &quot;Copy&quot; keys) some platforms add to the standard bindings; they still work, but would only clutter the sheet</extracomment>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/shortcut_sheet.py" line="107"/>
        <source>Search commands and keys</source>
        <translation>جست‌وجوی فرمان‌ها و کلیدها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/shortcut_sheet.py" line="111"/>
        <source>Command</source>
        <translation>فرمان</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/shortcut_sheet.py" line="111"/>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/shortcut_sheet.py" line="111"/>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="30"/>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="31"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="32"/>
        <source>View</source>
        <translation>نما</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="33"/>
        <source>Wall</source>
        <translation>دیوار</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="34"/>
        <source>New sticky</source>
        <translation>برگهٔ تازه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="35"/>
        <source>Timeline</source>
        <translation>خط زمان</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="36"/>
        <source>Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="54"/>
        <source>New board</source>
        <extracomment>the table; order is the order of the Help sheet</extracomment>
        <translation>تختهٔ تازه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="55"/>
        <source>Open a board</source>
        <translation>باز کردن تخته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="57"/>
        <source>Save the board as</source>
        <translation>ذخیرهٔ تخته با نام</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="58"/>
        <source>Export</source>
        <translation>خروجی گرفتن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="60"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="61"/>
        <source>Undo</source>
        <translation>واگرد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="63"/>
        <source>Redo</source>
        <translation>ازنو</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="64"/>
        <source>Cut</source>
        <translation>برش</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="65"/>
        <source>Copy</source>
        <translation>رونوشت</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="66"/>
        <source>Paste</source>
        <translation>جای‌گذاری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="67"/>
        <source>Duplicate</source>
        <translation>تکثیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="69"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="70"/>
        <source>Select all</source>
        <translation>انتخاب همه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="72"/>
        <source>Edit the selected sticky&apos;s text</source>
        <translation>ویرایش متن برگهٔ انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="74"/>
        <source>Zoom in</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="75"/>
        <source>Zoom out</source>
        <translation>کوچک‌نمایی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="76"/>
        <source>Actual size (100 %)</source>
        <translation>اندازهٔ واقعی (۱۰۰٪)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="78"/>
        <source>Zoom to fit the board</source>
        <translation>جا دادن همهٔ تخته در صفحه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="80"/>
        <source>Zoom to the selection</source>
        <translation>بزرگ‌نمایی روی انتخاب</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="83"/>
        <source>Full screen presentation</source>
        <translation>ارائهٔ تمام‌صفحه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="84"/>
        <source>Show the grid</source>
        <translation>نمایش شبکه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="86"/>
        <source>Move the selection left (or pan)</source>
        <translation>جابه‌جایی انتخاب به چپ (یا جابه‌جایی نما)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="88"/>
        <source>Move the selection right (or pan)</source>
        <translation>جابه‌جایی انتخاب به راست (یا جابه‌جایی نما)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="90"/>
        <source>Move the selection up (or pan)</source>
        <translation>جابه‌جایی انتخاب به بالا (یا جابه‌جایی نما)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="92"/>
        <source>Move the selection down (or pan)</source>
        <translation>جابه‌جایی انتخاب به پایین (یا جابه‌جایی نما)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="107"/>
        <source>Add a lane</source>
        <translation>افزودن مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="109"/>
        <source>Add a milestone</source>
        <translation>افزودن نقطهٔ عطف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="111"/>
        <source>Mark or unmark a pivotal event</source>
        <translation>علامت زدن یا برداشتن رویداد محوری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="113"/>
        <source>Arrange the timeline</source>
        <translation>چیدن خط زمان</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="115"/>
        <source>Tidy overlapping stickies</source>
        <translation>جدا کردن برگه‌های روی هم</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="117"/>
        <source>Find duplicates</source>
        <translation>یافتن تکراری‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="118"/>
        <source>Find</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="120"/>
        <source>Filter</source>
        <translation>فیلتر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="122"/>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="94"/>
        <source>Select the nearest sticky to the left</source>
        <translation>انتخاب نزدیک‌ترین برگه در چپ</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="96"/>
        <source>Select the nearest sticky to the right</source>
        <translation>انتخاب نزدیک‌ترین برگه در راست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="98"/>
        <source>Select the nearest sticky above</source>
        <translation>انتخاب نزدیک‌ترین برگه در بالا</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="100"/>
        <source>Select the nearest sticky below</source>
        <translation>انتخاب نزدیک‌ترین برگه در پایین</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/shortcuts.py" line="59"/>
        <source>Print</source>
        <translation>چاپ</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="47"/>
        <source>Untitled board</source>
        <translation>تختهٔ بی‌نام</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="71"/>
        <source>New Board</source>
        <translation>تختهٔ تازه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="74"/>
        <source>What is this workshop about?</source>
        <translation>این کارگاه دربارهٔ چیست؟</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="75"/>
        <source>Board title</source>
        <translation>عنوان تخته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="78"/>
        <source>Folder</source>
        <translation>پوشه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="79"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="87"/>
        <source>Template</source>
        <translation>الگو</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="88"/>
        <source>Empty board</source>
        <translation>تختهٔ خالی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="96"/>
        <source>Title:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="97"/>
        <source>Folder:</source>
        <translation>پوشه:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="98"/>
        <source>Template:</source>
        <translation>الگو:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="104"/>
        <source>Create Board</source>
        <translation>ساختن تخته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="117"/>
        <source>Folder for the New Board</source>
        <translation>پوشه برای تختهٔ تازه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="131"/>
        <source>The board will be saved as %1</source>
        <translation>تخته با این نام ذخیره می‌شود: %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="133"/>
        <source>Give the board a title.</source>
        <translation>برای تخته عنوانی بنویسید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="223"/>
        <source>Start a board</source>
        <translation>شروع یک تخته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="224"/>
        <source>Every change is saved as you go, in the board&apos;s own file.</source>
        <translation>هر تغییر همان لحظه در پروندهٔ خود تخته ذخیره می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="226"/>
        <source>New Board…</source>
        <translation>تختهٔ تازه…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="227"/>
        <source>Open…</source>
        <translation>باز کردن…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="228"/>
        <source>Open the Sample Workshop</source>
        <translation>باز کردن کارگاه نمونه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="229"/>
        <source>Start from a template</source>
        <translation>شروع از یک الگو</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="234"/>
        <source>Recent boards</source>
        <translation>تخته‌های اخیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/window/start_screen.py" line="235"/>
        <source>No recent boards yet.</source>
        <translation>هنوز تختهٔ اخیری نیست.</translation>
    </message>
</context>
<context>
    <name>StickyEditor</name>
    <message>
        <location filename="../../src/stormboard/ui/canvas/editor.py" line="63"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/canvas/editor.py" line="69"/>
        <source>%1 / %2: too long, not added</source>
        <translation>%1 / %2: بیش از حد بلند است، اضافه نشد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/canvas/editor.py" line="189"/>
        <source>Nothing was pasted: the sticky would hold %1 characters; the limit is %2.</source>
        <translation>چیزی چسبانده نشد: یادداشت %1 نویسه می‌شد؛ حد آن %2 است.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../src/stormboard/ui/templates.py" line="42"/>
        <source>Big Picture</source>
        <translation>تصویر کلان</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/templates.py" line="43"/>
        <source>The whole business line in one room: events, hotspots, people, systems and pivotal events.</source>
        <translation>کل یک خط کسب‌وکار در یک اتاق: رویدادها، نقاط داغ، افراد، سامانه‌ها و رویدادهای محوری.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/templates.py" line="45"/>
        <source>Customers</source>
        <translation>مشتریان</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/templates.py" line="46"/>
        <source>Our company</source>
        <translation>شرکت ما</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/templates.py" line="47"/>
        <source>Partners and external systems</source>
        <translation>شریکان و سامانه‌های بیرونی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/templates.py" line="51"/>
        <source>Process level</source>
        <translation>سطح فرایند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/templates.py" line="52"/>
        <source>One process end to end: commands, policies, read models and the user interfaces involved.</source>
        <translation>یک فرایند از آغاز تا پایان: فرمان‌ها، سیاست‌ها، مدل‌های خواندنی و رابط‌های کاربری درگیر.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/templates.py" line="54"/>
        <source>People and user interfaces</source>
        <translation>افراد و رابط‌های کاربری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/templates.py" line="55"/>
        <source>Commands and events</source>
        <translation>فرمان‌ها و رویدادها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/templates.py" line="56"/>
        <source>Policies and systems</source>
        <translation>سیاست‌ها و سامانه‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/templates.py" line="60"/>
        <source>Design level</source>
        <translation>سطح طراحی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/templates.py" line="61"/>
        <source>Software design: aggregates and the rules they enforce, next to their commands and events.</source>
        <translation>طراحی نرم‌افزار: اگریگیت‌ها و قاعده‌هایی که اجرا می‌کنند، در کنار فرمان‌ها و رویدادهایشان.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/templates.py" line="63"/>
        <source>Users and read models</source>
        <translation>کاربران و مدل‌های خواندنی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/templates.py" line="64"/>
        <source>Commands, aggregates and events</source>
        <translation>فرمان‌ها، اگریگیت‌ها و رویدادها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/templates.py" line="65"/>
        <source>Policies and external systems</source>
        <translation>سیاست‌ها و سامانه‌های بیرونی</translation>
    </message>
</context>
<context>
    <name>TimeSlices</name>
    <message>
        <location filename="../../src/stormboard/ui/slices/__init__.py" line="65"/>
        <source>Take Time &amp;Slice…</source>
        <translation>گرفتن برش زمانی…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/__init__.py" line="66"/>
        <source>Name the board as it stands now, to open or compare it later</source>
        <translation>تابلو را همان‌طور که اکنون هست نام‌گذاری کنید تا بعداً بازش کنید یا مقایسه کنید</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/__init__.py" line="68"/>
        <source>Time S&amp;lices…</source>
        <translation>برش‌های زمانی…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/__init__.py" line="69"/>
        <source>List, open, rename and delete the board&apos;s time slices</source>
        <translation>فهرست، باز کردن، تغییر نام و حذف برش‌های زمانی تابلو</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/__init__.py" line="71"/>
        <source>&amp;Replay the Wall…</source>
        <translation>بازپخش دیوار…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/__init__.py" line="72"/>
        <source>Watch the wall grow: a timeline slider over every change</source>
        <translation>رشد دیوار را ببینید: لغزنده‌ای روی خط زمان همه‌ی تغییرها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/__init__.py" line="93"/>
        <source>after %1</source>
        <translation>پس از %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/__init__.py" line="102"/>
        <source>Time slice “%1” taken</source>
        <translation>برش زمانی «%1» گرفته شد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/__init__.py" line="108"/>
        <source>Take Time Slice</source>
        <translation>گرفتن برش زمانی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/__init__.py" line="109"/>
        <source>Name of the slice:</source>
        <translation>نام برش:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/__init__.py" line="117"/>
        <source>Slice of %1</source>
        <translation>برش %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/__init__.py" line="133"/>
        <location filename="../../src/stormboard/ui/slices/dialog.py" line="49"/>
        <location filename="../../src/stormboard/ui/slices/dialog.py" line="204"/>
        <source>Time Slices</source>
        <translation>برش‌های زمانی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/__init__.py" line="170"/>
        <source>now</source>
        <translation>اکنون</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/__init__.py" line="172"/>
        <source>What changed from the time slice %1 to %2, shown read-only.</source>
        <translation>تغییرات از برش زمانی %1 تا %2، فقط‌خواندنی.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/__init__.py" line="186"/>
        <source>This is the time slice “%1” of %2, shown read-only.</source>
        <translation>این برش زمانی «%1» از %2 است و فقط‌خواندنی نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/__init__.py" line="216"/>
        <source>Replay</source>
        <translation>بازپخش</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/dialog.py" line="53"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/dialog.py" line="54"/>
        <source>Taken</source>
        <translation>زمان گرفتن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/dialog.py" line="55"/>
        <source>Stickies</source>
        <translation>برگه‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/dialog.py" line="63"/>
        <source>&amp;Open Read-Only</source>
        <translation>باز کردن فقط‌خواندنی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/dialog.py" line="64"/>
        <source>&amp;Rename…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/dialog.py" line="65"/>
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/dialog.py" line="66"/>
        <source>&amp;Compare</source>
        <translation>مقایسه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/dialog.py" line="67"/>
        <source>One slice: what changed since then. Two slices: what changed between them.</source>
        <translation>یک برش: از آن زمان چه تغییر کرده است. دو برش: میان آن دو چه تغییر کرده است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/dialog.py" line="70"/>
        <source>&amp;Take Slice Now…</source>
        <translation>گرفتن برش اکنون…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/dialog.py" line="188"/>
        <source>Rename Time Slice</source>
        <translation>تغییر نام برش زمانی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/dialog.py" line="189"/>
        <source>New name:</source>
        <translation>نام تازه:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/dialog.py" line="196"/>
        <source>Delete Time Slice</source>
        <translation>حذف برش زمانی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/dialog.py" line="193"/>
        <source>Delete the slice “%1”? The board and its history stay as they are.</source>
        <translation>برش «%1» حذف شود؟ تابلو و تاریخچه‌اش همان‌طور که هست می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/compare.py" line="113"/>
        <source>From %1 to %2</source>
        <extracomment>marks sit above every sticky, link and lane</extracomment>
        <translation>از %1 تا %2</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/compare.py" line="115"/>
        <source>%1 added, %2 removed, %3 moved, %4 changed text</source>
        <translation>%1 افزوده، %2 حذف‌شده، %3 جابه‌جاشده، %4 با متن تغییریافته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/compare.py" line="125"/>
        <source>%1: +%2 −%3, %4 moved, %5 changed</source>
        <translation>%1: +%2 −%3، %4 جابه‌جاشده، %5 تغییریافته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/compare.py" line="130"/>
        <source>New hotspots: %1</source>
        <translation>نقطه‌های داغ تازه: %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/compare.py" line="131"/>
        <source>Resolved hotspots: %1</source>
        <translation>نقطه‌های داغ حل‌شده: %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/compare.py" line="151"/>
        <source>What Changed</source>
        <translation>چه تغییر کرد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/replay.py" line="42"/>
        <location filename="../../src/stormboard/ui/slices/replay.py" line="104"/>
        <source>Play</source>
        <extracomment>log entries advanced per tick of the play timer (ticks are 100 ms)</extracomment>
        <translation>پخش</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/replay.py" line="103"/>
        <source>Pause</source>
        <translation>مکث</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/slices/replay.py" line="118"/>
        <source>Replay: the wall as it was at %1, shown read-only.</source>
        <translation>بازپخش: دیوار همان‌طور که در %1 بود، فقط‌خواندنی.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/stormboard/ui/timeline/decorations.py" line="49"/>
        <source>Chapter %1</source>
        <extracomment>how strongly a filtered-out sticky still shows the canvas draws a pivotal event&apos;s boundary this far after its right edge (PivotalLineItem)</extracomment>
        <translation>فصل %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="23"/>
        <source>Add lane…</source>
        <extracomment>name -&gt; menu text, translated in the &quot;Timeline&quot; context; the keys of &quot;timeline_&quot; + name are in the one shortcut table (ui/shortcuts.py)</extracomment>
        <translation>افزودن مسیر…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="24"/>
        <source>Add milestone…</source>
        <translation>افزودن نقطهٔ عطف…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="25"/>
        <source>Mark or unmark pivotal event</source>
        <translation>علامت زدن یا برداشتن رویداد محوری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="26"/>
        <source>Arrange timeline</source>
        <translation>چیدن خط زمان</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="27"/>
        <source>Tidy overlapping stickies</source>
        <translation>جدا کردن برگه‌های روی هم</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="28"/>
        <source>Find duplicates…</source>
        <translation>یافتن تکراری‌ها…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="29"/>
        <source>Show chapters</source>
        <translation>نمایش فصل‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="30"/>
        <source>Show past-tense hints</source>
        <translation>نمایش یادآور زمان گذشته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="31"/>
        <source>Find…</source>
        <translation>جست‌وجو…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="32"/>
        <source>Filter…</source>
        <translation>فیلتر…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="37"/>
        <source>Then tap the wall where the new swimlane should start.</source>
        <extracomment>longer explanations, shown as tooltips and in the status bar</extracomment>
        <translation>سپس روی جایی از دیوار بزنید که مسیر تازه باید از آن شروع شود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="39"/>
        <source>Then tap the wall where the temporal milestone should go.</source>
        <translation>سپس روی جایی از دیوار بزنید که نقطهٔ عطف زمانی باید آنجا باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="41"/>
        <source>Pivotal events split the timeline into chapters.</source>
        <translation>رویدادهای محوری خط زمان را به فصل‌ها تقسیم می‌کنند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="43"/>
        <source>Lay out the selected stickies, or every domain event, left to right in reading order, one column each, centred in their lanes.</source>
        <translation>برگه‌های انتخاب‌شده یا همهٔ رویدادهای دامنه را به ترتیب خواندن از چپ به راست بچینید، هر کدام در یک ستون و در میانهٔ مسیر خود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="46"/>
        <source>Push overlapping stickies (the selected ones, or all) apart with small moves.</source>
        <translation>برگه‌های روی هم (انتخاب‌شده‌ها یا همه) را با جابه‌جایی‌های کوچک از هم جدا کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="49"/>
        <source>List stickies that say the same thing and merge them.</source>
        <translation>برگه‌هایی را که یک چیز می‌گویند فهرست و یکی کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="51"/>
        <source>Shade alternate chapters between pivotal events and show their names.</source>
        <translation>فصل‌های میان رویدادهای محوری را یکی‌درمیان سایه بزنید و نامشان را نشان دهید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="53"/>
        <source>Mark domain events whose text does not read as past tense.</source>
        <translation>رویدادهای دامنه‌ای را که متنشان به زمان گذشته نیست علامت بزنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="55"/>
        <source>Find stickies by their text.</source>
        <translation>یافتن برگه‌ها از روی متنشان.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="56"/>
        <source>Dim the stickies that do not match a kind, lane, author or chapter.</source>
        <translation>برگه‌هایی را که با نوع، مسیر، نویسنده یا فصل انتخابی جور نیستند کم‌رنگ کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="143"/>
        <source>&amp;Timeline</source>
        <translation>خط زمان</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="144"/>
        <source>Lanes</source>
        <translation>مسیرها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="145"/>
        <source>Milestones</source>
        <translation>نقطه‌های عطف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="146"/>
        <source>Filter</source>
        <translation>فیلتر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="147"/>
        <source>Find</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="198"/>
        <source>(unnamed lane)</source>
        <translation>(مسیر بی‌نام)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/actions.py" line="211"/>
        <source>(unnamed milestone)</source>
        <translation>(نقطهٔ عطف بی‌نام)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/lane_tool.py" line="29"/>
        <location filename="../../src/stormboard/ui/timeline/milestone_tool.py" line="23"/>
        <source>Grey</source>
        <extracomment>(name for the menu, colour): light tints that keep stickies readable</extracomment>
        <translation>خاکستری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/lane_tool.py" line="30"/>
        <location filename="../../src/stormboard/ui/timeline/milestone_tool.py" line="19"/>
        <source>Blue</source>
        <translation>آبی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/lane_tool.py" line="31"/>
        <source>Green</source>
        <translation>سبز</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/lane_tool.py" line="32"/>
        <source>Yellow</source>
        <translation>زرد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/lane_tool.py" line="33"/>
        <source>Pink</source>
        <translation>صورتی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/lane_tool.py" line="34"/>
        <source>Purple</source>
        <translation>بنفش</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/lane_tool.py" line="286"/>
        <source>Rename lane</source>
        <translation>تغییر نام مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/lane_tool.py" line="287"/>
        <location filename="../../src/stormboard/ui/timeline/lane_tool.py" line="306"/>
        <source>Lane colour</source>
        <translation>رنگ مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/lane_tool.py" line="290"/>
        <location filename="../../src/stormboard/ui/timeline/milestone_tool.py" line="132"/>
        <source>Other colour…</source>
        <translation>رنگ دیگر…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/lane_tool.py" line="292"/>
        <source>Expand lane</source>
        <translation>باز کردن مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/lane_tool.py" line="293"/>
        <source>Collapse lane</source>
        <translation>جمع کردن مسیر</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/lane_tool.py" line="295"/>
        <source>Move lane up</source>
        <translation>بردن مسیر به بالا</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/lane_tool.py" line="296"/>
        <source>Move lane down</source>
        <translation>بردن مسیر به پایین</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/lane_tool.py" line="298"/>
        <source>Delete lane (stickies stay)</source>
        <translation>حذف مسیر (برگه‌ها می‌مانند)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/link_tool.py" line="23"/>
        <source>Leads to</source>
        <translation>منجر می‌شود به</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/link_tool.py" line="24"/>
        <source>Triggers</source>
        <translation>به راه می‌اندازد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/link_tool.py" line="25"/>
        <source>Relates to</source>
        <translation>مرتبط است با</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/link_tool.py" line="265"/>
        <source>Edit link label</source>
        <translation>ویرایش برچسب پیوند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/link_tool.py" line="267"/>
        <source>Link kind</source>
        <translation>نوع پیوند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/link_tool.py" line="275"/>
        <source>Delete link</source>
        <translation>حذف پیوند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/milestone_tool.py" line="20"/>
        <source>Teal</source>
        <translation>سبزآبی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/milestone_tool.py" line="21"/>
        <source>Amber</source>
        <translation>کهربایی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/milestone_tool.py" line="22"/>
        <source>Red</source>
        <translation>قرمز</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/milestone_tool.py" line="127"/>
        <source>Rename milestone</source>
        <translation>تغییر نام نقطهٔ عطف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/milestone_tool.py" line="129"/>
        <location filename="../../src/stormboard/ui/timeline/milestone_tool.py" line="142"/>
        <source>Milestone colour</source>
        <translation>رنگ نقطهٔ عطف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/milestone_tool.py" line="135"/>
        <source>Delete milestone</source>
        <translation>حذف نقطهٔ عطف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/placement.py" line="44"/>
        <source>Tap the wall where the new lane should start.</source>
        <translation>روی جایی از دیوار بزنید که مسیر تازه باید از آن شروع شود.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/placement.py" line="45"/>
        <source>Tap the wall where the milestone should go.</source>
        <translation>روی جایی از دیوار بزنید که نقطهٔ عطف باید آنجا باشد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/placement.py" line="97"/>
        <source>New lane</source>
        <translation>مسیر تازه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/placement.py" line="104"/>
        <source>Milestone</source>
        <translation>نقطهٔ عطف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/tools.py" line="169"/>
        <source>Add lane here</source>
        <extracomment>the wall&apos;s one input route: these tools sit in it after any already there sentences for the status bar go out through the scene&apos;s own signal</extracomment>
        <translation>افزودن مسیر اینجا</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/tools.py" line="171"/>
        <source>Add milestone here</source>
        <translation>افزودن نقطهٔ عطف اینجا</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/timeline/tools.py" line="50"/>
        <source>Events read best in the past tense: &quot;Order placed&quot;, not &quot;Place order&quot;.</source>
        <translation>رویدادها به زمان گذشته بهتر خوانده می‌شوند: «سفارش ثبت شد»، نه «ثبت سفارش».</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <location filename="../../src/stormboard/ui/workshop/timer_view.py" line="97"/>
        <source>Free modelling</source>
        <extracomment>background of the countdown per state; &quot;over&quot; alternates between the two pulse colours the current phase&apos;s timebox has just run out (once per phase visit)</extracomment>
        <translation>مدل‌سازی آزاد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/timer_view.py" line="102"/>
        <source>Not started</source>
        <translation>شروع نشده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/timer_view.py" line="109"/>
        <source>Paused</source>
        <translation>مکث شده</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/timer_view.py" line="112"/>
        <source>Time is up</source>
        <translation>زمان تمام شد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/timer_view.py" line="116"/>
        <source>remaining</source>
        <translation>مانده</translation>
    </message>
</context>
<context>
    <name>VoteTapFilter</name>
    <message>
        <location filename="../../src/stormboard/ui/workshop/voting_view.py" line="104"/>
        <source>Choose who is voting first.</source>
        <extracomment>a sentence for the facilitator: the vote that was placed, or why it was refused</extracomment>
        <translation>اول انتخاب کنید چه کسی رأی می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/voting_view.py" line="115"/>
        <source>%1 has %2 of %3 votes left.</source>
        <translation>برای %1، %2 رأی از %3 رأی مانده است.</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <location filename="../../src/stormboard/ui/workshop/voting_view.py" line="209"/>
        <source>Votes per person:</source>
        <translation>رأی برای هر نفر:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/voting_view.py" line="210"/>
        <source>Who is voting:</source>
        <translation>رأی‌دهنده:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/voting_view.py" line="211"/>
        <source>Voting mode</source>
        <translation>حالت رأی‌گیری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/voting_view.py" line="212"/>
        <source>Taps on hotspots and opportunities place votes</source>
        <translation>زدن روی نقطه‌های داغ و فرصت‌ها رأی ثبت می‌کند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/voting_view.py" line="213"/>
        <source>Take back votes</source>
        <translation>پس گرفتن رأی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/voting_view.py" line="214"/>
        <source>Reveal all</source>
        <translation>آشکار کردن همه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/voting_view.py" line="215"/>
        <source>Hide votes</source>
        <translation>پنهان کردن رأی‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/voting_view.py" line="222"/>
        <source>Tap a hotspot or an opportunity to vote for it.</source>
        <translation>برای رأی دادن، روی یک نقطهٔ داغ یا یک فرصت بزنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/voting_view.py" line="247"/>
        <source>%1: %2 of %3 votes left</source>
        <translation>مانده برای %1: %2 از %3 رأی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/voting_view.py" line="252"/>
        <source>Add participants at kick-off to vote.</source>
        <translation>برای رأی‌گیری، در مرحلهٔ آغاز شرکت‌کنندگان را اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/voting_view.py" line="253"/>
        <source>Votes are revealed.</source>
        <translation>رأی‌ها آشکار شده‌اند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/voting_view.py" line="254"/>
        <source>Votes are hidden until you reveal them; %1 cast so far.</source>
        <translation>رأی‌ها تا وقتی آشکارشان کنید پنهان می‌مانند؛ تاکنون %1 رأی داده شده است.</translation>
    </message>
</context>
<context>
    <name>WorkshopPlan</name>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="10"/>
        <source>Kick-off</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="11"/>
        <source>Introduce yourselves in one sentence each. Here is the goal, the scope and the notation we will use today.</source>
        <translation>هر کس در یک جمله خودش را معرفی کند. این هدف، دامنه و نمادهایی است که امروز به کار می‌بریم.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="12"/>
        <source>State the goal and the scope</source>
        <translation>هدف و دامنه را بگویید</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="13"/>
        <source>List the participants</source>
        <translation>شرکت‌کنندگان را فهرست کنید</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="14"/>
        <source>Show the notation and the rules</source>
        <translation>نمادها و قاعده‌ها را نشان دهید</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="15"/>
        <source>Everyone has spoken once</source>
        <translation>همه یک بار حرف زده‌اند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="16"/>
        <source>Chaotic exploration</source>
        <translation>کاوش آشفته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="17"/>
        <source>Write every domain event you can think of, in the past tense, one per orange sticky. Work in parallel, no discussion, duplicates are fine.</source>
        <translation>هر رویداد دامنه‌ای که به ذهنتان می‌رسد، به زمان گذشته، روی یک برگهٔ نارنجی بنویسید. هم‌زمان کار کنید، بی‌بحث؛ تکراری بودن اشکالی ندارد.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="18"/>
        <source>Only orange events</source>
        <translation>فقط رویدادهای نارنجی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="19"/>
        <source>Past tense</source>
        <translation>زمان گذشته</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="20"/>
        <source>Nobody waits for anybody</source>
        <translation>هیچ‌کس منتظر دیگری نمی‌ماند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="21"/>
        <source>Watch for the cool-down</source>
        <translation>مراقب فروکش کردن باشید</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="22"/>
        <source>Enforce the timeline</source>
        <translation>نظم دادن به خط زمان</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="23"/>
        <source>Order the events from left to right, merge duplicates, then mark the few pivotal events, draw swimlanes and milestones and name the chapters.</source>
        <translation>رویدادها را از چپ به راست مرتب کنید، تکراری‌ها را یکی کنید، سپس چند رویداد محوری را علامت بزنید، مسیرهای موازی و نقطه‌های عطف زمانی را بکشید و فصل‌ها را نام‌گذاری کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="24"/>
        <source>Merge duplicates</source>
        <translation>یکی کردن تکراری‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="25"/>
        <source>Order left to right</source>
        <translation>مرتب کردن از چپ به راست</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="26"/>
        <source>Mark 4–5 pivotal events</source>
        <translation>علامت زدن ۴ تا ۵ رویداد محوری</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="27"/>
        <source>Swimlanes and milestones</source>
        <translation>مسیرهای موازی و نقطه‌های عطف</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="28"/>
        <source>Name the chapters</source>
        <translation>نام‌گذاری فصل‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="29"/>
        <source>Arguments become hotspots</source>
        <translation>بحث‌ها نقطهٔ داغ می‌شوند</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="30"/>
        <source>People and systems</source>
        <translation>آدم‌ها و سامانه‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="31"/>
        <source>Add the people who act or suffer, and the external systems we depend on, along the flow.</source>
        <translation>کسانی را که کاری می‌کنند یا آسیب می‌بینند و سامانه‌های بیرونی‌ای را که به آن‌ها وابسته‌ایم، در طول جریان اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="32"/>
        <source>Actors on yellow</source>
        <translation>کنشگران روی زرد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="33"/>
        <source>External systems on pink</source>
        <translation>سامانه‌های بیرونی روی صورتی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="34"/>
        <source>Everything along the flow</source>
        <translation>همه‌چیز در طول جریان</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="35"/>
        <source>Walk-through</source>
        <translation>مرور داستان</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="36"/>
        <source>A narrator tells the story along the wall, forward and then backward: what must happen before this?</source>
        <translation>یک راوی داستان را در طول دیوار تعریف می‌کند، رو به جلو و سپس رو به عقب: پیش از این چه باید رخ دهد؟</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="37"/>
        <source>Pick a narrator</source>
        <translation>یک راوی انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="38"/>
        <source>Forward pass</source>
        <translation>مرور رو به جلو</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="39"/>
        <source>Reverse pass</source>
        <translation>مرور رو به عقب</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="40"/>
        <source>Note the gaps</source>
        <translation>شکاف‌ها را یادداشت کنید</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="41"/>
        <source>Problems and opportunities</source>
        <translation>مشکل‌ها و فرصت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="42"/>
        <source>Put hotspots on every problem, question or risk, and opportunities on every improvement idea. Mark value gained or lost.</source>
        <translation>روی هر مشکل، پرسش یا ریسک یک نقطهٔ داغ و روی هر ایدهٔ بهبود یک فرصت بگذارید. ارزشِ به‌دست‌آمده یا ازدست‌رفته را علامت بزنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="43"/>
        <source>Hotspots everywhere</source>
        <translation>نقطهٔ داغ همه‌جا</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="44"/>
        <source>Opportunities</source>
        <translation>فرصت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="45"/>
        <source>Value + and −</source>
        <translation>ارزش + و −</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="46"/>
        <source>Dot voting</source>
        <translation>رأی‌گیری نقطه‌ای</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="47"/>
        <source>Each person places their votes on the hotspots and opportunities that matter most. Results are revealed together.</source>
        <translation>هر نفر رأی‌هایش را روی مهم‌ترین نقطه‌های داغ و فرصت‌ها می‌گذارد. نتیجه‌ها با هم آشکار می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="48"/>
        <source>Announce the budget</source>
        <translation>سهم رأی را اعلام کنید</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="49"/>
        <source>Vote at the same time</source>
        <translation>هم‌زمان رأی بدهید</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="50"/>
        <source>Dominant person votes last</source>
        <translation>فرد پرنفوذ آخر از همه رأی می‌دهد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="51"/>
        <source>Reveal all votes together</source>
        <translation>همهٔ رأی‌ها را با هم آشکار کنید</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="52"/>
        <source>Wrap-up</source>
        <translation>جمع‌بندی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="53"/>
        <source>The ranked problems get an owner and a next step. Take photos or print the wall.</source>
        <translation>برای مشکل‌های رتبه‌بندی‌شده یک مسئول و یک گام بعدی تعیین کنید. از دیوار عکس بگیرید یا آن را چاپ کنید.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="54"/>
        <source>Owner for each top problem</source>
        <translation>مسئول برای هر مشکل مهم</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="55"/>
        <source>Next step for each</source>
        <translation>گام بعدی برای هر کدام</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="56"/>
        <source>Chapter structure</source>
        <translation>ساختار فصل‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/texts.py" line="57"/>
        <source>Export the report and the wall</source>
        <translation>خروجی گرفتن از گزارش و دیوار</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="103"/>
        <source>#</source>
        <extracomment>(title, suggested file name, name filter) -&gt; chosen path or None; tests replace it a sentence for the facilitator (a file saved, a write refused)</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="103"/>
        <source>Votes</source>
        <translation>رأی‌ها</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="103"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="103"/>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="104"/>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="104"/>
        <source>Next step</source>
        <translation>گام بعدی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="106"/>
        <source>Save report (Markdown)…</source>
        <translation>ذخیرهٔ گزارش Markdown…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="107"/>
        <source>Save ranked list (CSV)…</source>
        <translation>ذخیرهٔ رتبه‌بندی (CSV)…</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="118"/>
        <source>Hotspots and opportunities, most voted first:</source>
        <translation>نقطه‌های داغ و فرصت‌ها، پررأی‌ترین‌ها اول:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="119"/>
        <source>Votes are not revealed yet: the list is in board order.</source>
        <translation>رأی‌ها هنوز آشکار نشده‌اند: فهرست به ترتیب تخته است.</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="150"/>
        <source>Goal: %1</source>
        <translation>هدف: %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="151"/>
        <source>Scope: %1</source>
        <translation>دامنه: %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="154"/>
        <source>Participants: %1</source>
        <translation>شرکت‌کنندگان: %1</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="155"/>
        <source>Time per phase:</source>
        <translation>زمان هر مرحله:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="160"/>
        <source>not run</source>
        <translation>اجرا نشد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="162"/>
        <source>%1: %2 of %3 min</source>
        <translation>%1: %2 از %3 دقیقه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="165"/>
        <source>On the wall:</source>
        <translation>روی دیوار:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="167"/>
        <source>Pivotal events:</source>
        <translation>رویدادهای محوری:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="170"/>
        <source>Chapters:</source>
        <translation>فصل‌ها:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="179"/>
        <source>Swimlanes:</source>
        <translation>مسیرها:</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="224"/>
        <source>Save the workshop report</source>
        <translation>ذخیرهٔ گزارش کارگاه</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="225"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="234"/>
        <source>Save the ranked list</source>
        <translation>ذخیرهٔ فهرست رتبه‌بندی</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="235"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="248"/>
        <source>Could not write %1: %2</source>
        <translation>نوشتن %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="252"/>
        <source>Saved %1</source>
        <translation>پرونده در %1 ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="174"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="175"/>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="184"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln رویداد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="183"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2، %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="185"/>
        <source>%Ln sticky(ies)</source>
        <translation>
            <numerusform>%Ln برگه</numerusform>
        </translation>
    </message>
</context>
</TS>
