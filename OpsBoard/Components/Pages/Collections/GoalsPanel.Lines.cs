using System.Text;
using OpsBoard.Collections.Goals;
using OpsBoard.Components.Kit;

namespace OpsBoard.Components.Pages.Collections;

/// <summary>A goal line's cells as markup: the panel sits under every collector's portfolio, one line per agent of the desk.</summary>
public sealed partial class GoalsPanel
{
    private string Head(GoalLine line) =>
        new StringBuilder("<th scope=\"row\">").Text(line.Analyst is null ? T["Desk"] : line.DisplayName).Append("</th>").ToString();

    private string Goal(GoalLine line)
    {
        var html = new StringBuilder("<td class=\"goals-num\"><span data-test=\"goal\">").Text(line.Goal is { } goal ? Amount(goal) : T["NoGoal"]).Append("</span>");
        if (line.Analyst is null && !line.GoalSet)
        {
            html.Append(Caption(T["DefaultGoal"]));
        }
        return html.Append("</td>").ToString();
    }

    /// <summary>Recovered, progress against the goal and the keeping rates.</summary>
    private string Tail(GoalLine line)
    {
        var keeping = KeepingOf(line.Analyst);
        var html = new StringBuilder("<td class=\"goals-num\" data-test=\"recovered\">").Text(Amount(line.Recovered)).Append("</td><td class=\"goals-progress\">");
        if (line.Progress is { } progress)
        {
            var percent = (int)Math.Round(Math.Min(progress, 1m) * 100m);
            html.Append("<div class=\"goals-bar\"><div class=\"goals-meter\" role=\"progressbar\" aria-valuemin=\"0\" aria-valuemax=\"100\"")
                .Attr("aria-valuenow", percent.ToString(Culture)).Attr("aria-label", T["Progress"])
                .Append("><span").Attr("class", progress >= 1m ? "goals-meter-fill goals-meter-done" : "goals-meter-fill")
                .Attr("style", $"width: {percent}%").Append("></span></div><span data-test=\"progress\">").Text(progress.ToString("P0", Culture))
                .Append("</span></div>");
        }
        html.Append("</td>");
        Rate(html, "promise-rate", keeping?.Promises.Rate, PromiseCounts(keeping));
        Rate(html, "agreement-rate", keeping?.Agreements.Rate, AgreementCounts(keeping));
        return html.ToString();
    }

    private void Rate(StringBuilder html, string test, decimal? rate, string counts) =>
        html.Append("<td class=\"goals-num\"").Attr("title", counts).Attr("data-test", test).Append('>').Text(Rate(rate))
            .Append(Caption(counts)).Append("</td>");

    private static string Caption(string text) =>
        new StringBuilder("<span class=\"mud-typography mud-typography-caption d-block goals-muted\">").Text(text).Append("</span>").ToString();
}
