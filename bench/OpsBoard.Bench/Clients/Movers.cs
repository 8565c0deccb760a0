using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using OpsBoard.Bench.Scenarios;

namespace OpsBoard.Bench.Clients;

/// <summary>What one transition through the REST API gave: the new version, and when its 200 arrived.</summary>
public readonly record struct Fired(bool Ok, long ItemId, int Version, long SentAt, long OkAt);

/// <summary>
/// The driver's book of the seeded claims it moves (state and version per id), so each request is a
/// valid transition from the version last seen. Each id is moved by one caller at a time.
/// </summary>
public sealed class Movers(int count)
{
    private readonly string[] _state = Enumerable.Repeat(ClaimCycle.Investigating, count + 1).ToArray();
    private readonly int[] _version = Enumerable.Repeat(1, count + 1).ToArray();

    public async Task<Fired> FireAsync(HttpClient http, long id)
    {
        var body = new StringContent(ClaimCycle.BodyFor(_state[id], _version[id]), Encoding.UTF8, "application/json");
        var sentAt = Stopwatch.GetTimestamp();
        using var response = await http.PostAsync($"/api/v1/items/{id}/transitions", body);
        var okAt = Stopwatch.GetTimestamp();
        if (!response.IsSuccessStatusCode)
        {
            return new Fired(false, id, 0, sentAt, okAt);
        }
        var item = (await response.Content.ReadFromJsonAsync<ItemBody>())!;
        _state[id] = item.State;
        _version[id] = item.Version;
        return new Fired(true, id, item.Version, sentAt, okAt);
    }

    private sealed record ItemBody(string State, int Version);
}
