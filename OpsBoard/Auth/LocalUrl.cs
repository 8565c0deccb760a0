namespace OpsBoard.Auth;

/// <summary>Where a sign-in or a language switch may send the browser back to: a path on this site, nothing else.</summary>
public static class LocalUrl
{
    public const string Home = "/";

    /// <summary>
    /// A path of ours: starts with one "/", and has no backslash or control character anywhere, since browsers
    /// drop tabs and newlines and read "\" as "/", turning "/\t/evil.example" into another site.
    /// </summary>
    public static bool IsLocal([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? url) =>
        !string.IsNullOrEmpty(url) && url.Length <= 2048 && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.Any(c => c == '\\' || char.IsControl(c) || (char.IsWhiteSpace(c) && c != ' '));

    public static string OrHome(string? url) => IsLocal(url) ? url : Home;
}
