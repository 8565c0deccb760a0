namespace OpsBoard.Audit;

/// <summary>The kinds of audit rows; stored as these strings, so never rename one.</summary>
public static class AuditKind
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string Lockout = "lockout";
    public const string SignOut = "sign-out";
    public const string FileDownload = "file-download";
    public const string UserChange = "user-change";
    public const string RoleChange = "role-change";
    public const string SettingChange = "setting-change";
    public const string KioskChange = "kiosk-change";

    public static IReadOnlyList<string> All { get; } =
        [SignIn, SignInFailed, Lockout, SignOut, FileDownload, UserChange, RoleChange, SettingChange, KioskChange];
}
