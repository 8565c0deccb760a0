using OpsBoard.Domain.Fields;
using OpsBoard.Domain.Workflows;

namespace OpsBoard.Components.Pages.Items.NewItem;

/// <summary>
/// What a new item of each workflow asks for: the fields it cannot be created without, then the ones that
/// describe the work from its start (an order's currency, a claim's channel). Fields a later move asks for
/// (a rate at closing, a verdict) are left to that move.
/// </summary>
public static class NewItemFields
{
    private static readonly Dictionary<string, string[]> Describing = new(StringComparer.OrdinalIgnoreCase)
    {
        ["operation"] = ["currency", "direction", "channel"],
        ["story"] = ["clientType"],
        ["claim"] = ["channel", "orderReference", "amountClaimed", "daysAllowed", "description"],
        ["collection"] = ["daysOverdue", "portfolio"],
        ["onboarding"] = ["contactEmail", "address", "servicesRequested", "serviceFrequency", "moneyProcessing", "conditions"],
    };

    public static IReadOnlyList<FieldDefinition> For(IWorkflow workflow)
    {
        var describing = Describing.GetValueOrDefault(workflow.Type) ?? [];
        return [.. workflow.Fields.Where(f => f.RequiredOnCreate), .. describing.Select(n => workflow.Fields.FirstOrDefault(f => f.Name == n)).OfType<FieldDefinition>()];
    }

    public static IReadOnlyCollection<string> Required(IWorkflow workflow) =>
        workflow.Fields.Where(f => f.RequiredOnCreate).Select(f => f.Name).ToHashSet();
}
