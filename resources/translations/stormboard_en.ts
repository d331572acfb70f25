<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BoardStatusBar</name>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/window/status.py" line="44"/>
        <source>%Ln stickies</source>
        <translation>
            <numerusform>%Ln sticky</numerusform>
            <numerusform>%Ln stickies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditLabels</name>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/window/main_window.py" line="74"/>
        <source>Move %Ln sticky(ies)</source>
        <translation>
            <numerusform>Move %Ln sticky</numerusform>
            <numerusform>Move %Ln stickies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/window/main_window.py" line="76"/>
        <source>Delete %Ln sticky(ies)</source>
        <translation>
            <numerusform>Delete %Ln sticky</numerusform>
            <numerusform>Delete %Ln stickies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/window/main_window.py" line="77"/>
        <source>Merge %Ln duplicate(s)</source>
        <translation>
            <numerusform>Merge %Ln duplicate</numerusform>
            <numerusform>Merge %Ln duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="208"/>
        <source>Selection (%n sticky(s))</source>
        <translation>
            <numerusform>Selection (%n sticky)</numerusform>
            <numerusform>Selection (%n stickies)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="410"/>
        <source>%n sticky(s) contain characters the poster cannot draw</source>
        <translation>
            <numerusform>%n sticky contains characters the poster cannot draw</numerusform>
            <numerusform>%n stickies contain characters the poster cannot draw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="420"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinScreen</name>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/room/join_screen.py" line="85"/>
        <source>%Ln device(s) connected</source>
        <translation>
            <numerusform>%Ln device connected</numerusform>
            <numerusform>%Ln devices connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/export/print_poster.py" line="388"/>
        <source>%n page(s) of %1</source>
        <translation>
            <numerusform>%n page of %1</numerusform>
            <numerusform>%n pages of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="175"/>
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="184"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/workshop/wrapup_view.py" line="185"/>
        <source>%Ln sticky(ies)</source>
        <translation>
            <numerusform>%Ln sticky</numerusform>
            <numerusform>%Ln stickies</numerusform>
        </translation>
    </message>
</context>
</TS>
