using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpsBoard.Data.PostgreSql;

/// <summary>
/// The app's searches are written with <c>EF.Functions.Like</c>, which SQLite reads without regard to case. PostgreSQL's
/// LIKE minds case, so on PostgreSQL every such call becomes <c>ILIKE</c> before the query is translated: one search,
/// the same answers on both databases.
/// </summary>
public sealed class CaseInsensitiveLike : ExpressionVisitor, IQueryExpressionInterceptor
{
    private static readonly Dictionary<MethodInfo, MethodInfo> Swaps = new()
    {
        [Like(2)] = ILike(2),
        [Like(3)] = ILike(3),
    };

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData) => Visit(queryExpression);

    protected override Expression VisitMethodCall(MethodCallExpression node) =>
        Swaps.TryGetValue(node.Method, out var swap)
            ? Expression.Call(swap, node.Arguments.Select(Visit).Select(a => a!))
            : base.VisitMethodCall(node);

    private static MethodInfo Like(int strings) => Find(typeof(DbFunctionsExtensions), nameof(DbFunctionsExtensions.Like), strings);

    private static MethodInfo ILike(int strings) => Find(typeof(NpgsqlDbFunctionsExtensions), nameof(NpgsqlDbFunctionsExtensions.ILike), strings);

    private static MethodInfo Find(Type type, string name, int strings) => type.GetMethods()
        .Single(m => m.Name == name && m.GetParameters() is var p && p.Length == strings + 1 && p.Skip(1).All(x => x.ParameterType == typeof(string)));
}
