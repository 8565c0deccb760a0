using Microsoft.Extensions.Localization;

namespace OpsBoard;

/// <summary>The workflows' words for screens and documents that hold a localizer; the domain's vocabulary answers.</summary>
public static class WorkflowTextExtensions
{
    public static string State(this IStringLocalizer<WorkflowText> words, string state) => WorkflowText.State(state);

    public static string Trigger(this IStringLocalizer<WorkflowText> words, string trigger) => WorkflowText.Trigger(trigger);

    public static string Field(this IStringLocalizer<WorkflowText> words, string field) => WorkflowText.Field(field);

    public static string Choice(this IStringLocalizer<WorkflowText> words, string choice) => WorkflowText.Choice(choice);

    public static string WorkflowType(this IStringLocalizer<WorkflowText> words, string type) => WorkflowText.WorkflowType(type);

    public static string Queue(this IStringLocalizer<WorkflowText> words, string key, string name) => WorkflowText.Queue(key, name);
}
