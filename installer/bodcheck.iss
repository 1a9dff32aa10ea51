; Inno Setup 6 script for bodcheck (Windows, 64-bit). Builds dist\installer\bodcheck-<versie>-setup.exe from
; the PyInstaller folder dist\bodcheck\ (installer\bodcheck.spec). Installs per user, without admin rights,
; into %LOCALAPPDATA%\Programs\bodcheck, with a Start menu entry, the .bodcheck file type and an uninstaller.
; An IT department can install for all users instead with /ALLUSERS (then admin rights are needed).
;
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\bodcheck.iss
;
; Needs Inno Setup 6.3 or newer (x64compatible). See installer\README.md. Not buildable on Linux:
; tests/test_installer.py checks this file as text against installer/bodcheck.spec.

#define AppNaam "bodcheck"
#define AppExe "bodcheck-app.exe"
#define ConsoleExe "bodcheck.exe"
#define Extensie ".bodcheck"
#define ProgId "bodcheck.beoordeling"
#ifndef AppVersion
  ; without /DAppVersion: the version PyInstaller wrote into the executable (from pyproject.toml)
  #define AppVersion GetVersionNumbersString(AddBackslash(SourcePath) + "..\dist\bodcheck\" + ConsoleExe)
#endif
#if AppVersion == ""
  #error Geen versie: geef /DAppVersion=X.Y.Z mee of bouw eerst dist\bodcheck met PyInstaller
#endif

[Setup]
; AppId is fixed forever: it is how Windows recognises an update of the same program. Never change it.
AppId={{6274F660-874B-41F9-9412-22B83BDD4590}
AppName={#AppNaam}
AppVersion={#AppVersion}
AppVerName={#AppNaam} {#AppVersion}
AppPublisher=bodcheck
AppComments=Beoordeel het bod van een woningcorporatie op de woonvisie
DefaultDirName={autopf}\{#AppNaam}
DefaultGroupName={#AppNaam}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
RestartApplications=no
OutputDir=..\dist\installer
OutputBaseFilename={#AppNaam}-{#AppVersion}-setup
SetupIconFile=bodcheck.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppNaam} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[CustomMessages]
dutch.Bestandstype=bodcheck-beoordeling
dutch.TaakKoppeling=Beoordelingen (%1-bestanden) openen met %2
dutch.Koppelingen=Bestanden:

[Tasks]
Name: "bureaublad"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "koppeling"; Description: "{cm:TaakKoppeling,{#Extensie},{#AppNaam}}"; GroupDescription: "{cm:Koppelingen}"

[Files]
; the whole PyInstaller folder: bodcheck.exe (console), bodcheck-app.exe (windowed) and _internal\
Source: "..\dist\bodcheck\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an update replaces the libraries completely: no stale files from an older version next to the new ones
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppNaam}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\{#AppNaam}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{userdocs}"; Tasks: bureaublad

[Registry]
; The .bodcheck file type. HKA is HKCU\Software\Classes in a per-user install (the default, no admin rights)
; and HKLM\Software\Classes with /ALLUSERS. `gui "%1"`: the command line needs the command before the file.
Root: HKA; Subkey: "Software\Classes\{#Extensie}"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: koppeling
Root: HKA; Subkey: "Software\Classes\{#Extensie}\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: koppeling
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:Bestandstype}"; Flags: uninsdeletekey; Tasks: koppeling
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: koppeling
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" gui ""%1"""; Tasks: koppeling
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; Flags: uninsdeletekey; Tasks: koppeling
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#Extensie}"; ValueData: ""; Tasks: koppeling

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppNaam}}"; Flags: nowait postinstall skipifsilent
