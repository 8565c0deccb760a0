using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpsBoard.Tests.Support;

/// <summary>Small helpers over the public API, so tests read as the steps a client takes.</summary>
public static class ApiClient
{
    public static async Task<JsonObject> CreateItem(this HttpClient client, string type, object fields, string title = "Test item")
    {
        var response = await client.PostAsJsonAsync("/api/v1/items", new { type, title, fields });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static Task<HttpResponseMessage> Fire(this HttpClient client, long id, string trigger, int expectedVersion, object? fields = null, string? note = null) =>
        client.PostAsJsonAsync($"/api/v1/items/{id}/transitions", new { trigger, expectedVersion, note, fields = fields ?? new { } });

    public static async Task<JsonObject> FireOk(this HttpClient client, long id, string trigger, int expectedVersion, object? fields = null)
    {
        var response = await client.Fire(id, trigger, expectedVersion, fields);
        Assert.True(response.IsSuccessStatusCode, $"{trigger}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public static async Task<JsonNode> Json(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static async Task<JsonNode> GetJson(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Json();
    }

    public static long Id(this JsonNode item) => item["id"]!.GetValue<long>();

    public static int Version(this JsonNode item) => item["version"]!.GetValue<int>();

    public static JsonSerializerOptions Web { get; } = new(JsonSerializerDefaults.Web);
}
