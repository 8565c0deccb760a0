using System.Globalization;
using OpsBoard.Domain.Sla;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Turns;

/// <summary>
/// How long the broker may keep an item of each workflow, in business time: the setting
/// OpsBoard:Sla:BrokerDeadline:{workflow} ("2d" business days, "6h" or "1.5h" business hours), else the
/// SLA the workflow declares for its broker's state. A workflow with no broker's state has none.
/// </summary>
public sealed class BrokerDeadlines
{
    public const string Section = "OpsBoard:Sla:BrokerDeadline";

    private readonly Dictionary<string, BusinessDuration> _byType = new(StringComparer.OrdinalIgnoreCase);

    public BrokerDeadlines(IConfiguration configuration, WorkflowCatalog workflows)
    {
        foreach (var workflow in workflows.All)
        {
            var setting = configuration[$"{Section}:{workflow.Type}"];
            if (!string.IsNullOrWhiteSpace(setting))
            {
                // A wrong setting stops the start rather than silently measuring the broker against another deadline.
                _byType[workflow.Type] = Parse(setting)
                    ?? throw new InvalidOperationException($"{Section}:{workflow.Type} must be business days or hours, like \"2d\" or \"6h\"; it is \"{setting}\".");
            }
            else if (workflow.States.FirstOrDefault(s => workflow.HolderOf(s) == Party.Broker) is { } state
                && workflow.SlaFor(state) is { } rule)
            {
                _byType[workflow.Type] = rule.Allowed(new Dictionary<string, object?>());
            }
        }
    }

    public BusinessDuration? For(string workflowType) => _byType.TryGetValue(workflowType, out var d) ? d : null;

    public static BusinessDuration? Parse(string text)
    {
        var value = text.Trim().ToLowerInvariant();
        if (value.Length < 2 || !double.TryParse(value[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n <= 0 || n > 3650)
        {
            return null;
        }
        return value[^1] switch
        {
            'd' when n == Math.Floor(n) => BusinessDuration.FromDays((int)n),
            'h' => BusinessDuration.FromHours(n),
            _ => null,
        };
    }
}
