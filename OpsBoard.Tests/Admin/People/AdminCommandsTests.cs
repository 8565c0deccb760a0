using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Admin.People;
using OpsBoard.Cli;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Admin.People;

/// <summary>A Production server with the demo seed off: no one to sign in as until the command line makes the first Admin.</summary>
public sealed class NoSeedServer : OpsBoardServer
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpsBoard:SeedDemo", "false");
    }
}

public sealed class AdminCommandsTests(NoSeedServer server) : IClassFixture<NoSeedServer>
{
    [Fact]
    public async Task The_first_Admin_is_made_from_the_command_line_with_a_printed_password_and_can_add_people()
    {
        Assert.Equal(0, await server.Scalar("SELECT COUNT(*) FROM Users WHERE UserName <> 'root'"));
        var (code, output) = await Run(new AdminCreateCommand(), "root", "--display", "Root Admin");

        Assert.Equal(0, code);
        var password = output.Split('\n').Single(l => l.StartsWith("Password: ", StringComparison.Ordinal))["Password: ".Length..].Trim();
        var token = await server.TokenOrNull("root", password);
        Assert.NotNull(token);
        using var root = server.WithToken(token);
        var people = (await root.GetJson("/api/v1/admin/users")).AsArray();
        Assert.Contains(people, p => (string?)p!["userName"] == "root" && (string?)p["displayName"] == "Root Admin"
            && p["roles"]!.AsArray().Select(r => (string?)r).SequenceEqual(["Admin"]));
    }

    [Fact]
    public async Task A_name_that_exists_is_refused_and_a_weak_password_too()
    {
        Assert.Equal(0, (await Run(new AdminCreateCommand(), "boss", "--password", PeopleKit.GoodPassword)).Code);

        var (again, said) = await Run(new AdminCreateCommand(), "boss", "--password", PeopleKit.GoodPassword);
        Assert.Equal(1, again);
        Assert.Contains("already taken", said);
        var (weak, reason) = await Run(new AdminCreateCommand(), "weakling", "--password", "opsboard");
        Assert.Equal(1, weak);
        Assert.Contains("at least 10 characters", reason);
        Assert.Equal(0, await server.Scalar("SELECT COUNT(*) FROM Users WHERE UserName = 'weakling'"));
        Assert.Equal(2, (await Run(new AdminCreateCommand())).Code);
    }

    [Fact]
    public async Task Reset_password_sets_a_new_one_and_ends_the_old_sessions()
    {
        await Run(new AdminCreateCommand(), "keeper", "--password", PeopleKit.GoodPassword);
        using var old = server.WithToken((await server.TokenOrNull("keeper", PeopleKit.GoodPassword))!);

        var (code, output) = await Run(new AdminResetPasswordCommand(), "keeper");
        Assert.Equal(0, code);
        var password = output.Split('\n').Single(l => l.StartsWith("Password: ", StringComparison.Ordinal))["Password: ".Length..].Trim();
        Assert.Null(await server.TokenOrNull("keeper", PeopleKit.GoodPassword));
        Assert.NotNull(await server.TokenOrNull("keeper", password));
        Assert.Equal(HttpStatusCode.Unauthorized, (await old.GetAsync("/api/v1/queues")).StatusCode);
        Assert.Equal(1, (await Run(new AdminResetPasswordCommand(), "nobody")).Code);
    }

    private async Task<(int Code, string Output)> Run(ICliCommand command, params string[] arguments)
    {
        using var scope = server.Services.CreateScope();
        using var output = new StringWriter();
        var code = await command.RunAsync(scope.ServiceProvider, arguments, output, CancellationToken.None);
        return (code, output.ToString());
    }
}
