using System.Globalization;
using System.Resources;
using OpsBoard.Domain.Fields;

namespace OpsBoard.Domain;

/// <summary>The domain's user-facing texts in the current UI culture; a field is named by its label, as people read it.</summary>
public static class RuleText
{
    private static readonly ResourceManager Manager = new("OpsBoard.Domain.Resources.RuleText", typeof(RuleText).Assembly);

    public static string Get(string key, CultureInfo? culture = null) =>
        Manager.GetString(key, culture ?? CultureInfo.CurrentUICulture) ?? key;

    public static string Format(string key, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(key), args);

    public static string FieldRequired(string field) => Format("FieldRequired", WorkflowText.Field(field));

    public static string FieldNegative(string field) => Format("FieldNegative", WorkflowText.Field(field));

    public static string FieldOutOfRange(string field, decimal min, decimal max) =>
        Format("FieldOutOfRange", WorkflowText.Field(field), min.ToString("#,0.##########", CultureInfo.CurrentCulture), max.ToString("#,0.##########", CultureInfo.CurrentCulture));

    public static string FieldNotWhole(string field) => Format("FieldNotWhole", WorkflowText.Field(field));

    public static string FieldTooLong(string field, int maxLength) => Format("FieldTooLong", WorkflowText.Field(field), maxLength);

    public static string FieldTooManyEntries(string field, int entries) => Format("FieldTooManyEntries", WorkflowText.Field(field), entries);

    /// <summary>A name the workflow does not have is quoted as sent: there is no label to give it.</summary>
    public static string FieldUnknown(string field) => Format("FieldUnknown", field);

    public static string FieldSetByWorkflow(string field) => Format("FieldSetByWorkflow", WorkflowText.Field(field));

    public static string FieldNotParameter(string field, string trigger) =>
        Format("FieldNotParameter", WorkflowText.Field(field), WorkflowText.Trigger(trigger));

    public static string FieldInvalid(FieldDefinition field) => Format("FieldInvalid", WorkflowText.Field(field.Name), Expected(field));

    /// <summary>What a field of this type takes, in words: "a number", "one of: Accepted, Rejected".</summary>
    public static string Expected(FieldDefinition field) => field.Type == FieldType.Choice
        ? Format("Expect.Choice", string.Join(", ", (field.Choices ?? []).Select(WorkflowText.Choice)))
        : Get("Expect." + field.Type);
}
