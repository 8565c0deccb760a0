using System.Collections.Concurrent;

namespace OpsBoard.Components.Kit;

/// <summary>
/// One copy of each piece of row markup for the whole server: pages that draw the same text (agents on the same queue,
/// in the same language, in the same minute) hand their render trees the same string. Text is only ever shared with a
/// page that drew the very same text itself.
/// </summary>
public static class SharedMarkup
{
    // About 16 MB at the most for rows of a kilobyte; a desk's open pages show a few thousand rows between them.
    private const int Most = 8192;

    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static int _added;

    /// <summary>The string every page shares for this text.</summary>
    public static string Of(string markup)
    {
        if (Pool.TryGetValue(markup, out var shared))
        {
            return shared;
        }
        // Rows age (a countdown, a new state): rather than track who still shows what, start over once full. Pages
        // keep the strings they hold; only the sharing starts again.
        if (Interlocked.Increment(ref _added) > Most)
        {
            Pool.Clear();
            Interlocked.Exchange(ref _added, 0);
        }
        return Pool.GetOrAdd(markup, markup);
    }
}
