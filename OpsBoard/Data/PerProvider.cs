using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpsBoard.Data;

/// <summary>
/// A compiled query for each model it meets: EF Core refuses to run a compiled query on a model other than the one
/// it was compiled for, and each database provider (and, on PostgreSQL, each data source) has a model of its own.
/// One app has one model, so this compiles once per provider there.
/// </summary>
internal sealed class PerProvider<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    public TQuery For(OpsBoardDbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
