using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Backups;

namespace OpsBoard.Data;

public static class DataExtensions
{
    public static IServiceCollection AddOpsBoardData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("OpsBoard") ?? "Data Source=opsboard.db";
        services.AddDbContextPool<OpsBoardDbContext>(o => o
            .UseSqlite(connectionString)
            .AddInterceptors(new SqliteDurability()));
        services.AddSingleton<WriteGate>();
        services.AddBackups();
        services.AddHealthChecks().AddDbContextCheck<OpsBoardDbContext>();
        return services;
    }

    /// <summary>Creates or upgrades the schema, also of a database made by the release before, and turns on write-ahead logging, before anything reads.</summary>
    public static void MigrateDatabase(this IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>();
        if (db.Database.GetDbConnection() is SqliteConnection sqlite && sqlite.DataSource is { Length: > 0 } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        }
        ReleaseUpgrade.RecordBaseline(db);
        db.Database.Migrate();
        History.HistorySealer.SealUnsealed(db);
        if (db.Database.IsSqlite())
        {
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }
    }
}
