namespace OpsBoard.Domain.Workflows.Operations;

/// <summary>
/// The reference a settlement is known by at the broker's bank: the sender's reference of an MT103 (field 20)
/// or the payment's UETR. Both are accepted because the desk receives either, depending on the broker's channel.
/// </summary>
public static class SwiftReference
{
    public const int MaxSenderReference = 16;

    /// <summary>The longest value either form takes: a UETR's 36 characters.</summary>
    public const int MaxLength = 36;

    // The SWIFT "x" character set, without the line ends a one-line reference cannot carry.
    private const string XCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-?:().,'+ ";

    public static bool IsValid(string? reference) => reference is not null && (IsSenderReference(reference) || IsUetr(reference));

    /// <summary>Field 20: 1 to 16 "x" characters, neither starting nor ending with '/', and never '//'.</summary>
    public static bool IsSenderReference(string reference) =>
        reference.Length is > 0 and <= MaxSenderReference
        && reference.All(XCharacters.Contains)
        && !reference.StartsWith('/') && !reference.EndsWith('/')
        && !reference.Contains("//", StringComparison.Ordinal);

    /// <summary>A UETR: a version 4 UUID written in its 36-character form (8-4-4-4-12 hexadecimal digits).</summary>
    public static bool IsUetr(string reference) =>
        reference.Length == MaxLength
        && Guid.TryParseExact(reference, "D", out _)
        && reference[14] == '4'
        && "89abAB".Contains(reference[19]);
}
