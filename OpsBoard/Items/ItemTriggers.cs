namespace OpsBoard.Items;

/// <summary>The history's own trigger names for changes that are not a workflow's moves.</summary>
public static class ItemTriggers
{
    public const string Create = "Create";
    public const string Take = "Take";
    public const string Assign = "Assign";

    /// <summary>Taking or assigning: a change of who holds the item, not a move of the work.</summary>
    public static bool ChangesHolderOnly(string trigger) => trigger is Take or Assign;
}
