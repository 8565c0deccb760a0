using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Data;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Data;

/// <summary>
/// The fixture is a demo board (50 items, a sent protocol, deposits, onboarding mail) made by the release whose
/// migrations were written by hand; the app must take it over as it is.
/// </summary>
public sealed class ReleaseUpgradeTests : IDisposable
{
    private const string Fixture = "Data/Fixtures/hand-written-migrations.sqlite";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsboard-tests", Guid.NewGuid().ToString("N"));

    public ReleaseUpgradeTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public async Task A_database_made_by_the_hand_written_migrations_upgrades_in_place_with_every_row_kept()
    {
        var path = CopyOfFixture("opsboard.db");
        var before = RowCounts(path);
        // The board's clock stands where the release left it, so no promise falls due and no job adds rows meanwhile.
        var clock = new TestClock(new DateTimeOffset(LastUpdate(path), TimeSpan.Zero).AddMinutes(1));

        IAsyncLifetime lifetime = new ReleaseServer(_directory, clock);
        var server = (ReleaseServer)lifetime;
        await lifetime.InitializeAsync();
        try
        {
            var applied = server.WithDb(db =>
            {
                Assert.Empty(db.Database.GetPendingMigrations());
                Assert.False(db.Database.HasPendingModelChanges());
                return db.Database.GetAppliedMigrations().ToList();
            });
            Assert.Contains(ReleaseUpgrade.BaselineId, applied);
            Assert.Contains(ReleaseUpgrade.LastHandWritten, applied);
            // Tables the upgrade adds start empty; the ones the release had keep every row.
            Assert.Equal(before, RowCounts(path, before.Keys));
            Assert.Equal(before["Items"], server.WithDb(db => db.Items.AsNoTracking().ToList().Count));
            Assert.Equal(before["ItemHistory"], server.WithDb(db => db.History.AsNoTracking().ToList().Count));

            var ana = await server.ClientFor("ana");
            var story = await ana.GetJson("/api/v1/items/11");
            Assert.Equal("Cadastro — Easy Carros", story["title"]!.GetValue<string>());
            Assert.Equal("AtBroker", story["state"]!.GetValue<string>());
            Assert.Equal("1", story["fields"]!["protocolNumber"]!.GetValue<string>());
            var history = (await ana.GetJson("/api/v1/items/11/history")).AsArray();
            Assert.Equal(["Create", "StartReview", "Approve", "SendToBroker"], history.Select(h => h!["trigger"]!.GetValue<string>()));

            var approved = await ana.FireOk(11, "BrokerApprove", story.Version(), new { approvedLimit = 250000m });
            Assert.Equal("Approved", approved["state"]!.GetValue<string>());
            Assert.Equal(5, (await ana.GetJson("/api/v1/items/11/history")).AsArray().Count);
            Assert.Equal(before["ItemHistory"] + 1, await server.Scalar("SELECT COUNT(*) FROM ItemHistory"));
            Assert.Equal(HttpStatusCode.OK, (await ana.GetAsync("/api/v1/items/11")).StatusCode);
        }
        finally
        {
            await lifetime.DisposeAsync();
        }
    }

    [Fact]
    public void An_upgraded_database_has_the_same_schema_as_a_new_one_so_later_migrations_apply_to_both()
    {
        var upgraded = CopyOfFixture("upgraded.db");
        var fresh = Path.Combine(_directory, "fresh.db");
        MigrateThroughTheApp(upgraded);
        MigrateThroughTheApp(upgraded);
        MigrateThroughTheApp(fresh);
        Assert.Equal(SchemaDump.Of(fresh), SchemaDump.Of(upgraded));
    }

    [Fact]
    public void A_database_from_before_the_last_hand_written_migration_is_refused_untouched()
    {
        var path = CopyOfFixture("older.db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DELETE FROM \"__EFMigrationsHistory\" WHERE MigrationId = '{ReleaseUpgrade.LastHandWritten}'";
            command.ExecuteNonQuery();
        }
        var schema = SchemaDump.Of(path);

        var refused = Assert.Throws<InvalidOperationException>(() => MigrateThroughTheApp(path));
        Assert.Contains(ReleaseUpgrade.LastHandWritten, refused.Message, StringComparison.Ordinal);
        Assert.Equal(schema, SchemaDump.Of(path));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private string CopyOfFixture(string name)
    {
        var path = Path.Combine(_directory, name);
        File.Copy(Path.Combine(AppContext.BaseDirectory, Fixture), path);
        return path;
    }

    /// <summary>The app's own start-up step, without the rest of the app.</summary>
    private static void MigrateThroughTheApp(string path)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:OpsBoard"] = $"Data Source={path}" })
            .Build();
        using (var services = new ServiceCollection().AddOpsBoardData(configuration).BuildServiceProvider())
        {
            services.MigrateDatabase();
        }
        SqliteConnection.ClearAllPools();
    }

    private static Dictionary<string, long> RowCounts(string path, IEnumerable<string>? only = null)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = only?.ToList() ?? [];
        if (only is null)
        {
            using var list = connection.CreateCommand();
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = (long)count.ExecuteScalar()!;
        }
        Assert.All(counts, c => Assert.True(c.Value > 0, $"the fixture has no rows in {c.Key}"));
        return counts;
    }

    private static long LastUpdate(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(UpdatedAt) FROM Items";
        return (long)command.ExecuteScalar()!;
    }

    private sealed class ReleaseServer(string directory, TestClock clock) : OpsBoardServer(directory, 0)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
        }
    }
}
