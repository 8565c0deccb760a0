namespace OpsBoard.Collections.Deposits;

/// <summary>How deposit supports are asked for; bound from OpsBoard:Collections:DepositSupport.</summary>
public sealed class DepositSupportOptions
{
    /// <summary>Business days a payment network has to send a deposit's supports before the request counts as late.</summary>
    public int LateAfterBusinessDays { get; set; } = 3;

    /// <summary>The networks supports are asked from, by code; screens name each in the reader's language.</summary>
    public List<string> Networks { get; set; } = [];

    public static IReadOnlyList<string> DefaultNetworks { get; } = ["bank", "payu", "openpay", "trust"];

    public IReadOnlyList<string> Known => Networks.Count > 0 ? Networks : DefaultNetworks;
}
