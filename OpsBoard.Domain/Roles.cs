namespace OpsBoard.Domain;

/// <summary>The role names the server checks; they are also the claim values in tokens and cookies.</summary>
public static class Roles
{
    public const string Agent = "Agent";
    public const string Lead = "Lead";
    public const string Manager = "Manager";
    public const string Admin = "Admin";

    /// <summary>Onboarding areas: held in addition to one of the roles above, they say whose control sheet line a user signs.</summary>
    public const string CustomerService = "CustomerService";
    public const string Operations = "Operations";
    public const string Security = "Security";
    public const string ProcessingRoom = "ProcessingRoom";

    /// <summary>The warehouse's area: those who pick and ship orders. Held like the areas above, it signs no dossier line.</summary>
    public const string Warehouse = "Warehouse";

    public static IReadOnlyList<string> All { get; } = [Agent, Lead, Manager, Admin];

    public static IReadOnlyList<string> Areas { get; } = [CustomerService, Operations, Security, ProcessingRoom];

    /// <summary>Every area a person may hold: the dossier's areas and the warehouse.</summary>
    public static IReadOnlyList<string> AllAreas { get; } = [.. Areas, Warehouse];

    /// <summary>Everyone who works items day to day.</summary>
    public static IReadOnlyList<string> Staff { get; } = [Agent, Lead, Manager];

    /// <summary>Those who may approve the special moves.</summary>
    public static IReadOnlyList<string> Leads { get; } = [Lead, Manager];
}
