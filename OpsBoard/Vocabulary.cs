using Microsoft.Extensions.Localization;

namespace OpsBoard;

/// <summary>The workflows' words for screens and documents that hold a localizer; the domain's vocabulary answers.</summary>
public static class VocabularyExtensions
{
    public static string State(this IStringLocalizer<Vocabulary> words, string state) => Vocabulary.State(state);

    public static string Trigger(this IStringLocalizer<Vocabulary> words, string trigger) => Vocabulary.Trigger(trigger);

    public static string Field(this IStringLocalizer<Vocabulary> words, string field) => Vocabulary.Field(field);

    public static string Choice(this IStringLocalizer<Vocabulary> words, string choice) => Vocabulary.Choice(choice);

    public static string WorkflowType(this IStringLocalizer<Vocabulary> words, string type) => Vocabulary.WorkflowType(type);

    public static string Queue(this IStringLocalizer<Vocabulary> words, string key, string name) => Vocabulary.Queue(key, name);
}
