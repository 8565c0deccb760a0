namespace OpsBoard.Admin.People;

/// <summary>A person command's words: the name, then <c>--option value</c> pairs.</summary>
internal sealed record CliArguments(string? Name, IReadOnlyDictionary<string, string> Options)
{
    /// <summary>Who the changes are recorded as made by.</summary>
    public const string Actor = "command-line";

    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;

    public static CliArguments Read(IReadOnlyList<string> words)
    {
        string? name = null;
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < words.Count)
            {
                options[words[i][2..]] = words[++i];
            }
            else if (!words[i].StartsWith("--", StringComparison.Ordinal))
            {
                name ??= words[i];
            }
        }
        return new CliArguments(name, options);
    }

    public static async Task<int> ReportAsync(PeopleResult result, string done, TextWriter output)
    {
        if (result.Changed is not { } changed)
        {
            await output.WriteLineAsync($"Refused: {result.Detail}");
            foreach (var error in (result.Errors ?? new Dictionary<string, string[]>()).SelectMany(e => e.Value).Skip(1))
            {
                await output.WriteLineAsync($"  {error}");
            }
            return 1;
        }
        await output.WriteLineAsync(done);
        if (changed.TemporaryPassword is { } password)
        {
            // Printed once and stored nowhere but as a hash: whoever runs the command passes it on.
            await output.WriteLineAsync($"Password: {password}");
        }
        return 0;
    }
}
