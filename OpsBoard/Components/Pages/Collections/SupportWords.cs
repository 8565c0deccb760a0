using System.Globalization;
using Microsoft.Extensions.Localization;
using OpsBoard.Collections.Goals;

namespace OpsBoard.Components.Pages.Collections;

/// <summary>How a deposit's support request reads: the network's name and the request's age, in the reader's language.</summary>
internal static class SupportWords
{
    public static string Network(this IStringLocalizer<GoalsText> t, string? network)
    {
        if (network is null)
        {
            return string.Empty;
        }
        var text = t[$"Network_{network}"];
        return text.ResourceNotFound ? network : text.Value;
    }

    public static string Age(this IStringLocalizer<GoalsText> t, TimeSpan age) =>
        age >= TimeSpan.FromDays(1) ? string.Format(CultureInfo.CurrentCulture, t["AgeDays"], (int)age.TotalDays)
        : age >= TimeSpan.FromHours(1) ? string.Format(CultureInfo.CurrentCulture, t["AgeHours"], (int)age.TotalHours)
        : string.Format(CultureInfo.CurrentCulture, t["AgeMinutes"], Math.Max(0, (int)age.TotalMinutes));
}
