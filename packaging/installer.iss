; Inno Setup script for ITA Desk (Inno Setup 6), saved as UTF-8 with a BOM (the Thai text needs it).
; Builds dist\ITADesk-<version>-setup.exe from the PyInstaller one-folder bundle in build\bundle\ITADesk (see packaging/build_windows.md):
;
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\installer.iss
;
; - Installs per machine (administrator) into C:\Program Files\ITADesk: a plain ASCII path,
;   because Qt fails to load its plugins from folders whose path has non-ASCII (e.g. Thai)
;   characters, and whatever folder is chosen, its files are writable by administrators only
;   (explicit permissions set after install: Administrators and SYSTEM full control, Users read
;   and run), so no user or malware in a user's session can replace the program's files.
; - Start-menu and desktop shortcuts named in Thai.
; - The uninstaller removes the program only: the user's data in %LOCALAPPDATA%\ITADesk
;   (database, backups, logs) is never touched, so reinstalling or upgrading keeps everything.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "ITA Desk"
#define AppExe "ITADesk.exe"
#define ShortcutName "ITA Desk - งานเอกสาร ITA"
#define BundleDir "..\build\bundle\ITADesk"

[Setup]
; A fixed AppId makes a newer installer upgrade the installed program in place.
AppId={{6B0E3C52-58D4-4C47-9C1E-2F1A4E7D9A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ITA Desk
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription=ITA Desk Setup
DefaultDirName={autopf}\ITADesk
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per machine only: an administrator installs once for every officer. (A per-user install would
; put the program in the user's own profile, writable by that user, and the profile path may be
; Thai, which Qt cannot load plugins from.)
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=ITADesk-{#AppVersion}-setup
SetupIconFile=ita-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running copy before replacing its files.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=no

[Languages]
; Inno Setup ships no official Thai translation; the wizard is in English, the shortcuts and the
; messages below are in Thai.
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.DesktopIcon=สร้างทางลัดบนเดสก์ท็อป (Create a desktop shortcut)
en.LaunchProgram=เปิดโปรแกรม ITA Desk (Start ITA Desk)
en.NonAsciiPath=โฟลเดอร์ติดตั้งต้องเป็นตัวอักษรภาษาอังกฤษและตัวเลขเท่านั้น เช่น C:\ITADesk%n(The install folder must be a plain ASCII path, e.g. C:\ITADesk.)
en.UninstallKeepsData=ข้อมูลของท่าน (ฐานข้อมูล ไฟล์สำรอง และบันทึกการทำงาน) ยังอยู่ที่ %LOCALAPPDATA%\ITADesk ของผู้ใช้แต่ละคน หากต้องการลบ ให้ลบโฟลเดอร์นั้นเอง

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: checkedonce

[Dirs]
; Users may read and run the program; only administrators (and SYSTEM) may change it. The
; inherited rights are replaced after the install (see CurStepChanged): a folder such as
; C:\ITADesk would otherwise inherit "Authenticated Users: Modify" from C:\.
Name: "{app}"; Permissions: admins-full system-full users-readexec

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole bundle: no stale module of an older version may stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#ShortcutName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "ITA Desk"
Name: "{autodesktop}\{#ShortcutName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave in its own folder; never %LOCALAPPDATA%\ITADesk.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"

[Code]
function IsAsciiPath(const Path: String): Boolean;
var
  I: Integer;
begin
  Result := True;
  for I := 1 to Length(Path) do
    if Ord(Path[I]) > 126 then
    begin
      Result := False;
      Exit;
    end;
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = wpSelectDir) and not IsAsciiPath(WizardDirValue) then
  begin
    MsgBox(CustomMessage('NonAsciiPath'), mbError, MB_OK);
    Result := False;
  end;
end;

function InitializeSetup(): Boolean;
begin
  Result := True;
  // A silent install (/DIR=...) skips the page check above: refuse a non-ASCII folder here too.
  if WizardSilent and not IsAsciiPath(ExpandConstant('{param:DIR|C:\Program Files\ITADesk}')) then
  begin
    Log('Refusing non-ASCII install folder');
    Result := False;
  end;
end;

// Replace the folder's inherited rights with explicit ones, by well-known SIDs (group names are
// translated on a Thai Windows): Administrators (S-1-5-32-544) and SYSTEM (S-1-5-18) full
// control, Users (S-1-5-32-545) read and execute. Applied to every file and subfolder.
procedure LockDownProgramFolder();
var
  ResultCode: Integer;
  Params: String;
begin
  Params := '"' + ExpandConstant('{app}') + '" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F '
    + '*S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX /T /C /Q';
  if not Exec(ExpandConstant('{sys}\icacls.exe'), Params, '', SW_HIDE, ewWaitUntilTerminated, ResultCode)
     or (ResultCode <> 0) then
    Log('icacls failed: ' + IntToStr(ResultCode));
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if CurStep = ssPostInstall then
    LockDownProgramFolder();
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(CustomMessage('UninstallKeepsData'), mbInformation, MB_OK);
end;
