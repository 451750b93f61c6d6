; Inno Setup script for Windows tills: installs the one-folder build (installer/build_onefolder.sh run
; on Windows) to Program Files, the config to ProgramData, and starts the till at logon.
#define AppName "Store Terminal"
#define AppVersion "0.1.0"

[Setup]
AppId={{6C1E7A52-2F0B-4C36-9A55-3E0D1B4C2A11}
AppName={#AppName}
AppVersion={#AppVersion}
DefaultDirName={autopf}\StoreTerminal
DefaultGroupName={#AppName}
OutputBaseFilename=store-terminal-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "hu"; MessagesFile: "compiler:Languages\Hungarian.isl"

[Dirs]
Name: "{commonappdata}\StoreTerminal"; Permissions: users-modify

[Files]
Source: "..\..\dist\store-terminal\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\store-terminal.exe"; Parameters: "--config ""{commonappdata}\StoreTerminal\terminal.toml"""
Name: "{commonstartup}\{#AppName}"; Filename: "{app}\store-terminal.exe"; Parameters: "--fullscreen --config ""{commonappdata}\StoreTerminal\terminal.toml"""
