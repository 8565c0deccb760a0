using OpsBoard.Data;

namespace OpsBoard.Cli;

/// <summary>Finds the command the arguments name and runs it in place of the server.</summary>
public static class CommandLine
{
    private static readonly Lazy<IReadOnlyList<Type>> CommandTypes = new(() => typeof(CommandLine).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t))
        .ToList());

    /// <summary>
    /// Null when the arguments name no command (the server starts); otherwise the command's exit code.
    /// Options (<c>--key=value</c>) before the verb are configuration, as for the server.
    /// </summary>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args, TextWriter? output = null)
    {
        output ??= Console.Out;
        var words = Words(args);
        if (words.Count == 0)
        {
            return null;
        }
        using var scope = app.Services.CreateScope();
        var commands = CommandTypes.Value.Select(t => (ICliCommand)ActivatorUtilities.CreateInstance(scope.ServiceProvider, t)).ToList();
        var command = commands
            .Where(c => Matches(c.Verb, words))
            .MaxBy(c => c.Verb.Length);
        if (command is null)
        {
            if (words[0] is "help" or "--help")
            {
                PrintUsage(commands, output);
                return 0;
            }
            await output.WriteLineAsync($"Unknown command: {string.Join(' ', words)}");
            PrintUsage(commands, output);
            return 2;
        }
        if (command.NeedsSchema)
        {
            app.Services.MigrateDatabase();
        }
        var rest = words.Skip(command.Verb.Split(' ').Length).ToList();
        return await command.RunAsync(scope.ServiceProvider, rest, output, app.Lifetime.ApplicationStopping);
    }

    /// <summary>What follows the server's own options (<c>--urls X</c>, <c>--key=value</c>), which configuration reads.</summary>
    public static List<string> Words(IReadOnlyList<string> args)
    {
        var i = 0;
        while (i < args.Count && args[i].StartsWith('-'))
        {
            i += args[i].Contains('=', StringComparison.Ordinal) ? 1 : 2;
        }
        return args.Skip(i).ToList();
    }

    private static bool Matches(string verb, IReadOnlyList<string> words)
    {
        var parts = verb.Split(' ');
        return parts.Length <= words.Count && parts.Select((p, i) => string.Equals(p, words[i], StringComparison.OrdinalIgnoreCase)).All(m => m);
    }

    private static void PrintUsage(IEnumerable<ICliCommand> commands, TextWriter output)
    {
        output.WriteLine("Commands (run as: dotnet OpsBoard.dll COMMAND, or dotnet run --project OpsBoard -- COMMAND):");
        foreach (var c in commands.OrderBy(c => c.Verb, StringComparer.Ordinal))
        {
            output.WriteLine($"  {c.Verb} {c.Arguments}".TrimEnd() + $"  — {c.Summary}");
        }
    }
}
