namespace OpsBoard.Documents.Protocols;

/// <summary>Settings under <c>OpsBoard:Protocols</c>.</summary>
public sealed class ProtocolOptions
{
    /// <summary>How many business days after sending a protocol may be out before its signed copy is late.</summary>
    public int LateAfterBusinessDays { get; set; } = 5;
}
