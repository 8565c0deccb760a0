namespace OpsBoard.Documents.BrokerPending;

/// <summary>Something the broker holds: an item in one of its states, or a protocol whose signed copy has not come back.</summary>
/// <remarks>A protocol's title is empty; <see cref="Stories"/> says how many stories it carries.</remarks>
public sealed record BrokerPendingRow(string Type, long Reference, string Title, string State, DateTimeOffset Since, int AgeDays, int Stories = 0)
{
    public const string Protocol = "protocol";

    public string Bucket => BrokerAge.Bucket(AgeDays);
}

/// <summary>How many of one kind wait in each age bucket.</summary>
public sealed record BrokerBucketRow(string Type, string State, IReadOnlyList<int> Counts)
{
    public int Total => Counts.Sum();
}

/// <summary>What waits with the broker today, oldest first, counted by age in business days.</summary>
public sealed record BrokerPendingData(DateOnly Today, DateTimeOffset Moment, IReadOnlyList<BrokerPendingRow> Rows)
{
    public IReadOnlyList<BrokerBucketRow> ByKind => [.. Rows.GroupBy(r => (r.Type, r.State))
        .OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.State, StringComparer.Ordinal)
        .Select(g => new BrokerBucketRow(g.Key.Type, g.Key.State, [.. BrokerAge.Buckets.Select(b => g.Count(r => r.Bucket == b))]))];

    public IReadOnlyList<int> Totals => [.. BrokerAge.Buckets.Select(b => Rows.Count(r => r.Bucket == b))];
}
