using OpsBoard.Cli;

namespace OpsBoard.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void The_server_s_own_options_are_not_taken_for_a_command() =>
        Assert.Empty(CommandLine.Words(["--urls", "http://127.0.0.1:5080", "--OpsBoard:SeedDemo=true"]));

    [Fact]
    public void A_command_follows_the_server_s_options_with_its_own_arguments() =>
        Assert.Equal(["admin", "create", "ana", "--display", "Ana"], CommandLine.Words(["--environment", "Production", "admin", "create", "ana", "--display", "Ana"]));
}
