using OpsBoard.Domain.Workflows.Claims;
using OpsBoard.Domain.Workflows.Onboarding;
using OpsBoard.Domain.Workflows.Collections;
using OpsBoard.Domain.Workflows.Operations;
using OpsBoard.Domain.Workflows.Orders;
using OpsBoard.Domain.Workflows.Stories;

namespace OpsBoard.Domain.Workflows;

/// <summary>Every workflow OpsBoard runs, by its type name.</summary>
public sealed class WorkflowCatalog
{
    private readonly Dictionary<string, IWorkflow> _byType;

    public WorkflowCatalog(IEnumerable<IWorkflow> workflows) =>
        _byType = workflows.ToDictionary(w => w.Type, StringComparer.OrdinalIgnoreCase);

    /// <summary>The workflows with US dollars as the only currency that has a reference rate.</summary>
    public static WorkflowCatalog Default { get; } = Create(FixedUsdRates.UsdOnly);

    /// <summary>The workflows reading amounts in USD through the given reference rates; refunds above the amount in USD need a Lead.</summary>
    public static WorkflowCatalog Create(IUsdRates rates, decimal refundLeadAboveUsd = OperationWorkflow.DefaultRefundLeadAboveUsd) =>
        new([OperationWorkflow.Create(rates, refundLeadAboveUsd), StoryWorkflow.Create(), ClaimWorkflow.Create(), CollectionWorkflow.Create(), OnboardingWorkflow.Create(),
            OrderWorkflow.Create()]);

    public IReadOnlyCollection<IWorkflow> All => _byType.Values;

    public IWorkflow? Find(string? type) => type is not null && _byType.TryGetValue(type, out var w) ? w : null;

    public IWorkflow Get(string type) => Find(type) ?? throw new KeyNotFoundException($"No workflow '{type}'.");
}
