using System.Globalization;
using System.Text;

namespace OpsBoard.Bench.Report;

/// <summary>One measured figure beside its baseline from the same run, and whether it meets its target.</summary>
public sealed record ResultRow(string Measure, string Figure, string Baseline, string Ratio, string Target, bool? Holds);

/// <summary>The one table the bench prints, in Markdown so it can be pasted as it is.</summary>
public sealed class ResultTable
{
    private readonly List<ResultRow> _rows = [];

    public static string Ms(double value) => double.IsNaN(value) ? "-" : value.ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    public static string Num(double value, string format = "0") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string Ratio(double figure, double baseline) =>
        baseline > 0 ? (figure / baseline).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "-";

    public void Add(ResultRow row) => _rows.Add(row);

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| measure | OpsBoard | baseline | ratio | target | holds |");
        text.AppendLine("|---|---:|---:|---:|---|:---:|");
        foreach (var r in _rows)
        {
            var holds = r.Holds switch { true => "yes", false => "**no**", null => "" };
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Measure} | {r.Figure} | {r.Baseline} | {r.Ratio} | {r.Target} | {holds} |");
        }
        return text.ToString();
    }
}
