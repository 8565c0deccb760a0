using OpsBoard.Domain.Workflows;
using OpsBoard.Domain.Fields;

namespace OpsBoard.Components.Pages.Items;

/// <summary>
/// What a move asks of the person firing it, the same on the item page and in a bulk move: the trigger's fields with its
/// required ones, or nothing, and then it fires at once without a dialog.
/// </summary>
public sealed record TransitionAsk(IReadOnlyList<FieldDefinition> Fields, IReadOnlyCollection<string> Required)
{
    public static TransitionAsk None { get; } = new([], []);

    public bool NeedsDialog => Fields.Count > 0;

    public static TransitionAsk For(IWorkflow workflow, string trigger)
    {
        var info = workflow.Triggers.Single(t => t.Name == trigger);
        return new([.. workflow.Fields.Where(f => info.RequiredFields.Contains(f.Name) || info.OptionalFields.Contains(f.Name))],
            info.RequiredFields.ToHashSet());
    }
}
