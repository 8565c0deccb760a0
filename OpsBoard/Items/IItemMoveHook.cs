namespace OpsBoard.Items;

/// <summary>
/// A <see cref="MoveStep"/> a feature declares for every change, whoever fires it (the onboarding
/// code and notifications on Verify, from the API, a page or the demo alike).
/// </summary>
public interface IItemMoveHook
{
    Task<CommandResult?> OnMoveAsync(MoveContext move, CancellationToken ct);
}
