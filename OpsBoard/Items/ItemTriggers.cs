namespace OpsBoard.Items;

/// <summary>The history's own trigger names for changes that are not a workflow's moves.</summary>
public static class ItemTriggers
{
    public const string Create = "Create";
    public const string Take = "Take";
    public const string Assign = "Assign";
    public const string AttachFile = "AttachFile";
    public const string LogContact = "LogContact";

    /// <summary>Taking or assigning: a change of who holds the item, not a move of the work.</summary>
    public static bool ChangesHolderOnly(string trigger) => trigger is Take or Assign;

    /// <summary>A fact recorded beside the work (a file, a contact): the item keeps its state and clock.</summary>
    public static bool RecordsFactOnly(string trigger) => trigger is AttachFile or LogContact;

    /// <summary>Neither moving the work nor its clock: who holds it, or a fact beside it.</summary>
    public static bool LeavesWorkAsIs(string trigger) => ChangesHolderOnly(trigger) || RecordsFactOnly(trigger);
}
