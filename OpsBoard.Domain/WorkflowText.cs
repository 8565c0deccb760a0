using System.Globalization;
using System.Resources;
using System.Text;

namespace OpsBoard.Domain;

/// <summary>
/// The workflows' own words (states, triggers, fields, choices, queues, types) in Resources/WorkflowText*.resx.
/// They belong to the domain so that its messages can name a field as people read it. A word with
/// no translation yet (a new workflow, say) reads as its name spelled out in English
/// ("AwaitingPayment" as "Awaiting payment"), never as a blank or a key.
/// </summary>
public sealed class WorkflowText
{
    private static readonly ResourceManager Manager = new("OpsBoard.Domain.Resources.WorkflowText", typeof(WorkflowText).Assembly);

    private WorkflowText()
    {
    }

    public static string State(string state) => Term("state.", state);

    public static string Trigger(string trigger) => Term("trigger.", trigger);

    public static string Field(string field) => Term("field.", field);

    public static string Choice(string choice) => Term("choice.", choice);

    public static string WorkflowType(string type) => Term("type.", type);

    public static string Queue(string key, string name) => Lookup("queue." + key) ?? name;

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

    private static string Term(string prefix, string name) => Lookup(prefix + name) ?? Humanize(name);

    private static string? Lookup(string key) => Manager.GetString(key, CultureInfo.CurrentUICulture);
}
