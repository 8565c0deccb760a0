namespace OpsBoard.Domain.Fields;

/// <summary>The kinds of value a work item field holds; the API names them in camelCase.</summary>
public enum FieldType
{
    Text,
    Number,
    Money,
    Choice,
    Boolean,
    Date,
    TextList,
}
