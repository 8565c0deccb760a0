namespace OpsBoard.Files;

/// <summary>Settings under <c>OpsBoard:Files</c>, for every file kept: dossier documents, item attachments, signed protocols.</summary>
public sealed class FileStoreOptions
{
    /// <summary>
    /// Where files are kept, one folder per item (or per protocol), each file named by its SHA-256;
    /// unset, the older <c>OpsBoard:Onboarding:FilesPath</c>, else an "onboarding-files" folder beside the database.
    /// </summary>
    public string Path { get; set; } = "";

    /// <summary>The largest file accepted, in bytes; unset, the older <c>OpsBoard:Onboarding:MaxFileBytes</c>, else 20 MB.</summary>
    public long MaxFileBytes { get; set; }

    /// <summary>The kinds of file taken, by their names in <see cref="FileTypes.Accepted"/> (PDF, PNG...); empty, all of them.</summary>
    public List<string> AcceptedTypes { get; set; } = [];

    /// <summary>The accepted kinds these settings leave; a name not on the list is refused at start-up.</summary>
    public IReadOnlyList<FileType> Types => AcceptedTypes.Count == 0
        ? FileTypes.Accepted
        : [.. FileTypes.Accepted.Where(t => AcceptedTypes.Contains(t.Name, StringComparer.OrdinalIgnoreCase))];
}
