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
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="162"/>
        <source>Selection (%n sticky(s))</source>
        <translation>
            <numerusform>Selection (%n sticky)</numerusform>
            <numerusform>Selection (%n stickies)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/stormboard/ui/export/export_dialog.py" line="367"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
