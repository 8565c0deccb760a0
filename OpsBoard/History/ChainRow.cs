using System.Data.Common;

namespace OpsBoard.History;

/// <summary>A history row as stored, with the hashes that link it, read for checking or sealing.</summary>
internal readonly record struct ChainRow(HistoryContent Content, string PreviousHash, string Hash)
{
    public const string Select = "SELECT \"Id\", \"ItemId\", \"ItemType\", \"Version\", \"At\", \"Actor\", \"Trigger\", \"FromState\", \"ToState\", "
        + "\"Note\", \"ChangesJson\", \"PreviousHash\", \"Hash\" FROM \"ItemHistory\"";

    public long Id => Content.Id;

    public static ChainRow Read(DbDataReader reader) => new(
        new HistoryContent(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt64(4),
            reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8),
            reader.IsDBNull(9) ? null : reader.GetString(9), reader.GetString(10)),
        reader.GetString(11), reader.GetString(12));
}
