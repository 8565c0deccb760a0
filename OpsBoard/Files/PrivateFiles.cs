namespace OpsBoard.Files;

/// <summary>
/// Files only the server's own account may read: the database (password hashes inside), uploaded
/// documents and the key ring. The mode is set after creating, so it holds whatever the umask.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates the folder (and those above it) if missing and closes it to others.</summary>
    public static string Folder(string path)
    {
        Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerOnlyFolder);
        }
        return path;
    }

    /// <summary>Closes an existing file to others; a file that is not there is left so.</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path))
        {
            File.SetUnixFileMode(path, OwnerOnlyFile);
        }
    }

    /// <summary>Creates a new file, empty, closed to others from the start.</summary>
    public static FileStream Create(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }
        var stream = new FileStream(path, options);
        Restrict(path);
        return stream;
    }
}
