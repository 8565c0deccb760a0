using System.Text.Json;
using OpsBoard.Domain.Sla;

namespace OpsBoard.Items;

public static class SlaStatusNames
{
    /// <summary>The name clients and the UI kit use: none, ok, nearBreach, breached.</summary>
    public static string ToApiName(this SlaStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}
