namespace OpsBoard.Domain.Engine;

/// <summary>One configured move: from a state, on a trigger, to a destination, when the guard allows.</summary>
internal sealed record Transition<TState, TTrigger>(TState Source, TTrigger Trigger, TState Destination, Guard? Guard)
    where TState : struct, Enum
    where TTrigger : struct, Enum;

/// <summary>A condition with the reason given to the user when it does not hold.</summary>
public sealed record Guard(Func<TransitionContext, bool> Condition, string ReasonKey)
{
    public GuardReason Reason => new(ReasonKey);
}
