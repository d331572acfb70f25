<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
  <context>
    <name>DuplicatesDialog</name>
    <message>
      <source>Duplicates</source>
      <translation>تکراری‌ها</translation>
    </message>
    <message>
      <source>No duplicates found.</source>
      <translation>برگهٔ تکراری پیدا نشد.</translation>
    </message>
    <message>
      <source>%1 groups of stickies say the same thing. Choose the one to keep in each group and merge: links, votes and authors move onto it.</source>
      <translation>%1 گروه از برگه‌ها یک چیز را می‌گویند. در هر گروه برگه‌ای را که می‌ماند انتخاب کنید و یکی کنید: پیوندها، رأی‌ها و نویسنده‌ها به آن منتقل می‌شوند.</translation>
    </message>
    <message>
      <source>%1 (by %2)</source>
      <translation>%1 (از %2)</translation>
    </message>
    <message>
      <source>Show on the wall</source>
      <translation>نمایش روی دیوار</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>یکی کردن</translation>
    </message>
  </context>
  <context>
    <name>EditLabels</name>
    <message>
      <source>Add lane</source>
      <translation>افزودن مسیر</translation>
    </message>
    <message>
      <source>Rename lane</source>
      <translation>تغییر نام مسیر</translation>
    </message>
    <message>
      <source>Change lane colour</source>
      <translation>تغییر رنگ مسیر</translation>
    </message>
    <message>
      <source>Collapse lane</source>
      <translation>جمع کردن مسیر</translation>
    </message>
    <message>
      <source>Expand lane</source>
      <translation>باز کردن مسیر</translation>
    </message>
    <message>
      <source>Resize lane</source>
      <translation>تغییر اندازهٔ مسیر</translation>
    </message>
    <message>
      <source>Move lane</source>
      <translation>جابه‌جایی مسیر</translation>
    </message>
    <message>
      <source>Delete lane</source>
      <translation>حذف مسیر</translation>
    </message>
    <message>
      <source>Add milestone</source>
      <translation>افزودن نقطهٔ عطف</translation>
    </message>
    <message>
      <source>Move milestone</source>
      <translation>جابه‌جایی نقطهٔ عطف</translation>
    </message>
    <message>
      <source>Rename milestone</source>
      <translation>تغییر نام نقطهٔ عطف</translation>
    </message>
    <message>
      <source>Change milestone colour</source>
      <translation>تغییر رنگ نقطهٔ عطف</translation>
    </message>
    <message>
      <source>Delete milestone</source>
      <translation>حذف نقطهٔ عطف</translation>
    </message>
    <message>
      <source>Add link</source>
      <translation>افزودن پیوند</translation>
    </message>
    <message>
      <source>Rename link</source>
      <translation>تغییر برچسب پیوند</translation>
    </message>
    <message>
      <source>Change link kind</source>
      <translation>تغییر نوع پیوند</translation>
    </message>
    <message>
      <source>Delete link</source>
      <translation>حذف پیوند</translation>
    </message>
    <message>
      <source>Merge duplicates</source>
      <translation>یکی کردن تکراری‌ها</translation>
    </message>
    <message>
      <source>Merge %1 duplicates</source>
      <translation>یکی کردن %1 تکراری</translation>
    </message>
    <message>
      <source>Arrange timeline</source>
      <translation>چیدن خط زمان</translation>
    </message>
    <message>
      <source>Tidy</source>
      <translation>مرتب کردن</translation>
    </message>
    <message>
      <source>Show chapters</source>
      <translation>نمایش فصل‌ها</translation>
    </message>
    <message>
      <source>Hide chapters</source>
      <translation>پنهان کردن فصل‌ها</translation>
    </message>
    <message>
      <source>Show past-tense hints</source>
      <translation>نمایش یادآور زمان گذشته</translation>
    </message>
    <message>
      <source>Hide past-tense hints</source>
      <translation>پنهان کردن یادآور زمان گذشته</translation>
    </message>
  </context>
  <context>
    <name>FilterPanel</name>
    <message>
      <source>Kind</source>
      <translation>نوع</translation>
    </message>
    <message>
      <source>Lane</source>
      <translation>مسیر</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>نویسنده</translation>
    </message>
    <message>
      <source>Chapter</source>
      <translation>فصل</translation>
    </message>
    <message>
      <source>Clear filter</source>
      <translation>پاک کردن صافی</translation>
    </message>
    <message>
      <source>(unnamed lane)</source>
      <translation>(مسیر بی‌نام)</translation>
    </message>
    <message>
      <source>Outside every lane</source>
      <translation>بیرون از همهٔ مسیرها</translation>
    </message>
    <message>
      <source>No author</source>
      <translation>بی‌نویسنده</translation>
    </message>
    <message>
      <source>Showing every sticky.</source>
      <translation>همهٔ برگه‌ها نمایش داده می‌شوند.</translation>
    </message>
    <message>
      <source>Showing %1 of %2 stickies; the rest are dimmed.</source>
      <translation>%1 از %2 برگه نمایش داده می‌شود؛ بقیه کم‌رنگ شده‌اند.</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>Find on the wall</source>
      <translation>جست‌وجو روی دیوار</translation>
    </message>
    <message>
      <source>Previous</source>
      <translation>قبلی</translation>
    </message>
    <message>
      <source>Previous match (Shift+Enter)</source>
      <translation>یافتهٔ قبلی (Shift+Enter)</translation>
    </message>
    <message>
      <source>Next</source>
      <translation>بعدی</translation>
    </message>
    <message>
      <source>Next match (Enter)</source>
      <translation>یافتهٔ بعدی (Enter)</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>بستن</translation>
    </message>
    <message>
      <source>No matches</source>
      <translation>چیزی پیدا نشد</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 از %2</translation>
    </message>
  </context>
  <context>
    <name>Timeline</name>
    <message>
      <source>Chapter %1</source>
      <translation>فصل %1</translation>
    </message>
    <message>
      <source>Add lane…</source>
      <translation>افزودن مسیر…</translation>
    </message>
    <message>
      <source>Add milestone…</source>
      <translation>افزودن نقطهٔ عطف…</translation>
    </message>
    <message>
      <source>Mark or unmark pivotal event</source>
      <translation>علامت زدن یا برداشتن رویداد محوری</translation>
    </message>
    <message>
      <source>Arrange timeline</source>
      <translation>چیدن خط زمان</translation>
    </message>
    <message>
      <source>Tidy overlapping stickies</source>
      <translation>جدا کردن برگه‌های روی هم</translation>
    </message>
    <message>
      <source>Find duplicates…</source>
      <translation>یافتن تکراری‌ها…</translation>
    </message>
    <message>
      <source>Show chapters</source>
      <translation>نمایش فصل‌ها</translation>
    </message>
    <message>
      <source>Show past-tense hints</source>
      <translation>نمایش یادآور زمان گذشته</translation>
    </message>
    <message>
      <source>Find…</source>
      <translation>جست‌وجو…</translation>
    </message>
    <message>
      <source>Filter…</source>
      <translation>صافی…</translation>
    </message>
    <message>
      <source>Then tap the wall where the new swimlane should start.</source>
      <translation>سپس جایی از دیوار را که مسیر تازه باید از آن شروع شود لمس کنید.</translation>
    </message>
    <message>
      <source>Then tap the wall where the temporal milestone should go.</source>
      <translation>سپس جایی از دیوار را که نقطهٔ عطف زمانی باید آنجا باشد لمس کنید.</translation>
    </message>
    <message>
      <source>Pivotal events split the timeline into chapters.</source>
      <translation>رویدادهای محوری خط زمان را به فصل‌ها تقسیم می‌کنند.</translation>
    </message>
    <message>
      <source>Lay out the selected stickies, or every domain event, left to right in reading order, one column each, centred in their lanes.</source>
      <translation>برگه‌های انتخاب‌شده یا همهٔ رویدادهای دامنه را به ترتیب خواندن از چپ به راست بچینید، هر کدام در یک ستون و در میانهٔ مسیر خود.</translation>
    </message>
    <message>
      <source>Push overlapping stickies (the selected ones, or all) apart with small moves.</source>
      <translation>برگه‌های روی هم (انتخاب‌شده‌ها یا همه) را با جابه‌جایی‌های کوچک از هم جدا کنید.</translation>
    </message>
    <message>
      <source>List stickies that say the same thing and merge them.</source>
      <translation>برگه‌هایی را که یک چیز می‌گویند فهرست و یکی کنید.</translation>
    </message>
    <message>
      <source>Shade alternate chapters between pivotal events and show their names.</source>
      <translation>فصل‌های میان رویدادهای محوری را یکی‌درمیان سایه بزنید و نامشان را نشان دهید.</translation>
    </message>
    <message>
      <source>Mark domain events whose text does not read as past tense.</source>
      <translation>رویدادهای دامنه‌ای را که متنشان به زمان گذشته نیست علامت بزنید.</translation>
    </message>
    <message>
      <source>Find stickies by their text.</source>
      <translation>یافتن برگه‌ها از روی متنشان.</translation>
    </message>
    <message>
      <source>Dim the stickies that do not match a kind, lane, author or chapter.</source>
      <translation>برگه‌هایی را که با نوع، مسیر، نویسنده یا فصل انتخابی جور نیستند کم‌رنگ کنید.</translation>
    </message>
    <message>
      <source>&amp;Timeline</source>
      <translation>خط زمان</translation>
    </message>
    <message>
      <source>Lanes</source>
      <translation>مسیرها</translation>
    </message>
    <message>
      <source>Milestones</source>
      <translation>نقطه‌های عطف</translation>
    </message>
    <message>
      <source>Filter</source>
      <translation>صافی</translation>
    </message>
    <message>
      <source>Find</source>
      <translation>جست‌وجو</translation>
    </message>
    <message>
      <source>(unnamed lane)</source>
      <translation>(مسیر بی‌نام)</translation>
    </message>
    <message>
      <source>(unnamed milestone)</source>
      <translation>(نقطهٔ عطف بی‌نام)</translation>
    </message>
    <message>
      <source>Grey</source>
      <translation>خاکستری</translation>
    </message>
    <message>
      <source>Blue</source>
      <translation>آبی</translation>
    </message>
    <message>
      <source>Green</source>
      <translation>سبز</translation>
    </message>
    <message>
      <source>Yellow</source>
      <translation>زرد</translation>
    </message>
    <message>
      <source>Pink</source>
      <translation>صورتی</translation>
    </message>
    <message>
      <source>Purple</source>
      <translation>بنفش</translation>
    </message>
    <message>
      <source>Rename lane</source>
      <translation>تغییر نام مسیر</translation>
    </message>
    <message>
      <source>Lane colour</source>
      <translation>رنگ مسیر</translation>
    </message>
    <message>
      <source>Other colour…</source>
      <translation>رنگ دیگر…</translation>
    </message>
    <message>
      <source>Expand lane</source>
      <translation>باز کردن مسیر</translation>
    </message>
    <message>
      <source>Collapse lane</source>
      <translation>جمع کردن مسیر</translation>
    </message>
    <message>
      <source>Move lane up</source>
      <translation>بردن مسیر به بالا</translation>
    </message>
    <message>
      <source>Move lane down</source>
      <translation>بردن مسیر به پایین</translation>
    </message>
    <message>
      <source>Delete lane (stickies stay)</source>
      <translation>حذف مسیر (برگه‌ها می‌مانند)</translation>
    </message>
    <message>
      <source>Leads to</source>
      <translation>منجر می‌شود به</translation>
    </message>
    <message>
      <source>Triggers</source>
      <translation>به راه می‌اندازد</translation>
    </message>
    <message>
      <source>Relates to</source>
      <translation>مرتبط است با</translation>
    </message>
    <message>
      <source>Edit link label</source>
      <translation>ویرایش برچسب پیوند</translation>
    </message>
    <message>
      <source>Link kind</source>
      <translation>نوع پیوند</translation>
    </message>
    <message>
      <source>Delete link</source>
      <translation>حذف پیوند</translation>
    </message>
    <message>
      <source>Teal</source>
      <translation>سبزآبی</translation>
    </message>
    <message>
      <source>Amber</source>
      <translation>کهربایی</translation>
    </message>
    <message>
      <source>Red</source>
      <translation>قرمز</translation>
    </message>
    <message>
      <source>Rename milestone</source>
      <translation>تغییر نام نقطهٔ عطف</translation>
    </message>
    <message>
      <source>Milestone colour</source>
      <translation>رنگ نقطهٔ عطف</translation>
    </message>
    <message>
      <source>Delete milestone</source>
      <translation>حذف نقطهٔ عطف</translation>
    </message>
    <message>
      <source>Tap the wall where the new lane should start.</source>
      <translation>جایی از دیوار را که مسیر تازه باید از آن شروع شود لمس کنید.</translation>
    </message>
    <message>
      <source>Tap the wall where the milestone should go.</source>
      <translation>جایی از دیوار را که نقطهٔ عطف باید آنجا باشد لمس کنید.</translation>
    </message>
    <message>
      <source>New lane</source>
      <translation>مسیر تازه</translation>
    </message>
    <message>
      <source>Milestone</source>
      <translation>نقطهٔ عطف</translation>
    </message>
    <message>
      <source>Add lane here</source>
      <translation>افزودن مسیر اینجا</translation>
    </message>
    <message>
      <source>Add milestone here</source>
      <translation>افزودن نقطهٔ عطف اینجا</translation>
    </message>
    <message>
      <source>Events read best in the past tense: "Order placed", not "Place order".</source>
      <translation>رویدادها به زمان گذشته بهتر خوانده می‌شوند: «سفارش ثبت شد»، نه «ثبت سفارش».</translation>
    </message>
  </context>
</TS>
