using OpsBoard.Domain.Items;

namespace OpsBoard.History;

/// <summary>Links the history rows of one transaction to the chain, one after the other.</summary>
public sealed class HistorySeal
{
    private readonly HistoryChain _chain;
    private readonly ChainLink _start;
    private ChainLink _tip;

    internal HistorySeal(HistoryChain chain, ChainLink start)
    {
        _chain = chain;
        _start = _tip = start;
    }

    /// <summary>Gives the row the next id and its hashes; it must then be stored in this transaction, in this order.</summary>
    public void Next(ItemHistoryEntry entry)
    {
        var id = _tip.Id + 1;
        var hash = HistoryHash.Of(HistoryContent.Of(id, entry), _tip.Hash);
        entry.Seal(id, _tip.Hash, hash);
        _tip = new ChainLink(id, hash);
    }

    /// <summary>The transaction committed: the chain goes on from its last row.</summary>
    public void Committed() => _chain.Settle(_tip);

    /// <summary>The transaction rolled back: nothing of it is stored, the chain goes on from where it was.</summary>
    public void RolledBack() => _chain.Settle(_start);
}
