using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Collections;

/// <summary>The app on a clock the test moves, with the broken-promise job looking every 200 ms.</summary>
public sealed class ClockedServer : OpsBoardServer
{
    /// <summary>Tuesday 18 November 2026, 22:30 in São Paulo: the next day begins 90 minutes later.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 18, 22, 30, 0, TimeSpan.FromHours(-3));

    public TestClock Clock { get; } = new(Start);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("OpsBoard:Collections:PromiseCheckInterval", "00:00:00.2");
        builder.UseSetting("OpsBoard:Collections:Teams:desk:Members:0", "bruno");
        builder.UseSetting("OpsBoard:Collections:Teams:desk:DailyCallTarget", "120");
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>Steps of the collections desk as a client takes them.</summary>
public static class CollectionsKit
{
    /// <summary>Creates a case and takes it into the caller's portfolio through the collections queue.</summary>
    public static async Task<JsonObject> NewCase(this HttpClient agent, string client, decimal amountDue = 4800m, decimal daysOverdue = 30m)
    {
        var created = await agent.CreateItem("collection", new { client, amountDue, daysOverdue }, $"Debt — {client}");
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var response = await agent.PostAsync("/api/v1/queues/collections/next", null);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            var taken = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            if (taken.Id() == created.Id())
            {
                return taken;
            }
        }
        throw new InvalidOperationException("The new case never came out of the queue.");
    }

    public static Task<HttpResponseMessage> LogCall(this HttpClient agent, long id, string outcome, string? note = null) =>
        agent.PostAsJsonAsync($"/api/v1/items/{id}/calls", new { outcome, note });

    public static async Task<JsonNode> LogCallOk(this HttpClient agent, long id, string outcome, string? note = null)
    {
        var response = await agent.LogCall(id, outcome, note);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Json();
    }

    public static async Task<int> CallsToday(this HttpClient client, string agent)
    {
        var desk = await client.GetJson("/api/v1/collections/desk");
        return desk["agents"]!.AsArray().FirstOrDefault(a => (string?)a!["userName"] == agent)?["calls"]!.GetValue<int>() ?? 0;
    }

    public static async Task<JsonNode> Item(this HttpClient client, long id) => await client.GetJson($"/api/v1/items/{id}");

    /// <summary>The item once it is in <paramref name="state"/>, or as it is when <paramref name="within"/> has passed.</summary>
    public static async Task<JsonNode> WaitForState(this HttpClient client, long id, string state, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (true)
        {
            var item = await client.Item(id);
            if ((string?)item["state"] == state || DateTime.UtcNow > until)
            {
                return item;
            }
            await Task.Delay(100);
        }
    }
}
