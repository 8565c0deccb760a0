using System.Globalization;

namespace OpsBoard.Domain.Workflows.Orders;

/// <summary>One line of an order: a product and how many of it.</summary>
public sealed record OrderLine(string Product, int Quantity);

/// <summary>
/// An order's lines are kept as a list of texts "product x quantity" ("Paper A4 x 10"), so that every screen and
/// export shows them as written; this is the one reading of that form.
/// </summary>
public static class OrderLines
{
    public const int MaxQuantity = 1_000_000;

    public static OrderLine? Parse(string line)
    {
        var cut = line.LastIndexOf(" x ", StringComparison.OrdinalIgnoreCase);
        if (cut <= 0)
        {
            return null;
        }
        var product = line[..cut].Trim();
        var ok = int.TryParse(line[(cut + 3)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var quantity);
        return ok && product.Length > 0 && quantity is > 0 and <= MaxQuantity ? new(product, quantity) : null;
    }

    /// <summary>The lines that do not read as "product x quantity"; empty when all do.</summary>
    public static IReadOnlyList<string> Invalid(object? lines) =>
        lines is string[] list ? [.. list.Where(l => Parse(l) is null)] : [];

    public static bool AreValid(object? lines) => lines is string[] { Length: > 0 } list && list.All(l => Parse(l) is not null);
}
