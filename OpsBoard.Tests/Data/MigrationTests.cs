using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpsBoard.Data;

namespace OpsBoard.Tests.Data;

public sealed class MigrationTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsboard-tests", Guid.NewGuid().ToString("N"));

    public MigrationTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public void The_migrations_build_the_same_schema_as_the_model()
    {
        var migrated = Schema("migrated.db", db => db.Database.Migrate());
        var created = Schema("created.db", db => db.Database.EnsureCreated());
        Assert.NotEmpty(migrated);
        Assert.Equal(created, migrated);
    }

    [Fact]
    public void The_model_has_no_change_that_a_migration_does_not_carry()
    {
        using var db = Context(Path.Combine(_directory, "model.db"));
        Assert.False(db.Database.HasPendingModelChanges(), "Add a migration: dotnet ef migrations add Name --project OpsBoard --output-dir Data/Migrations");
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
            ReleaseUpgrade.RecordBaseline(db);
            db.Database.Migrate();
            Assert.Empty(db.Database.GetPendingMigrations());
            Assert.Equal(db.Database.GetMigrations(), db.Database.GetAppliedMigrations());
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
        return SchemaDump.Of(path);
    }

    private static OpsBoardDbContext Context(string path) =>
        new(new DbContextOptionsBuilder<OpsBoardDbContext>().UseSqlite($"Data Source={path}").Options);
}
