using System.Globalization;
using System.Text;

namespace OpsBoard.Clients;

/// <summary>
/// The key two spellings of one client share: case, accents and punctuation folded, and the legal form
/// ("Ltda", "S.A.", "LLC", "ООО"...) left out, so "Acme Ltda." and "ACME LTDA" are one client.
/// </summary>
public static class ClientNames
{
    // Folded the same way as the names, so "S.A." and "S/A" are "sa", and "ООО" is "ооо".
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "ltda", "sa", "me", "epp", "eireli", "mei", "cia", "llc", "inc", "ltd", "corp", "co", "plc", "gmbh", "ag", "sl", "srl", "sas",
        "bv", "nv", "ooo", "оао", "ооо", "зао", "пао", "ао", "ип",
    };

    /// <summary>The folded name; never empty for a name with a letter or digit in it.</summary>
    public static string Key(string name)
    {
        var words = Words(name);
        var start = 0;
        var end = words.Count;
        while (start < end && LegalForms.Contains(words[start]))
        {
            start++;
        }
        while (end > start && LegalForms.Contains(words[end - 1]))
        {
            end--;
        }
        // A name that is nothing but a legal form keeps it, rather than matching every other such name.
        return start == end ? string.Join(' ', words) : string.Join(' ', words.Skip(start).Take(end - start));
    }

    /// <summary>Whether the name carries a company's legal form, for the segment of a client made from an item.</summary>
    public static bool LooksLikeCompany(string name) => Words(name).Any(LegalForms.Contains);

    private static List<string> Words(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                folded.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('.' or '/' or '\''))
            {
                // Dots, slashes and apostrophes join ("S.A.", "S/A", "O'Neil"); everything else separates words.
                folded.Append(' ');
            }
        }
        return [.. folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }
}
