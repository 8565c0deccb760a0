using System.Text;
using OpsBoard.Data;
using OpsBoard.Domain.Items;

namespace OpsBoard.Items;

/// <summary>The stored columns of an item that a move or a take can change, as they are written.</summary>
internal sealed record ItemColumns(string State, int Version, string? Assignee, string? QueueKey, string Fields, long UpdatedAt,
    long? DoneAt, long? SlaStartedAt, long? SlaWarnAt, long? SlaDueAt)
{
    /// <summary>Every parameter an update may use, in the order of <see cref="Values"/>.</summary>
    public static readonly string[] Parameters =
        ["@state", "@version", "@assignee", "@queue", "@fields", "@updatedAt", "@doneAt", "@slaStartedAt", "@slaWarnAt", "@slaDueAt", "@id", "@fromVersion"];

    public static ItemColumns Of(WorkItem item) => new(item.State, item.Version, item.Assignee, item.QueueKey, FieldsJson.Write(item.Fields),
        item.UpdatedAt.UtcTicks, item.DoneAt?.UtcTicks, item.SlaStartedAt?.UtcTicks, item.SlaWarnAt?.UtcTicks, item.SlaDueAt?.UtcTicks);

    /// <summary>An update of the columns that differ from <paramref name="before"/>, guarded by its version.</summary>
    public string UpdateSql(ItemColumns before)
    {
        var sql = new StringBuilder("UPDATE \"Items\" SET \"Version\" = @version, \"UpdatedAt\" = @updatedAt");
        Set(sql, State != before.State, "\"State\" = @state");
        Set(sql, Assignee != before.Assignee, "\"Assignee\" = @assignee");
        Set(sql, QueueKey != before.QueueKey, "\"QueueKey\" = @queue");
        Set(sql, Fields != before.Fields, "\"Fields\" = @fields");
        Set(sql, DoneAt != before.DoneAt, "\"DoneAt\" = @doneAt");
        Set(sql, SlaStartedAt != before.SlaStartedAt, "\"SlaStartedAt\" = @slaStartedAt");
        Set(sql, SlaWarnAt != before.SlaWarnAt, "\"SlaWarnAt\" = @slaWarnAt");
        Set(sql, SlaDueAt != before.SlaDueAt, "\"SlaDueAt\" = @slaDueAt");
        return sql.Append(" WHERE \"Id\" = @id AND \"Version\" = @fromVersion").ToString();
    }

    /// <summary>The values for <see cref="Parameters"/>, in their order.</summary>
    public object?[] Values(long id, int fromVersion) =>
        [State, Version, Assignee, QueueKey, Fields, UpdatedAt, DoneAt, SlaStartedAt, SlaWarnAt, SlaDueAt, id, fromVersion];

    private static void Set(StringBuilder sql, bool changed, string assignment)
    {
        if (changed)
        {
            sql.Append(", ").Append(assignment);
        }
    }
}
