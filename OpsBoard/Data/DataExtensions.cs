using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpsBoard.Data;

public static class DataExtensions
{
    public static IServiceCollection AddOpsBoardData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("OpsBoard") ?? "Data Source=opsboard.db";
        services.AddDbContextPool<OpsBoardDbContext>(o => o
            .UseSqlite(connectionString)
            .AddInterceptors(new SqliteDurability())
            // Migrations are written by hand with no model snapshot, so EF cannot compare them; the schema test does.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        services.AddSingleton<WriteGate>();
        services.AddHealthChecks().AddDbContextCheck<OpsBoardDbContext>();
        return services;
    }

    /// <summary>Creates or upgrades the schema and turns on write-ahead logging, before anything reads.</summary>
    public static void MigrateDatabase(this IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>();
        if (db.Database.GetDbConnection() is SqliteConnection sqlite && sqlite.DataSource is { Length: > 0 } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        }
        db.Database.Migrate();
        if (db.Database.IsSqlite())
        {
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }
    }
}
