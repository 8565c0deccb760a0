using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Onboarding;

public sealed class AreaMailTests(OnboardingServer server) : IClassFixture<OnboardingServer>
{
    private static readonly string[] AreaMailboxes =
        ["customer-service@opsboard.local", "operations@opsboard.local", "processing-room@opsboard.local", "security@opsboard.local"];

    [Fact]
    public async Task Each_area_gets_an_email_with_the_clients_summary_and_a_link_and_an_in_app_notification()
    {
        await using var smtp = new SmtpListener(server.SmtpPort);
        var ana = await server.ClientFor("ana");

        var dossier = await ana.Notified("Padaria Estrela");
        var mails = await smtp.WaitFor(4, TimeSpan.FromSeconds(20));

        Assert.Equal(AreaMailboxes, mails.SelectMany(m => m.To).Order());
        var code = (string)dossier["fields"]!["clientCode"]!;
        Assert.All(mails, m =>
        {
            Assert.Contains("Padaria Estrela", m.Body, StringComparison.Ordinal);
            Assert.Contains(code, m.Body, StringComparison.Ordinal);
            Assert.Contains("Rua Augusta 500", m.Body, StringComparison.Ordinal);
            Assert.Contains($"https://opsboard.example/onboarding/{dossier.Id()}", m.Body, StringComparison.Ordinal);
        });
        Assert.Equal(0, await server.Eventually("SELECT COUNT(*) FROM MailOutbox WHERE SentAt IS NULL", 0));
        var notices = (await (await server.ClientFor("sofia")).GetJson("/api/v1/onboarding/notifications")).AsArray();
        var notice = Assert.Single(notices, n => (long)n!["dossierId"]! == dossier.Id());
        Assert.Equal(("Security", "Padaria Estrela", code), ((string?)notice!["area"], (string?)notice["client"], (string?)notice["clientCode"]));
        Assert.Empty((await (await server.ClientFor("bruno")).GetJson("/api/v1/onboarding/notifications")).AsArray());
    }
}

public sealed class MailOutageTests(OnboardingServer server) : IClassFixture<OnboardingServer>
{
    [Fact]
    public async Task Mail_written_while_the_server_is_down_is_delivered_once_it_comes_up()
    {
        var ana = await server.ClientFor("ana");
        var dossier = await ana.Notified("Oficina Rápida");
        var until = DateTime.UtcNow.AddSeconds(20);
        while (await server.Scalar("SELECT COALESCE(MIN(Attempts), 0) FROM MailOutbox") < 2 && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }
        Assert.True(await server.Scalar("SELECT MIN(Attempts) FROM MailOutbox") >= 2, "every mail should have failed at least twice while no server listened");
        Assert.Equal(4, await server.Scalar("SELECT COUNT(*) FROM MailOutbox WHERE SentAt IS NULL AND LastError IS NOT NULL"));

        await using var smtp = new SmtpListener(server.SmtpPort);
        var mails = await smtp.WaitFor(4, TimeSpan.FromSeconds(20));

        Assert.Equal(4, mails.Count);
        Assert.All(mails, m => Assert.Contains($"/onboarding/{dossier.Id()}", m.Body, StringComparison.Ordinal));
        Assert.Equal(0, await server.Eventually("SELECT COUNT(*) FROM MailOutbox WHERE SentAt IS NULL", 0));
    }
}
