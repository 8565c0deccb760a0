using System.Diagnostics;
using Microsoft.Data.Sqlite;
using OpsBoard.Bench.Scenarios;

namespace OpsBoard.Bench.Serve;

/// <summary>
/// The baseline for transition throughput: the same item update (with its version check) and the
/// same history insert as a transition, as two prepared Microsoft.Data.Sqlite commands, one transaction each.
/// </summary>
public static class RawSqliteLoop
{
    private const string FieldsJson = "{\"client\":\"Bench client\",\"evidence\":[\"statement.pdf\"]}";

    public static async Task<LoopResult> RunAsync(string databasePath, LoopRequest request)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            // The same durability the product's connections run with.
            pragma.CommandText = Data.SqliteDurability.Pragma;
            await pragma.ExecuteNonQueryAsync();
        }
        var state = new Dictionary<long, (string State, int Version)>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT Id, State, Version FROM Items WHERE Id >= $first AND Id < $last";
            read.Parameters.AddWithValue("$first", request.FirstId);
            read.Parameters.AddWithValue("$last", request.FirstId + request.Items);
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                state[reader.GetInt64(0)] = (reader.GetString(1), reader.GetInt32(2));
            }
        }
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE Items SET State = $state, Version = $next, UpdatedAt = $at, Fields = $fields WHERE Id = $id AND Version = $version";
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO ItemHistory (ItemId, ItemType, Version, At, Actor, Trigger, FromState, ToState, Note, ChangesJson) "
            + "VALUES ($id, 'claim', $next, $at, 'ana', $trigger, $from, $state, NULL, $changes)";
        foreach (var name in new[] { "$state", "$next", "$at", "$fields", "$id", "$version" })
        {
            update.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        foreach (var name in new[] { "$id", "$next", "$at", "$trigger", "$from", "$state", "$changes" })
        {
            insert.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        var ids = state.Keys.Order().ToArray();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        int count = 0, failures = 0;
        while (count < request.MaxCount && watch.Elapsed.TotalSeconds < request.Seconds)
        {
            var id = ids[count % ids.Length];
            var (from, version) = state[id];
            var to = ClaimCycle.NextState(from);
            var trigger = ClaimCycle.NextTrigger(from);
            var at = DateTimeOffset.UtcNow.UtcTicks;
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            update.Transaction = insert.Transaction = transaction;
            Set(update, ("$state", to), ("$next", version + 1), ("$at", at), ("$fields", FieldsJson), ("$id", id), ("$version", version));
            if (await update.ExecuteNonQueryAsync() != 1)
            {
                failures++;
                count++;
                continue;
            }
            Set(insert, ("$id", id), ("$next", version + 1), ("$at", at), ("$trigger", trigger), ("$from", from), ("$state", to),
                ("$changes", trigger == "EvidenceReceived" ? "{\"evidence\":[\"statement.pdf\"]}" : "{}"));
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            state[id] = (to, version + 1);
            count++;
        }
        var seconds = watch.Elapsed.TotalSeconds;
        return new LoopResult(count - failures, seconds, failures, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / Math.Max(1, count));
    }

    private static void Set(SqliteCommand command, params (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value;
        }
    }
}
