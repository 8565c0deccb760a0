namespace OpsBoard.Components.Kit;

/// <summary>
/// Pieces of markup a page draws again on every render (a row, a list entry), kept by key: a piece whose text is the
/// same as last time is handed back as the same string, so the two render trees an open page keeps share it instead of
/// holding a copy each. A new piece is looked up among those other open pages drew (see <see cref="SharedMarkup"/>):
/// twenty agents on the same queue page hold one copy of each row between them. Only the keys drawn in the latest
/// render are kept.
/// </summary>
public sealed class MarkupKeeper<TKey>
    where TKey : notnull
{
    private Dictionary<TKey, string> _kept = [];
    private Dictionary<TKey, string> _drawing = [];

    /// <summary>The markup for a key: the kept string when the text is unchanged, else the one every page shares.</summary>
    public string Keep(TKey key, string markup)
    {
        markup = _kept.TryGetValue(key, out var before) && before == markup ? before : SharedMarkup.Of(markup);
        _drawing[key] = markup;
        return markup;
    }

    /// <summary>Ends a render: what was drawn in it is what is kept for the next.</summary>
    public void Drawn()
    {
        (_kept, _drawing) = (_drawing, _kept);
        _drawing.Clear();
    }
}
