using System.Text.Json;
using OpsBoard.Domain.Sla;

namespace OpsBoard.Turns;

public static class PartyNames
{
    /// <summary>The name the API, resources and pages use: desk, client, broker; null for nobody.</summary>
    public static string? ToApiName(this Party? party) => party is { } p ? JsonNamingPolicy.CamelCase.ConvertName(p.ToString()) : null;
}
