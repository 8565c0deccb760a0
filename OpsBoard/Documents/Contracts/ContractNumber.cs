using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsBoard.Domain.Items;

namespace OpsBoard.Documents.Contracts;

/// <summary>The number an operation's FX contract carries: given once, when the contract is first issued, and never again.</summary>
public sealed class ContractNumber
{
    private ContractNumber()
    {
    }

    public long ItemId { get; private set; }

    public long Number { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>How the number is printed: the same on the PDF, the queue and the daily control.</summary>
    public string Text => Format(Number);

    public static string Format(long number) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"FX-{number:D6}");

    internal static ContractNumber Issue(long itemId, long number, DateTimeOffset at) => new() { ItemId = itemId, Number = number, IssuedAt = at };
}

/// <summary>The last number handed out by a named sequence; read and raised inside the transaction that uses the number.</summary>
public sealed class NumberSequence
{
    private NumberSequence()
    {
        Name = string.Empty;
    }

    public string Name { get; private set; }

    public long Last { get; private set; }

    internal static NumberSequence Start(string name) => new() { Name = name };

    internal long Next() => ++Last;
}

internal sealed class ContractNumberConfiguration : IEntityTypeConfiguration<ContractNumber>, IEntityTypeConfiguration<NumberSequence>
{
    public void Configure(EntityTypeBuilder<ContractNumber> b)
    {
        b.ToTable("ContractNumbers");
        b.HasKey(c => c.ItemId);
        b.HasIndex(c => c.Number).IsUnique();
        b.HasIndex(c => c.IssuedAt);
        b.Ignore(c => c.Text);
        b.HasOne<WorkItem>().WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<NumberSequence> b)
    {
        b.ToTable("NumberSequences");
        b.HasKey(s => s.Name);
        b.Property(s => s.Name).HasMaxLength(32);
        b.Property(s => s.Last).IsConcurrencyToken();
    }
}
