using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsBoard.Data;
using OpsBoard.Tests.Support;

namespace OpsBoard.Tests.Data;

public sealed class DurabilityTests(OpsBoardServer server) : IClassFixture<OpsBoardServer>
{
    [Fact]
    public async Task The_app_writes_ahead_to_a_log_that_it_syncs_at_checkpoints_rather_than_at_every_commit()
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OpsBoardDbContext>();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        Assert.Equal("wal", await Pragma(connection, "journal_mode"));
        // 1 is NORMAL; SQLite's default, FULL, is 2.
        Assert.Equal(1L, await Pragma(connection, "synchronous"));
    }

    private static async Task<object?> Pragma(DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return await command.ExecuteScalarAsync();
    }
}
