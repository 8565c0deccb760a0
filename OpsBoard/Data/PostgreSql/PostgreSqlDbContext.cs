using Microsoft.EntityFrameworkCore;

namespace OpsBoard.Data.PostgreSql;

/// <summary>
/// The same model on PostgreSQL. A type of its own so that its generated migrations (in this folder) are told
/// apart from SQLite's: EF Core picks a context's migrations by the context type.
/// </summary>
public sealed class PostgreSqlDbContext(DbContextOptions<PostgreSqlDbContext> options) : OpsBoardDbContext(options);
