using System.Text;
using Microsoft.Extensions.Localization;

namespace OpsBoard;

/// <summary>
/// Marker type for the workflows' own words (states, triggers, fields, choices, queues) in
/// Resources/Vocabulary*.resx, kept apart from the screens' words in SharedResource.
/// </summary>
public sealed class Vocabulary
{
    private Vocabulary()
    {
    }
}

/// <summary>
/// Names as people read them. A word with no translation yet (a new workflow, say) shows as its
/// name spelled out in English ("AwaitingPayment" as "Awaiting payment"), never as a blank or a key.
/// </summary>
public static class VocabularyExtensions
{
    public static string State(this IStringLocalizer<Vocabulary> words, string state) => Term(words, "state.", state);

    public static string Trigger(this IStringLocalizer<Vocabulary> words, string trigger) => Term(words, "trigger.", trigger);

    public static string Field(this IStringLocalizer<Vocabulary> words, string field) => Term(words, "field.", field);

    public static string Choice(this IStringLocalizer<Vocabulary> words, string choice) => Term(words, "choice.", choice);

    public static string WorkflowType(this IStringLocalizer<Vocabulary> words, string type) => Term(words, "type.", type);

    public static string Queue(this IStringLocalizer<Vocabulary> words, string key, string name)
    {
        var text = words["queue." + key];
        return text.ResourceNotFound ? name : text.Value;
    }

    /// <summary>"AwaitingPayment" and "thirdPartyWithoutLink" as "Awaiting payment" and "Third party without link".</summary>
    public static string Humanize(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
            var acronym = char.IsUpper(c) && (i + 1 >= name.Length || !char.IsLower(name[i + 1]));
            if (startsWord)
            {
                text.Append(' ');
            }
            text.Append(i == 0 ? char.ToUpperInvariant(c) : acronym ? c : char.ToLowerInvariant(c));
        }
        return text.ToString();
    }

    private static string Term(IStringLocalizer words, string prefix, string name)
    {
        var text = words[prefix + name];
        return text.ResourceNotFound ? Humanize(name) : text.Value;
    }
}
