using OpsBoard.Auth;
using OpsBoard.Domain.Engine;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Items;

namespace OpsBoard.Onboarding;

/// <summary>
/// The onboarding part of the demo: one responder per area, and a few dossiers at each step,
/// so that a dossier can be taken from SaleClosed to Active on the demo data.
/// </summary>
public static class OnboardingDemo
{
    public static async Task SeedUsersAsync(UserDirectory users, string password, CancellationToken ct)
    {
        await users.AddAsync("clara", "Clara Nunes", password, [Roles.Agent, Roles.CustomerService], ct);
        await users.AddAsync("otto", "Otto Ramos", password, [Roles.Agent, Roles.Operations], ct);
        await users.AddAsync("sofia", "Sofía Herrera", password, [Roles.Agent, Roles.Security], ct);
        await users.AddAsync("paulo", "Paulo Vieira", password, [Roles.Agent, Roles.ProcessingRoom], ct);
    }

    public static async Task SeedDossiersAsync(ClockedCommands commands, CancellationToken ct)
    {
        var ana = Actor.Of("ana", Roles.Agent);
        string[] clients = ["Transportes Araújo", "Distribuidora Ñandú", "Clínica São Lucas", "Café Colômbia Ltda"];
        for (var n = 0; n < clients.Length; n++)
        {
            var created = await commands.Create.HandleAsync(ana, new CreateCommand(OnboardingWorkflow.Type, $"New client — {clients[n]}", new Dictionary<string, object?>
            {
                ["client"] = clients[n],
                ["address"] = $"Av. Paulista {1000 + (n * 37)}, São Paulo",
                ["serviceFrequency"] = n % 2 == 0 ? "Mon, Wed, Fri" : "Daily",
                ["servicesRequested"] = "Cash pickup and delivery",
                ["conditions"] = "Pickup before 16:00",
                ["contactEmail"] = "financeiro@example.com",
                ["moneyProcessing"] = n % 2 == 1,
            }), ct);
            var item = created.Item!;
            // The first stays at SaleClosed with nothing delivered; the others have their papers and go further.
            if (n == 0)
            {
                continue;
            }
            var papers = OnboardingChecklist.Documents.ToDictionary(d => d, _ => (object?)OnboardingChecklist.Paper);
            item = (await commands.Fire.HandleAsync(ana, new FireCommand(item.Id, nameof(OnboardingTrigger.SubmitDocuments), item.Version, null, papers), ct)).Item!;
            if (n >= 2)
            {
                var carla = Actor.Of("carla", Roles.Lead);
                var code = new Dictionary<string, object?> { ["clientCode"] = $"{OnboardingService.CodePrefix}{900000 + n}" };
                item = (await commands.Fire.HandleAsync(carla, new FireCommand(item.Id, nameof(OnboardingTrigger.Verify), item.Version, null, code), ct)).Item!;
            }
            if (n == 3)
            {
                var sign = new Dictionary<string, object?> { ["signArea"] = ControlSheet.Operations, ["signComment"] = "Route and vehicle assigned" };
                await commands.Fire.HandleAsync(Actor.Of("otto", Roles.Agent, Roles.Operations),
                    new FireCommand(item.Id, nameof(OnboardingTrigger.SignOff), item.Version, null, sign), ct);
            }
        }
    }
}
