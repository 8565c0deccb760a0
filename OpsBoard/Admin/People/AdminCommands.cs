using OpsBoard.Cli;

namespace OpsBoard.Admin.People;

/// <summary>
/// Makes the first Admin where there is no one to sign in as yet (Production, demo seed off). Without
/// --password a strong one is made and printed once.
/// </summary>
public sealed class AdminCreateCommand : ICliCommand
{
    public string Verb => "admin create";

    public string Arguments => "NAME [--password P] [--display \"Name\"]";

    public string Summary => "Adds an Admin who can sign in and add everyone else; prints a generated password if none is given.";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        var args = CliArguments.Read(arguments);
        if (args.Name is null)
        {
            await output.WriteLineAsync($"Usage: {Verb} {Arguments}");
            return 2;
        }
        var people = services.GetRequiredService<PeopleService>();
        var result = await people.CreateAsync(CliArguments.Actor, new NewPersonRequest(args.Name, args.Option("display") ?? args.Name,
            [Roles.Admin], null, args.Option("password")), ct);
        return await CliArguments.ReportAsync(result, $"Admin '{PersonRules.NormalizeUserName(args.Name)}' created.", output);
    }
}

/// <summary>Sets a new password for someone who cannot sign in, including the only Admin; prints a generated one if none is given.</summary>
public sealed class AdminResetPasswordCommand : ICliCommand
{
    public string Verb => "admin reset-password";

    public string Arguments => "NAME [--password P]";

    public string Summary => "Sets a person's password (their sessions end); prints a generated password if none is given.";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        var args = CliArguments.Read(arguments);
        if (args.Name is null)
        {
            await output.WriteLineAsync($"Usage: {Verb} {Arguments}");
            return 2;
        }
        var people = services.GetRequiredService<PeopleService>();
        var result = await people.ResetPasswordAsync(CliArguments.Actor, args.Name, args.Option("password"), ct);
        return await CliArguments.ReportAsync(result, $"Password of '{PersonRules.NormalizeUserName(args.Name)}' set.", output);
    }
}
