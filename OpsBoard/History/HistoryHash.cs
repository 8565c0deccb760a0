using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using OpsBoard.Domain.Items;

namespace OpsBoard.History;

/// <summary>The stored content of one history row, as the hash covers it.</summary>
public readonly record struct HistoryContent(long Id, long ItemId, string ItemType, int Version, long AtUtcTicks, string Actor,
    string Trigger, string FromState, string ToState, string? Note, string ChangesJson)
{
    public static HistoryContent Of(long id, ItemHistoryEntry entry) => new(id, entry.ItemId, entry.ItemType, entry.Version,
        entry.At.UtcTicks, entry.Actor, entry.Trigger, entry.FromState, entry.ToState, entry.Note, entry.ChangesJson);
}

/// <summary>
/// The hash of a history row: SHA-256, in lower-case hex, over a JSON array of the row's columns as stored and the
/// previous row's hash. An array of values in a fixed order escapes every string the same way on every machine,
/// so no two different rows serialise alike.
/// </summary>
public static class HistoryHash
{
    /// <summary>What the first row of the chain links to.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Names this serialisation, so that another one later cannot be mistaken for it.</summary>
    private const string Scheme = "opsboard-history-v1";

    public static string Of(HistoryContent row, string previousHash)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStringValue(Scheme);
            json.WriteNumberValue(row.Id);
            json.WriteNumberValue(row.ItemId);
            json.WriteStringValue(row.ItemType);
            json.WriteNumberValue(row.Version);
            json.WriteNumberValue(row.AtUtcTicks);
            json.WriteStringValue(row.Actor);
            json.WriteStringValue(row.Trigger);
            json.WriteStringValue(row.FromState);
            json.WriteStringValue(row.ToState);
            if (row.Note is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteStringValue(row.Note);
            }
            json.WriteStringValue(row.ChangesJson);
            json.WriteStringValue(previousHash);
            json.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }
}
