; Inno Setup script for Stormboard on Windows (ADR 0131). Not run on our Linux machines: build the
; PyInstaller bundle on Windows first (python packaging\make_package.py --skip-deb, then
; pyinstaller packaging\pyinstaller\stormboard.spec), then: iscc packaging\windows\stormboard.iss
#define AppVersion "0.1.0"

[Setup]
AppId={{6C1F2E2A-5B7D-4E43-9E0A-53544D420001}
AppName=Stormboard
AppVersion={#AppVersion}
AppPublisher=The Stormboard developers
AppPublisherURL=https://stormboard.org/
DefaultDirName={autopf}\Stormboard
DefaultGroupName=Stormboard
OutputDir=..\..\dist
OutputBaseFilename=stormboard-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
ChangesEnvironment=yes
LicenseFile=..\..\LICENSE
SetupIconFile=stormboard.ico
UninstallDisplayIcon={app}\Stormboard.exe
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\build\package\dist\stormboard\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Stormboard"; Filename: "{app}\Stormboard.exe"
Name: "{autodesktop}\Stormboard"; Filename: "{app}\Stormboard.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked
Name: "addtopath"; Description: "Add the stormboard command to PATH"

[Registry]
; .storm files open in the windowed app; the console stormboard.exe stays the CLI
Root: HKA; Subkey: "Software\Classes\.storm"; ValueType: string; ValueName: ""; ValueData: "Stormboard.Board"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.storm"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-stormboard"
Root: HKA; Subkey: "Software\Classes\Stormboard.Board"; ValueType: string; ValueName: ""; ValueData: "Stormboard board"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Stormboard.Board\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Stormboard.exe,0"
Root: HKA; Subkey: "Software\Classes\Stormboard.Board\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Stormboard.exe"" ""%1"""
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
    Path := '';
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;
