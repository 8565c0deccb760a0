
namespace OpsBoard.Domain.Engine;

/// <summary>Why a move is blocked: a stable key for clients and a text in the caller's language.</summary>
public sealed record GuardReason(string Key)
{
    public string Text => RuleText.Get(Key);

    public override string ToString() => Text;
}
