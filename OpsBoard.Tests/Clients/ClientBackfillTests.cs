using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Data;

namespace OpsBoard.Tests.Clients;

/// <summary>
/// A database from the release before clients were records: items that name their clients in free text, several
/// spellings each, upgraded by the app's own start-up step on a real SQLite file.
/// </summary>
public sealed class ClientBackfillTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "opsboard-tests", Guid.NewGuid().ToString("N"));

    public ClientBackfillTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public void Upgrading_links_every_item_to_one_client_per_folded_name_and_a_second_start_changes_nothing()
    {
        var path = ReleaseBeforeClients("upgrade.db");
        Insert(path,
            (1, "operation", """{"client":"Café Colômbia Ltda","amount":100}"""),
            (2, "claim", """{"client":"CAFE COLOMBIA LTDA."}"""),
            (3, "story", """{"client":"cafe colombia","clientType":"company"}"""),
            (4, "collection", """{"client":"Оптторг ООО","amountDue":50}"""),
            (5, "claim", """{"client":"ООО «Оптторг»"}"""),
            (6, "onboarding", """{"client":"Nova Era","clientCode":"CL-000777"}"""),
            (7, "operation", """{"client":"NOVA ERA","amount":5}"""),
            (8, "claim", """{"client":42}"""));

        MigrateThroughTheApp(path);

        Assert.Equal(3, Scalar(path, "SELECT COUNT(*) FROM Clients"));
        Assert.Equal(1, Scalar(path, "SELECT COUNT(DISTINCT ClientId) FROM Items WHERE Id IN (1, 2, 3)"));
        Assert.Equal(1, Scalar(path, "SELECT COUNT(DISTINCT ClientId) FROM Items WHERE Id IN (4, 5)"));
        Assert.Equal(1, Scalar(path, "SELECT COUNT(DISTINCT ClientId) FROM Items WHERE Id IN (6, 7)"));
        Assert.Equal(1, Scalar(path, "SELECT COUNT(*) FROM Items WHERE ClientId IS NULL"));
        Assert.Equal(1, Scalar(path, "SELECT COUNT(*) FROM Clients c JOIN Items i ON i.ClientId = c.Id WHERE i.Id = 6 AND c.Code = 'CL-000777'"));
        Assert.Equal(1, Scalar(path, "SELECT COUNT(*) FROM Clients c JOIN Items i ON i.ClientId = c.Id WHERE i.Id = 3 AND c.Segment = 'Company'"));
        Assert.Equal(0, Scalar(path, "SELECT COUNT(*) FROM Clients WHERE Code NOT LIKE 'CL-%' AND Code NOT LIKE 'CLI-%'"));
        Assert.Equal(2, Scalar(path, "SELECT COUNT(*) FROM Clients WHERE Code = 'CLI-' || printf('%06d', Id)"));
        var linked = Dump(path, "SELECT Id || ':' || ifnull(ClientId, '') FROM Items ORDER BY Id");

        MigrateThroughTheApp(path);

        Assert.Equal(3, Scalar(path, "SELECT COUNT(*) FROM Clients"));
        Assert.Equal(linked, Dump(path, "SELECT Id || ':' || ifnull(ClientId, '') FROM Items ORDER BY Id"));
    }

    [Fact]
    public void Items_left_unlinked_join_the_clients_that_exist_by_then_rather_than_new_ones()
    {
        var path = ReleaseBeforeClients("later.db");
        Insert(path, (1, "claim", """{"client":"Easy Carros"}"""));
        MigrateThroughTheApp(path);
        // A row a release without the link wrote after the upgrade, e.g. after a rollback.
        Insert(path, (2, "operation", """{"client":"EASY CARROS","amount":10}"""));

        MigrateThroughTheApp(path);

        Assert.Equal(1, Scalar(path, "SELECT COUNT(*) FROM Clients"));
        Assert.Equal(1, Scalar(path, "SELECT COUNT(DISTINCT ClientId) FROM Items WHERE ClientId IS NOT NULL"));
        Assert.Equal(0, Scalar(path, "SELECT COUNT(*) FROM Items WHERE ClientId IS NULL"));
    }

    [Fact]
    public void The_board_the_hand_written_release_made_upgrades_with_every_item_linked()
    {
        var path = Path.Combine(_directory, "release.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data/Fixtures/hand-written-migrations.sqlite"), path);

        MigrateThroughTheApp(path);

        Assert.True(Scalar(path, "SELECT COUNT(*) FROM Items") > 0);
        Assert.Equal(0, Scalar(path, "SELECT COUNT(*) FROM Items WHERE ClientId IS NULL"));
        Assert.Equal(Scalar(path, "SELECT COUNT(*) FROM Clients"), Scalar(path, "SELECT COUNT(DISTINCT ClientId) FROM Items"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>A database at the migration just before the clients' one, as the release before leaves it.</summary>
    private string ReleaseBeforeClients(string file)
    {
        var path = Path.Combine(_directory, file);
        using (var db = new OpsBoardDbContext(new DbContextOptionsBuilder<OpsBoardDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options))
        {
            var all = db.Database.GetMigrations().ToList();
            var clients = all.FindIndex(m => m.EndsWith("_Clients", StringComparison.Ordinal));
            Assert.True(clients > 0, "The clients' migration follows others.");
            db.GetService<IMigrator>().Migrate(all[clients - 1]);
        }
        return path;
    }

    private static void Insert(string path, params (long Id, string Type, string Fields)[] items)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        foreach (var (id, type, fields) in items)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO Items (Id, Type, Title, State, Version, Fields, CreatedAt, UpdatedAt) VALUES ($id, $type, $title, 'Open', 1, $fields, 0, 0)";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$type", type);
            command.Parameters.AddWithValue("$title", $"Item {id}");
            command.Parameters.AddWithValue("$fields", fields);
            command.ExecuteNonQuery();
        }
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

    private static long Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<string> Dump(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
    }
}
