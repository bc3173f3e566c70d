; Inno Setup 6 script: a Windows installer for the kbdesk bundle.
;
; Build the bundle first (see installer/README.md), then, from the repository root:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\kbdesk.iss
; Output: dist\kbdesk-<version>-windows-x64-setup.exe
;
; It installs per user by default (no administrator rights needed, into
; %LOCALAPPDATA%\Programs\kbdesk); the first page lets an administrator install
; for all users instead. Archives live in the user's data folder and are never
; touched by installing, upgrading or uninstalling.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "kbdesk"
#define AppExe "kbdesk.exe"

[Setup]
; Keep this AppId for every release: it is how upgrades find the installed copy.
AppId={{6B7C2B1E-4C1A-4F5E-9E0B-6A1D3C2F8B41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=kbdesk
AppComments=Offline knowledge base and case archive for technical support
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=kbdesk-{#AppVersion}-windows-x64-setup
SetupIconFile=..\resources\icons\kbdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Chinese (Simplified) ships with Inno Setup as an unofficial translation;
; use it when the compiler has it.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: kbdesk.exe (the app), kbdesk-cli.exe (the same
; program as a console application) and _internal\.
Source: "..\dist\kbdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's libraries as a whole (no stale modules left over).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"; Comment: "Offline knowledge base and case archive"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
