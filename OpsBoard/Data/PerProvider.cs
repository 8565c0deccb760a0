using OpsBoard.Data.PostgreSql;

namespace OpsBoard.Data;

/// <summary>
/// A compiled query for each database: a compiled query keeps the plan of the first model it ran on, and a process
/// that talks to both (the tests do) would otherwise rebuild it at every change of provider.
/// </summary>
internal sealed class PerProvider<TQuery>(Func<TQuery> compile)
{
    private readonly TQuery _sqlite = compile();
    private readonly TQuery _postgreSql = compile();

    public TQuery For(OpsBoardDbContext db) => db is PostgreSqlDbContext ? _postgreSql : _sqlite;
}
