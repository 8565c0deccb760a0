using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Clients;

/// <summary>The steps the clients' tests take over the API.</summary>
internal static class ClientsKit
{
    /// <summary>A word no other test uses, so tests sharing a server never match each other's clients.</summary>
    public static string Tag() => "Z" + Guid.NewGuid().ToString("N")[..10];

    public static async Task<JsonNode> RegisterClient(this HttpClient lead, object body)
    {
        var response = await lead.PostAsJsonAsync("/api/v1/clients", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Json();
    }

    public static async Task<JsonObject> CreateItemFor(this HttpClient client, long clientId, string type, object fields, string title = "Test item")
    {
        var response = await client.PostAsJsonAsync("/api/v1/items", new { type, title, fields, clientId });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static long ClientId(this JsonNode item) => item["clientId"]!.GetValue<long>();

    public static async Task<List<long>> ItemIdsOf(this HttpClient client, long clientId) =>
        [.. (await client.GetJson($"/api/v1/clients/{clientId}/items?pageSize=200"))["items"]!.AsArray().Select(i => i!.Id())];
}
