using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Backups;
using OpsBoard.Files;
using OpsBoard.Live.Nodes;

namespace OpsBoard.Data;

public static class DataExtensions
{
    public static IServiceCollection AddOpsBoardData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = DatabaseSettings.ConnectionString(configuration);
        if (DatabaseSettings.IsPostgreSql(configuration))
        {
            services.AddDbContextPool<OpsBoardDbContext, PostgreSql.PostgreSqlDbContext>(o => o
                .UseNpgsql(connectionString)
                .AddInterceptors(new PostgreSql.CaseInsensitiveLike()));
            services.AddSingleton(_ => new WriteGate(new PostgreSql.NodeWriteLock(connectionString)));
            services.AddSingleton<IJobLease>(_ => new PostgreSql.AdvisoryJobLease(connectionString));
        }
        else
        {
            services.AddDbContextPool<OpsBoardDbContext>(o => o
                .UseSqlite(connectionString)
                .AddInterceptors(new SqliteDurability()));
            services.AddSingleton(_ => new WriteGate(null));
            services.AddSingleton<IJobLease, OneNodeJobLease>();
        }
        services.AddBackups();
        services.AddLiveAcrossNodes(DatabaseSettings.IsPostgreSql(configuration) ? connectionString : null);
        services.AddHealthChecks().AddDbContextCheck<OpsBoardDbContext>();
        return services;
    }

    /// <summary>Creates or upgrades the schema, also of a database made by the release before, and turns on write-ahead logging, before anything reads.</summary>
    public static void MigrateDatabase(this IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>();
        var file = db.Database.GetDbConnection() is SqliteConnection sqlite && IsFile(sqlite.DataSource) ? Path.GetFullPath(sqlite.DataSource) : null;
        if (file is not null)
        {
            // A data folder made here is the server's alone; one that was there already is left as it is.
            if (!Directory.Exists(Path.GetDirectoryName(file)))
            {
                PrivateFiles.Folder(Path.GetDirectoryName(file)!);
            }
            // SQLite takes an empty file for a new database, and so it is never readable to others, not even for a moment.
            if (!File.Exists(file))
            {
                PrivateFiles.Create(file).Dispose();
            }
        }
        ReleaseUpgrade.RecordBaseline(db);
        db.Database.Migrate();
        Clients.ClientBackfill.LinkUnlinked(db, services.GetService<TimeProvider>()?.GetUtcNow() ?? DateTimeOffset.UtcNow);
        History.HistorySealer.SealUnsealed(db);
        if (db.Database.IsSqlite())
        {
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }
        if (file is not null)
        {
            // SQLite gives the -wal and -shm files it makes later the database's own mode.
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                PrivateFiles.Restrict(path);
            }
        }
    }

    /// <summary>A folder beside the SQLite file, for what belongs with the data wherever the server was started from.</summary>
    public static string BesideDatabase(IConfiguration configuration, string name)
    {
        var file = DatabaseSettings.SqliteDataSource(configuration);
        return Path.Combine(file is not null && IsFile(file) ? Path.GetDirectoryName(Path.GetFullPath(file))! : Path.GetFullPath("data"), name);
    }

    private static bool IsFile(string? dataSource) =>
        dataSource is { Length: > 0 } && dataSource != ":memory:" && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}
