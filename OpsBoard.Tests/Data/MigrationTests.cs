using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using OpsBoard.Data;

namespace OpsBoard.Tests.Data;

public sealed class MigrationTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsboard-tests", Guid.NewGuid().ToString("N"));

    public MigrationTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public void The_hand_written_migrations_build_the_same_schema_as_the_model()
    {
        var migrated = Schema("migrated.db", db => db.Database.Migrate());
        var created = Schema("created.db", db => db.Database.EnsureCreated());
        Assert.NotEmpty(migrated);
        Assert.Equal(created, migrated);
    }

    [Fact]
    public void Migrating_twice_is_harmless_so_upgrades_can_run_at_every_start()
    {
        var path = Path.Combine(_directory, "twice.db");
        using (var db = Context(path))
        {
            db.Database.Migrate();
        }
        using (var db = Context(path))
        {
            db.Database.Migrate();
            Assert.Empty(db.Database.GetPendingMigrations());
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private List<string> Schema(string file, Action<OpsBoardDbContext> build)
    {
        var path = Path.Combine(_directory, file);
        using (var db = Context(path))
        {
            build(db);
        }
        var rows = new List<string>();
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%' ORDER BY name";
        var names = new List<string>();
        using (var reader = tables.ExecuteReader())
        {
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }
        foreach (var table in names)
        {
            rows.AddRange(Pragma(connection, $"PRAGMA table_info('{table}')", r => $"{table}.{r.GetString(1)} {r.GetString(2)} notnull={r.GetInt64(3)} pk={r.GetInt64(5)}"));
            rows.AddRange(Pragma(connection, $"PRAGMA index_list('{table}')", r => $"{table} index {r.GetString(1)} unique={r.GetInt64(2)}"));
            rows.AddRange(Pragma(connection, $"PRAGMA foreign_key_list('{table}')", r => $"{table} fk {r.GetString(3)} -> {r.GetString(2)}.{r.GetString(4)} {r.GetString(6)}"));
        }
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static IEnumerable<string> Pragma(SqliteConnection connection, string sql, Func<SqliteDataReader, string> row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }
        return rows;
    }

    private static OpsBoardDbContext Context(string path) => new(new DbContextOptionsBuilder<OpsBoardDbContext>()
        .UseSqlite($"Data Source={path}")
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
        .Options);
}
