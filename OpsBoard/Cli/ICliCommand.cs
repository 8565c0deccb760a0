namespace OpsBoard.Cli;

/// <summary>
/// A task run from the command line instead of serving (<c>dotnet OpsBoard.dll admin create ana</c>), with the
/// app's own services and configuration, so it reads the same database the server does.
/// </summary>
public interface ICliCommand
{
    /// <summary>The words that name it, e.g. <c>admin create</c>.</summary>
    string Verb { get; }

    /// <summary>What follows the verb, for the usage line, e.g. <c>NAME [--password P]</c>.</summary>
    string Arguments { get; }

    /// <summary>One line on what it does.</summary>
    string Summary { get; }

    /// <summary>Whether the schema must be up to date before it runs (false for a restore, which replaces the file).</summary>
    bool NeedsSchema => true;

    /// <summary>Runs with what follows the verb; answers the process exit code.</summary>
    Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct);
}
