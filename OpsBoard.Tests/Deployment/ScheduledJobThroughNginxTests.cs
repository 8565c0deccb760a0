using Npgsql;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Deployment;

/// <summary>Two nodes whose daily report is already due when they start: every day a business day, due at midnight.</summary>
public sealed class DailyMailCluster : ProxiedCluster
{
    public static readonly string[] Recipients = ["gerencia@example.com", "diretoria@example.com"];

    protected override IEnumerable<string> NodeSettings =>
    [
        "--OpsBoard:Reports:DailyMail:Enabled=true", "--OpsBoard:Reports:DailyMail:At=00:00",
        "--OpsBoard:Reports:DailyMail:PollInterval=00:00:00.200", "--OpsBoard:Reports:DailyMail:Culture=en",
        $"--OpsBoard:Reports:DailyMail:Recipients:0={Recipients[0]}", $"--OpsBoard:Reports:DailyMail:Recipients:1={Recipients[1]}",
        "--OpsBoard:Calendar:WorkingDays:5=Saturday", "--OpsBoard:Calendar:WorkingDays:6=Sunday",
        "--OpsBoard:Calendar:Holidays:0=2001-01-01", "--OpsBoard:Calendar:Holidays:1=2001-01-02",
    ];
}

/// <summary>A scheduled job on two real nodes: one of them runs it, once.</summary>
[Collection(ProxiedCluster.Collection)]
public sealed class ScheduledJobThroughNginxTests(DailyMailCluster cluster) : IClassFixture<DailyMailCluster>
{
    [Fact]
    public async Task The_daily_report_due_when_both_nodes_start_is_queued_once_by_one_node()
    {
        Assert.Equal(2, await Eventually.Value(() => Count("SELECT COUNT(*) FROM \"MailOutbox\""), n => n >= 2));

        // Both nodes poll every 0.2 s: a second run would have queued two more mails well within this.
        Assert.Equal(2, await Eventually.Value(() => Count("SELECT COUNT(*) FROM \"MailOutbox\""), n => n > 2, TimeSpan.FromSeconds(3)));
        Assert.Equal(1, await Count("SELECT COUNT(*) FROM \"DailyMailClaims\""));
        foreach (var to in DailyMailCluster.Recipients)
        {
            Assert.Equal(1, await Count($"SELECT COUNT(*) FROM \"MailOutbox\" WHERE \"To\" = '{to}'"));
        }
        // Queued by one node, and no node lost a race for it: the job's lease keeps the other node out of it.
        var nodes = new[] { cluster.A, cluster.B };
        Assert.Equal(1, nodes.Count(n => n.Output.Contains("queued for 2 recipients", StringComparison.Ordinal)));
        Assert.DoesNotContain(nodes, n => n.Output.Contains("was queued by another node", StringComparison.Ordinal));
    }

    private async Task<long> Count(string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
