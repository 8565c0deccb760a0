namespace OpsBoard.Tests.Support;

/// <summary>
/// Tests that read SQLite's connection pools, which are one per process: every test server clears them when it stops,
/// so these run on their own, after the parallel tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SqlitePoolsCollection
{
    public const string Name = "SQLite connection pools";
}
