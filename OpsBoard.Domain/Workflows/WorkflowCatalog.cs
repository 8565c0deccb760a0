using OpsBoard.Domain.Workflows.Claims;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Domain.Workflows.Operations;
using OpsBoard.Domain.Workflows.Stories;

namespace OpsBoard.Domain.Workflows;

/// <summary>Every workflow OpsBoard runs, by its type name.</summary>
public sealed class WorkflowCatalog
{
    private readonly Dictionary<string, IWorkflow> _byType;

    public WorkflowCatalog(IEnumerable<IWorkflow> workflows) =>
        _byType = workflows.ToDictionary(w => w.Type, StringComparer.OrdinalIgnoreCase);

    public static WorkflowCatalog Default { get; } =
        new([OperationWorkflow.Create(), StoryWorkflow.Create(), ClaimWorkflow.Create(), CollectionWorkflow.Create(), OnboardingWorkflow.Create()]);

    public IReadOnlyCollection<IWorkflow> All => _byType.Values;

    public IWorkflow? Find(string? type) => type is not null && _byType.TryGetValue(type, out var w) ? w : null;

    public IWorkflow Get(string type) => Find(type) ?? throw new KeyNotFoundException($"No workflow '{type}'.");
}
