using OpsBoard.Cli;

namespace OpsBoard.Admin.People;

/// <summary>A command on one named person: reads NAME and the options, answers the usage line without a name.</summary>
internal abstract class PersonCommand : ICliCommand
{
    public abstract string Verb { get; }

    public abstract string Arguments { get; }

    public abstract string Summary { get; }

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken ct)
    {
        var args = CliArguments.Read(arguments);
        if (args.Name is null)
        {
            await output.WriteLineAsync($"Usage: {Verb} {Arguments}");
            return 2;
        }
        var name = args.Name;
        var (result, done) = await RunForAsync(services.GetRequiredService<PeopleService>(), args, ct);
        return await CliArguments.ReportAsync(result, string.Format(System.Globalization.CultureInfo.InvariantCulture, done, PersonRules.NormalizeUserName(name)), output);
    }

    /// <summary>The change, and the line printed when it is done ({0} is the person's name).</summary>
    protected abstract Task<(PeopleResult Result, string Done)> RunForAsync(PeopleService people, CliArguments args, CancellationToken ct);
}

/// <summary>
/// Makes the first Admin where there is no one to sign in as yet (Production, demo seed off). Without
/// --password a strong one is made and printed once.
/// </summary>
internal sealed class AdminCreateCommand : PersonCommand
{
    public override string Verb => "admin create";

    public override string Arguments => "NAME [--password P] [--display \"Name\"]";

    public override string Summary => "Adds an Admin who can sign in and add everyone else; prints a generated password if none is given.";

    protected override async Task<(PeopleResult, string)> RunForAsync(PeopleService people, CliArguments args, CancellationToken ct) =>
        (await people.CreateAsync(CliArguments.Actor, new NewPersonRequest(args.Name, args.Option("display") ?? args.Name,
            [Roles.Admin], null, args.Option("password")), ct), "Admin '{0}' created.");
}

/// <summary>Sets a new password for someone who cannot sign in, including the only Admin; prints a generated one if none is given.</summary>
internal sealed class AdminResetPasswordCommand : PersonCommand
{
    public override string Verb => "admin reset-password";

    public override string Arguments => "NAME [--password P]";

    public override string Summary => "Sets a person's password (their sessions end); prints a generated password if none is given.";

    protected override async Task<(PeopleResult, string)> RunForAsync(PeopleService people, CliArguments args, CancellationToken ct) =>
        (await people.ResetPasswordAsync(CliArguments.Actor, args.Name!, args.Option("password"), ct), "Password of '{0}' set.");
}
