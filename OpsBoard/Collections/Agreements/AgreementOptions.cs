namespace OpsBoard.Collections.Agreements;

/// <summary>
/// The credit policy for payment plans, by the debt's amount; bound from OpsBoard:Collections:Agreements.
/// Off unless the section turns it on.
/// </summary>
public sealed class AgreementOptions
{
    public bool Enabled { get; set; }

    public List<AgreementBand> Bands { get; set; } = [];

    /// <summary>The band a debt falls in: the smallest whose ceiling holds it (a band without a ceiling holds any amount).</summary>
    public AgreementBand? BandFor(decimal amountDue) =>
        Bands.OrderBy(b => b.UpTo ?? decimal.MaxValue).FirstOrDefault(b => b.UpTo is null || amountDue <= b.UpTo);
}

/// <summary>Debts up to <see cref="UpTo"/> may be split in at most <see cref="MaxInstallments"/>, with at least this share paid down.</summary>
public sealed class AgreementBand
{
    public decimal? UpTo { get; set; }

    public int MaxInstallments { get; set; } = 1;

    public decimal MinDownPaymentPercent { get; set; }

    public bool Allows(int installments, decimal downPayment, decimal amountDue) =>
        installments <= MaxInstallments && DownPaymentPercent(downPayment, amountDue) >= MinDownPaymentPercent;

    public static decimal DownPaymentPercent(decimal downPayment, decimal amountDue) =>
        amountDue <= 0m ? 100m : Math.Round(downPayment / amountDue * 100m, 2);
}
