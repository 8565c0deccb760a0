using System.Net.Http.Json;
using System.Security.Cryptography;
using OpsBoard.Tests.Onboarding;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Items.Visibility;

/// <summary>
/// One server for the whole matrix: an item of every workflow that ana made and holds, a file in the dossier,
/// and nothing else that the people of the matrix ever touched. Every request the matrix makes changes nothing.
/// </summary>
public sealed class AccessMatrixServer : OnboardingServer, IAsyncLifetime
{
    public Dictionary<string, long> Items { get; } = [];

    public string DossierFile { get; private set; } = string.Empty;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        var ana = await ClientFor("ana");
        var carla = await ClientFor("carla");
        foreach (var (type, fields) in new (string, object)[]
        {
            ("operation", new { client = "Matrix FX", amount = 1000m, currency = "USD" }),
            ("story", new { client = "Matrix KYC" }),
            ("claim", new { client = "Matrix claim" }),
            ("collection", new { client = "Matrix debtor", amountDue = 900m }),
            ("onboarding", new { client = "Matrix client" }),
            ("order", new { client = "Matrix order", channel = "phone", lines = new[] { "Matrix x 1" }, amount = 10m }),
        })
        {
            var item = await ana.CreateItem(type, fields, $"Matrix {type}");
            var version = item.Version();
            if (type == "onboarding")
            {
                var content = "%PDF-1.4 matrix identity document"u8.ToArray();
                DossierFile = Convert.ToHexStringLower(SHA256.HashData(content));
                var upload = await ana.Upload($"/api/v1/onboarding/{item.Id()}/documents/legalRepresentativeId", "file", content, "id.pdf",
                    ("expectedVersion", version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                version = (await upload.Json()).Version();
            }
            var assigned = await carla.PostAsJsonAsync($"/api/v1/items/{item.Id()}/assignment", new { assignee = "ana", expectedVersion = version });
            Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
            Items[type] = item.Id();
        }
    }
}
